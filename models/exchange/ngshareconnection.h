// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/result.h>
#include <services/exchange/ngshareexchange.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace GradeDesk::Models {

class CanvasTokenStore;

/**
 * @brief The ngshare side of one open course: its exchange and the user's JupyterHub API token.
 *
 * The hub URL and ngshare prefix come from course.yaml (read-only here). The token lives only in
 * the token store (the system keychain in the app; the store is the same key/value interface the
 * Canvas connection uses, under the key kind "hub") and in the exchange's memory; it is never
 * written to settings or logs. Token operations are asynchronous and report through the signals.
 *
 * A course whose exchange is the local course folder has no ngshare: isNgshare() is false and
 * configurationProblem() says how to switch.
 */
class NgshareConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareConnection)

public:
    /// `exchange` (the course's, may be null) and `store` are not owned and must outlive this object.
    NgshareConnection(const Services::CourseConfig &config, Services::Exchange *exchange, CanvasTokenStore *store,
                      QObject *parent = nullptr);
    ~NgshareConnection() override;

    const Services::CourseConfig &config() const { return m_config; }

    /// Whether course.yaml names an ngshare exchange and it could be created.
    bool isNgshare() const { return !m_exchange.isNull(); }

    /// Why the course has no ngshare exchange and what to do (translated); empty when it has one.
    QString configurationProblem() const;

    /// Null when not isNgshare().
    Services::NgshareExchange *exchange() const { return m_exchange; }

    /// hub URL + prefix, e.g. https://hub.example.edu/services/ngshare.
    QUrl serviceUrl() const;
    /// The keychain key of this course's hub token (kind "hub", the hub's host, the grader).
    QString tokenKey() const;

    enum class TokenSource { None, Stored, Session };
    Q_ENUM(TokenSource)

    bool hasToken() const;

    /// A token the exchange read from the keychain by itself counts as Stored.
    TokenSource tokenSource() const
    {
        return !hasToken() ? TokenSource::None : m_source == TokenSource::None ? TokenSource::Stored : m_source;
    }

    /// Reads the token from the store into the exchange, unless another was set meanwhile; emits tokenLoaded.
    void loadToken();
    /// Uses `token` at once and writes it to the store; emits tokenSaved. A failed write keeps the
    /// token for this session only (nothing is written anywhere else).
    void saveToken(const QString &token);
    /// Uses `token` for this session without storing it.
    void useToken(const QString &token);
    /// Removes the token from the store and the exchange; emits tokenForgotten.
    void forgetToken();

signals:
    /// NotFound when nothing is stored; other errors: the keychain could not be read.
    void tokenLoaded(const GradeDesk::Services::Result<void> &result);
    void tokenSaved(const GradeDesk::Services::Result<void> &result);
    void tokenForgotten(const GradeDesk::Services::Result<void> &result);
    void tokenChanged();

private:
    void setExchangeToken(const QString &token, TokenSource source);

    Services::CourseConfig m_config;
    QPointer<Services::NgshareExchange> m_exchange;
    QPointer<CanvasTokenStore> m_store;
    TokenSource m_source = TokenSource::None;
    quint64 m_generation = 0;
};

} // namespace GradeDesk::Models
