// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "coursesession.h"

#include "modelslogging.h"

#include <services/exchange/exchange.h>
#include <services/gradebook/gradebook.h>
#include <services/secrets/secretstore.h>

namespace GradeDesk::Models {

using namespace Services;

CourseSession::CourseSession() = default;

CourseSession::~CourseSession()
{
    m_exchange.reset();
    m_gradebook.reset();
}

Result<std::unique_ptr<CourseSession>> CourseSession::open(const QString &courseFile, const QString &password)
{
    auto loaded = CourseConfigLoader::load(courseFile);
    if (!loaded) {
        return loaded.error();
    }
    std::unique_ptr<CourseSession> session(new CourseSession);
    session->m_config = loaded.value().config;
    session->m_warnings = loaded.value().warnings;

    auto gradebook = Gradebook::open(session->m_config.gradebook, password);
    if (!gradebook) {
        return gradebook.error();
    }
    session->m_gradebook = std::move(gradebook).value();

    auto exchange = createExchange(session->m_config, *session->m_gradebook);
    if (exchange) {
        session->m_exchange = std::move(exchange).value();
    } else {
        qCWarning(lcModels) << "no exchange for" << courseFile << ":" << exchange.error().detail;
        session->m_exchangeError = exchange.error();
    }
    return session;
}

bool CourseSession::usesPassword(const CourseConfig &config)
{
    return config.gradebook.kind == GradebookConfig::Kind::Postgresql;
}

QString CourseSession::passwordKey(const CourseConfig &config)
{
    QString host = config.gradebook.host;
    host.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return SecretStore::keyFor(SecretStore::Kind::Postgres, host, config.gradebook.user);
}

bool CourseSession::isPasswordError(const ServiceError &error)
{
    if (error.kind == ServiceError::Kind::Auth) {
        return true;
    }
    // libpq's words: "fe_sendauth: no password supplied", "password authentication failed for user".
    return error.detail.contains(QLatin1String("no password supplied")) ||
           error.detail.contains(QLatin1String("password authentication failed"));
}

QString CourseSession::displayTitle() const
{
    return m_config.title.isEmpty() ? m_config.id : m_config.title;
}

} // namespace GradeDesk::Models
