// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradetestcourse.h"

#include <services/grading/autogradeimport.h>
#include <services/grading/autogradeplanner.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::AutogradeTest;

class AutogradeImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void preview_listsChangesAndOverrides();
    void commit_storesAutoScoresOnly();
    void commit_placesExecutedNotebooksWithSubmissionFiles();
    void commit_thenPreviewShowsNoChanges();
    void commit_recordsOneAuditEvent();
    void commit_noResponseGetsAutoComment();
    void commit_rubricGradedAnswerIsOverridden();
    void commit_failedPlacementChangesNothing();
    void preview_skipsFailedTasks();
    void preview_skipsSubmissionCollectedAgain();
    void preview_warnsWhenCollectWouldScoreDifferently();

private:
    /// A passed result for `student`: q1 scores `q1` (passed, 2 points), q2 needs a person, t1 is a task.
    AutogradeTaskResult passed(int index, std::optional<double> q1,
                               const QString &q2Outcome = QStringLiteral("answered"), const QString &q1Output = {});

    Gradebook &gradebook() { return *m_course->gradebook; }

    GradeRecord grade(const QString &student, const QString &cell);

    std::unique_ptr<SmallCourse> m_course;
    AutogradePlan m_plan;
    QTemporaryDir m_out;
};

void AutogradeImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AutogradeImportTest::init()
{
    m_course = std::make_unique<SmallCourse>();
    m_course->init({QStringLiteral("ann"), QStringLiteral("ben")});
    CourseConfig config;
    config.id = QStringLiteral("c1");
    config.exchange.directory = m_course->courseDir();
    m_plan = AutogradePlanner::plan(gradebook(), config, QStringLiteral("ps1")).value();
    m_plan.runId = QStringLiteral("0badcafe");
}

AutogradeTaskResult AutogradeImportTest::passed(int index, std::optional<double> q1, const QString &q2Outcome,
                                                const QString &q1Output)
{
    const QString executed = m_out.filePath(QStringLiteral("%1-ps1.ipynb").arg(index));
    QFile file(executed);
    // By default the executed notebook agrees with the harness: a failed q1 holds an error output.
    const QString error =
        QStringLiteral(R"({"output_type": "error", "ename": "AssertionError", "evalue": "", "traceback": []})");
    if (file.open(QIODevice::WriteOnly)) {
        file.write(SmallCourse::notebookJson(q1Output.isEmpty() && q1 != 2.0 ? error : q1Output));
    }
    HarnessNotebookResult notebook;
    notebook.name = QStringLiteral("ps1");
    notebook.status = QStringLiteral("executed");
    notebook.executedPath = executed;
    notebook.cells.append({QStringLiteral("q1"), q1, 2.0, false,
                           q1 == 2.0 ? QStringLiteral("passed") : QStringLiteral("error"), QString()});
    const bool noResponse = q2Outcome == QLatin1String("no_response");
    notebook.cells.append({QStringLiteral("q2"), noResponse ? std::optional<double>(0.0) : std::nullopt, 3.0,
                           !noResponse, q2Outcome, QString()});
    notebook.cells.append({QStringLiteral("t1"), std::nullopt, 1.0, true, QStringLiteral("task"), QString()});
    HarnessResult harness;
    harness.status = QStringLiteral("graded");
    harness.notebooks.append(notebook);
    AutogradeTaskResult result;
    result.index = index;
    result.state = AutogradeTaskState::Passed;
    result.result = harness;
    result.attempts = 1;
    return result;
}

GradeRecord AutogradeImportTest::grade(const QString &student, const QString &cell)
{
    for (const GradeRecord &record : gradebook().grades(m_course->submissionIds.value(student)).value()) {
        if (record.cellName == cell) {
            return record;
        }
    }
    return {};
}

