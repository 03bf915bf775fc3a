// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

class HighlightProcess;

/**
 * @brief The only door to KDE's KSyntaxHighlighting: code in, coloured HTML out, asynchronously.
 *
 * KSyntaxHighlighting has no Qt 6 build on Debian 12, so it runs out of process: Debian's Qt 5
 * `kate-syntax-highlighter` (package libkf5syntaxhighlighting-tools), one call per batch. Callers
 * never wait: `request()` returns at once and `highlighted(key, html)` follows from the event loop,
 * exactly once per request.
 *
 *  - Requests made in the same event-loop turn are batched: all cells of one definition go to one
 *    process call (up to `maxCellsPerCall`), at most `maxConcurrentCalls` calls run at a time.
 *  - Results are cached by (hash of the code, definition, theme); a repeated request is answered
 *    from the cache in the next event-loop turn without a process. Equal requests in flight share
 *    one call.
 *  - `html` is a `<pre>` fragment with inline `<span style>` colours (no `<html>`/`<body>`),
 *    checked to hold nothing else, so it can go straight into a QTextDocument.
 *  - If the program is missing or fails, the affected requests get plain HTML-escaped `<pre>` text
 *    and `unavailable(message)` is emitted once; later requests go straight to plain text until
 *    `setExecutable()` is called again. Unknown languages get plain text without that signal.
 */
class SyntaxHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyntaxHighlighter)

public:
    static constexpr int maxCellsPerCall = 200;
    static constexpr int maxConcurrentCalls = 2;
    static constexpr auto defaultTheme = "GitHub Light";

    explicit SyntaxHighlighter(QObject *parent = nullptr);
    ~SyntaxHighlighter() override;

    /// Asks for `code` in `language` (a notebook's `language_info.name`); answered by `highlighted(key, ...)`.
    void request(const QString &key, const QString &code, const QString &language);

    QString theme() const { return m_theme; }

    /// A KSyntaxHighlighting theme name ("GitHub Light", "Breeze Dark", ...); applies to later requests.
    void setTheme(const QString &theme);

    /// The program to run; empty (the default) looks up `kate-syntax-highlighter` in PATH.
    QString executable() const { return m_executable; }

    /// Also clears an earlier "unavailable" state, so the next request tries again.
    void setExecutable(const QString &path);

    /// False once `unavailable()` was emitted.
    bool isAvailable() const { return !m_unavailable; }

    /// KSyntaxHighlighting's definition name for a notebook language ("python" -> "Python");
    /// unknown names are passed on as they are, an empty language means plain text.
    static QString definitionFor(const QString &language);

    /// How many highlighter processes were started so far (for tests and benchmarks).
    int processStarts() const { return m_processStarts; }

signals:
    void highlighted(const QString &key, const QString &html);
    void unavailable(const QString &message);

private:
    struct Request {
        QString key;
        QString code;
        QString definition;
        QByteArray cacheKey;
    };

    struct Job {
        QString definition;
        QString theme;
        QList<QByteArray> cacheKeys;
        QStringList codes;
    };

    void flush();
    void startJobs();
    void onJobFinished(HighlightProcess *process, const Job &job);
    void deliver(const QByteArray &cacheKey, const QString &html, bool cache);
    void deliverPlain(const Job &job);
    void markUnavailable(const QString &message, const QString &detail);
    QByteArray cacheKeyFor(const QString &code, const QString &definition) const;

    QString m_theme;
    QString m_executable;
    bool m_unavailable = false;
    bool m_flushQueued = false;
    int m_processStarts = 0;
    int m_running = 0;
    QList<Request> m_pending;
    QList<Job> m_queue;
    QHash<QByteArray, QStringList> m_waiting; ///< Cache key -> request keys waiting for that result.
    QCache<QByteArray, QString> m_cache;
    QSet<QString> m_unknownDefinitions;
};

} // namespace GradeDesk::Services
