// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "syntaxhighlighter.h"

#include "highlightbatch.h"
#include "highlightprocess.h"

#include <services/core/logging.h>

#include <QCryptographicHash>
#include <QStandardPaths>

namespace GradeDesk::Services {

namespace {

// Cache size in characters of HTML (QCache cost): a few thousand typical cells.
constexpr qsizetype cacheCost = 32 * 1024 * 1024;
// Keeps one call's input (and the time a cell waits for its batch) bounded.
constexpr qsizetype maxCharactersPerCall = 1024 * 1024;

const QString programName = QStringLiteral("kate-syntax-highlighter");

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QObject *parent)
    : QObject(parent)
    , m_theme(QString::fromLatin1(defaultTheme))
    , m_cache(cacheCost)
{}

SyntaxHighlighter::~SyntaxHighlighter() = default;

QString SyntaxHighlighter::definitionFor(const QString &language)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("ipython"), QStringLiteral("Python")},
        {QStringLiteral("ipython3"), QStringLiteral("Python")},
        {QStringLiteral("r"), QStringLiteral("R Script")},
        {QStringLiteral("julia"), QStringLiteral("Julia")},
        {QStringLiteral("markdown"), QStringLiteral("Markdown")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("javascript"), QStringLiteral("JavaScript")},
        {QStringLiteral("typescript"), QStringLiteral("TypeScript")},
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("c"), QStringLiteral("C")},
        {QStringLiteral("java"), QStringLiteral("Java")},
        {QStringLiteral("scala"), QStringLiteral("Scala")},
        {QStringLiteral("octave"), QStringLiteral("Octave")},
        {QStringLiteral("matlab"), QStringLiteral("Matlab")},
        {QStringLiteral("rust"), QStringLiteral("Rust")},
        {QStringLiteral("go"), QStringLiteral("Go")},
        {QStringLiteral("haskell"), QStringLiteral("Haskell")},
        {QStringLiteral("ruby"), QStringLiteral("Ruby")},
    };
    const QString name = language.trimmed();
    return known.value(name.toLower(), name);
}

void SyntaxHighlighter::setTheme(const QString &theme)
{
    m_theme = theme;
}

void SyntaxHighlighter::setExecutable(const QString &path)
{
    m_executable = path;
    m_unavailable = false;
}

QByteArray SyntaxHighlighter::cacheKeyFor(const QString &code, const QString &definition) const
{
    return QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256) + '\0' + definition.toUtf8() + '\0' +
           m_theme.toUtf8();
}

void SyntaxHighlighter::request(const QString &key, const QString &code, const QString &language)
{
    const QString definition = definitionFor(language);
    m_pending.append({key, code, definition, cacheKeyFor(code, definition)});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &SyntaxHighlighter::flush, Qt::QueuedConnection);
    }
}

void SyntaxHighlighter::flush()
{
    m_flushQueued = false;
    if (!m_unavailable && m_executable.isEmpty() && QStandardPaths::findExecutable(programName).isEmpty()) {
        markUnavailable(tr("Syntax highlighting is not available because %1 is not installed. Code is shown without "
                           "colours; install the package libkf5syntaxhighlighting-tools to get them.")
                            .arg(programName),
                        QStringLiteral("%1 not found in PATH").arg(programName));
    }
    QHash<QString, qsizetype> openJob; // definition -> index in m_queue of the job still taking cells
    const QList<Request> pending = std::exchange(m_pending, {});
    for (const Request &request : pending) {
        if (const QString *cached = m_cache.object(request.cacheKey)) {
            emit highlighted(request.key, *cached);
            continue;
        }
        if (m_unavailable || request.definition.isEmpty() || m_unknownDefinitions.contains(request.definition)) {
            emit highlighted(request.key, HighlightBatch::plainHtml(request.code));
            continue;
        }
        if (auto waiting = m_waiting.find(request.cacheKey); waiting != m_waiting.end()) {
            waiting->append(request.key);
            continue;
        }
        m_waiting.insert(request.cacheKey, {request.key});
        qsizetype index = openJob.value(request.definition, -1);
        if (index >= 0) {
            const Job &job = m_queue.at(index);
            qsizetype size = 0;
            for (const QString &code : job.codes) {
                size += code.size();
            }
            if (job.codes.size() >= maxCellsPerCall || size + request.code.size() > maxCharactersPerCall) {
                index = -1;
            }
        }
        if (index < 0) {
            m_queue.append({request.definition, m_theme, {}, {}});
            index = m_queue.size() - 1;
            openJob.insert(request.definition, index);
        }
        m_queue[index].cacheKeys.append(request.cacheKey);
        m_queue[index].codes.append(request.code);
    }
    startJobs();
}

