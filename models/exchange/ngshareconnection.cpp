// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareconnection.h"

#include <models/canvas/canvastokenstore.h>
#include <models/modelslogging.h>
#include <services/exchange/ngshareexchange.h>

namespace GradeDesk::Models {

using namespace Services;

NgshareConnection::NgshareConnection(const CourseConfig &config, Exchange *exchange, CanvasTokenStore *store,
                                     QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_exchange(qobject_cast<NgshareExchange *>(exchange))
    , m_store(store)
{}

NgshareConnection::~NgshareConnection() = default;

QString NgshareConnection::configurationProblem() const
{
    if (isNgshare()) {
        return {};
    }
    const QString file = m_config.filePath.isEmpty() ? tr("course.yaml") : m_config.filePath;
    if (m_config.exchange.kind == ExchangeConfig::Kind::Ngshare) {
        return tr("The ngshare exchange named in %1 could not be set up (see the message when the course opened). "
                  "Check its url and prefix, then open the course again.")
            .arg(file);
    }
    return tr("This course uses its local course folder as the exchange, where students fetch and submit "
              "directly. To use ngshare, set\nexchange: {type: ngshare, url: https://hub.example.edu, prefix: "
              "/services/ngshare}\nin %1, then open the course again.")
        .arg(file);
}

QUrl NgshareConnection::serviceUrl() const
{
    return NgshareClient::serviceUrl(m_config.exchange);
}

QString NgshareConnection::tokenKey() const
{
    return NgshareClient::secretKey(m_config.exchange, m_config.grader);
}

bool NgshareConnection::hasToken() const
{
    return m_exchange && m_exchange->client() && m_exchange->client()->hasToken();
}

void NgshareConnection::loadToken()
{
    if (!m_exchange || !m_store) {
        emit tokenLoaded(ServiceError::make(ServiceError::Kind::Validation, configurationProblem(),
                                            QStringLiteral("ngshare not configured")));
        return;
    }
    // A token set while the keychain is read (typed, saved) wins over the stored one.
    const quint64 generation = m_generation;
    m_store->read(tokenKey(), this, [this, generation](const Result<QString> &token) {
        if (generation != m_generation) {
            emit tokenLoaded(Result<void>());
            return;
        }
        if (!token) {
            if (token.error().kind != ServiceError::Kind::NotFound) {
                qCWarning(lcModels).noquote() << "hub token could not be read:" << token.error().detail;
            }
            emit tokenLoaded(token.error());
            return;
        }
        const QString value = token.value().trimmed();
        if (value.isEmpty()) {
            emit tokenLoaded(ServiceError::make(ServiceError::Kind::NotFound,
                                                tr("The keychain holds an empty hub token for this course."),
                                                QStringLiteral("empty hub token")));
            return;
        }
        setExchangeToken(value, TokenSource::Stored);
        emit tokenLoaded(Result<void>());
    });
}

void NgshareConnection::saveToken(const QString &token)
{
    const QString value = token.trimmed();
    if (!m_exchange || !m_store || value.isEmpty()) {
        emit tokenSaved(ServiceError::make(ServiceError::Kind::Validation,
                                           m_exchange ? tr("The token is empty. Paste the API token you created on "
                                                           "the hub's token page.")
                                                      : configurationProblem(),
                                           QStringLiteral("no token to save")));
        return;
    }
    setExchangeToken(value, TokenSource::Session);
    // Another token may be in use by the time the keychain answers: only this one becomes Stored.
    const quint64 generation = m_generation;
    m_store->write(tokenKey(), value, this, [this, generation](const Result<void> &result) {
        if (!result) {
            qCWarning(lcModels).noquote() << "hub token could not be stored:" << result.error().detail;
        } else if (generation == m_generation) {
            m_source = TokenSource::Stored;
        }
        emit tokenSaved(result);
    });
}

void NgshareConnection::useToken(const QString &token)
{
    setExchangeToken(token.trimmed(), TokenSource::Session);
}

void NgshareConnection::forgetToken()
{
    setExchangeToken(QString(), TokenSource::None);
    if (!m_exchange || !m_store) {
        emit tokenForgotten(Result<void>());
        return;
    }
    m_store->remove(tokenKey(), this, [this](const Result<void> &result) { emit tokenForgotten(result); });
}

void NgshareConnection::setExchangeToken(const QString &token, TokenSource source)
{
    if (!m_exchange) {
        return;
    }
    m_exchange->setToken(token);
    m_source = token.isEmpty() ? TokenSource::None : source;
    ++m_generation;
    emit tokenChanged();
}

} // namespace GradeDesk::Models
