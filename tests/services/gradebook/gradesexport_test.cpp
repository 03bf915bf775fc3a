// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>
#include <services/gradebook/gradesexport.h>
#include <services/gradebook/rubricscore.h>
#include <tests/support/testsupport.h>

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

class GradesExportTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void header_equalsNbgraderGradesCsv();
    void course101_reproducesNbgraderExportExactly();
    void studentWithoutSubmission_getsZeroRow();
    void latePenalty_neverMakesScoreNegative();
    void perQuestion_addsOneColumnPerGradedCell();
    void allAssignments_prefixQuestionColumnsWithAssignment();
    void rubricGrading_totalsEqualRubricArithmeticWithExtraCredit();
    void pythonFloat_data();
    void pythonFloat();
    void field_data();
    void field();
    void badRequests_data();
    void badRequests();

private:
    QByteArray exportCsv(const QString &assignment, bool perQuestion);
    qint64 addSubmission(const QString &student, const QString &timestamp, qint64 *submittedNotebook);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
    qint64 m_assignment = 0;
    qint64 m_notebook = 0;
    QList<qint64> m_cells;
};

void GradesExportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Course101's ps1 as nbgrader's docs graded it: 23 points in all, no due date, two students.
void GradesExportTest::init()
{
    m_gradebook.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_gradebook = GradeDesk::Tests::openGradebook(m_dir->filePath(QStringLiteral("gd.sqlite")));
    QVERIFY(m_gradebook);
    m_assignment = m_gradebook->upsertAssignment(QStringLiteral("ps1"), {}).value();
    m_notebook = m_gradebook->upsertNotebook(m_assignment, QStringLiteral("problem1"), 0).value();
    QList<SourceCellRecord> cells;
    const QList<std::pair<QString, double>> points{{QStringLiteral("q1"), 20.0}, {QStringLiteral("q2"), 3.0}};
    for (const auto &[name, max] : points) {
        SourceCellRecord cell;
        cell.name = name;
        cell.cellType = QStringLiteral("code");
        cell.isGrade = true;
        cell.maxScore = max;
        cell.position = int(cells.size());
        cells.append(cell);
    }
    QVERIFY(m_gradebook->replaceSourceCells(m_notebook, cells).ok());
    m_cells.clear();
    const QList<SourceCellRecord> stored = m_gradebook->sourceCells(m_notebook).value();
    for (const SourceCellRecord &cell : stored) {
        m_cells.append(cell.id);
    }
}

QByteArray GradesExportTest::exportCsv(const QString &assignment, bool perQuestion)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<void> exported = exportGradesCsv(*m_gradebook, buffer, assignment, perQuestion);
    if (!exported) {
        qWarning() << exported.error().message << exported.error().detail;
        return {};
    }
    return buffer.data();
}

qint64 GradesExportTest::addSubmission(const QString &student, const QString &timestamp, qint64 *submittedNotebook)
{
    SubmissionRecord submission;
    submission.assignmentId = m_assignment;
    submission.studentId = student;
    submission.timestamp = Timestamp::parse(timestamp).value_or(Timestamp());
    const qint64 id = m_gradebook->upsertSubmission(submission).value();
    *submittedNotebook = m_gradebook->upsertSubmittedNotebook(id, m_notebook, QStringLiteral("/x.ipynb")).value();
    return id;
}

void GradesExportTest::header_equalsNbgraderGradesCsv()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFile fixture(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101/grades.csv")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray expectedHeader = fixture.readLine();
    QCOMPARE(exportCsv(QString(), false).split('\n').first() + '\n', expectedHeader);
}

