// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/latepenalty.h>

#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(GradeDesk::Services::LatePenalty)

class LatePenaltyTest final : public QObject
{
    Q_OBJECT

private slots:
    void latePenalty_data();
    void latePenalty();
};

namespace {

LatePenalty policy(LatePenalty::Kind kind, double points = 0.0, std::optional<double> maximum = std::nullopt)
{
    LatePenalty p;
    p.kind = kind;
    p.points = points;
    p.maximum = maximum;
    return p;
}

} // namespace

void LatePenaltyTest::latePenalty_data()
{
    QTest::addColumn<LatePenalty>("policy");
    QTest::addColumn<QString>("submitted");
    QTest::addColumn<bool>("hasDue");
    QTest::addColumn<double>("expected");

    using K = LatePenalty::Kind;
    // Due 2026-01-15 17:00:00 UTC; max score 10.
    QTest::newRow("no policy: late work costs nothing")
        << policy(K::None) << QStringLiteral("2026-01-20 00:00:00") << true << 0.0;
    QTest::newRow("no due date: never late")
        << policy(K::Zero) << QStringLiteral("2030-01-01 00:00:00") << false << 0.0;
    QTest::newRow("exactly on the due instant is on time")
        << policy(K::PerHour, 1) << QStringLiteral("2026-01-15 17:00:00") << true << 0.0;
    QTest::newRow("early is on time") << policy(K::Zero) << QStringLiteral("2026-01-15 08:00:00") << true << 0.0;
    QTest::newRow("one microsecond late starts the first hour")
        << policy(K::PerHour, 1) << QStringLiteral("2026-01-15 17:00:00.000001") << true << 1.0;
    QTest::newRow("exactly two hours late is two hours")
        << policy(K::PerHour, 1.5) << QStringLiteral("2026-01-15 19:00:00") << true << 3.0;
    QTest::newRow("per hour capped at maximum")
        << policy(K::PerHour, 1, 5.0) << QStringLiteral("2026-01-16 17:00:00") << true << 5.0;
    QTest::newRow("per day counts started days")
        << policy(K::PerDay, 2) << QStringLiteral("2026-01-16 17:00:01") << true << 4.0;
    QTest::newRow("zero policy deducts the maximum")
        << policy(K::Zero) << QStringLiteral("2026-01-15 17:00:01") << true << 10.0;
    QTest::newRow("zone suffix is honoured: 09:30 Los Angeles is 17:30 UTC")
        << policy(K::PerHour, 1) << QStringLiteral("2026-01-15 09:30:00 America/Los_Angeles") << true << 1.0;
}

void LatePenaltyTest::latePenalty()
{
    QFETCH(LatePenalty, policy);
    QFETCH(QString, submitted);
    QFETCH(bool, hasDue);
    QFETCH(double, expected);

    const std::optional<Timestamp> when = Timestamp::parse(submitted);
    QVERIFY(when);
    const QDateTime due = hasDue ? QDateTime(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc()) : QDateTime();
    QCOMPARE(GradeDesk::Services::latePenalty(policy, due, *when, 10.0), expected);
}

QTEST_GUILESS_MAIN(LatePenaltyTest)
#include "latepenalty_test.moc"
