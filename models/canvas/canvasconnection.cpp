// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasconnection.h"

#include "canvastokenstore.h"

#include <models/modelslogging.h>
#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>

namespace GradeDesk::Models {

using namespace Services;

CanvasConnection::CanvasConnection(const CourseConfig &config, QNetworkAccessManager *network, CanvasTokenStore *store,
                                   QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
{
    if (isConfigured()) {
        m_client = new CanvasClient(network, m_config.canvas.url, this);
        m_course = new CanvasCourse(m_client, m_config.canvas.courseId, this);
    }
}

CanvasConnection::~CanvasConnection()
{
    // The course's jobs use the client: end them first.
    delete m_course;
}

bool CanvasConnection::isConfigured() const
{
    return m_config.canvas.url.isValid() && !m_config.canvas.url.isEmpty() && !m_config.canvas.courseId.isEmpty();
}

QString CanvasConnection::configurationProblem() const
{
    if (isConfigured()) {
        return {};
    }
    return tr("This course has no Canvas site. Add a line such as\n"
              "canvas: {url: https://canvas.example.edu, course_id: \"12345\", identity: login_id}\n"
              "to %1 (the course id is the number in the course's Canvas address), then open the course again.")
        .arg(m_config.filePath.isEmpty() ? tr("course.yaml") : m_config.filePath);
}

QString CanvasConnection::tokenKey() const
{
    return CanvasClient::secretKey(m_config.canvas, m_config.grader);
}

QString CanvasConnection::actor() const
{
    if (!m_config.grader.trimmed().isEmpty()) {
        return m_config.grader.trimmed();
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("gradedesk") : user;
}

bool CanvasConnection::hasToken() const
{
    return m_client && m_client->hasToken();
}

void CanvasConnection::loadToken()
{
    if (!m_client || !m_store) {
        emit tokenLoaded(ServiceError::make(ServiceError::Kind::Validation, configurationProblem(),
                                            QStringLiteral("canvas not configured")));
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
                qCWarning(lcModels).noquote() << "canvas token could not be read:" << token.error().detail;
            }
            emit tokenLoaded(token.error());
            return;
        }
        const QString value = token.value().trimmed();
        if (value.isEmpty()) {
            emit tokenLoaded(ServiceError::make(ServiceError::Kind::NotFound,
                                                tr("The keychain holds an empty Canvas token for this course."),
                                                QStringLiteral("empty canvas token")));
            return;
        }
        setClientToken(value, TokenSource::Stored);
        emit tokenLoaded(Result<void>());
    });
}

void CanvasConnection::saveToken(const QString &token)
{
    const QString value = token.trimmed();
    if (!m_client || !m_store || value.isEmpty()) {
        emit tokenSaved(ServiceError::make(
            ServiceError::Kind::Validation,
            m_client ? tr("The token is empty. Paste the access token you created in Canvas.") : configurationProblem(),
            QStringLiteral("no token to save")));
        return;
    }
    setClientToken(value, TokenSource::Session);
    // Another token may be in use by the time the keychain answers: only this one becomes Stored.
    const quint64 generation = m_generation;
    m_store->write(tokenKey(), value, this, [this, generation](const Result<void> &result) {
        if (!result) {
            qCWarning(lcModels).noquote() << "canvas token could not be stored:" << result.error().detail;
        } else if (generation == m_generation) {
            m_source = TokenSource::Stored;
        }
        emit tokenSaved(result);
    });
}

void CanvasConnection::useToken(const QString &token)
{
    setClientToken(token.trimmed(), TokenSource::Session);
}

void CanvasConnection::setClientToken(const QString &token, TokenSource source)
{
    if (!m_client) {
        return;
    }
    m_client->setToken(token);
    m_source = token.isEmpty() ? TokenSource::None : source;
    ++m_generation;
    emit tokenChanged();
}

void CanvasConnection::forgetToken()
{
    setClientToken(QString(), TokenSource::None);
    if (!m_client || !m_store) {
        emit tokenForgotten(Result<void>());
        return;
    }
    m_store->remove(tokenKey(), this, [this](const Result<void> &result) { emit tokenForgotten(result); });
}

} // namespace GradeDesk::Models