void AutogradeImportTest::preview_listsChangesAndOverrides()
{
    const qint64 annNotebook = m_course->submittedIds.value(QStringLiteral("ann"));
    QVERIFY(gradebook()
                .setAutoGrade(annNotebook, m_course->cellIds.value(QStringLiteral("q1")), 0.0, false,
                              QStringLiteral("autograder"))
                .ok());
    QVERIFY(
        gradebook()
            .setManualGrade(annNotebook, m_course->cellIds.value(QStringLiteral("q1")), 1.5, QStringLiteral("grader"))
            .ok());
    const Result<AutogradeChanges> changes =
        AutogradeImport::preview(gradebook(), m_plan, {passed(0, 2.0), passed(1, 0.0)});
    QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().message));
    QCOMPARE(changes.value().gradedSubmissions, 2);
    QVERIFY(changes.value().warnings.isEmpty());
    // Task cells are never stored: 2 students x (q1, q2).
    QCOMPARE(changes.value().cells.size(), 4);
    const AutogradeCellChange &annQ1 = changes.value().cells.at(0);
    QCOMPARE(annQ1.studentId, QStringLiteral("ann"));
    QCOMPARE(annQ1.cell, QStringLiteral("q1"));
    QCOMPARE(annQ1.oldAutoScore, std::optional<double>(0.0));
    QCOMPARE(annQ1.newAutoScore, std::optional<double>(2.0));
    QVERIFY(annQ1.overridden);
    QCOMPARE(annQ1.manualScore, std::optional<double>(1.5));
    QVERIFY(!annQ1.changesFinalScore());
    const AutogradeCellChange &benQ1 = changes.value().cells.at(2);
    QCOMPARE(benQ1.studentId, QStringLiteral("ben"));
    QVERIFY(benQ1.firstScore);
    QVERIFY(!benQ1.overridden);
    QVERIFY(benQ1.changesFinalScore());
    const AutogradeCellChange &benQ2 = changes.value().cells.at(3);
    QVERIFY(benQ2.newNeedsManual);
    QCOMPARE(benQ2.newAutoScore, std::nullopt);
    QCOMPARE(changes.value().finalScoreChanges(), 1); // ben's q1 (0 points, first score); q2 has no score yet
    QCOMPARE(changes.value().executed.size(), 2);
}

