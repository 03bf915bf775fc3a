// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QString>

namespace GradeDesk::Bench {

/// Percentiles of a set of durations, in milliseconds.
struct Latency {
    int samples = 0;
    double p50 = 0.0;
    double p99 = 0.0;
    double max = 0.0;
};

struct GradingFigures {
    QString question;             ///< "notebook: grade_id" of the question graded.
    int answers = 0;              ///< Answers to it.
    double openMs = 0.0;          ///< GradingSession setAssignment + setQuestion until answerContentReady.
    double allLoadedMs = 0.0;     ///< From setQuestion until every answer was read and grouped (background).
    Latency next;                 ///< next() until content ready and its code highlighted (think time between).
    int nextHighlighterCalls = 0; ///< Highlighter processes started inside measured next() intervals (0 = warm).
    Latency apply;                ///< toggleItemByShortcut on the current answer: durable on SQLite, models updated.
    Latency applyGradebook;       ///< The same toggle as a bare Gradebook::setRubricItemApplied.
    Latency applySettled;         ///< apply plus the event-loop turn that runs the updates it queued.
    double retroactiveMs = 0.0;   ///< updateRubricItem changing the points of an item every answer has.
    int retroactiveAnswers = 0;
    qint64 residentAfterOpenKib = -1;
    qint64 residentEndKib = -1; ///< After all answers were read and every probe ran.
};

/**
 * The grading-by-question figures on a collected course: what a grader waits for when opening a
 * question, moving to the next answer (with highlighted code), applying a rubric item and changing
 * an item's points after the fact. Run in a fresh process so the memory figures are a grader's.
 */
Services::Result<GradingFigures> runGradingProbes(const QString &configPath, int nextCount, int toggleCount);

} // namespace GradeDesk::Bench
