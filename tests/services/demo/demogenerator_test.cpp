// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/config/courseconfig.h>
#include <services/demo/democontent.h>
#include <services/demo/demogenerator.h>
#include <services/demo/demoimage.h>
#include <services/demo/demoroster.h>
#include <services/demo/demosubmission.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace GradeDesk::Services;

namespace {

constexpr int smallCourse = 12;

QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        QFile file(it.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(QDir(root).relativeFilePath(it.filePath()), file.readAll());
        }
    }
    return files;
}

QStringList notebooksUnder(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, {QStringLiteral("*.ipynb")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
    }
    paths.sort();
    return paths;
}

Notebook readOrFail(const QString &path)
{
    const Result<Notebook> notebook = NotebookReader::readFile(path);
    if (!notebook) {
        qWarning("%s: %s", qPrintable(path), qPrintable(notebook.error().message));
        return {};
    }
    return notebook.value();
}

} // namespace

class DemoGeneratorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void generate_sameSeed_writesByteIdenticalFiles();
    void generate_differentSeed_writesDifferentFiles();
    void generate_writesNbgraderLayout();
    void everyNotebook_loadsWithoutWarnings();
    void release_checksumsMatchAndSolutionsAreCleared();
    void submissions_onlyAnsweredSolutionCellsChange();
    void autograded_testCellsFailExactlyForWrongAnswers();
    void courseYaml_loads();
    void roster_hasOneRowPerStudentWithUniqueIds();
    void nonEmptyDirectory_isRefusedAndLeftAlone();
    void fileInsteadOfDirectory_isRefused();
    void invalidOptions_areRefused_data();
    void invalidOptions_areRefused();
    void cancel_removesEverythingWritten();
    void collect_storesStudentsAndScores();

    void clearSolutions_matchesNbgrader_data();
    void clearSolutions_matchesNbgrader();
    void clearHiddenTests_dropsMarkedRegion();
    void pythonFloat_matchesRepr_data();
    void pythonFloat_matchesRepr();
    void png_isWellFormed();

private:
    QString generate(const QString &dir, int students, quint64 seed);

    QTemporaryDir m_shared;
    QString m_course; // a small course shared by the read-only tests
};

QString DemoGeneratorTest::generate(const QString &dir, int students, quint64 seed)
{
    DemoOptions options;
    options.directory = dir;
    options.students = students;
    options.seed = seed;
    const Result<DemoReport> report = generateDemoCourse(options);
    if (!report) {
        return report.error().message;
    }
    return {};
}

void DemoGeneratorTest::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_course = m_shared.filePath(QStringLiteral("course"));
    QCOMPARE(generate(m_course, smallCourse, 1), QString());
}

void DemoGeneratorTest::generate_sameSeed_writesByteIdenticalFiles()
{
    QTemporaryDir dir;
    const QString again = dir.filePath(QStringLiteral("again"));
    QCOMPARE(generate(again, smallCourse, 1), QString());
    const QMap<QString, QByteArray> first = readTree(m_course);
    const QMap<QString, QByteArray> second = readTree(again);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void DemoGeneratorTest::generate_differentSeed_writesDifferentFiles()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other"));
    QCOMPARE(generate(other, smallCourse, 2), QString());
    const QMap<QString, QByteArray> first = readTree(m_course);
    const QMap<QString, QByteArray> second = readTree(other);
    QVERIFY(first.value(QStringLiteral("students.csv")) != second.value(QStringLiteral("students.csv")));
    QVERIFY(first.value(QStringLiteral("source/ps1/weather.ipynb")) !=
            second.value(QStringLiteral("source/ps1/weather.ipynb")));
}

