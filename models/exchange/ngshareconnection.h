// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <models/remote/remoteconnection.h>
#include <services/exchange/ngshareexchange.h>

#include <QPointer>
#include <QString>
#include <QUrl>

namespace GradeDesk::Models {

/**
 * @brief The ngshare side of one open course: its exchange and the user's JupyterHub API token.
 *
 * The hub URL and ngshare prefix come from course.yaml (read-only here). The token is handled as
 * RemoteConnection describes, under the key kind "hub"; a token the exchange read from the
 * keychain by itself counts as Stored.
 *
 * A course whose exchange is the local course folder has no ngshare: isNgshare() is false and
 * configurationProblem() says how to switch.
 */
class NgshareConnection final : public RemoteConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareConnection)

public:
    /// `exchange` (the course's, may be null) and `store` are not owned and must outlive this object.
    NgshareConnection(const Services::CourseConfig &config, Services::Exchange *exchange, CanvasTokenStore *store,
                      QObject *parent = nullptr);
    ~NgshareConnection() override;

    /// Whether course.yaml names an ngshare exchange and it could be created.
    bool isNgshare() const { return !m_exchange.isNull(); }

    bool isConfigured() const override { return isNgshare(); }

    QString configurationProblem() const override;

    /// Null when not isNgshare().
    Services::NgshareExchange *exchange() const { return m_exchange; }

    /// hub URL + prefix, e.g. https://hub.example.edu/services/ngshare.
    QUrl serviceUrl() const;
    /// The keychain key of this course's hub token (kind "hub", the hub's host, the grader).
    QString tokenKey() const override;

    bool hasToken() const override;

private:
    void setClientToken(const QString &token) override;

    TokenSource untrackedTokenSource() const override { return TokenSource::Stored; }

    QPointer<Services::NgshareExchange> m_exchange;
};

} // namespace GradeDesk::Models
