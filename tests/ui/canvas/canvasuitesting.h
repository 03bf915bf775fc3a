// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Canvas dialog tests: a gradebook with graded students and helpers to find the
// dialogs' widgets. The simulator side is tests/models/canvas/canvastestcourse.h.

#include <services/gradebook/gradebook.h>

#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace GradeDesk::Tests {

struct GradedStudent {
    QString id;
    QString firstName;
    QString lastName;
    std::optional<double> score; ///< nullopt: no submission.
};

/// A SQLite gradebook with assignment "ps1" (one notebook, one autograded 10-point cell) and the
/// students with their scores. Null on failure (logged).
inline std::unique_ptr<Services::Gradebook> gradedGradebook(const QString &path, const QList<GradedStudent> &students)
{
    auto opened = Services::Gradebook::openSqlite(path);
    if (!opened) {
        qWarning() << opened.error().detail;
        return nullptr;
    }
    std::unique_ptr<Services::Gradebook> gradebook = std::move(opened).value();
    const auto assignment = gradebook->upsertAssignment(QStringLiteral("ps1"),
                                                        QDateTime(QDate(2026, 2, 6), QTime(17, 0), QTimeZone::utc()));
    const auto notebook = assignment ? gradebook->upsertNotebook(assignment.value(), QStringLiteral("weather"), 0)
                                     : Services::Result<qint64>(assignment.error());
    if (!notebook) {
        qWarning() << notebook.error().detail;
        return nullptr;
    }
    Services::SourceCellRecord cell;
    cell.name = QStringLiteral("q1");
    cell.cellType = QStringLiteral("code");
    cell.isGrade = true;
    cell.maxScore = 10;
    if (!gradebook->replaceSourceCells(notebook.value(), {cell})) {
        return nullptr;
    }
    const qint64 cellId = gradebook->sourceCells(notebook.value()).value().constFirst().id;
    for (const GradedStudent &student : students) {
        Services::StudentRecord record;
        record.id = student.id;
        record.firstName = student.firstName;
        record.lastName = student.lastName;
        record.email = student.id + QStringLiteral("@example.edu");
        if (!gradebook->upsertStudent(record)) {
            return nullptr;
        }
        if (!student.score) {
            continue;
        }
        Services::SubmissionRecord submission;
        submission.assignmentId = assignment.value();
        submission.studentId = student.id;
        submission.timestamp = *Services::Timestamp::parse(QStringLiteral("2026-02-05T10:00:00Z"));
        submission.directory = QStringLiteral("/nonexistent/") + student.id;
        const auto submissionId = gradebook->upsertSubmission(submission);
        const auto submitted = submissionId
                                   ? gradebook->upsertSubmittedNotebook(submissionId.value(), notebook.value(),
                                                                        QStringLiteral("/nonexistent/weather.ipynb"))
                                   : Services::Result<qint64>(submissionId.error());
        if (!submitted ||
            !gradebook->setAutoGrade(submitted.value(), cellId, student.score, false, QStringLiteral("test"))) {
            return nullptr;
        }
    }
    return gradebook;
}

/// The dialog's child `name` of type T; fails the test when missing.
template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found) {
        qWarning() << "no child" << name;
    }
    return found;
}

} // namespace GradeDesk::Tests