void AutogradeImportTest::commit_storesAutoScoresOnly()
{
    const QString ann = QStringLiteral("ann");
    const qint64 annNotebook = m_course->submittedIds.value(ann);
    const qint64 q1 = m_course->cellIds.value(QStringLiteral("q1"));
    const qint64 q2 = m_course->cellIds.value(QStringLiteral("q2"));
    QVERIFY(gradebook().setManualGrade(annNotebook, q2, 2.5, QStringLiteral("grader")).ok());
    QVERIFY(gradebook().setExtraCredit(annNotebook, q2, 0.5, QStringLiteral("grader")).ok());
    QVERIFY(gradebook().setComment(annNotebook, q2, QStringLiteral("Nice"), QStringLiteral("grader")).ok());
    QVERIFY(gradebook().setExtraCredit(annNotebook, q1, 1.0, QStringLiteral("grader")).ok());
    const Result<AutogradeCommitReport> report = AutogradeImport::commit(
        gradebook(), m_plan, {passed(0, 2.0), passed(1, 0.0)}, QStringLiteral("local"), QStringLiteral("alice"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const GradeRecord annQ1 = grade(ann, QStringLiteral("q1"));
    QCOMPARE(annQ1.autoScore, std::optional<double>(2.0));
    QCOMPARE(annQ1.extraCredit, std::optional<double>(1.0));
    QCOMPARE(annQ1.updatedBy, QStringLiteral("autograder"));
    const GradeRecord annQ2 = grade(ann, QStringLiteral("q2"));
    QCOMPARE(annQ2.manualScore, std::optional<double>(2.5));
    QCOMPARE(annQ2.extraCredit, std::optional<double>(0.5));
    QVERIFY(!annQ2.needsManualGrade); // the manual score already answers it
    const QList<CommentRecord> comments = gradebook().comments(m_course->submissionIds.value(ann)).value();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.front().manualComment, QStringLiteral("Nice"));
    const GradeRecord benQ2 = grade(QStringLiteral("ben"), QStringLiteral("q2"));
    QVERIFY(benQ2.needsManualGrade);
    QCOMPARE(benQ2.autoScore, std::nullopt);
    QCOMPARE(grade(QStringLiteral("ben"), QStringLiteral("q1")).autoScore, std::optional<double>(0.0));
    QCOMPARE(grade(QStringLiteral("ben"), QStringLiteral("t1")).id, qint64(0)); // task cells untouched
}

void AutogradeImportTest::commit_placesExecutedNotebooksWithSubmissionFiles()
{
    const QString target = m_course->courseDir() + QStringLiteral("/autograded/ann/ps1");
    QDir().mkpath(target);
    QFile stale(target + QStringLiteral("/stale.txt"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    const Result<AutogradeCommitReport> report = AutogradeImport::commit(
        gradebook(), m_plan, {passed(0, 2.0), passed(1, 2.0)}, QStringLiteral("local"), QStringLiteral("alice"));
    QVERIFY(report.ok());
    QCOMPARE(report.value().notebooksPlaced, 2);
    QVERIFY(report.value().warnings.isEmpty());
    QFile placed(target + QStringLiteral("/ps1.ipynb"));
    QVERIFY(placed.open(QIODevice::ReadOnly));
    QCOMPARE(placed.readAll(), SmallCourse::notebookJson(QString())); // the executed copy, not the submitted one
    QVERIFY(QFile::exists(target + QStringLiteral("/timestamp.txt")));
    QVERIFY(QFile::exists(target + QStringLiteral("/data/values.csv")));
    QVERIFY(!QFile::exists(target + QStringLiteral("/stale.txt"))); // the folder was replaced as a whole
    const QStringList leftovers = QDir(m_course->courseDir() + QStringLiteral("/autograded/ann"))
                                      .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(leftovers, QStringList{QStringLiteral("ps1")});
}

void AutogradeImportTest::commit_thenPreviewShowsNoChanges()
{
    const QList<AutogradeTaskResult> results = {passed(0, 2.0, QStringLiteral("no_response")), passed(1, 0.0)};
    QVERIFY(
        AutogradeImport::commit(gradebook(), m_plan, results, QStringLiteral("local"), QStringLiteral("alice")).ok());
    const Result<AutogradeChanges> again = AutogradeImport::preview(gradebook(), m_plan, results);
    QVERIFY(again.ok());
    QVERIFY(!again.value().hasScoreChanges());
    QCOMPARE(again.value().unchangedCells, 4);
}

void AutogradeImportTest::commit_recordsOneAuditEvent()
{
    QVERIFY(
        AutogradeImport::commit(gradebook(), m_plan, {passed(0, 2.0)}, QStringLiteral("local"), QStringLiteral("alice"))
            .ok());
    const QList<AuditEvent> events =
        gradebook().auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1")).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.front().actor, QStringLiteral("alice"));
    QCOMPARE(events.front().action, QStringLiteral("autograde"));
    const QJsonObject summary = QJsonDocument::fromJson(events.front().newValue.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("run")).toString(), QStringLiteral("0badcafe"));
    QCOMPARE(summary.value(QStringLiteral("executor")).toString(), QStringLiteral("local"));
    QCOMPARE(summary.value(QStringLiteral("graded")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("ungraded")).toInt(), 1);
}

void AutogradeImportTest::commit_noResponseGetsAutoComment()
{
    QVERIFY(AutogradeImport::commit(gradebook(), m_plan, {passed(0, 2.0, QStringLiteral("no_response"))},
                                    QStringLiteral("local"), QStringLiteral("alice"))
                .ok());
    const QList<CommentRecord> comments =
        gradebook().comments(m_course->submissionIds.value(QStringLiteral("ann"))).value();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.front().autoComment, QStringLiteral("No response."));
    QCOMPARE(grade(QStringLiteral("ann"), QStringLiteral("q2")).autoScore, std::optional<double>(0.0));
    // Answered on a later run: the note goes away.
    QVERIFY(
        AutogradeImport::commit(gradebook(), m_plan, {passed(0, 2.0)}, QStringLiteral("local"), QStringLiteral("alice"))
            .ok());
    const QList<CommentRecord> after =
        gradebook().comments(m_course->submissionIds.value(QStringLiteral("ann"))).value();
    QVERIFY(after.isEmpty() || after.front().autoComment.isEmpty());
}

void AutogradeImportTest::commit_rubricGradedAnswerIsOverridden()
{
    const qint64 q1 = m_course->cellIds.value(QStringLiteral("q1"));
    const AnswerKey answer{m_course->submittedIds.value(QStringLiteral("ann")), q1};
    RubricItemRecord item;
    item.cellId = q1;
    item.title = QStringLiteral("Partly right");
    item.points = 1.0;
    const qint64 itemId = gradebook().addRubricItem(item, QStringLiteral("grader")).value();
    QVERIFY(gradebook().setRubricItemApplied({answer}, itemId, true, QStringLiteral("grader")).ok());
    const std::optional<double> manual = grade(QStringLiteral("ann"), QStringLiteral("q1")).manualScore;
    QVERIFY(manual.has_value());
    const AutogradeChanges changes = AutogradeImport::preview(gradebook(), m_plan, {passed(0, 2.0)}).value();
    QVERIFY(changes.cells.front().overridden);
    QCOMPARE(changes.finalScoreChanges(), 0);
    QVERIFY(
        AutogradeImport::commit(gradebook(), m_plan, {passed(0, 2.0)}, QStringLiteral("local"), QStringLiteral("alice"))
            .ok());
    QCOMPARE(grade(QStringLiteral("ann"), QStringLiteral("q1")).manualScore, manual);
    QCOMPARE(gradebook().rubricItemUsage(itemId).value(), 1);
}

void AutogradeImportTest::commit_failedPlacementChangesNothing()
{
    // autograded/ann is a file, so ann's folder cannot be staged: nothing may be stored for anyone.
    QDir().mkpath(m_course->courseDir() + QStringLiteral("/autograded"));
    QFile blocker(m_course->courseDir() + QStringLiteral("/autograded/ann"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result<AutogradeCommitReport> report = AutogradeImport::commit(
        gradebook(), m_plan, {passed(0, 2.0), passed(1, 2.0)}, QStringLiteral("local"), QStringLiteral("alice"));
    QVERIFY(!report.ok());
    QVERIFY(!report.error().message.isEmpty());
    QCOMPARE(grade(QStringLiteral("ben"), QStringLiteral("q1")).id, qint64(0));
    QVERIFY(gradebook().auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1")).value().isEmpty());
    QVERIFY(!QFileInfo::exists(m_course->courseDir() + QStringLiteral("/autograded/ben/ps1")));
    const QStringList left = QDir(m_course->courseDir() + QStringLiteral("/autograded/ben"))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
}

void AutogradeImportTest::preview_skipsFailedTasks()
{
    AutogradeTaskResult failed;
    failed.index = 1;
    failed.state = AutogradeTaskState::Failed;
    failed.failure = AutogradeFailure{QStringLiteral("HarnessError"), QStringLiteral("x"), true};
    // The last attempt counts: ann failed first, then passed.
    AutogradeTaskResult annFailed = failed;
    annFailed.index = 0;
    const AutogradeChanges changes =
        AutogradeImport::preview(gradebook(), m_plan, {annFailed, passed(0, 2.0), failed}).value();
    QCOMPARE(changes.ungradedTasks, QList<int>{1});
    QCOMPARE(changes.gradedSubmissions, 1);
    for (const AutogradeCellChange &change : changes.cells) {
        QCOMPARE(change.studentId, QStringLiteral("ann"));
    }
}

void AutogradeImportTest::preview_skipsSubmissionCollectedAgain()
{
    m_course->addSubmission(QStringLiteral("ben"), m_course->submittedAt.addDays(1));
    const AutogradeChanges changes = AutogradeImport::preview(gradebook(), m_plan, {passed(1, 2.0)}).value();
    QVERIFY(changes.cells.isEmpty());
    QCOMPARE(changes.ungradedTasks, (QList<int>{0, 1}));
    QCOMPARE(changes.warnings.size(), 1);
    QVERIFY(changes.warnings.front().startsWith(QStringLiteral("ben")));
}

void AutogradeImportTest::preview_warnsWhenCollectWouldScoreDifferently()
{
    // The harness says q1 passed, but the executed notebook holds an error: the collect would score it 0.
    const QString error = QStringLiteral(R"({"output_type": "stream", "name": "stderr", "text": "boom"})");
    const AutogradeChanges changes = AutogradeImport::preview(gradebook(), m_plan, {passed(0, 2.0, {}, error)}).value();
    QCOMPARE(changes.warnings.size(), 1);
    QVERIFY(changes.warnings.front().contains(QStringLiteral("q1")));
    QCOMPARE(changes.cells.front().newAutoScore, std::optional<double>(2.0));
}

QTEST_GUILESS_MAIN(AutogradeImportTest)
#include "autogradeimport_test.moc"
