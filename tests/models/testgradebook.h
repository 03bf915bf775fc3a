// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/gradebook.h>

#include <QTest>
#include <QTimeZone>

#include <memory>
#include <tuple>

namespace GradeDesk::Tests {

/// A small course built through the gradebook API: assignment ps1 with one notebook and two grade
/// cells (2 and 3 points); students listed in `students` each get a submission.
struct TestGradebook {
    std::unique_ptr<Services::Gradebook> gradebook;
    qint64 assignmentId = 0;
    qint64 notebookId = 0;
    qint64 autoCellId = 0;   ///< "q1", 2 points, autograded
    qint64 manualCellId = 0; ///< "q2", 3 points, solution cell that needs manual grading

    qint64 addSubmission(const QString &studentId, const QString &isoTime, std::optional<double> autoScore,
                         bool manualPending)
    {
        Services::SubmissionRecord record;
        record.assignmentId = assignmentId;
        record.studentId = studentId;
        record.timestamp = *Services::Timestamp::parse(isoTime);
        record.directory = QStringLiteral("/nonexistent/") + studentId;
        auto submission = gradebook->upsertSubmission(record);
        if (!submission) {
            qWarning() << submission.error().detail;
            return 0;
        }
        auto submitted = gradebook->upsertSubmittedNotebook(submission.value(), notebookId,
                                                            QStringLiteral("/nonexistent/problem1.ipynb"));
        if (!submitted) {
            return 0;
        }
        std::ignore = gradebook->setAutoGrade(submitted.value(), autoCellId, autoScore, false, QStringLiteral("test"));
        std::ignore = gradebook->setAutoGrade(submitted.value(), manualCellId, std::nullopt, manualPending,
                                              QStringLiteral("test"));
        return submission.value();
    }

    qint64 submittedNotebookOf(qint64 submissionId) const
    {
        auto notebooks = gradebook->submittedNotebooks(submissionId);
        return notebooks && !notebooks.value().isEmpty() ? notebooks.value().constFirst().id : 0;
    }

    static std::unique_ptr<TestGradebook> create(const QString &path)
    {
        auto result = std::make_unique<TestGradebook>();
        auto opened = Services::Gradebook::openSqlite(path);
        if (!opened) {
            qWarning() << opened.error().detail;
            return nullptr;
        }
        result->gradebook = std::move(opened).value();
        Services::Gradebook &gb = *result->gradebook;
        result->assignmentId =
            gb.upsertAssignment(QStringLiteral("ps1"), QDateTime(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc()))
                .value();
        result->notebookId = gb.upsertNotebook(result->assignmentId, QStringLiteral("problem1"), 0).value();
        Services::SourceCellRecord q1;
        q1.name = QStringLiteral("q1");
        q1.cellType = QStringLiteral("code");
        q1.isGrade = true;
        q1.maxScore = 2;
        q1.position = 0;
        Services::SourceCellRecord q2;
        q2.name = QStringLiteral("q2");
        q2.cellType = QStringLiteral("markdown");
        q2.isGrade = true;
        q2.isSolution = true;
        q2.maxScore = 3;
        q2.position = 1;
        if (auto replaced = gb.replaceSourceCells(result->notebookId, {q1, q2}); !replaced) {
            qWarning() << replaced.error().detail;
            return nullptr;
        }
        const auto cells = gb.sourceCells(result->notebookId);
        if (!cells) {
            return nullptr;
        }
        for (const Services::SourceCellRecord &cell : cells.value()) {
            (cell.name == QLatin1String("q1") ? result->autoCellId : result->manualCellId) = cell.id;
        }
        return result;
    }
};

} // namespace GradeDesk::Tests