void DemoGeneratorTest::generate_writesNbgraderLayout()
{
    const QDir course(m_course);
    QVERIFY(course.exists(QStringLiteral("course.yaml")));
    QVERIFY(course.exists(QStringLiteral("students.csv")));
    for (const QString &file :
         {QStringLiteral("source/ps1/weather.ipynb"), QStringLiteral("release/ps1/weather.ipynb"),
          QStringLiteral("source/ps2/streaks.ipynb"), QStringLiteral("release/ps2/streaks.ipynb")}) {
        QVERIFY2(course.exists(file), qPrintable(file));
    }
    const QStringList students =
        QDir(course.filePath(QStringLiteral("submitted"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(students.size(), smallCourse);
    for (const QString &student : students) {
        for (const QString &stage : {QStringLiteral("submitted"), QStringLiteral("autograded")}) {
            const QString folder = stage + QLatin1Char('/') + student + QStringLiteral("/ps1/");
            QVERIFY2(course.exists(folder + QStringLiteral("weather.ipynb")), qPrintable(folder));
            QFile timestamp(course.filePath(folder + QStringLiteral("timestamp.txt")));
            QVERIFY(timestamp.open(QIODevice::ReadOnly));
            QVERIFY(Timestamp::parse(QString::fromUtf8(timestamp.readAll())).has_value());
        }
    }
}

void DemoGeneratorTest::everyNotebook_loadsWithoutWarnings()
{
    const QStringList paths = notebooksUnder(m_course);
    QVERIFY(paths.size() >= 4 + 2 * smallCourse);
    for (const QString &path : paths) {
        const Result<Notebook> notebook = NotebookReader::readFile(path);
        QVERIFY2(notebook.ok(),
                 qPrintable(path + QStringLiteral(": ") + (notebook ? QString() : notebook.error().message)));
        QVERIFY2(notebook.value().warnings.isEmpty(),
                 qPrintable(path + notebook.value().warnings.join(QLatin1Char('\n'))));
        QVERIFY(notebook.value().hasNbgraderMetadata());
    }
}

void DemoGeneratorTest::release_checksumsMatchAndSolutionsAreCleared()
{
    for (const QString &name : {QStringLiteral("ps1/weather"), QStringLiteral("ps2/streaks")}) {
        const Notebook release = readOrFail(m_course + QStringLiteral("/release/") + name + QStringLiteral(".ipynb"));
        const Notebook source = readOrFail(m_course + QStringLiteral("/source/") + name + QStringLiteral(".ipynb"));
        QCOMPARE(release.cells.size(), source.cells.size());
        int checked = 0;
        for (int i = 0; i < release.cells.size(); ++i) {
            const Cell &cell = release.cells[i];
            QVERIFY(source.cells[i].nbgrader.checksum.isEmpty());
            QVERIFY(!cell.source.contains(QLatin1String("### BEGIN SOLUTION")));
            QVERIFY(!cell.source.contains(QLatin1String("HIDDEN TESTS")));
            QVERIFY(cell.outputs.isEmpty());
            if (!cell.nbgrader.present) {
                continue;
            }
            QCOMPARE(cell.nbgrader.checksum, nbgraderChecksum(cell));
            QCOMPARE(cell.nbgrader.cellType, cell.typeName);
            QCOMPARE(cell.metadata.value(QStringLiteral("deletable")).toBool(true), false);
            const bool readOnly = !cell.nbgrader.solution;
            QCOMPARE(cell.metadata.value(QStringLiteral("editable")).toBool(true), !readOnly);
            if (cell.nbgrader.solution) {
                QVERIFY(source.cells[i].source.contains(QLatin1String("### BEGIN SOLUTION")) ||
                        cell.type == CellType::Markdown);
                QVERIFY(cell.source.contains(QLatin1String("YOUR CODE HERE")) ||
                        cell.source == QLatin1String("YOUR ANSWER HERE"));
            }
            ++checked;
        }
        QVERIFY(checked > 5);
    }
}

void DemoGeneratorTest::submissions_onlyAnsweredSolutionCellsChange()
{
    const DemoAssignment assignment = DemoContent::problemSet1(DemoOptions().questions, 1);
    const QList<DemoStudent> students = DemoRoster::generate(smallCourse, 1);
    int blank = 0;
    int answered = 0;
    for (int s = 0; s < students.size(); ++s) {
        const DemoStudentPlan plan = DemoStudentPlan::make(assignment, 1, 0, s, 100);
        const Notebook nb = readOrFail(m_course + QStringLiteral("/submitted/") + students[s].id +
                                       QStringLiteral("/ps1/weather.ipynb"));
        QCOMPARE(nb.cells.size(), assignment.cellSlots.size());
        for (int i = 0; i < nb.cells.size(); ++i) {
            const Cell &cell = nb.cells[i];
            const DemoCellSlot slot = assignment.cellSlots[i];
            if (slot.kind == DemoSlot::Solution) {
                const bool isBlank = plan.answers[slot.question] == DemoAnswer::Blank;
                QCOMPARE(isCellChanged(cell), !isBlank);
                isBlank ? ++blank : ++answered;
            } else if (slot.kind == DemoSlot::ManualAnswer) {
                QCOMPARE(isCellChanged(cell), plan.manualAnswers[slot.question] >= 0);
            } else if (cell.nbgrader.present) {
                QVERIFY2(!isCellChanged(cell), qPrintable(cell.nbgrader.gradeId)); // tests and locked cells
            }
        }
        if (plan.untouched) {
            const Notebook release = readOrFail(m_course + QStringLiteral("/release/ps1/weather.ipynb"));
            for (int i = 0; i < nb.cells.size(); ++i) {
                QCOMPARE(nb.cells[i].source, release.cells[i].source);
                QVERIFY(nb.cells[i].outputs.isEmpty());
            }
        }
    }
    QVERIFY(blank > 0);
    QVERIFY(answered > 0);
}

void DemoGeneratorTest::autograded_testCellsFailExactlyForWrongAnswers()
{
    const DemoAssignment assignment = DemoContent::problemSet1(DemoOptions().questions, 1);
    const QList<DemoStudent> students = DemoRoster::generate(smallCourse, 1);
    QSet<DemoAnswer> seen;
    for (int s = 0; s < students.size(); ++s) {
        const DemoStudentPlan plan = DemoStudentPlan::make(assignment, 1, 0, s, 100);
        const Notebook nb = readOrFail(m_course + QStringLiteral("/autograded/") + students[s].id +
                                       QStringLiteral("/ps1/weather.ipynb"));
        for (int i = 0; i < nb.cells.size(); ++i) {
            const Cell &cell = nb.cells[i];
            if (assignment.cellSlots[i].kind != DemoSlot::Tests) {
                continue;
            }
            const DemoAnswer answer = plan.answers[assignment.cellSlots[i].question];
            seen.insert(answer);
            QVERIFY(cell.source.contains(QLatin1String("### BEGIN HIDDEN TESTS")));
            QVERIFY(!isCellChanged(cell));
            QVERIFY(cell.executionCount.has_value());
            const bool failed = !cell.outputs.isEmpty() && cell.outputs.first().type == Output::Type::Error;
            QCOMPARE(failed, answer != DemoAnswer::Correct);
            if (failed) {
                const Output &error = cell.outputs.first();
                QVERIFY(error.traceback.size() >= 3);
                QVERIFY(error.traceback.first().startsWith(QLatin1String("\x1b[0;31m")));
                QCOMPARE(error.ename, answer == DemoAnswer::Wrong ? QStringLiteral("AssertionError")
                                      : answer == DemoAnswer::Blank
                                          ? QStringLiteral("NotImplementedError")
                                          : assignment.questions[assignment.cellSlots[i].question].errorName);
            }
        }
    }
    QVERIFY2(seen.size() >= 3, "the small course should show most kinds of answers");
}

void DemoGeneratorTest::courseYaml_loads()
{
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(m_course + QStringLiteral("/course.yaml"));
    QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().message));
    const CourseConfig &config = loaded.value().config;
    QVERIFY(loaded.value().warnings.isEmpty());
    QCOMPARE(config.id, QStringLiteral("demo101"));
    QCOMPARE(config.exchange.kind, ExchangeConfig::Kind::Local);
    QCOMPARE(QDir(config.courseDirectory()).canonicalPath(), QDir(m_course).canonicalPath());
    QCOMPARE(config.gradebook.kind, GradebookConfig::Kind::Sqlite);
    QCOMPARE(QFileInfo(config.gradebook.sqlitePath).fileName(), QStringLiteral("gradebook.sqlite"));
    QCOMPARE(config.assignments.size(), 2);
    QCOMPARE(config.assignments[0].name, QStringLiteral("ps1"));
    QCOMPARE(config.assignments[0].notebooks, QStringList{QStringLiteral("weather")});
    QVERIFY(config.assignments[0].due.isValid());
    QCOMPARE(config.assignments[0].latePenalty.kind, LatePenalty::Kind::PerHour);
    QCOMPARE(config.assignments[1].latePenalty.kind, LatePenalty::Kind::PerDay);
}

void DemoGeneratorTest::roster_hasOneRowPerStudentWithUniqueIds()
{
    QFile roster(m_course + QStringLiteral("/students.csv"));
    QVERIFY(roster.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(roster.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("id,first_name,last_name,email"));
    QCOMPARE(lines.size(), smallCourse + 1);

    const QList<DemoStudent> many = DemoRoster::generate(3000, 5);
    QSet<QString> ids;
    static const QRegularExpression username(QStringLiteral("^[a-z]+\\.[a-z]+[0-9]*$"));
    for (const DemoStudent &student : many) {
        QVERIFY2(username.match(student.id).hasMatch(), qPrintable(student.id));
        ids.insert(student.id);
    }
    QCOMPARE(ids.size(), many.size());
}

void DemoGeneratorTest::nonEmptyDirectory_isRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("course.yaml")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("course: {id: mine}\n");
    existing.close();

    DemoOptions options;
    options.directory = dir.path();
    options.students = 3;
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(report.error().message.contains(dir.path()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("course.yaml")});
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("course: {id: mine}\n"));
}

