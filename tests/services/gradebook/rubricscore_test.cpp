// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/gradebook/rubricscore.h>

#include <QTest>

#include <cmath>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(GradeDesk::Services::ScoringMode)

/// The rubric arithmetic: base, applied points, adjustment, floor and ceiling.
class RubricScoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void compute_zeroIsNeverNegativeZero();
};

void RubricScoreTest::compute_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<ScoringMode>("mode");
    QTest::addColumn<bool>("floor");
    QTest::addColumn<bool>("ceiling");
    QTest::addColumn<QList<double>>("points");
    QTest::addColumn<std::optional<double>>("adjustment");
    QTest::addColumn<double>("expected");

    const auto P = ScoringMode::Positive;
    const auto N = ScoringMode::Negative;
    const std::optional<double> none;
    using L = QList<double>;
    // clang-format off
    QTest::newRow("positive: nothing applied is 0")                 << 3.0 << P << true  << true  << L{}            << none << 0.0;
    QTest::newRow("positive: items add up")                         << 3.0 << P << true  << true  << L{1.0, 0.5}    << none << 1.5;
    QTest::newRow("positive: credit and deduction mix")             << 3.0 << P << true  << true  << L{2.0, -0.5}   << none << 1.5;
    QTest::newRow("positive: ceiling caps at max")                  << 2.0 << P << true  << true  << L{1.5, 1.0}    << none << 2.0;
    QTest::newRow("positive: without ceiling goes above max")       << 2.0 << P << true  << false << L{1.5, 1.0}    << none << 2.5;
    QTest::newRow("positive: floor keeps deductions at 0")          << 2.0 << P << true  << true  << L{-1.0}        << none << 0.0;
    QTest::newRow("positive: without floor goes below 0")           << 2.0 << P << false << true  << L{-1.0}        << none << -1.0;
    QTest::newRow("negative: nothing applied is full marks")        << 3.0 << N << true  << true  << L{}            << none << 3.0;
    QTest::newRow("negative: deductions subtract from max")         << 3.0 << N << true  << true  << L{-1.0, -0.5}  << none << 1.5;
    QTest::newRow("negative: floor stops at 0")                     << 3.0 << N << true  << true  << L{-2.0, -2.0}  << none << 0.0;
    QTest::newRow("negative: without floor goes below 0")           << 3.0 << N << false << true  << L{-2.0, -2.0}  << none << -1.0;
    QTest::newRow("negative: a bonus item is capped at max")        << 3.0 << N << true  << true  << L{1.0}         << none << 3.0;
    QTest::newRow("negative: a bonus without ceiling exceeds max")  << 3.0 << N << true  << false << L{1.0}         << none << 4.0;
    QTest::newRow("adjustment adds in positive mode")               << 3.0 << P << true  << true  << L{1.0}         << std::optional<double>(0.5)  << 1.5;
    QTest::newRow("adjustment subtracts in negative mode")          << 3.0 << N << true  << true  << L{}            << std::optional<double>(-1.0) << 2.0;
    QTest::newRow("adjustment alone, no items")                     << 3.0 << P << true  << true  << L{}            << std::optional<double>(2.0)  << 2.0;
    QTest::newRow("adjustment is clamped by the ceiling")           << 3.0 << P << true  << true  << L{3.0}         << std::optional<double>(1.0)  << 3.0;
    QTest::newRow("adjustment is clamped by the floor")             << 3.0 << N << true  << true  << L{-3.0}        << std::optional<double>(-1.0) << 0.0;
    QTest::newRow("adjustment offsets a clamp before clamping")     << 2.0 << P << true  << true  << L{1.5, 1.0}    << std::optional<double>(-1.0) << 1.5;
    QTest::newRow("no floor, no ceiling: plain sum")                << 2.0 << N << false << false << L{1.0, -5.0}   << std::optional<double>(0.25) << -1.75;
    QTest::newRow("decimal points sum without binary noise")        << 1.0 << P << true  << true  << L{0.1, 0.2}    << none << 0.3;
    QTest::newRow("a question worth 0 stays at 0")                  << 0.0 << N << true  << true  << L{-1.0}        << none << 0.0;
    QTest::newRow("extra credit is not part of it (max still caps)") << 1.0 << P << true << true  << L{1.0}         << std::optional<double>(0.0)  << 1.0;
    // clang-format on
}

void RubricScoreTest::compute()
{
    QFETCH(double, max);
    QFETCH(ScoringMode, mode);
    QFETCH(bool, floor);
    QFETCH(bool, ceiling);
    QFETCH(QList<double>, points);
    QFETCH(std::optional<double>, adjustment);
    QFETCH(double, expected);
    const QuestionSettings settings{1, mode, floor, ceiling};
    const double score = RubricScore::compute(max, settings, points, adjustment);
    // Exact, not fuzzy: exports print this number, and retroactive edits compare it.
    QVERIFY2(score == expected, qPrintable(QStringLiteral("%1 != %2").arg(score, 0, 'g', 17).arg(expected)));
}

void RubricScoreTest::compute_zeroIsNeverNegativeZero()
{
    const QuestionSettings settings{1, ScoringMode::Positive, false, true};
    const double score = RubricScore::compute(2.0, settings, {1.0, -1.0}, -0.0);
    QCOMPARE(score, 0.0);
    QVERIFY(!std::signbit(score));
}

QTEST_GUILESS_MAIN(RubricScoreTest)
#include "rubricscore_test.moc"
