// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace GradeDesk::Ui {

/**
 * @brief The desktop app's QSettings keys, in one place. Layout and navigation only: never secrets.
 *
 *   courses/recent                   most recently opened course.yaml paths, newest first
 *   selection/<course>/<what>        last assignment / student per course (<course> = hash of its path)
 *   selection/notebook               last notebook name chosen in a submission
 *   window/<what>                    geometry, state, splitter and header layouts
 *   grading/<what>                   the grading view's own choices (page, filters, anonymity,
 *                                    shuffle, grouping, prompt collapsed): the same for every course
 *   selection/<course>/question/<assignment>   last question graded per assignment
 */
class UiSettings final
{
public:
    UiSettings() = delete;

    static constexpr int maxRecentCourses = 8;

    static QStringList recentCourses();
    static void addRecentCourse(const QString &courseFile);

    static QString lastSelection(const QString &courseFile, const QString &what);
    static void setLastSelection(const QString &courseFile, const QString &what, const QString &value);

    static QString preferredNotebook();
    static void setPreferredNotebook(const QString &name);

    static QByteArray windowLayout(const QString &what);
    static void setWindowLayout(const QString &what, const QByteArray &state);

    /// A grading view setting (`fallback` when never stored).
    static QVariant gradingValue(const QString &what, const QVariant &fallback);
    static void setGradingValue(const QString &what, const QVariant &value);

    /// The question (cell id) last graded in the assignment; 0 when none.
    static qint64 lastQuestion(const QString &courseFile, const QString &assignment);
    static void setLastQuestion(const QString &courseFile, const QString &assignment, qint64 cellId);
};

} // namespace GradeDesk::Ui