void DemoGeneratorTest::fileInsteadOfDirectory_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DemoOptions options;
    options.directory = path;
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(QFileInfo(path).isFile());
}

void DemoGeneratorTest::invalidOptions_areRefused_data()
{
    QTest::addColumn<int>("students");
    QTest::addColumn<int>("questions");
    QTest::addColumn<bool>("emptyDirectory");
    QTest::newRow("no students") << 0 << 7 << false;
    QTest::newRow("negative students") << -3 << 7 << false;
    QTest::newRow("too many students") << 100001 << 7 << false;
    QTest::newRow("no questions") << 5 << 0 << false;
    QTest::newRow("too many questions") << 5 << 201 << false;
    QTest::newRow("no directory") << 5 << 7 << true;
}

void DemoGeneratorTest::invalidOptions_areRefused()
{
    QFETCH(int, students);
    QFETCH(int, questions);
    QFETCH(bool, emptyDirectory);
    QTemporaryDir dir;
    DemoOptions options;
    options.directory = emptyDirectory ? QString() : dir.filePath(QStringLiteral("course"));
    options.students = students;
    options.questions = questions;
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Validation);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("course"))));
}

void DemoGeneratorTest::cancel_removesEverythingWritten()
{
    QTemporaryDir dir;
    std::atomic_bool cancelled = false;
    int calls = 0;
    DemoOptions options;
    options.directory = dir.filePath(QStringLiteral("course"));
    options.students = 200;
    options.cancelled = &cancelled;
    options.progress = [&](int done, int total) {
        ++calls;
        QCOMPARE(total, 200);
        QVERIFY(done <= total);
        cancelled = true;
    };
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Cancelled);
    QCOMPARE(calls, 1);
    QVERIFY(!QFileInfo::exists(options.directory));
}

