// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/exchange/exchangerostermodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk;
using Models::ExchangeRosterModel;
using Services::ExchangePerson;
using Services::ExchangeRosterDiff;
using Kind = ExchangeRosterModel::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

ExchangePerson person(const QString &username, const QString &first = {}, const QString &last = {},
                      const QString &email = {})
{
    return {username, first, last, email};
}

/// One row of every kind: add "ann", update "bob", remove unknown "cid", remove dropped "dee",
/// instructor "eve".
ExchangeRosterDiff everyKind()
{
    ExchangeRosterDiff diff;
    diff.toAdd = {person(QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("Lee"))};
    diff.toUpdate = {
        {person(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Old"), QStringLiteral("bob@old.edu")),
         person(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("New"), QStringLiteral("bob@new.edu"))}};
    diff.onlyOnExchange = {person(QStringLiteral("cid"))};
    diff.inactiveOnExchange = {person(QStringLiteral("dee"))};
    diff.instructors = {QStringLiteral("eve")};
    diff.unchanged = 4;
    return diff;
}

} // namespace

class ExchangeRosterModelTest : public QObject
{
    Q_OBJECT

private slots:
    void setDiff_listsEveryKindInOrder_data();
    void setDiff_listsEveryKindInOrder();
    void checkBoxes_onlyWhereSomethingCanBeSent_data();
    void checkBoxes_onlyWhereSomethingCanBeSent();
    void checkedAdditions_sendTheGradebookValuesSorted();
    void setResult_changesOnlyThatRow();
    void setResult_unknownUser_isIgnored();
    void emptyDiff_hasNoRows();
};

void ExchangeRosterModelTest::setDiff_listsEveryKindInOrder_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("exchange");
    QTest::newRow("additions come first")
        << 0 << Kind::Add << QStringLiteral("ann") << QStringLiteral("Add") << QStringLiteral("(not on ngshare)");
    QTest::newRow("updates show what ngshare has now")
        << 1 << Kind::Update << QStringLiteral("bob") << QStringLiteral("Update")
        << QStringLiteral("Bob Old <bob@old.edu>");
    QTest::newRow("unknown students are removals") << 2 << Kind::RemoveUnknown << QStringLiteral("cid")
                                                   << QStringLiteral("Remove (not in gradebook)") << QString();
    QTest::newRow("dropped students are removals")
        << 3 << Kind::RemoveDropped << QStringLiteral("dee") << QStringLiteral("Remove (dropped)") << QString();
    QTest::newRow("instructors come last and explain themselves")
        << 4 << Kind::Instructor << QStringLiteral("eve") << QStringLiteral("Teaches the course")
        << QStringLiteral("ngshare refuses an instructor as a student");
}

void ExchangeRosterModelTest::setDiff_listsEveryKindInOrder()
{
    QFETCH(int, row);
    QFETCH(Kind, kind);
    QFETCH(QString, username);
    QFETCH(QString, change);
    QFETCH(QString, exchange);
    ExchangeRosterModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDiff(everyKind());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.kind(row), kind);
    QCOMPARE(model.index(row, 0).data(ExchangeRosterModel::KindRole).value<Kind>(), kind);
    QCOMPARE(model.index(row, ExchangeRosterModel::StudentColumn).data().toString(), username);
    QCOMPARE(model.index(row, 0).data(Models::StudentIdRole).toString(), username);
    QCOMPARE(model.index(row, ExchangeRosterModel::ChangeColumn).data().toString(), change);
    QCOMPARE(model.index(row, ExchangeRosterModel::ExchangeColumn).data().toString(), exchange);
    QCOMPARE(model.index(row, ExchangeRosterModel::ResultColumn).data().toString(), QString());
}

void ExchangeRosterModelTest::checkBoxes_onlyWhereSomethingCanBeSent_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("checkable");
    QTest::addColumn<bool>("checkedAtFirst");
    QTest::newRow("an addition starts checked") << 0 << true << true;
    QTest::newRow("an update starts checked") << 1 << true << true;
    QTest::newRow("removing an unknown student is opt-in") << 2 << true << false;
    QTest::newRow("removing a dropped student is opt-in") << 3 << true << false;
    QTest::newRow("an instructor cannot be checked") << 4 << false << false;
}

