// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "benchgrading.h"

#include "benchprobes.h"

#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/rubricmodel.h>
#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <services/highlight/syntaxhighlighter.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace GradeDesk::Bench {

using namespace GradeDesk::Services;
using Models::GradingSession;

namespace {

/// Think time between two measured answers: a grader reads an answer for seconds; 100 ms is plenty
/// for the prefetch to stay ahead and keeps the run short.
constexpr int thinkTimeMs = 100;
/// Before the first next(): the grader reads the first answer (the highlighter process starts meanwhile).
constexpr int firstAnswerReadingMs = 1000;
constexpr int waitTimeoutMs = 60000;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Latency latencyOf(QList<double> samples)
{
    Latency latency;
    latency.samples = int(samples.size());
    if (samples.isEmpty()) {
        return latency;
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double quantile) {
        const qsizetype index = std::min(samples.size() - 1, qsizetype(quantile * double(samples.size())));
        return samples.at(index);
    };
    latency.p50 = at(0.50);
    latency.p99 = at(0.99);
    latency.max = samples.constLast();
    return latency;
}

/// Runs the event loop until `done` holds (checked every millisecond) or the timeout; not for measured spans.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = waitTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

ServiceError benchError(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Io, detail, detail);
}

/// Requests highlighting of every code cell of the current answer; `pending` counts the replies still due.
void requestHighlights(const GradingSession &session, SyntaxHighlighter &highlighter, int round, int &pending)
{
    const auto content = session.currentContent();
    if (!content) {
        return;
    }
    int index = 0;
    for (const QList<Cell> *cells : {&content->answer, &content->tests}) {
        for (const Cell &cell : *cells) {
            if (cell.type == CellType::Code && !cell.source.isEmpty()) {
                ++pending;
                highlighter.request(QStringLiteral("bench:%1:%2").arg(round).arg(index++), cell.source,
                                    session.currentLanguage());
            }
        }
    }
}

} // namespace

