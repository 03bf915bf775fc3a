// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/checksum.h>
#include <services/notebook/jupyterjson.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

using CellIndexes = QList<int>;

class ChecksumTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pythonFloatRepr_matchesPython_data();
    void pythonFloatRepr_matchesPython();
    void checksum_matchesHandComputedValues_data();
    void checksum_matchesHandComputedValues();
    void recordedChecksums_matchNbgraderOracle_data();
    void recordedChecksums_matchNbgraderOracle();
    void cellWithoutRecordedChecksum_isNotChanged();
};

void ChecksumTest::pythonFloatRepr_matchesPython_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole number keeps .0") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("ten") << 10.0 << QStringLiteral("10.0");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
    QTest::newRow("small uses exponent") << 1e-05 << QStringLiteral("1e-05");
    QTest::newRow("1e-4 is still fixed") << 0.0001 << QStringLiteral("0.0001");
    QTest::newRow("1e16 uses exponent") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("large exponent") << 1e22 << QStringLiteral("1e+22");
    QTest::newRow("shortest round trip") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("many digits") << 123456789.125 << QStringLiteral("123456789.125");
    QTest::newRow("negative") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("exponent with fraction") << 1.5e-07 << QStringLiteral("1.5e-07");
}

void ChecksumTest::pythonFloatRepr_matchesPython()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(pythonFloatRepr(value), expected);
}

void ChecksumTest::checksum_matchesHandComputedValues_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<CellType>("type");
    QTest::addColumn<bool>("grade");
    QTest::addColumn<bool>("solution");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("gradeId");
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("expected");
    // Expected values: hashlib.md5 over the concatenation nbgrader's compute_checksum builds.
    QTest::newRow("grade cell is locked and adds float points")
        << QStringLiteral("print(1)") << CellType::Code << true << false << false << QStringLiteral("abc") << 2.5
        << QStringLiteral("39290c5f30cca34920ddc609e88b706f");
    QTest::newRow("solution cell is never locked")
        << QStringLiteral("x = 1\n") << CellType::Markdown << false << true << true << QStringLiteral("ans") << 0.0
        << QStringLiteral("f990d30f4b5cfe1717c509d6e66d83d6");
}

void ChecksumTest::checksum_matchesHandComputedValues()
{
    QFETCH(QString, source);
    QFETCH(CellType, type);
    QFETCH(bool, grade);
    QFETCH(bool, solution);
    QFETCH(bool, locked);
    QFETCH(QString, gradeId);
    QFETCH(double, points);
    QFETCH(QString, expected);
    Cell cell;
    cell.source = source;
    cell.type = type;
    cell.nbgrader.present = true;
    cell.nbgrader.grade = grade;
    cell.nbgrader.solution = solution;
    cell.nbgrader.locked = locked;
    cell.nbgrader.gradeId = gradeId;
    cell.nbgrader.points = points;
    QCOMPARE(nbgraderChecksum(cell), expected);
    QVERIFY(!isCellChanged(cell));
    cell.nbgrader.checksum = expected;
    QVERIFY(!isCellChanged(cell));
    cell.source += QLatin1Char(' ');
    QVERIFY(isCellChanged(cell));
}