void GradesExportTest::course101_reproducesNbgraderExportExactly()
{
    GRADEDESK_REQUIRE_FIXTURES();
    qint64 snBen = 0;
    qint64 snAlyssa = 0;
    addSubmission(QStringLiteral("bitdiddle"), QStringLiteral("2015-02-02 22:58:23.948203"), &snBen);
    addSubmission(QStringLiteral("hacker"), QStringLiteral("2015-02-01 17:28:58.749302"), &snAlyssa);
    QVERIFY(m_gradebook->setAutoGrade(snBen, m_cells.at(0), 1.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(m_gradebook->setManualGrade(snBen, m_cells.at(1), 0.5, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setAutoGrade(snAlyssa, m_cells.at(0), 3.0, false, QStringLiteral("autograder")).ok());
    QFile fixture(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101/grades.csv")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QCOMPARE(exportCsv(QStringLiteral("ps1"), false), fixture.readAll());
}

void GradesExportTest::studentWithoutSubmission_getsZeroRow()
{
    QVERIFY(m_gradebook
                ->upsertStudent({QStringLiteral("absent"),
                                 QStringLiteral("Ann"),
                                 QStringLiteral("Absent"),
                                 QStringLiteral("ann@example.edu"),
                                 {},
                                 true})
                .ok());
    const QList<QByteArray> lines = exportCsv(QString(), false).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, trailing empty
    QCOMPARE(lines.at(1), QByteArray("ps1,,,absent,Absent,Ann,ann@example.edu,0.0,0.0,0.0,23.0"));
}

void GradesExportTest::latePenalty_neverMakesScoreNegative()
{
    const QDateTime due(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc());
    QVERIFY(m_gradebook->upsertAssignment(QStringLiteral("ps1"), due).ok());
    qint64 sn = 0;
    addSubmission(QStringLiteral("late"), QStringLiteral("2026-01-16 09:00:00 UTC"), &sn);
    SubmissionRecord submission = m_gradebook->submission(m_assignment, QStringLiteral("late")).value().value();
    submission.latePenalty = 5.0;
    QVERIFY(m_gradebook->upsertSubmission(submission).ok());
    QVERIFY(m_gradebook->setAutoGrade(sn, m_cells.at(0), 2.0, false, QStringLiteral("autograder")).ok());
    const QList<QByteArray> lines = exportCsv(QStringLiteral("ps1"), false).split('\n');
    QCOMPARE(lines.at(1), QByteArray("ps1,2026-01-15 17:00:00,2026-01-16 09:00:00,late,,,,2.0,5.0,0.0,23.0"));
}

void GradesExportTest::perQuestion_addsOneColumnPerGradedCell()
{
    qint64 sn = 0;
    addSubmission(QStringLiteral("bitdiddle"), QStringLiteral("2015-02-02 22:58:23.948203"), &sn);
    QVERIFY(m_gradebook->setAutoGrade(sn, m_cells.at(0), 1.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(m_gradebook->setExtraCredit(sn, m_cells.at(0), 0.25, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->upsertStudent({QStringLiteral("zed"), {}, QStringLiteral("Zulu"), {}, {}, true}).ok());
    const QList<QByteArray> lines = exportCsv(QStringLiteral("ps1"), true).split('\n');
    QVERIFY(lines.at(0).endsWith(",max_score,problem1:q1,problem1:q2"));
    QCOMPARE(lines.at(1), QByteArray("ps1,,2015-02-02 22:58:23.948203,bitdiddle,,,,1.25,0.0,1.25,23.0,1.25,"));
    QCOMPARE(lines.at(2), QByteArray("ps1,,,zed,Zulu,,,0.0,0.0,0.0,23.0,,"));
}

void GradesExportTest::allAssignments_prefixQuestionColumnsWithAssignment()
{
    const qint64 ps2 = m_gradebook->upsertAssignment(QStringLiteral("ps2"), {}).value();
    const qint64 notebook = m_gradebook->upsertNotebook(ps2, QStringLiteral("problem1"), 0).value();
    SourceCellRecord cell;
    cell.name = QStringLiteral("q1");
    cell.isGrade = true;
    cell.maxScore = 1.0;
    QVERIFY(m_gradebook->replaceSourceCells(notebook, {cell}).ok());
    const QByteArray header = exportCsv(QString(), true).split('\n').first();
    QVERIFY2(header.endsWith(",max_score,ps1/problem1:q1,ps1/problem1:q2,ps2/problem1:q1"), header.constData());
}

void GradesExportTest::rubricGrading_totalsEqualRubricArithmeticWithExtraCredit()
{
    using GradeDesk::Tests::addItem;
    using GradeDesk::Tests::rubricItem;
    const QString grader = QStringLiteral("alice");
    qint64 snBen = 0;
    qint64 snAlyssa = 0;
    addSubmission(QStringLiteral("bitdiddle"), QStringLiteral("2015-02-02 22:58:23.948203"), &snBen);
    addSubmission(QStringLiteral("hacker"), QStringLiteral("2015-02-01 17:28:58.749302"), &snAlyssa);
    const qint64 q1 = m_cells.at(0); // 20 points, positive mode
    const qint64 q2 = m_cells.at(1); // 3 points, negative mode
    const qint64 works = addItem(*m_gradebook, rubricItem(q1, QStringLiteral("Works"), 15));
    const qint64 tests = addItem(*m_gradebook, rubricItem(q1, QStringLiteral("Tests"), 4));
    const qint64 docs = addItem(*m_gradebook, rubricItem(q1, QStringLiteral("Docs"), 2));
    const qint64 sign = addItem(*m_gradebook, rubricItem(q2, QStringLiteral("Sign"), -1));
    const qint64 units = addItem(*m_gradebook, rubricItem(q2, QStringLiteral("Units"), -0.5));
    const QuestionSettings positive{q1, ScoringMode::Positive, true, true};
    const QuestionSettings negative{q2, ScoringMode::Negative, true, true};
    QVERIFY(m_gradebook->setQuestionSettings(negative, grader).ok());

    QVERIFY(m_gradebook->setAutoGrade(snBen, q1, 0.0, false, QStringLiteral("autograder")).ok());
    for (const qint64 item : {works, tests, docs}) {
        QVERIFY(m_gradebook->setRubricItemApplied({{snBen, q1}}, item, true, grader).ok());
    }
    QVERIFY(m_gradebook->setExtraCredit(snBen, q1, 1.5, grader).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{snBen, q2}}, sign, true, grader).ok());
    QVERIFY(m_gradebook->setAdjustment({snBen, q2}, 0.25, QStringLiteral("units in caption"), grader).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{snAlyssa, q1}}, works, true, grader).ok());
    QVERIFY(m_gradebook->setAdjustment({snAlyssa, q1}, -2.5, QStringLiteral("late fix"), grader).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{snAlyssa, q2}, {snBen, q2}}, units, true, grader).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{snBen, q2}}, units, false, grader).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{snAlyssa, q2}}, sign, true, grader).ok());
    QVERIFY(m_gradebook->setExtraCredit(snAlyssa, q2, 0.5, grader).ok());

    // The same arithmetic by hand: ceiling at 20 for Ben's q1, extra credit on top of the manual score.
    const double benQ1 = RubricScore::compute(20, positive, {15, 4, 2}, std::nullopt) + 1.5;
    const double benQ2 = RubricScore::compute(3, negative, {-1}, 0.25);
    const double alyssaQ1 = RubricScore::compute(20, positive, {15}, -2.5);
    const double alyssaQ2 = RubricScore::compute(3, negative, {-1, -0.5}, std::nullopt) + 0.5;
    QCOMPARE(benQ1, 21.5);
    QCOMPARE(benQ2, 2.25);
    QCOMPARE(alyssaQ1, 12.5);
    QCOMPARE(alyssaQ2, 2.0);
    const auto row = [](const QString &head, double q1Score, double q2Score) {
        const QString total = GradesExport::pythonFloat(q1Score + q2Score);
        return (head + total + QStringLiteral(",0.0,") + total + QStringLiteral(",23.0,") +
                GradesExport::pythonFloat(q1Score) + QLatin1Char(',') + GradesExport::pythonFloat(q2Score))
            .toUtf8();
    };
    const QList<QByteArray> lines = exportCsv(QStringLiteral("ps1"), true).split('\n');
    QCOMPARE(lines.at(1), row(QStringLiteral("ps1,,2015-02-02 22:58:23.948203,bitdiddle,,,,"), benQ1, benQ2));
    QCOMPARE(lines.at(2), row(QStringLiteral("ps1,,2015-02-01 17:28:58.749302,hacker,,,,"), alyssaQ1, alyssaQ2));
    // The plain export has the same totals.
    QVERIFY(exportCsv(QStringLiteral("ps1"), false).split('\n').at(1).endsWith(",23.75,0.0,23.75,23.0"));
}