Result<GradingFigures> runGradingProbes(const QString &configPath, int nextCount, int toggleCount)
{
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(configPath);
    if (!loaded) {
        return loaded.error();
    }
    CourseConfig config = loaded.value().config;
    config.grader = QStringLiteral("bench");
    if (config.assignments.isEmpty()) {
        return benchError(QStringLiteral("the course has no assignments"));
    }
    Result<std::unique_ptr<Gradebook>> opened = Gradebook::open(config.gradebook);
    if (!opened) {
        return opened.error();
    }
    Gradebook &gradebook = *opened.value();
    SyntaxHighlighter highlighter;
    GradingSession session(&gradebook, config);
    session.setHighlighter(&highlighter);
    QObject::connect(&session, &GradingSession::errorOccurred, &session,
                     [](const QString &what, const ServiceError &error) {
                         qWarning("grading error: %s (%s)", qPrintable(what), qPrintable(error.detail));
                     });
    GradingFigures figures;
    QElapsedTimer sinceQuestion;
    bool allLoaded = false;
    QObject::connect(&session, &GradingSession::loadingProgress, &session, [&](int loadedCount, int total) {
        if (loadedCount >= total && !allLoaded) {
            allLoaded = true;
            figures.allLoadedMs = elapsedMs(sinceQuestion);
        }
    });
    bool contentReady = false;
    QObject::connect(&session, &GradingSession::answerContentReady, &session, [&contentReady] { contentReady = true; });

    // Open to first answer.
    QElapsedTimer timer;
    timer.start();
    if (!session.setAssignment(config.assignments.constFirst().name) || session.questions()->rowCount() == 0) {
        return benchError(QStringLiteral("the first assignment has no questions"));
    }
    const QuestionRecord question = session.questions()->question(0);
    sinceQuestion.start();
    if (!session.setQuestion(question.cellId)) {
        return benchError(QStringLiteral("opening the question failed"));
    }
    if (!contentReady) {
        QEventLoop loop;
        QObject::connect(&session, &GradingSession::answerContentReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(waitTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    figures.openMs = elapsedMs(timer);
    if (!contentReady) {
        return benchError(QStringLiteral("the first answer never arrived"));
    }
    figures.question = Models::QuestionListModel::labelOf(question);
    figures.answers = session.answers()->rowCount();
    figures.residentAfterOpenKib = residentKib();

    // Next answer, warm: content and highlighted code, the way the answer pane shows it.
    QList<double> nextSamples;
    int pending = 0;
    QEventLoop *waiting = nullptr;
    QObject::connect(&highlighter, &SyntaxHighlighter::highlighted, &highlighter, [&](const QString &key) {
        if (key.startsWith(QLatin1String("bench:")) && --pending == 0 && waiting) {
            waiting->quit();
        }
    });
    QObject::connect(&session, &GradingSession::answerContentReady, &session, [&] {
        if (waiting && pending == 0) {
            waiting->quit();
        }
    });
    idle(firstAnswerReadingMs);
    for (int round = 0; round < nextCount; ++round) {
        contentReady = false;
        pending = 0;
        const int processesBefore = highlighter.processStarts();
        timer.restart();
        if (!session.next()) {
            break;
        }
        QEventLoop loop;
        waiting = &loop;
        QTimer::singleShot(waitTimeoutMs, &loop, &QEventLoop::quit);
        if (!contentReady) {
            loop.exec(); // until the content arrives
        }
        requestHighlights(session, highlighter, round, pending);
        if (pending > 0) {
            loop.exec(); // until every code cell is highlighted
        }
        waiting = nullptr;
        nextSamples.append(elapsedMs(timer));
        figures.nextHighlighterCalls += highlighter.processStarts() - processesBefore;
        idle(thinkTimeMs);
    }
    figures.next = latencyOf(nextSamples);

    // Every answer read in the background (groups complete).
    if (!waitUntil([&] { return allLoaded; })) {
        return benchError(QStringLiteral("background loading did not finish"));
    }

    // Apply a rubric item durably.
    RubricItemRecord item;
    item.title = QStringLiteral("Benchmark item");
    item.points = question.maxScore / 2;
    // A free shortcut, so the probe can run again on a course it already graded (--grading-probe).
    QString shortcut;
    for (int key = 1; key <= 9 && shortcut.isEmpty(); ++key) {
        if (session.rubric()->rowOfShortcut(QString::number(key)) < 0) {
            shortcut = QString::number(key);
        }
    }
    if (shortcut.isEmpty()) {
        return benchError(QStringLiteral("no free rubric shortcut left; use a fresh course"));
    }
    item.shortcut = shortcut;
    item.position = -1;
    session.addRubricItem(item);
    if (session.rubric()->rowOfShortcut(shortcut) < 0) {
        return benchError(QStringLiteral("adding the rubric item failed"));
    }
    QList<double> applySamples;
    QList<double> settleSamples;
    for (int i = 0; i < toggleCount; ++i) {
        timer.restart();
        session.toggleItemByShortcut(shortcut);
        applySamples.append(elapsedMs(timer));
        QCoreApplication::processEvents(); // the coalesced updates (question progress) the toggle queued
        settleSamples.append(elapsedMs(timer));
    }
    figures.apply = latencyOf(applySamples);
    figures.applySettled = latencyOf(settleSamples);

    // The same toggle straight on the gradebook: what of it is SQLite's.
    const qint64 itemId = session.rubric()->item(session.rubric()->rowOfShortcut(shortcut)).id;
    const AnswerKey current = session.currentAnswer()->key;
    applySamples.clear();
    for (int i = 0; i < toggleCount; ++i) {
        timer.restart();
        if (Result<void> done = gradebook.setRubricItemApplied({current}, itemId, i % 2 == 0, config.grader); !done) {
            return done.error();
        }
        applySamples.append(elapsedMs(timer));
        QCoreApplication::processEvents();
    }
    figures.applyGradebook = latencyOf(applySamples);

    // Retroactive change: every answer has the item, then its points change.
    QList<AnswerKey> everyAnswer;
    for (const AnswerRecord &answer : session.answers()->answers()) {
        everyAnswer.append(answer.key);
    }
    RubricItemRecord stored = session.rubric()->item(session.rubric()->rowOfShortcut(shortcut));
    if (Result<void> applied = gradebook.setRubricItemApplied(everyAnswer, stored.id, true, config.grader); !applied) {
        return applied.error();
    }
    idle(50);
    stored.points = question.maxScore / 4;
    timer.restart();
    session.updateRubricItem(stored);
    QCoreApplication::processEvents(); // the coalesced model updates of the burst
    figures.retroactiveMs = elapsedMs(timer);
    figures.retroactiveAnswers = int(everyAnswer.size());
    figures.residentEndKib = residentKib();
    return figures;
}

} // namespace GradeDesk::Bench
