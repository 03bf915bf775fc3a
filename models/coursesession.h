// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/result.h>

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace GradeDesk::Services {
class Exchange;
class Gradebook;
} // namespace GradeDesk::Services

namespace GradeDesk::Models {

/**
 * @brief One open course: its config, its gradebook and its exchange, owned together.
 *
 * The exchange writes into the gradebook, so it is destroyed first. A course whose exchange
 * cannot be created (ngshare is not available yet) still opens for viewing: exchange() is null
 * and exchangeError() says why, so the window can explain why Collect is unavailable.
 *
 * A PostgreSQL gradebook takes a password, which lives only in the system keychain under
 * passwordKey() (or is typed by the grader): never in the course file, settings or logs.
 */
class CourseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseSession)

public:
    ~CourseSession() override;

    /// Loads `courseFile` (course.yaml), opens its gradebook and creates its exchange. `password` is for
    /// a PostgreSQL gradebook (empty: none, e.g. trust or peer authentication).
    static Services::Result<std::unique_ptr<CourseSession>> open(const QString &courseFile,
                                                                 const QString &password = {});

    /// Whether the course's gradebook may need a password (PostgreSQL).
    static bool usesPassword(const Services::CourseConfig &config);
    /// The keychain key of the gradebook password: `postgres:<host>:<user>` (a socket directory as host
    /// has its slashes replaced, since keys may not contain any).
    static QString passwordKey(const Services::CourseConfig &config);
    /// The server wants a password or refused the one given (as opposed to being unreachable).
    static bool isPasswordError(const Services::ServiceError &error);

    const Services::CourseConfig &config() const { return m_config; }

    const QList<Services::ConfigWarning> &warnings() const { return m_warnings; }

    Services::Gradebook *gradebook() const { return m_gradebook.get(); }

    Services::Exchange *exchange() const { return m_exchange.get(); }

    const std::optional<Services::ServiceError> &exchangeError() const { return m_exchangeError; }

    /// The course title, else its id.
    QString displayTitle() const;

private:
    CourseSession();

    Services::CourseConfig m_config;
    QList<Services::ConfigWarning> m_warnings;
    std::unique_ptr<Services::Gradebook> m_gradebook;
    std::unique_ptr<Services::Exchange> m_exchange;
    std::optional<Services::ServiceError> m_exchangeError;
};

} // namespace GradeDesk::Models