void ExchangeRosterModelTest::checkBoxes_onlyWhereSomethingCanBeSent()
{
    QFETCH(int, row);
    QFETCH(bool, checkable);
    QFETCH(bool, checkedAtFirst);
    ExchangeRosterModel model;
    QAbstractItemModelTester tester(&model);
    model.setDiff(everyKind());
    const QModelIndex index = model.index(row, ExchangeRosterModel::ChangeColumn);
    QCOMPARE(bool(model.flags(index) & Qt::ItemIsUserCheckable), checkable);
    QCOMPARE(model.isChecked(row), checkedAtFirst);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy checked(&model, &ExchangeRosterModel::checkedChanged);
    const bool accepted = model.setData(index, checkedAtFirst ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(accepted, checkable);
    QCOMPARE(model.isChecked(row), checkable ? !checkedAtFirst : false);
    QCOMPARE(changed.size(), checkable ? 1 : 0);
    QCOMPARE(checked.size(), checkable ? 1 : 0);
    if (checkable) {
        QCOMPARE(changed.constFirst().at(0).toModelIndex(), index);
        QCOMPARE(changed.constFirst().at(1).toModelIndex(), index);
    }
    // Other columns never take a check state.
    QVERIFY(!model.setData(model.index(row, ExchangeRosterModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
}

void ExchangeRosterModelTest::checkedAdditions_sendTheGradebookValuesSorted()
{
    ExchangeRosterModel model;
    model.setDiff(everyKind());
    const QList<ExchangePerson> additions = model.checkedAdditions();
    QCOMPARE(additions.size(), 2);
    QCOMPARE(additions.at(0).username, QStringLiteral("ann"));
    QCOMPARE(additions.at(1).lastName, QStringLiteral("New"));
    QCOMPARE(additions.at(1).email, QStringLiteral("bob@new.edu"));
    QVERIFY(model.checkedRemovals().isEmpty());
    QCOMPARE(model.checkedCount(), 2);

    model.setAllChecked({Kind::RemoveUnknown, Kind::RemoveDropped, Kind::Instructor}, true);
    QCOMPARE(model.checkedRemovals(), (QStringList{QStringLiteral("cid"), QStringLiteral("dee")}));
    QCOMPARE(model.checkedCount(), 4); // the instructor stays unchecked
    model.setAllChecked({Kind::Add, Kind::Update}, false);
    QVERIFY(model.checkedAdditions().isEmpty());
}

void ExchangeRosterModelTest::setResult_changesOnlyThatRow()
{
    ExchangeRosterModel model;
    QAbstractItemModelTester tester(&model);
    model.setDiff(everyKind());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResult(QStringLiteral("bob"), false, QStringLiteral("Cannot add instructor as student"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.constFirst().at(1).toModelIndex(), model.index(1, ExchangeRosterModel::ColumnCount - 1));
    QCOMPARE(model.resultText(1), QStringLiteral("Failed: Cannot add instructor as student"));
    QCOMPARE(model.failedCount(), 1);
    model.setResult(QStringLiteral("ann"), true, QString());
    QCOMPARE(model.resultText(0), QStringLiteral("Done"));
    QCOMPARE(model.failedCount(), 1);
}

void ExchangeRosterModelTest::setResult_unknownUser_isIgnored()
{
    ExchangeRosterModel model;
    model.setDiff(everyKind());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResult(QStringLiteral("nobody"), false, QStringLiteral("x"));
    model.setResult(QStringLiteral("eve"), false, QStringLiteral("instructor rows take no result"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.failedCount(), 0);
}

void ExchangeRosterModelTest::emptyDiff_hasNoRows()
{
    ExchangeRosterModel model;
    QAbstractItemModelTester tester(&model);
    model.setDiff(everyKind());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.checkedCount(), 0);
    QVERIFY(model.checkedAdditions().isEmpty());
}

QTEST_GUILESS_MAIN(ExchangeRosterModelTest)
#include "exchangerostermodel_test.moc"
