// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/autogradechangemodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

Q_DECLARE_METATYPE(GradeDesk::Services::AutogradeCellChange)

using namespace GradeDesk;
using Models::AutogradeChangeModel;

namespace {

Services::AutogradeCellChange change(const QString &student, std::optional<double> oldScore,
                                     std::optional<double> newScore)
{
    Services::AutogradeCellChange cell;
    cell.studentId = student;
    cell.notebook = QStringLiteral("ps1");
    cell.cell = QStringLiteral("q1");
    cell.maxScore = 4.0;
    cell.oldAutoScore = oldScore;
    cell.newAutoScore = newScore;
    cell.firstScore = !oldScore;
    return cell;
}

} // namespace

class AutogradeChangeModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void setChanges_resetsOnceAndSortsByRawScore();
    void emptyPreview_hasNoRows();
};

void AutogradeChangeModelTest::columns_data()
{
    QTest::addColumn<Services::AutogradeCellChange>("cell");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("muted");

    QTest::newRow("score goes up") << change(QStringLiteral("ada"), 1.0, 4.0) << QStringLiteral("1")
                                   << QStringLiteral("4 / 4") << QString() << false;
    QTest::newRow("first score of the cell")
        << change(QStringLiteral("ada"), std::nullopt, 2.5) << QStringLiteral("none") << QStringLiteral("2.5 / 4")
        << QStringLiteral("First score") << false;
    auto manual = change(QStringLiteral("bob"), 0.0, 4.0);
    manual.manualScore = 3.0;
    manual.overridden = true;
    QTest::newRow("manual score overrides: muted, says so") << manual << QStringLiteral("0") << QStringLiteral("4 / 4")
                                                            << QStringLiteral("Manual score 3 overrides it") << true;
    auto waits = change(QStringLiteral("cy"), 2.0, std::nullopt);
    waits.newNeedsManual = true;
    QTest::newRow("now waits for a grader") << waits << QStringLiteral("2") << QStringLiteral("none / 4")
                                            << QStringLiteral("Now waits for a grader") << false;
}

void AutogradeChangeModelTest::columns()
{
    QFETCH(Services::AutogradeCellChange, cell);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, note);
    QFETCH(bool, muted);

    AutogradeChangeModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    Services::AutogradeChanges changes;
    changes.cells = {cell};
    model.setChanges(changes);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AutogradeChangeModel::StudentColumn).data().toString(), cell.studentId);
    QCOMPARE(model.index(0, AutogradeChangeModel::CellColumn).data().toString(), QStringLiteral("q1"));
    QCOMPARE(model.index(0, AutogradeChangeModel::OldColumn).data().toString(), oldText);
    QCOMPARE(model.index(0, AutogradeChangeModel::NewColumn).data().toString(), newText);
    QCOMPARE(model.index(0, AutogradeChangeModel::NoteColumn).data().toString(), note);
    QCOMPARE(model.index(0, AutogradeChangeModel::NoteColumn).data(Qt::ForegroundRole).isValid(), muted);
    QCOMPARE(model.index(0, AutogradeChangeModel::NewColumn).data(Models::StudentIdRole).toString(), cell.studentId);
}

void AutogradeChangeModelTest::setChanges_resetsOnceAndSortsByRawScore()
{
    AutogradeChangeModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Services::AutogradeChanges changes;
    changes.cells = {change(QStringLiteral("a"), 0.0, 10.0), change(QStringLiteral("b"), 0.0, 9.5),
                     change(QStringLiteral("c"), 0.0, std::nullopt)};
    model.setChanges(changes);
    QCOMPARE(reset.size(), 1);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Models::RawValueRole);
    proxy.sort(AutogradeChangeModel::NewColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b")); // 9.5 before 10: numbers, not text
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("a"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("c")); // no score last
    QCOMPARE(model.headerData(AutogradeChangeModel::OldColumn, Qt::Horizontal).toString(), QStringLiteral("Old"));
}

void AutogradeChangeModelTest::emptyPreview_hasNoRows()
{
    AutogradeChangeModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AutogradeChangeModel::ColumnCount));
}

QTEST_GUILESS_MAIN(AutogradeChangeModelTest)
#include "autogradechangemodel_test.moc"