void DemoGeneratorTest::collect_storesStudentsAndScores()
{
    QTemporaryDir dir;
    const QString course = dir.filePath(QStringLiteral("course"));
    QCOMPARE(generate(course, smallCourse, 3), QString());
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(course + QStringLiteral("/course.yaml"));
    QVERIFY(loaded.ok());
    const CourseConfig &config = loaded.value().config;
    Result<std::unique_ptr<Gradebook>> opened = Gradebook::open(config.gradebook);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    Gradebook &gradebook = *opened.value();

    LocalExchange exchange(config, gradebook);
    CollectJob *job = exchange.collect(QStringLiteral("ps1"));
    std::optional<Result<CollectReport>> result;
    connect(job, &CollectJob::finished, this, [&result, job] { result = job->result(); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
    QCOMPARE(result->value().added, smallCourse);
    QVERIFY2(result->value().skipped.isEmpty(), qPrintable(result->value().skipped.value(0).error.message));

    const Result<QList<StudentRecord>> students = gradebook.students();
    QVERIFY(students.ok());
    QCOMPARE(students.value().size(), smallCourse);
    const Result<std::optional<AssignmentRecord>> ps1 = gradebook.assignment(QStringLiteral("ps1"));
    QVERIFY(ps1.ok() && ps1.value().has_value());
    const Result<QList<SubmissionSummary>> summaries = gradebook.submissionSummaries(ps1.value()->id);
    QVERIFY(summaries.ok());
    QCOMPARE(summaries.value().size(), smallCourse);

    // Every test cell's auto score follows the plan: full points for a correct answer, else 0.
    const DemoAssignment assignment = DemoContent::problemSet1(DemoOptions().questions, 3);
    const QList<DemoStudent> roster = DemoRoster::generate(smallCourse, 3);
    int scored = 0;
    for (const SubmissionSummary &summary : summaries.value()) {
        QCOMPARE(summary.maxScore, assignment.maxScore());
        int index = 0;
        while (index < roster.size() && roster[index].id != summary.studentId) {
            ++index;
        }
        QVERIFY(index < roster.size());
        const DemoStudentPlan plan = DemoStudentPlan::make(assignment, 3, 0, index, 100);
        QCOMPARE(summary.latePenalty > 0, plan.late);
        const Result<QList<GradeRecord>> grades = gradebook.grades(summary.submissionId);
        QVERIFY(grades.ok());
        for (const DemoQuestion &q : assignment.questions) {
            const auto grade = std::find_if(grades.value().cbegin(), grades.value().cend(),
                                            [&](const GradeRecord &g) { return g.cellName == q.testsId(); });
            QVERIFY2(grade != grades.value().cend(), qPrintable(q.testsId()));
            const double expected = plan.answers[q.number - 1] == DemoAnswer::Correct ? q.points : 0.0;
            QCOMPARE(grade->autoScore.value_or(-1.0), expected);
            ++scored;
        }
    }
    QCOMPARE(scored, smallCourse * int(assignment.questions.size()));
}

void DemoGeneratorTest::clearSolutions_matchesNbgrader_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region inside a function keeps its indentation")
        << QStringLiteral("def f(x):\n    \"\"\"Doc.\"\"\"\n    ### BEGIN SOLUTION\n    return x\n    ### END SOLUTION")
        << true
        << QStringLiteral("def f(x):\n    \"\"\"Doc.\"\"\"\n    # YOUR CODE HERE\n    raise NotImplementedError()");
    QTest::newRow("code after the region survives")
        << QStringLiteral("### BEGIN SOLUTION\nx = 1\n### END SOLUTION\nprint(x)") << true
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()\nprint(x)");
    QTest::newRow("markdown answer without markers is replaced whole")
        << QStringLiteral("The answer is 42.") << false << QStringLiteral("YOUR ANSWER HERE");
    QTest::newRow("code without markers is replaced whole")
        << QStringLiteral("x = 1") << true << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()");
}

void DemoGeneratorTest::clearSolutions_matchesNbgrader()
{
    QFETCH(QString, source);
    QFETCH(bool, code);
    QFETCH(QString, expected);
    QCOMPARE(DemoContent::clearSolutions(source, code ? CellType::Code : CellType::Markdown), expected);
}

void DemoGeneratorTest::clearHiddenTests_dropsMarkedRegion()
{
    QCOMPARE(DemoContent::clearHiddenTests(QStringLiteral("assert a\n### BEGIN HIDDEN TESTS\nassert b\n### END HIDDEN "
                                                          "TESTS\nassert c")),
             QStringLiteral("assert a\nassert c"));
}

void DemoGeneratorTest::pythonFloat_matchesRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("repr");
    QTest::newRow("integral value keeps .0") << 21.0 << QStringLiteral("21.0");
    QTest::newRow("one decimal") << 3.5 << QStringLiteral("3.5");
    QTest::newRow("shortest round trip") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("negative") << -4.3 << QStringLiteral("-4.3");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
}

void DemoGeneratorTest::pythonFloat_matchesRepr()
{
    QFETCH(double, value);
    QFETCH(QString, repr);
    QCOMPARE(DemoContent::pythonFloat(value), repr);
}

void DemoGeneratorTest::png_isWellFormed()
{
    const QByteArray png = DemoImage::barChartPng({3, -2, 7}, 0x1f77b4);
    QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
    QVERIFY(width > 0 && height > 0);
    const int idat = int(png.indexOf("IDAT"));
    QVERIFY(idat > 0);
    const quint32 length = qFromBigEndian<quint32>(png.constData() + idat - 4);
    QByteArray zlib(4, '\0');
    qToBigEndian(quint32(height * (width * 3 + 1)), zlib.data());
    zlib += png.mid(idat + 4, length);
    QCOMPARE(qUncompress(zlib).size(), qsizetype(height * (width * 3 + 1)));
    QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    QVERIFY(DemoImage::encodePng(2, 2, QByteArray(5, '\0')).isEmpty());
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)

#include "demogenerator_test.moc"
