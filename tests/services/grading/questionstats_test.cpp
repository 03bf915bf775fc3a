// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/questionstats.h>

#include <QTest>

using namespace GradeDesk::Services;

namespace {

/**
 * An answer from a compact spelling: "a1" auto score 1, "m0.5" manual score 0.5, "e1" extra credit 1,
 * "n" needs a manual grade, "i7" rubric item 7 applied; parts joined with spaces ("a0 n", "m2 e0.5 i1 i2").
 * "-" is an answer nobody scored.
 */
AnswerRecord answer(const QString &spec)
{
    AnswerRecord record;
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar kind = part.front();
        const QString value = part.mid(1);
        if (kind == QLatin1Char('a')) {
            record.autoScore = value.toDouble();
        } else if (kind == QLatin1Char('m')) {
            record.manualScore = value.toDouble();
        } else if (kind == QLatin1Char('e')) {
            record.extraCredit = value.toDouble();
        } else if (kind == QLatin1Char('n')) {
            record.needsManualGrade = true;
        } else if (kind == QLatin1Char('i')) {
            record.appliedItemIds.append(value.toLongLong());
        }
    }
    return record;
}

QList<AnswerRecord> answers(const QStringList &specs)
{
    QList<AnswerRecord> list;
    for (const QString &spec : specs) {
        list.append(answer(spec));
    }
    return list;
}

} // namespace

class QuestionStatsTest final : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void compute_itemUsage();
};

void QuestionStatsTest::compute_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<double>("maxScore");
    QTest::addColumn<int>("bins");
    QTest::addColumn<int>("graded");
    QTest::addColumn<double>("mean");   // NaN: none
    QTest::addColumn<double>("median"); // NaN: none
    QTest::addColumn<QList<int>>("histogram");

    const double none = qQNaN();
    QTest::newRow("no answers") << QStringList{} << 2.0 << 4 << 0 << none << none << QList<int>{0, 0, 0, 0};
    QTest::newRow("nothing graded yet: unscored and pending manual grades")
        << QStringList{QStringLiteral("-"), QStringLiteral("n"), QStringLiteral("a0 n")} << 2.0 << 2 << 0 << none
        << none << QList<int>{0, 0};
    QTest::newRow("odd count: the middle score")
        << QStringList{QStringLiteral("a2"), QStringLiteral("a0"), QStringLiteral("a1")} << 2.0 << 2 << 3 << 1.0 << 1.0
        << QList<int>{1, 2};
    QTest::newRow("even count: the mean of the middle two")
        << QStringList{QStringLiteral("a0"), QStringLiteral("m1"), QStringLiteral("a0.5"), QStringLiteral("m2")} << 2.0
        << 4 << 4 << 0.875 << 0.75 << QList<int>{1, 1, 1, 1};
    QTest::newRow("a manual score overrides the auto score")
        << QStringList{QStringLiteral("a0 m2")} << 2.0 << 2 << 1 << 2.0 << 2.0 << QList<int>{0, 1};
    QTest::newRow("a pending manual grade is not graded yet")
        << QStringList{QStringLiteral("a0 n"), QStringLiteral("m1.5")} << 2.0 << 2 << 1 << 1.5 << 1.5
        << QList<int>{0, 1};
    QTest::newRow("full marks land in the last, closed bin")
        << QStringList{QStringLiteral("a10"), QStringLiteral("a9.99")} << 10.0 << 10 << 2 << 9.995 << 9.995
        << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    QTest::newRow("a score on a bin edge opens the upper bin")
        << QStringList{QStringLiteral("a1"), QStringLiteral("a0.999")} << 10.0 << 10 << 2 << 0.9995 << 0.9995
        << QList<int>{1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("decimal sums on an edge (0.1 + 0.2) are not pushed down")
        << QStringList{QStringLiteral("m0.1 e0.2")} << 1.0 << 10 << 1 << 0.30000000000000004 << 0.30000000000000004
        << QList<int>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0};
    QTest::newRow("extra credit above the maximum counts in the last bin")
        << QStringList{QStringLiteral("a2 e1")} << 2.0 << 4 << 1 << 3.0 << 3.0 << QList<int>{0, 0, 0, 1};
    QTest::newRow("a negative score counts in the first bin")
        << QStringList{QStringLiteral("m-1")} << 2.0 << 4 << 1 << -1.0 << -1.0 << QList<int>{1, 0, 0, 0};
    QTest::newRow("a question worth nothing puts every score in the last bin")
        << QStringList{QStringLiteral("a0"), QStringLiteral("a0")} << 0.0 << 3 << 2 << 0.0 << 0.0
        << QList<int>{0, 0, 2};
    QTest::newRow("no bins asked for: no histogram, still a mean")
        << QStringList{QStringLiteral("a1")} << 1.0 << 0 << 1 << 1.0 << 1.0 << QList<int>{};
    QTest::newRow("one bin holds everything")
        << QStringList{QStringLiteral("a0"), QStringLiteral("a0.5"), QStringLiteral("a1")} << 1.0 << 1 << 3 << 0.5
        << 0.5 << QList<int>{3};
}

void QuestionStatsTest::compute()
{
    QFETCH(QStringList, answers);
    QFETCH(double, maxScore);
    QFETCH(int, bins);
    QFETCH(int, graded);
    QFETCH(double, mean);
    QFETCH(double, median);
    QFETCH(QList<int>, histogram);

    const QuestionStats stats = QuestionStats::compute(::answers(answers), maxScore, bins);
    QCOMPARE(stats.answerCount, int(answers.size()));
    QCOMPARE(stats.gradedCount, graded);
    QCOMPARE(stats.mean.has_value(), !qIsNaN(mean));
    QCOMPARE(stats.median.has_value(), !qIsNaN(median));
    if (stats.mean) {
        QCOMPARE(*stats.mean, mean);
        QCOMPARE(*stats.median, median);
    }
    QCOMPARE(stats.histogram, histogram);
}

void QuestionStatsTest::compute_itemUsage()
{
    const QuestionStats stats = QuestionStats::compute(
        answers({QStringLiteral("m2 i1 i2"), QStringLiteral("m1 i1"), QStringLiteral("n i2"), QStringLiteral("a0")}),
        2.0);
    QCOMPARE(stats.histogram.size(), 10);
    QCOMPARE(stats.itemUsage.size(), 2);
    QCOMPARE(stats.itemUsage.value(1), 2);
    QCOMPARE(stats.itemUsage.value(2), 2); // an ungraded answer that has the item counts too
    QCOMPARE(stats.itemUsage.value(3), 0);
}

QTEST_GUILESS_MAIN(QuestionStatsTest)
#include "questionstats_test.moc"
