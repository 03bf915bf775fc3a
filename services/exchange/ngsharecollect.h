// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"
#include "ngshareclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

class NgshareExchange;
struct NgshareSubmission;

/**
 * @brief The download half of an ngshare collect (see NgshareExchange for the contract).
 *
 * Lives as a child of the CollectJob. Network work runs on the job's thread; decoding, checking
 * MD5s and writing run on worker threads, at most `concurrency` submissions under way in all. When
 * every download has ended it hands over to NgshareExchange::importCollected; a token problem or a
 * cancel stops the downloads (finished submissions stay, the rest is not started) and the job
 * fails without importing anything.
 */
class NgshareCollect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareCollect)

public:
    ~NgshareCollect() override;

    /// `assignment` empty: every released assignment.
    static void start(NgshareExchange *exchange, CollectJob *job, const QString &assignment);

    /// The newest submission per student (by parsed timestamp), students sorted; ids in `skip` left out.
    static QList<NgshareSubmission> latestPerStudent(const QList<NgshareSubmission> &all, const QSet<QString> &skip);

private:
    struct Pending {
        QString assignment;
        QString student;
        QString timestamp;
        int attempts = 0;
    };

    struct WriteOutcome {
        std::optional<ServiceError> error;
        QStringList warnings;
    };

    NgshareCollect(NgshareExchange *exchange, CollectJob *job, const QString &assignment);
    void begin();
    void listNext();
    void plan(const QString &assignment, const QList<NgshareSubmission> &submissions);
    void pump();
    void download(const Pending &pending);
    void onDownloaded(const Pending &pending, NgshareCall *call);
    void onWritten(const Pending &pending, const WriteOutcome &outcome);
    void skip(const Pending &pending, const ServiceError &error);
    void stop(const ServiceError &error);
    void finishIfIdle();
    void reportProgress();

    QPointer<NgshareExchange> m_exchange;
    QPointer<NgshareClient> m_client;
    CollectJob *m_job;
    QString m_requested;
    QString m_courseId;
    QString m_courseDir;
    QStringList m_toList;
    QSet<QString> m_instructors;
    int m_instructorSubmissions = 0;
    QList<Pending> m_queue;
    QList<QPointer<NgshareCall>> m_calls;
    int m_active = 0;
    int m_total = 0;
    int m_done = 0;
    CollectReport m_report;
    std::optional<ServiceError> m_failure;
    bool m_finished = false;
};

} // namespace GradeDesk::Services
