// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/pseudonym.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace GradeDesk::Services;

class PseudonymTest final : public QObject
{
    Q_OBJECT

private slots:
    void assign_isStableAcrossCallsAndRosters();
    void assign_hasTheDocumentedShape_data();
    void assign_hasTheDocumentedShape();
    void assign_differsBetweenCourses();
    void assign_revealsNothingOfTheId();
    void assign_isUniqueEvenOnCollisions();
    void assign_emptyAndDuplicateInput();
};

void PseudonymTest::assign_isStableAcrossCallsAndRosters()
{
    const QStringList roster = {QStringLiteral("hacker"), QStringLiteral("bitdiddle"), QStringLiteral("reasoner")};
    const QHash<QString, QString> first = Pseudonyms::assign(QStringLiteral("course101"), roster);
    QCOMPARE(first.size(), 3);
    QCOMPARE(Pseudonyms::assign(QStringLiteral("course101"), roster), first);
    // Order and other students do not matter.
    const QHash<QString, QString> bigger =
        Pseudonyms::assign(QStringLiteral("course101"), {QStringLiteral("newcomer"), QStringLiteral("reasoner"),
                                                         QStringLiteral("hacker"), QStringLiteral("bitdiddle")});
    for (const QString &id : roster) {
        QCOMPARE(bigger.value(id), first.value(id));
    }
    // A fixed value (HMAC-SHA256 keyed with the course id, checked with Python's hmac module): the same on
    // every machine and in every version, or graders would see other names for the same students after an
    // upgrade.
    QCOMPARE(first.value(QStringLiteral("hacker")), QStringLiteral("Student 1AGQQ"));
}

void PseudonymTest::assign_hasTheDocumentedShape_data()
{
    QTest::addColumn<QString>("studentId");
    QTest::newRow("plain id") << QStringLiteral("hacker");
    QTest::newRow("e-mail as id") << QStringLiteral("alyssa.p.hacker@mit.edu");
    QTest::newRow("non-ASCII id") << QStringLiteral("jürgen.öztürk");
    QTest::newRow("empty id") << QString();
}

void PseudonymTest::assign_hasTheDocumentedShape()
{
    QFETCH(QString, studentId);
    const QString pseudonym = Pseudonyms::assign(QStringLiteral("demo101"), {studentId}).value(studentId);
    static const QRegularExpression shape(QStringLiteral("^Student [0-9A-HJKMNP-TV-Z]{5}$"));
    QVERIFY2(shape.match(pseudonym).hasMatch(), qPrintable(pseudonym));
}

void PseudonymTest::assign_differsBetweenCourses()
{
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        ids.append(QStringLiteral("student%1").arg(i));
    }
    const QHash<QString, QString> a = Pseudonyms::assign(QStringLiteral("ds100-sp22"), ids);
    const QHash<QString, QString> b = Pseudonyms::assign(QStringLiteral("ds100-fa22"), ids);
    int same = 0;
    for (const QString &id : std::as_const(ids)) {
        same += a.value(id) == b.value(id) ? 1 : 0;
    }
    QCOMPARE(same, 0);
}

void PseudonymTest::assign_revealsNothingOfTheId()
{
    // Ids that differ in one character (s0001, s0002) get unrelated pseudonyms, and no pseudonym holds
    // the id or a piece of it.
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        ids.append(QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    const QHash<QString, QString> pseudonyms = Pseudonyms::assign(QStringLiteral("demo101"), ids);
    int sharedPrefix = 0;
    for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
        const QString a = pseudonyms.value(ids.at(i)).mid(8);
        const QString b = pseudonyms.value(ids.at(i + 1)).mid(8);
        sharedPrefix += a.left(2) == b.left(2) ? 1 : 0;
        QVERIFY(!a.contains(ids.at(i).mid(1), Qt::CaseInsensitive));
    }
    QVERIFY2(sharedPrefix < 5, "neighbouring ids do not get neighbouring pseudonyms"); // ~0.2 expected by chance
}

void PseudonymTest::assign_isUniqueEvenOnCollisions()
{
    // 20,000 ids over 2^25 five-digit pseudonyms: a handful of collisions is certain.
    QStringList ids;
    for (int i = 0; i < 20000; ++i) {
        ids.append(QStringLiteral("user%1").arg(i));
    }
    const QHash<QString, QString> pseudonyms = Pseudonyms::assign(QStringLiteral("big-course"), ids);
    QCOMPARE(pseudonyms.size(), ids.size());
    const QList<QString> values = pseudonyms.values();
    QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), ids.size());

    QHash<QString, QString> shortHolder; // five-digit form -> id holding it
    for (auto it = pseudonyms.cbegin(); it != pseudonyms.cend(); ++it) {
        if (it.value().size() == 13) {
            shortHolder.insert(it.value(), it.key());
        }
    }
    int lengthened = 0;
    for (auto it = pseudonyms.cbegin(); it != pseudonyms.cend(); ++it) {
        if (it.value().size() > 13) {
            ++lengthened;
            const QString holder = shortHolder.value(it.value().left(13));
            QVERIFY2(!holder.isEmpty(), qPrintable(it.value()));
            QVERIFY2(holder < it.key(), "the id that sorts first keeps the short form");
        }
    }
    QVERIFY2(lengthened > 0, "the collision path ran");
}

void PseudonymTest::assign_emptyAndDuplicateInput()
{
    QVERIFY(Pseudonyms::assign(QStringLiteral("c"), {}).isEmpty());
    const QHash<QString, QString> twice =
        Pseudonyms::assign(QStringLiteral("c"), {QStringLiteral("a"), QStringLiteral("a")});
    QCOMPARE(twice.size(), 1);
    QCOMPARE(twice.value(QStringLiteral("a")).size(), 13); // no collision with itself
}

QTEST_GUILESS_MAIN(PseudonymTest)
#include "pseudonym_test.moc"
