// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/result.h>

#include <QObject>
#include <QPointer>
#include <QString>

namespace GradeDesk::Models {

class CanvasTokenStore;

/**
 * @brief What the connections to a remote service of one open course share: the user's token,
 * kept only in the token store (the system keychain in the app) and in the service client's memory.
 *
 * The token is never written to settings or logs. loadToken(), saveToken() and forgetToken() are
 * asynchronous and report through the signals. Subclasses say whether the course has the service
 * (isConfigured()), under which key its token is stored, and hand the token to their client.
 */
class RemoteConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteConnection)

public:
    ~RemoteConnection() override;

    const Services::CourseConfig &config() const { return m_config; }

    /// Whether course.yaml names the service and its client could be created.
    virtual bool isConfigured() const = 0;
    /// Why the course cannot use the service and how to fix it (translated); empty when configured.
    virtual QString configurationProblem() const = 0;
    /// The keychain key of this course's token (kind, the service's host, the grader).
    virtual QString tokenKey() const = 0;

    /// Where the client's token came from: None (no token), Stored (read from or written to the
    /// store), Session (in memory only: typed, or the store refused it).
    enum class TokenSource { None, Stored, Session };
    Q_ENUM(TokenSource)

    /// Whether the client holds a token.
    virtual bool hasToken() const = 0;

    TokenSource tokenSource() const;

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

protected:
    /// How a subclass names its token in messages and the log.
    struct Wording {
        QString service;     ///< Untranslated, for error details: "canvas", "ngshare".
        QString token;       ///< Untranslated, for the log: "canvas token", "hub token".
        QString emptyStored; ///< Translated: the store holds an empty token.
        QString emptyToSave; ///< Translated: saveToken() got an empty token; what to paste instead.
    };

    /// `store` is not owned and must outlive this object.
    RemoteConnection(const Services::CourseConfig &config, CanvasTokenStore *store, Wording wording, QObject *parent);

    /// Hands `token` (empty: none) to the client. Called only when isConfigured().
    virtual void setClientToken(const QString &token) = 0;

    /// The source of a token the client holds without this object having set it.
    virtual TokenSource untrackedTokenSource() const { return TokenSource::None; }

private:
    void setToken(const QString &token, TokenSource source);

    Services::CourseConfig m_config;
    QPointer<CanvasTokenStore> m_store;
    Wording m_wording;
    TokenSource m_source = TokenSource::None;
    quint64 m_generation = 0; ///< Counts the tokens set, so a late keychain answer cannot override a newer one.
};

} // namespace GradeDesk::Models
