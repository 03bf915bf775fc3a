// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/canvas/canvaspushmodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using Models::CanvasPushModel;
using Services::CanvasGradeRow;
using Services::CanvasLocalGrade;
using Services::CanvasPushPlan;
using Services::CanvasPushReport;
using Services::CanvasPushResult;
using State = CanvasPushModel::State;

class CanvasPushModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setPlan_showsDryRunWithCounts();
    void setPlan_rowsCarryRawScoresAndStateKeys();
    void applyReport_showsReadBackAndOutcomes();
    void applyReport_retryChangesOnlyRetriedRows();
    void applyReport_unknownStudentIsIgnored();
    void setPlan_afterResults_resetsToDryRun();

private:
    static CanvasLocalGrade grade(const QString &student, const QString &canvasUser, std::optional<double> score,
                                  const QString &skipReason = {});
    static CanvasPushResult result(const CanvasGradeRow &row, CanvasPushResult::Outcome outcome,
                                   std::optional<double> after, const QString &reason = {});
    CanvasPushReport reportFor(const QList<CanvasPushResult::Outcome> &outcomes) const;

    std::unique_ptr<CanvasPushModel> m_model;
    CanvasPushPlan m_plan;
};

CanvasLocalGrade CanvasPushModelTest::grade(const QString &student, const QString &canvasUser,
                                            std::optional<double> score, const QString &skipReason)
{
    CanvasLocalGrade local;
    local.studentId = student;
    local.studentName = student.toUpper();
    local.canvasUserId = canvasUser;
    local.score = score;
    local.skipReason = skipReason;
    return local;
}

CanvasPushResult CanvasPushModelTest::result(const CanvasGradeRow &row, CanvasPushResult::Outcome outcome,
                                             std::optional<double> after, const QString &reason)
{
    CanvasPushResult pushed;
    pushed.studentId = row.studentId;
    pushed.studentName = row.studentName;
    pushed.canvasUserId = row.canvasUserId;
    pushed.before = row.canvasScore;
    pushed.sent = row.score;
    pushed.after = after;
    pushed.outcome = outcome;
    pushed.reason = reason;
    return pushed;
}

CanvasPushReport CanvasPushModelTest::reportFor(const QList<CanvasPushResult::Outcome> &outcomes) const
{
    CanvasPushReport report;
    report.localAssignment = m_plan.localAssignment;
    report.assignment = m_plan.assignment;
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        const CanvasGradeRow &row = m_plan.rows.at(i);
        const CanvasPushResult::Outcome outcome = outcomes.at(i);
        const bool failed = outcome == CanvasPushResult::Outcome::Failed;
        report.results.append(result(row, outcome, failed ? row.canvasScore : row.score,
                                     failed                                          ? QStringLiteral("unknown user")
                                     : outcome == CanvasPushResult::Outcome::Skipped ? row.reason
                                                                                     : QString()));
    }
    return report;
}

void CanvasPushModelTest::init()
{
    m_model = std::make_unique<CanvasPushModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    Services::CanvasAssignment assignment;
    assignment.id = QStringLiteral("77");
    assignment.name = QStringLiteral("ps1");
    assignment.pointsPossible = 10;
    assignment.published = true;
    assignment.gradingType = QStringLiteral("points");
    // ann: new grade; bob: 9 -> 3.5; cy: unchanged; dee: not linked; eve: 4 -> 8.
    m_plan = CanvasPushPlan::build(
        QStringLiteral("ps1"), assignment,
        {grade(QStringLiteral("ann"), QStringLiteral("1"), 7.0), grade(QStringLiteral("bob"), QStringLiteral("2"), 3.5),
         grade(QStringLiteral("cy"), QStringLiteral("3"), 6.0),
         grade(QStringLiteral("dee"), QString(), 5.0, QStringLiteral("not linked to a Canvas user")),
         grade(QStringLiteral("eve"), QStringLiteral("5"), 8.0)},
        {{QStringLiteral("2"), 9.0}, {QStringLiteral("3"), 6.0}, {QStringLiteral("5"), 4.0}});
    m_model->setPlan(m_plan);
}

void CanvasPushModelTest::setPlan_showsDryRunWithCounts()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(CanvasPushModel::ColumnCount));
    QVERIFY(!m_model->hasResults());
    QCOMPARE(m_model->count(State::Send), 3);
    QCOMPARE(m_model->count(State::Unchanged), 1);
    QCOMPARE(m_model->count(State::Skip), 1);
    QCOMPARE(m_model->headerData(CanvasPushModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
    const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, CanvasPushModel::StudentColumn), QStringLiteral("ann"));
    QCOMPARE(text(0, CanvasPushModel::NameColumn), QStringLiteral("ANN"));
    QCOMPARE(text(0, CanvasPushModel::CanvasColumn), QStringLiteral("\u2013"));
    QCOMPARE(text(0, CanvasPushModel::GradeDeskColumn), QStringLiteral("7"));
    QCOMPARE(text(0, CanvasPushModel::StatusColumn), QStringLiteral("new grade"));
    QCOMPARE(text(1, CanvasPushModel::CanvasColumn), QStringLiteral("9"));
    QCOMPARE(text(1, CanvasPushModel::GradeDeskColumn), QStringLiteral("3.5"));
    QCOMPARE(text(1, CanvasPushModel::StatusColumn), QStringLiteral("will change"));
    QCOMPARE(text(2, CanvasPushModel::StatusColumn), QStringLiteral("unchanged: Canvas has it"));
    QCOMPARE(text(3, CanvasPushModel::StatusColumn), QStringLiteral("skipped: not linked to a Canvas user"));
    QVERIFY(m_model->failedStudentIds().isEmpty());
}

