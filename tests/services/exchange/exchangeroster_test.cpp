// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/exchange/exchangeroster.h>

#include <QTest>

using namespace GradeDesk::Services;

namespace {

StudentRecord student(const QString &id, const QString &first = {}, const QString &last = {}, const QString &email = {},
                      bool active = true)
{
    StudentRecord record;
    record.id = id;
    record.firstName = first;
    record.lastName = last;
    record.email = email;
    record.active = active;
    return record;
}

QStringList names(const QList<ExchangePerson> &people)
{
    QStringList out;
    for (const ExchangePerson &person : people) {
        out.append(person.username);
    }
    return out;
}

} // namespace

class ExchangeRosterTest final : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void compute_neverBlanksExchangeNames();
};

void ExchangeRosterTest::compute_data()
{
    QTest::addColumn<QList<StudentRecord>>("gradebook");
    QTest::addColumn<QList<ExchangePerson>>("students");
    QTest::addColumn<QStringList>("toAdd");
    QTest::addColumn<QStringList>("toUpdate");
    QTest::addColumn<QStringList>("onlyOnExchange");
    QTest::addColumn<QStringList>("inactive");
    QTest::addColumn<QStringList>("instructors");
    QTest::addColumn<int>("unchanged");

    const ExchangePerson aliceThere{QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("A"),
                                    QStringLiteral("a@x")};
    QTest::newRow("empty exchange: everyone added, sorted")
        << QList<StudentRecord>{student(QStringLiteral("bob")), student(QStringLiteral("alice"))}
        << QList<ExchangePerson>{} << QStringList{QStringLiteral("alice"), QStringLiteral("bob")} << QStringList{}
        << QStringList{} << QStringList{} << QStringList{} << 0;
    QTest::newRow("same record: unchanged")
        << QList<StudentRecord>{student(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("A"),
                                        QStringLiteral("a@x"))}
        << QList<ExchangePerson>{aliceThere} << QStringList{} << QStringList{} << QStringList{} << QStringList{}
        << QStringList{} << 1;
    QTest::newRow("changed e-mail: updated")
        << QList<StudentRecord>{student(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("A"),
                                        QStringLiteral("alice@x"))}
        << QList<ExchangePerson>{aliceThere} << QStringList{} << QStringList{QStringLiteral("alice")} << QStringList{}
        << QStringList{} << QStringList{} << 0;
    QTest::newRow("only on the exchange: listed, not removed")
        << QList<StudentRecord>{} << QList<ExchangePerson>{aliceThere} << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("alice")} << QStringList{} << QStringList{} << 0;
    QTest::newRow("dropped in the gradebook: listed, not removed, not added")
        << QList<StudentRecord>{student(QStringLiteral("alice"), {}, {}, {}, false),
                                student(QStringLiteral("gone"), {}, {}, {}, false)}
        << QList<ExchangePerson>{aliceThere} << QStringList{} << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("alice")} << QStringList{} << 0;
    QTest::newRow("an instructor on the exchange is not added as a student")
        << QList<StudentRecord>{student(QStringLiteral("teacher"))} << QList<ExchangePerson>{} << QStringList{}
        << QStringList{} << QStringList{} << QStringList{} << QStringList{QStringLiteral("teacher")} << 0;
    QTest::newRow("usernames are case-sensitive")
        << QList<StudentRecord>{student(QStringLiteral("Alice"))} << QList<ExchangePerson>{aliceThere}
        << QStringList{QStringLiteral("Alice")} << QStringList{} << QStringList{QStringLiteral("alice")}
        << QStringList{} << QStringList{} << 0;
}

void ExchangeRosterTest::compute()
{
    QFETCH(QList<StudentRecord>, gradebook);
    QFETCH(QList<ExchangePerson>, students);
    QFETCH(QStringList, toAdd);
    QFETCH(QStringList, toUpdate);
    QFETCH(QStringList, onlyOnExchange);
    QFETCH(QStringList, inactive);
    QFETCH(QStringList, instructors);
    QFETCH(int, unchanged);

    const ExchangeRosterDiff diff =
        ExchangeRosterDiff::compute(gradebook, students, {{QStringLiteral("teacher"), {}, {}, {}}});
    QCOMPARE(names(diff.toAdd), toAdd);
    QStringList updated;
    for (const ExchangeRosterUpdate &update : diff.toUpdate) {
        updated.append(update.after.username);
    }
    QCOMPARE(updated, toUpdate);
    QCOMPARE(names(diff.onlyOnExchange), onlyOnExchange);
    QCOMPARE(names(diff.inactiveOnExchange), inactive);
    QCOMPARE(diff.instructors, instructors);
    QCOMPARE(diff.unchanged, unchanged);
    QCOMPARE(diff.isEmpty(), toAdd.isEmpty() && toUpdate.isEmpty());
    QCOMPARE(diff.toSend().size(), toAdd.size() + toUpdate.size());
}

void ExchangeRosterTest::compute_neverBlanksExchangeNames()
{
    const ExchangeRosterDiff diff = ExchangeRosterDiff::compute(
        {student(QStringLiteral("alice"), QString(), QStringLiteral("Anders"))},
        {{QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("A"), QStringLiteral("a@x")}}, {});
    QCOMPARE(diff.toUpdate.size(), 1);
    const ExchangePerson expected{QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("Anders"),
                                  QStringLiteral("a@x")};
    QCOMPARE(diff.toUpdate.constFirst().after, expected);
    QCOMPARE(diff.toSend(), QList<ExchangePerson>{expected});
}

QTEST_GUILESS_MAIN(ExchangeRosterTest)
#include "exchangeroster_test.moc"