void ChecksumTest::recordedChecksums_matchNbgraderOracle_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("checksummedCells");
    QTest::addColumn<CellIndexes>("changedCells");
    if (GradeDesk::Tests::fixturesDir().isEmpty()) {
        QSKIP(qPrintable(GradeDesk::Tests::missingFixturesReason()));
    }
    const auto row = [](const char *fixture, int count, const CellIndexes &changed) {
        QTest::newRow(fixture) << QString::fromLatin1(fixture) << count << changed;
    };
    // Every fixture notebook with recorded checksums. The changed cells are those where nbgrader's own
    // compute_checksum (utils.py) disagrees with the recorded value: the release copies match
    // everywhere, unanswered submissions too; answered solution cells and the cells the
    // *-grade-cell-changed / *-locked-cell-changed students edited differ. course101's submitted copies
    // also carry stale checksums on the test cells 8, 9, 14 and 15 (same source as the release, checksums
    // from an older release), so nbgrader flags those too.
    row("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb", 10, {5, 11, 17});
    row("nbgrader/course101/autograded/bitdiddle/ps1/problem2.ipynb", 2, {5, 7});
    row("nbgrader/course101/autograded/hacker/ps1/problem1.ipynb", 10, {5, 11, 17, 19});
    row("nbgrader/course101/autograded/hacker/ps1/problem2.ipynb", 2, {5, 7});
    row("nbgrader/course101/downloaded/ps1/archive/ps1_hacker_attempt_2016-01-30-20-30-10_problem1.ipynb", 9,
        {5, 8, 9, 11, 14, 15, 17, 19});
    row("nbgrader/course101/release/ps1/problem1.ipynb", 10, {});
    row("nbgrader/course101/release/ps1/problem2.ipynb", 2, {});
    row("nbgrader/course101/submitted/bitdiddle/ps1/problem1.ipynb", 9, {5, 8, 9, 11, 14, 15, 17});
    row("nbgrader/course101/submitted/bitdiddle/ps1/problem2.ipynb", 2, {5, 7});
    row("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb", 9, {5, 8, 9, 11, 14, 15, 17, 19});
    row("nbgrader/course101/submitted/hacker/ps1/problem2.ipynb", 2, {5, 7});
    row("nbgrader/tests-apps/autotest-hashed-changed.ipynb", 2, {1});
    row("nbgrader/tests-apps/autotest-hashed-unchanged.ipynb", 2, {});
    row("nbgrader/tests-apps/autotest-hidden-changed-right.ipynb", 2, {1});
    row("nbgrader/tests-apps/autotest-hidden-changed-wrong.ipynb", 2, {1});
    row("nbgrader/tests-apps/autotest-hidden-unchanged.ipynb", 2, {});
    row("nbgrader/tests-apps/autotest-multi-changed.ipynb", 5, {0});
    row("nbgrader/tests-apps/autotest-multi-unchanged.ipynb", 5, {});
    row("nbgrader/tests-apps/autotest-simple-changed.ipynb", 2, {1});
    row("nbgrader/tests-apps/autotest-simple-unchanged.ipynb", 2, {});
    row("nbgrader/tests-apps/submitted-changed.ipynb", 7, {0, 3, 4});
    row("nbgrader/tests-apps/submitted-cheat-attempt-alternative.ipynb", 7, {0, 3, 4});
    row("nbgrader/tests-apps/submitted-cheat-attempt.ipynb", 7, {0, 3, 4});
    row("nbgrader/tests-apps/submitted-grade-cell-changed.ipynb", 7, {2});
    row("nbgrader/tests-apps/submitted-locked-cell-changed.ipynb", 7, {5, 6});
    row("nbgrader/tests-apps/submitted-unchanged.ipynb", 7, {});
    row("nbgrader/tests-apps/timeout.ipynb", 2, {0});
    row("nbgrader/tests-apps/validation-zero-points.ipynb", 1, {1});
    row("nbgrader/tests-preprocessors/cell-type-changed.ipynb", 1, {0});
    row("nbgrader/tests-preprocessors/no-cell-type.ipynb", 1, {});
    row("nbgrader/tests-preprocessors/submitted-answer-cell-type-changed.ipynb", 7, {0});
    row("nbgrader/tests-preprocessors/submitted-changed.ipynb", 7, {0, 3, 4});
    row("nbgrader/tests-preprocessors/submitted-grade-cell-changed.ipynb", 7, {2});
    row("nbgrader/tests-preprocessors/submitted-grade-cell-type-changed.ipynb", 7, {2});
    row("nbgrader/tests-preprocessors/submitted-locked-cell-changed.ipynb", 7, {5, 6});
    row("nbgrader/tests-preprocessors/submitted-unchanged.ipynb", 7, {});
    row("nbgrader/tests-ui/submitted-answer-cell-type-changed.ipynb", 7, {0});
    row("realworld-nbgrader/pbutenee-ml-tutorial/1/release/anomaly_detection.ipynb", 5, {});
    row("realworld-nbgrader/pbutenee-ml-tutorial/1/release/feature_engineering.ipynb", 22, {});
    row("realworld-nbgrader/pbutenee-ml-tutorial/1/release/machine_learning.ipynb", 27, {});
    row("realworld-nbgrader/pbutenee-ml-tutorial/1/release/notebook_intro.ipynb", 1, {});
    row("realworld-nbgrader/pbutenee-ml-tutorial/1/release/recommendation_engine.ipynb", 12, {});
    row("realworld-nbgrader/rosettacommons-pyrosetta-notebooks/03.01-Score-Function-Basics/release/"
        "03.01-Score-Function-Basics.ipynb",
        20, {});
    row("realworld-nbgrader/upb-lea-rl-course/ex04/release/Monte-Carlo_Methods.ipynb", 37, {});
}

void ChecksumTest::recordedChecksums_matchNbgraderOracle()
{
    QFETCH(QString, fixture);
    QFETCH(int, checksummedCells);
    QFETCH(CellIndexes, changedCells);
    const auto notebook = NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));
    int recorded = 0;
    CellIndexes changed;
    const QList<Cell> &cells = notebook.value().cells;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).nbgrader.checksum.isEmpty()) {
            continue;
        }
        ++recorded;
        QVERIFY(isChecksummedCell(cells.at(i)));
        if (isCellChanged(cells.at(i))) {
            changed.append(int(i));
        }
    }
    QCOMPARE(recorded, checksummedCells);
    QCOMPARE(changed, changedCells);
}

void ChecksumTest::cellWithoutRecordedChecksum_isNotChanged()
{
    Cell cell;
    cell.type = CellType::Code;
    cell.source = QStringLiteral("x");
    QVERIFY(!isCellChanged(cell));
    QVERIFY(!isChecksummedCell(cell));
    QCOMPARE(nbgraderChecksum(cell).size(), 32);
}

QTEST_GUILESS_MAIN(ChecksumTest)
#include "checksum_test.moc"
