// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/result.h>

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace GradeDesk::Services {
class CanvasClient;
class CanvasCourse;
} // namespace GradeDesk::Services

namespace GradeDesk::Models {

class CanvasTokenStore;

/**
 * @brief The Canvas side of one open course: its client, its course operations and its token.
 *
 * The Canvas address and course id come from course.yaml (read-only here). The token lives only
 * in the token store (the keychain in the app) and in the client's memory; it is never written to
 * settings or logs. loadToken() and saveToken() are asynchronous and report through the signals.
 */
class CanvasConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasConnection)

public:
    /// `network` and `store` are not owned and must outlive this object.
    CanvasConnection(const Services::CourseConfig &config, QNetworkAccessManager *network, CanvasTokenStore *store,
                     QObject *parent = nullptr);
    ~CanvasConnection() override;

    const Services::CourseConfig &config() const { return m_config; }

    /// Whether course.yaml names a Canvas site and course.
    bool isConfigured() const;
    /// Why the course cannot use Canvas and how to fix it (translated); empty when configured.
    QString configurationProblem() const;

    /// The keychain key of this course's token (kind "canvas", the Canvas host, the grader).
    QString tokenKey() const;
    /// Who pushes and imports, for the audit log: the grader in course.yaml, else the login name.
    QString actor() const;

    /// Null when not configured.
    Services::CanvasClient *client() const { return m_client; }

    Services::CanvasCourse *course() const { return m_course; }

    /// Where the client's token came from: None (no token), Stored (read from or written to the
    /// store), Session (in memory only: typed, or the store refused it).
    enum class TokenSource { None, Stored, Session };
    Q_ENUM(TokenSource)

    bool hasToken() const;

    TokenSource tokenSource() const { return hasToken() ? m_source : TokenSource::None; }

    /// Reads the token from the store into the client, unless another token was set meanwhile;
    /// emits tokenLoaded.
    void loadToken();
    /// Uses `token` at once and writes it to the store; emits tokenSaved. A failed write keeps the
    /// token for this session only (nothing is written anywhere else).
    void saveToken(const QString &token);
    /// Uses `token` for this session without storing it (the keychain is unavailable, or a test).
    void useToken(const QString &token);
    /// Removes the token from the store and from the client; emits tokenForgotten.
    void forgetToken();

signals:
    /// NotFound when nothing is stored; other errors: the keychain could not be read.
    void tokenLoaded(const GradeDesk::Services::Result<void> &result);
    void tokenSaved(const GradeDesk::Services::Result<void> &result);
    void tokenForgotten(const GradeDesk::Services::Result<void> &result);
    /// The client's token was set or cleared.
    void tokenChanged();

private:
    void setClientToken(const QString &token, TokenSource source);

    Services::CourseConfig m_config;
    QPointer<CanvasTokenStore> m_store;
    Services::CanvasClient *m_client = nullptr;
    Services::CanvasCourse *m_course = nullptr;
    TokenSource m_source = TokenSource::None;
    quint64 m_generation = 0; ///< Counts useToken() calls.
};

} // namespace GradeDesk::Models
