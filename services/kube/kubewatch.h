// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace GradeDesk::Services {

class KubeClient;

/**
 * @brief A streamed `watch=1` GET (spec kubernetes.md §3 "Watch semantics").
 *
 * The body is split on "\n" whatever the chunk boundaries; each line is one watch event.
 * ADDED/MODIFIED/DELETED/BOOKMARK -> event(type, object). An ERROR event whose Status has code 410,
 * or an HTTP 410 reply, -> expired(): the caller re-lists and watches again from the new
 * resourceVersion. Anything else ends the watch with closed(): no error when the server ended the
 * stream normally (timeoutSeconds, the server's own limit), an error otherwise (HTTP error, ERROR
 * event with another code, a line that is not a JSON event, a dropped connection).
 *
 * Exactly one of expired() / closed() is emitted, once; the watch deletes itself (deleteLater)
 * right after. Before the first byte arrives, 401 re-runs the exec plugin once and 429/5xx are
 * retried like a GET. The relist/re-watch policy is the caller's.
 */
class KubeWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeWatch)

public:
    ~KubeWatch() override;

    /// The resourceVersion of the last event received (BOOKMARKs included); empty before any.
    const QString &lastResourceVersion() const { return m_lastResourceVersion; }

    const QString &path() const { return m_path; }

    /// Warning header texts of the reply.
    const QStringList &warnings() const { return m_warnings; }

    int eventCount() const { return m_eventCount; }

    /// Ends the watch now: closed() with a Cancelled error follows, unless it has ended already.
    void stop();

signals:
    void event(const QString &type, const QJsonObject &object);
    void expired();
    void closed(const std::optional<GradeDesk::Services::ServiceError> &error);

private:
    friend class KubeClient;

    KubeWatch(KubeClient *client, const QString &path, const QUrlQuery &query, QObject *parent);
    void start();
    void onReadyRead();
    void onFinished();
    void handleLine(const QByteArray &line);
    void endWithExpired();
    void endWithClose(const std::optional<ServiceError> &error);

    QPointer<KubeClient> m_client;
    QString m_path;
    QUrlQuery m_query;
    QPointer<QNetworkReply> m_network;
    QByteArray m_buffer;
    QString m_lastResourceVersion;
    QStringList m_warnings;
    quint64 m_id = 0;
    int m_attempts = 0;
    int m_eventCount = 0;
    bool m_authRetried = false;
    bool m_streaming = false;
    bool m_done = false;
};

} // namespace GradeDesk::Services