void GradesExportTest::pythonFloat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole number keeps .0") << 23.0 << QStringLiteral("23.0");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
    QTest::newRow("half") << 1.5 << QStringLiteral("1.5");
    QTest::newRow("shortest round trip, not 0.1000000001") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("float sum shows its error like Python") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("small stays fixed down to 1e-4") << 0.0001 << QStringLiteral("0.0001");
    QTest::newRow("below 1e-4 uses exponent") << 0.00001 << QStringLiteral("1e-05");
    QTest::newRow("exponent with fraction") << 0.000015 << QStringLiteral("1.5e-05");
    QTest::newRow("large stays fixed below 1e16") << 1e15 << QStringLiteral("1000000000000000.0");
    QTest::newRow("1e16 uses exponent") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("negative value") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("inf");
}

void GradesExportTest::pythonFloat()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(GradesExport::pythonFloat(value), expected);
}

void GradesExportTest::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text unchanged") << QStringLiteral("bitdiddle") << true << QStringLiteral("bitdiddle");
    QTest::newRow("comma is quoted") << QStringLiteral("Smith, Jr.") << true << QStringLiteral("\"Smith, Jr.\"");
    QTest::newRow("quote is doubled and quoted")
        << QStringLiteral("O\"Neil") << true << QStringLiteral("\"O\"\"Neil\"");
    QTest::newRow("newline is quoted") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula is neutralised")
        << QStringLiteral("=HYPERLINK(\"x\")") << true << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus prefix is neutralised") << QStringLiteral("+1") << true << QStringLiteral("'+1");
    QTest::newRow("at prefix is neutralised") << QStringLiteral("@SUM(A1)") << true << QStringLiteral("'@SUM(A1)");
    QTest::newRow("minus prefix in text is neutralised") << QStringLiteral("-cmd") << true << QStringLiteral("'-cmd");
    QTest::newRow("tab prefix is neutralised") << QStringLiteral("\tx") << true << QStringLiteral("'\tx");
    QTest::newRow("negative number stays a number") << QStringLiteral("-1.5") << false << QStringLiteral("-1.5");
    QTest::newRow("empty stays empty") << QString() << true << QString();
}

void GradesExportTest::field()
{
    QFETCH(QString, value);
    QFETCH(bool, text);
    QFETCH(QString, expected);
    QCOMPARE(GradesExport::field(value, text), expected);
}

void GradesExportTest::badRequests_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<bool>("deviceOpen");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("unknown assignment is not found") << QStringLiteral("ps9") << true << ServiceError::Kind::NotFound;
    QTest::newRow("closed device is an io error") << QString() << false << ServiceError::Kind::Io;
}

void GradesExportTest::badRequests()
{
    QFETCH(QString, assignment);
    QFETCH(bool, deviceOpen);
    QFETCH(ServiceError::Kind, kind);
    QBuffer buffer;
    if (deviceOpen) {
        buffer.open(QIODevice::WriteOnly);
    }
    const Result<void> exported = exportGradesCsv(*m_gradebook, buffer, assignment, false);
    QVERIFY(!exported);
    QCOMPARE(exported.error().kind, kind);
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(GradesExportTest)
#include "gradesexport_test.moc"