void CanvasPushModelTest::setPlan_rowsCarryRawScoresAndStateKeys()
{
    const QModelIndex bobCanvas = m_model->index(1, CanvasPushModel::CanvasColumn);
    QCOMPARE(bobCanvas.data(Models::RawValueRole).toDouble(), 9.0);
    QVERIFY(!m_model->index(0, CanvasPushModel::CanvasColumn).data(Models::RawValueRole).isValid());
    QCOMPARE(bobCanvas.data(Models::StudentIdRole).toString(), QStringLiteral("bob"));
    QCOMPARE(m_model->index(3, 0).data(CanvasPushModel::StateKeyRole).toString(), QStringLiteral("skip"));
    QCOMPARE(m_model->index(2, 4).data(CanvasPushModel::StateRole).toInt(), int(State::Unchanged));
    QCOMPARE(m_model->index(1, CanvasPushModel::GradeDeskColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void CanvasPushModelTest::applyReport_showsReadBackAndOutcomes()
{
    using Outcome = CanvasPushResult::Outcome;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->applyReport(
        reportFor({Outcome::Pushed, Outcome::Failed, Outcome::Unchanged, Outcome::Skipped, Outcome::Pushed}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(4, CanvasPushModel::ColumnCount - 1));
    QVERIFY(m_model->hasResults());
    QCOMPARE(m_model->headerData(CanvasPushModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));
    QCOMPARE(m_model->count(State::Pushed), 2);
    QCOMPARE(m_model->count(State::Failed), 1);
    QCOMPARE(m_model->count(State::Unchanged), 1);
    QCOMPARE(m_model->count(State::Skipped), 1);
    QCOMPARE(m_model->failedStudentIds(), QStringList{QStringLiteral("bob")});
    // The Canvas column now shows what was read back: bob still has 9.
    QCOMPARE(m_model->index(1, CanvasPushModel::CanvasColumn).data().toString(), QStringLiteral("9"));
    QCOMPARE(m_model->index(1, CanvasPushModel::StatusColumn).data().toString(),
             QStringLiteral("failed: unknown user"));
    QVERIFY(m_model->index(1, CanvasPushModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Read back from Canvas: 9")));
    QCOMPARE(m_model->index(4, CanvasPushModel::CanvasColumn).data().toString(), QStringLiteral("8"));
    QCOMPARE(m_model->index(4, CanvasPushModel::StatusColumn).data().toString(), QStringLiteral("pushed and verified"));
}

void CanvasPushModelTest::applyReport_retryChangesOnlyRetriedRows()
{
    using Outcome = CanvasPushResult::Outcome;
    m_model->applyReport(
        reportFor({Outcome::Pushed, Outcome::Failed, Outcome::Unchanged, Outcome::Skipped, Outcome::Failed}));
    QCOMPARE(m_model->failedStudentIds(), (QStringList{QStringLiteral("bob"), QStringLiteral("eve")}));
    QCOMPARE(m_model->failureReasons(), (QList<std::pair<QString, int>>{{QStringLiteral("unknown user"), 2}}));
    // Failed rows sort first.
    QCOMPARE(m_model->index(1, CanvasPushModel::StatusColumn).data(Models::RawValueRole).toInt(), 0);
    QVERIFY(m_model->index(0, CanvasPushModel::StatusColumn).data(Models::RawValueRole).toInt() > 0);

    // The retry sends bob only; the service reports the others as skipped "not part of this retry".
    CanvasPushReport retry =
        reportFor({Outcome::Skipped, Outcome::Pushed, Outcome::Skipped, Outcome::Skipped, Outcome::Skipped});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->applyReport(retry, {QStringLiteral("bob")});
    QCOMPARE(header.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->state(0), State::Pushed);
    QCOMPARE(m_model->state(1), State::Pushed);
    QCOMPARE(m_model->state(4), State::Failed);
    QCOMPARE(m_model->failedStudentIds(), QStringList{QStringLiteral("eve")});
}

void CanvasPushModelTest::applyReport_unknownStudentIsIgnored()
{
    CanvasPushReport report;
    CanvasPushResult stranger;
    stranger.studentId = QStringLiteral("zed");
    stranger.outcome = CanvasPushResult::Outcome::Failed;
    report.results.append(stranger);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyReport(report);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->count(State::Failed), 0);
    QCOMPARE(m_model->state(0), State::Send);
}

void CanvasPushModelTest::setPlan_afterResults_resetsToDryRun()
{
    using Outcome = CanvasPushResult::Outcome;
    m_model->applyReport(
        reportFor({Outcome::Pushed, Outcome::Pushed, Outcome::Unchanged, Outcome::Skipped, Outcome::Pushed}));
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setPlan(m_plan);
    QCOMPARE(header.count(), 1);
    QVERIFY(!m_model->hasResults());
    QCOMPARE(m_model->count(State::Send), 3);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(CanvasPushModelTest)
#include "canvaspushmodel_test.moc"
