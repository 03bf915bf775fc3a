// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "coursesession.h"

#include "modelslogging.h"

#include <services/exchange/exchange.h>
#include <services/gradebook/gradebook.h>

namespace GradeDesk::Models {

using namespace Services;

CourseSession::CourseSession() = default;

CourseSession::~CourseSession()
{
    m_exchange.reset();
    m_gradebook.reset();
}

Result<std::unique_ptr<CourseSession>> CourseSession::open(const QString &courseFile)
{
    auto loaded = CourseConfigLoader::load(courseFile);
    if (!loaded) {
        return loaded.error();
    }
    std::unique_ptr<CourseSession> session(new CourseSession);
    session->m_config = loaded.value().config;
    session->m_warnings = loaded.value().warnings;

    // The desktop shell has no keychain prompt yet: a PostgreSQL gradebook that needs a password
    // fails here with the gradebook's own Auth error, which tells the user what to do.
    auto gradebook = Gradebook::open(session->m_config.gradebook);
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

QString CourseSession::displayTitle() const
{
    return m_config.title.isEmpty() ? m_config.id : m_config.title;
}

} // namespace GradeDesk::Models
