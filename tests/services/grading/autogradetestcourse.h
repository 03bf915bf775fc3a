// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/gradebook.h>
#include <services/grading/autogradetypes.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace GradeDesk::Tests::AutogradeTest {

using namespace GradeDesk::Services;

/// One notebook "ps1" with a test cell q1 (2 points), an answer cell q2 (3 points, manual) and a task t1 (1 point).
struct SmallCourse {
    QTemporaryDir dir;
    std::unique_ptr<Gradebook> gradebook;
    qint64 assignmentId = 0;
    qint64 notebookId = 0;
    QHash<QString, qint64> cellIds;
    QHash<QString, qint64> submissionIds; ///< by student
    QHash<QString, qint64> submittedIds;  ///< by student
    QDateTime submittedAt = QDateTime(QDate(2026, 1, 10), QTime(12, 0), QTimeZone::utc());

    QString courseDir() const { return dir.path(); }

    static QByteArray notebookJson(const QString &q1Output)
    {
        const QString json = QStringLiteral(R"({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
 {"cell_type": "code", "id": "a", "execution_count": 1, "source": "assert True", "outputs": [%1],
  "metadata": {"nbgrader": {"grade": true, "grade_id": "q1", "locked": true, "points": 2, "solution": false,
   "task": false, "schema_version": 3}}},
 {"cell_type": "markdown", "id": "b", "source": "my answer",
  "metadata": {"nbgrader": {"grade": true, "grade_id": "q2", "locked": false, "points": 3, "solution": true,
   "task": false, "schema_version": 3, "checksum": "released-q2"}}}]})")
                                 .arg(q1Output);
        return json.toUtf8();
    }

    void init(const QStringList &students)
    {
        QVERIFY(dir.isValid());
        auto opened = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
        QVERIFY(opened.ok());
        gradebook = std::move(opened).value();
        assignmentId = gradebook->upsertAssignment(QStringLiteral("ps1"), {}).value();
        notebookId = gradebook->upsertNotebook(assignmentId, QStringLiteral("ps1"), 0).value();
        QList<SourceCellRecord> cells;
        SourceCellRecord q1{
            0,    notebookId, QStringLiteral("q1"),          QStringLiteral("code"),   true, false, false,
            true, 2.0,        QStringLiteral("assert True"), QStringLiteral("sum-q1"), 0};
        SourceCellRecord q2{0,
                            notebookId,
                            QStringLiteral("q2"),
                            QStringLiteral("markdown"),
                            true,
                            true,
                            false,
                            false,
                            3.0,
                            QStringLiteral("YOUR ANSWER HERE"),
                            QStringLiteral("sum-q2"),
                            1};
        SourceCellRecord t1{0,     notebookId, QStringLiteral("t1"),    QStringLiteral("markdown"), false, false, true,
                            false, 1.0,        QStringLiteral("Do it"), QStringLiteral("sum-t1"),   2};
        cells << q1 << q2 << t1;
        QVERIFY(gradebook->replaceSourceCells(notebookId, cells).ok());
        for (const SourceCellRecord &cell : gradebook->sourceCells(notebookId).value()) {
            cellIds.insert(cell.name, cell.id);
        }
        for (const QString &student : students) {
            addSubmission(student, submittedAt);
        }
    }

    void addSubmission(const QString &student, const QDateTime &at)
    {
        const QString folder = courseDir() + QStringLiteral("/submitted/%1/ps1").arg(student);
        QDir().mkpath(folder + QStringLiteral("/data"));
        QFile notebook(folder + QStringLiteral("/ps1.ipynb"));
        QVERIFY(notebook.open(QIODevice::WriteOnly));
        notebook.write(notebookJson(QString()));
        notebook.close();
        QFile timestamp(folder + QStringLiteral("/timestamp.txt"));
        QVERIFY(timestamp.open(QIODevice::WriteOnly));
        timestamp.write("2026-01-10 12:00:00.000000 UTC");
        timestamp.close();
        QFile data(folder + QStringLiteral("/data/values.csv"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("x\n1\n");
        data.close();
        SubmissionRecord record;
        record.assignmentId = assignmentId;
        record.studentId = student;
        record.timestamp = Timestamp::fromDateTime(at);
        record.directory = folder;
        const qint64 id = gradebook->upsertSubmission(record).value();
        submissionIds.insert(student, id);
        submittedIds.insert(
            student, gradebook->upsertSubmittedNotebook(id, notebookId, folder + QStringLiteral("/ps1.ipynb")).value());
    }
};

} // namespace GradeDesk::Tests::AutogradeTest
