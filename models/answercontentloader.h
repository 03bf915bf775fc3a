// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>
#include <services/gradebook/records.h>
#include <services/grading/questionanswer.h>

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace GradeDesk::Models {

/**
 * @brief Reads the answers of one question off the GUI thread (QtConcurrent), in priority order.
 *
 * Order: the focus (the current answer, then the prefetch window) before everything else, then the
 * remaining answers in queue order in the background, so group keys (code and output) fill in for
 * every answer. The current answer never waits for background work: it gets its own thread.
 *
 * Memory: only QuestionAnswer (the question's cells) is kept, never a notebook, and only for up to
 * maxCachedContents answers; answers read in the background once the cache is full keep just their
 * group keys. Focused answers are read even when the cache is full, evicting the least recently used.
 *
 * start() bumps a generation counter: results of reads started for an earlier question are dropped
 * when they arrive. Only a handful of reads are ever queued, so switching questions never waits
 * behind a long backlog.
 */
class AnswerContentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerContentLoader)

public:
    static constexpr int maxCachedContents = 512;

    struct Request {
        qint64 submittedNotebookId = 0;
        QString studentId;
        QString notebookPath;
    };

    struct Content {
        Services::QuestionAnswer answer;
        QString language;
    };

    struct Keys {
        QString codeKey;
        QString outputKey;
    };

    explicit AnswerContentLoader(QObject *parent = nullptr);
    ~AnswerContentLoader() override;

    /// Starts loading the answers of a question. `requests` in queue order; `sourceCells` of the
    /// question's notebook (released checksums).
    void start(const QString &courseDirectory, const QString &assignment, const QString &gradeId,
               const QList<Services::SourceCellRecord> &sourceCells, const QList<Request> &requests);
    /// Forgets everything and drops reads in flight.
    void clear();
    /// Reads these first (in this order; the first one immediately). Replaces the previous focus.
    void setFocus(const QList<qint64> &submittedNotebookIds);

    /// The answer's content when loaded (marks it recently used); nullptr otherwise.
    const Content *content(qint64 submittedNotebookId) const;

    const QList<qint64> &focus() const { return m_focus; }

    /// Group keys of every answer read so far.
    const QHash<qint64, Keys> &keys() const { return m_keys; }

    /// Emits keysLoaded now for keys not reported yet.
    void flushKeys();

    int loadedCount() const { return int(m_keys.size()); }

    int totalCount() const { return int(m_requests.size()); }

    /// True when no read is running or waiting.
    bool isIdle() const { return m_inFlight.isEmpty() && m_nextBackground >= m_requests.size(); }

signals:
    /// The answer's content is available through content().
    void contentLoaded(qint64 submittedNotebookId);
    /// Keys of answers read since the last emission; batched (a background pass reads thousands).
    void keysLoaded(const QHash<qint64, AnswerContentLoader::Keys> &keys);
    /// A focused answer could not be read (background failures are only logged).
    void loadFailed(qint64 submittedNotebookId, const Services::ServiceError &error);
    /// `loaded` of `total` answers read; batched like keysLoaded.
    void progress(int loaded, int total);

private:
    struct Loaded;

    void pump();
    void launch(int requestIndex);
    void onLoaded(const Loaded &loaded);
    void scheduleKeyFlush();

    QThreadPool m_pool;
    int m_generation = 0;
    QString m_courseDirectory;
    QString m_assignment;
    QString m_gradeId;
    QList<Services::SourceCellRecord> m_sourceCells;
    QList<Request> m_requests;
    QHash<qint64, int> m_requestIndex; ///< submitted notebook id -> index in m_requests
    QList<qint64> m_focus;
    QSet<qint64> m_inFlight;
    int m_nextBackground = 0;
    mutable QCache<qint64, Content> m_contents;
    QHash<qint64, Keys> m_keys;
    QHash<qint64, Keys> m_unreportedKeys;
    bool m_keyFlushQueued = false;
};

} // namespace GradeDesk::Models
