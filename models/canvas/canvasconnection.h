// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <models/remote/remoteconnection.h>

#include <QString>

class QNetworkAccessManager;

namespace GradeDesk::Services {
class CanvasClient;
class CanvasCourse;
} // namespace GradeDesk::Services

namespace GradeDesk::Models {

/**
 * @brief The Canvas side of one open course: its client, its course operations and its token.
 *
 * The Canvas address and course id come from course.yaml (read-only here); the token is handled
 * as RemoteConnection describes (key kind "canvas").
 */
class CanvasConnection final : public RemoteConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasConnection)

public:
    /// `network` and `store` are not owned and must outlive this object.
    CanvasConnection(const Services::CourseConfig &config, QNetworkAccessManager *network, CanvasTokenStore *store,
                     QObject *parent = nullptr);
    ~CanvasConnection() override;

    /// Whether course.yaml names a Canvas site and course.
    bool isConfigured() const override;
    QString configurationProblem() const override;

    /// The keychain key of this course's token (kind "canvas", the Canvas host, the grader).
    QString tokenKey() const override;
    /// Who pushes and imports, for the audit log: the grader in course.yaml, else the login name.
    QString actor() const;

    /// Null when not configured.
    Services::CanvasClient *client() const { return m_client; }

    Services::CanvasCourse *course() const { return m_course; }

    bool hasToken() const override;

private:
    void setClientToken(const QString &token) override;

    Services::CanvasClient *m_client = nullptr;
    Services::CanvasCourse *m_course = nullptr;
};

} // namespace GradeDesk::Models
