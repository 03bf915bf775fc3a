// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/roles.h>
#include <models/rubricmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk;
using Models::RubricModel;
using Services::RubricItemRecord;

class RubricModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setItems_showsShortcutTitlePointsAndUsage();
    void setItems_withSameIdsEmitsDataChangedInsteadOfReset();
    void setAppliedItems_checksTitleAndSignalsOnlyChangedRows();
    void setData_checkState_asksForTheActionWithoutChangingState();
    void rowOfShortcut_findsLettersCaseInsensitively_data();
    void rowOfShortcut_findsLettersCaseInsensitively();
    void formatPoints_showsSign_data();
    void formatPoints_showsSign();

private:
    static RubricItemRecord item(qint64 id, const QString &title, double points, const QString &shortcut);

    std::unique_ptr<RubricModel> m_model;
};

RubricItemRecord RubricModelTest::item(qint64 id, const QString &title, double points, const QString &shortcut)
{
    RubricItemRecord record;
    record.id = id;
    record.cellId = 7;
    record.title = title;
    record.points = points;
    record.shortcut = shortcut;
    record.description = title + QStringLiteral(" (for students)");
    record.position = int(id);
    return record;
}

void RubricModelTest::init()
{
    m_model = std::make_unique<RubricModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_model->setItems({item(1, QStringLiteral("Correct"), 2, QStringLiteral("1")),
                       item(2, QStringLiteral("Off by one"), -0.5, QStringLiteral("2")),
                       item(3, QStringLiteral("No docstring"), -1, QStringLiteral("a"))});
    m_model->setUsageCounts({{1, 10}, {3, 2}});
}

void RubricModelTest::setItems_showsShortcutTitlePointsAndUsage()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(RubricModel::ColumnCount));
    QCOMPARE(m_model->index(0, RubricModel::ShortcutColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_model->index(1, RubricModel::TitleColumn).data().toString(), QStringLiteral("Off by one"));
    QCOMPARE(m_model->index(1, RubricModel::PointsColumn).data().toString(), QStringLiteral("-0.5"));
    QCOMPARE(m_model->index(1, RubricModel::PointsColumn).data(Models::RawValueRole).toDouble(), -0.5);
    QCOMPARE(m_model->index(0, RubricModel::UsageColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(m_model->index(1, RubricModel::UsageColumn).data(Models::RawValueRole).toInt(), 0);
    QCOMPARE(m_model->index(2, RubricModel::UsageColumn).data(Models::UsageCountRole).toInt(), 2);
    QCOMPARE(m_model->index(2, RubricModel::PointsColumn).data(Models::IdRole).toLongLong(), 3);
    QCOMPARE(m_model->index(2, RubricModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("No docstring (for students)"));
    QCOMPARE(m_model->headerData(RubricModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Rubric item"));
}

void RubricModelTest::setItems_withSameIdsEmitsDataChangedInsteadOfReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QList<RubricItemRecord> items = m_model->items();
    items[1].points = -1.5;
    m_model->setItems(items);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1, RubricModel::PointsColumn).data().toString(), QStringLiteral("-1.5"));

    items.removeLast();
    m_model->setItems(items);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
}

void RubricModelTest::setAppliedItems_checksTitleAndSignalsOnlyChangedRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAppliedItems({3});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(m_model->index(2, RubricModel::TitleColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(0, RubricModel::TitleColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_model->index(0, RubricModel::PointsColumn).data(Qt::CheckStateRole).isValid());
    QVERIFY(m_model->index(2, RubricModel::PointsColumn).data(Models::AppliedRole).toBool());
    QVERIFY(m_model->isApplied(3));

    changed.clear();
    m_model->setAppliedItems({3});
    QCOMPARE(changed.count(), 0);
}

void RubricModelTest::setData_checkState_asksForTheActionWithoutChangingState()
{
    QSignalSpy requested(m_model.get(), &RubricModel::applyRequested);
    const QModelIndex title = m_model->index(1, RubricModel::TitleColumn);
    QVERIFY(m_model->flags(title).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->flags(m_model->index(1, RubricModel::PointsColumn)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(m_model->setData(title, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), 2);
    QCOMPARE(requested.at(0).at(1).toBool(), true);
    // The session decides: until it reports the applied items, nothing is checked.
    QCOMPARE(title.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_model->setData(m_model->index(1, RubricModel::PointsColumn), Qt::Checked, Qt::CheckStateRole));
}

void RubricModelTest::rowOfShortcut_findsLettersCaseInsensitively_data()
{
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<int>("row");
    QTest::newRow("digit") << QStringLiteral("2") << 1;
    QTest::newRow("letter as stored") << QStringLiteral("a") << 2;
    QTest::newRow("letter with shift") << QStringLiteral("A") << 2;
    QTest::newRow("unused key") << QStringLiteral("9") << -1;
    QTest::newRow("empty never matches an item without shortcut") << QString() << -1;
}

void RubricModelTest::rowOfShortcut_findsLettersCaseInsensitively()
{
    QFETCH(QString, shortcut);
    QFETCH(int, row);
    QCOMPARE(m_model->rowOfShortcut(shortcut), row);
}

void RubricModelTest::formatPoints_showsSign_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("text");
    QTest::newRow("credit gets a plus") << 2.0 << QStringLiteral("+2");
    QTest::newRow("deduction keeps its minus") << -1.25 << QStringLiteral("-1.25");
    QTest::newRow("zero has no sign") << 0.0 << QStringLiteral("0");
}

void RubricModelTest::formatPoints_showsSign()
{
    QFETCH(double, points);
    QFETCH(QString, text);
    QCOMPARE(RubricModel::formatPoints(points), text);
}

QTEST_GUILESS_MAIN(RubricModelTest)
#include "rubricmodel_test.moc"
