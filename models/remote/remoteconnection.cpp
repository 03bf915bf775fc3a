// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "remoteconnection.h"

#include <models/canvas/canvastokenstore.h>
#include <models/modelslogging.h>

#include <utility>

namespace GradeDesk::Models {

using namespace Services;

RemoteConnection::RemoteConnection(const CourseConfig &config, CanvasTokenStore *store, Wording wording,
                                   QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_wording(std::move(wording))
{}

RemoteConnection::~RemoteConnection() = default;

RemoteConnection::TokenSource RemoteConnection::tokenSource() const
{
    if (!hasToken()) {
        return TokenSource::None;
    }
    return m_source == TokenSource::None ? untrackedTokenSource() : m_source;
}

void RemoteConnection::loadToken()
{
    if (!isConfigured() || !m_store) {
        emit tokenLoaded(ServiceError::make(ServiceError::Kind::Validation, configurationProblem(),
                                            m_wording.service + QStringLiteral(" not configured")));
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
                qCWarning(lcModels).noquote() << m_wording.token << "could not be read:" << token.error().detail;
            }
            emit tokenLoaded(token.error());
            return;
        }
        const QString value = token.value().trimmed();
        if (value.isEmpty()) {
            emit tokenLoaded(ServiceError::make(ServiceError::Kind::NotFound, m_wording.emptyStored,
                                                QStringLiteral("empty ") + m_wording.token));
            return;
        }
        setToken(value, TokenSource::Stored);
        emit tokenLoaded(Result<void>());
    });
}

void RemoteConnection::saveToken(const QString &token)
{
    const QString value = token.trimmed();
    if (!isConfigured() || !m_store || value.isEmpty()) {
        emit tokenSaved(ServiceError::make(ServiceError::Kind::Validation,
                                           isConfigured() ? m_wording.emptyToSave : configurationProblem(),
                                           QStringLiteral("no token to save")));
        return;
    }
    setToken(value, TokenSource::Session);
    // Another token may be in use by the time the keychain answers: only this one becomes Stored.
    const quint64 generation = m_generation;
    m_store->write(tokenKey(), value, this, [this, generation](const Result<void> &result) {
        if (!result) {
            qCWarning(lcModels).noquote() << m_wording.token << "could not be stored:" << result.error().detail;
        } else if (generation == m_generation) {
            m_source = TokenSource::Stored;
        }
        emit tokenSaved(result);
    });
}

void RemoteConnection::useToken(const QString &token)
{
    setToken(token.trimmed(), TokenSource::Session);
}

void RemoteConnection::forgetToken()
{
    setToken(QString(), TokenSource::None);
    if (!isConfigured() || !m_store) {
        emit tokenForgotten(Result<void>());
        return;
    }
    m_store->remove(tokenKey(), this, [this](const Result<void> &result) { emit tokenForgotten(result); });
}

void RemoteConnection::setToken(const QString &token, TokenSource source)
{
    if (!isConfigured()) {
        return;
    }
    setClientToken(token);
    m_source = token.isEmpty() ? TokenSource::None : source;
    ++m_generation;
    emit tokenChanged();
}

} // namespace GradeDesk::Models