void SyntaxHighlighter::startJobs()
{
    while (m_running < maxConcurrentCalls && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        if (m_unavailable || m_unknownDefinitions.contains(job.definition)) {
            deliverPlain(job);
            continue;
        }
        const QString program = m_executable.isEmpty() ? programName : m_executable;
        auto *process = new HighlightProcess(program, job.definition, job.theme, job.codes, this);
        connect(process, &HighlightProcess::finished, this, [this, process, job] { onJobFinished(process, job); });
        ++m_running;
        ++m_processStarts;
        process->start();
    }
}

void SyntaxHighlighter::onJobFinished(HighlightProcess *process, const Job &job)
{
    --m_running;
    process->deleteLater();
    const Result<QStringList> &result = process->result();
    if (result.ok()) {
        for (qsizetype i = 0; i < job.cacheKeys.size(); ++i) {
            deliver(job.cacheKeys.at(i), result.value().at(i), true);
        }
    } else {
        switch (result.error().kind) {
        case ServiceError::Kind::Parse:
            if (job.codes.size() > 1) {
                // A cell left state open across the boundary: highlight each cell on its own instead.
                qCInfo(lcHighlight) << "batch of" << job.codes.size() << job.definition << "cells did not split back;"
                                    << "highlighting them one by one";
                for (qsizetype i = job.codes.size() - 1; i >= 0; --i) {
                    m_queue.prepend({job.definition, job.theme, {job.cacheKeys.at(i)}, {job.codes.at(i)}});
                }
            } else {
                qCWarning(lcHighlight) << "highlighter output for one" << job.definition << "cell was not usable";
                deliverPlain(job);
            }
            break;
        case ServiceError::Kind::Unsupported:
            qCInfo(lcHighlight) << "no syntax definition" << job.definition << "- showing plain text";
            m_unknownDefinitions.insert(job.definition);
            deliverPlain(job);
            break;
        default:
            markUnavailable(result.error().message, result.error().detail);
            deliverPlain(job);
            break;
        }
    }
    startJobs();
}

void SyntaxHighlighter::deliver(const QByteArray &cacheKey, const QString &html, bool cache)
{
    if (cache) {
        m_cache.insert(cacheKey, new QString(html), qMax<qsizetype>(1, html.size()));
    }
    const QStringList keys = m_waiting.take(cacheKey);
    for (const QString &key : keys) {
        emit highlighted(key, html);
    }
}

void SyntaxHighlighter::deliverPlain(const Job &job)
{
    // Not cached: plain text is only a stand-in until highlighting works again.
    for (qsizetype i = 0; i < job.cacheKeys.size(); ++i) {
        deliver(job.cacheKeys.at(i), HighlightBatch::plainHtml(job.codes.at(i)), false);
    }
}

void SyntaxHighlighter::markUnavailable(const QString &message, const QString &detail)
{
    if (m_unavailable) {
        return;
    }
    m_unavailable = true;
    qCWarning(lcHighlight).noquote() << "syntax highlighting unavailable:" << detail;
    emit unavailable(message);
}

} // namespace GradeDesk::Services
