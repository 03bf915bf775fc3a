// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "courseconfigtestutil.h"

#include <services/config/courseconfig.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::ConfigTest;

/// Writing course.yaml: serialisation, atomic save, loading files from disk.
class CourseConfigSaveTest final : public QObject
{
    Q_OBJECT

private slots:
    void serializeThenParse_roundTrips_data();
    void serializeThenParse_roundTrips();
    void serialize_isCommentedAndUsesPortablePaths();
    void saveThenLoad_roundTripsOnDisk();
    void saveInvalidConfig_refusedAndOldFileKept();
    void saveIntoMissingFolder_reportsIo();
    void loadMissingFile_reportsNotFound();
    void loadFolder_reportsIo();
    void courseDirectory_fallsBackToFileFolder();
};

void CourseConfigSaveTest::serializeThenParse_roundTrips_data()
{
    QTest::addColumn<CourseConfig>("config");
    const QString folder = QStringLiteral("/courses/demo");
    QTest::newRow("every section set") << richConfig(folder);

    CourseConfig minimal;
    minimal.filePath = folder + QStringLiteral("/course.yaml");
    minimal.id = QStringLiteral("c1");
    minimal.exchange.directory = folder;
    minimal.gradebook.sqlitePath = folder + QStringLiteral("/gradebook.sqlite");
    QTest::newRow("defaults only") << minimal;

    CourseConfig tricky = minimal;
    tricky.id = QStringLiteral("123");
    tricky.title = QStringLiteral("  \"Quoted\" # not a comment: yes, \\ \u00e9\u00e8 \u6f22\u5b57 \U0001F600\tend  ");
    tricky.grader = QStringLiteral("true");
    AssignmentConfig odd;
    odd.name = QStringLiteral("- dash: start");
    odd.notebooks = {QStringLiteral("a, b"), QStringLiteral("c: d"), QStringLiteral("[e]"),
                     QStringLiteral("~"),    QStringLiteral("null"), QStringLiteral("1e3")};
    odd.image = QStringLiteral("line\nbreak\u2028and\u0001control");
    odd.due = QDateTime(QDate(2026, 3, 1), QTime(8, 5, 7, 250), QTimeZone::utc());
    odd.latePenalty = {LatePenalty::Kind::PerHour, 0.1, std::nullopt};
    tricky.assignments = {odd};
    tricky.kubernetes.context = QStringLiteral("~");
    tricky.exchange.directory = folder + QStringLiteral("/~odd");
    QTest::newRow("strings YAML would misread") << tricky;

    CourseConfig outside = minimal;
    outside.exchange.directory = QStringLiteral("/srv/exchange");
    outside.gradebook.sqlitePath = QDir::homePath() + QStringLiteral("/grades/gb.sqlite");
    outside.kubernetes.kubeconfig = QDir::homePath();
    QTest::newRow("paths outside the folder") << outside;

    CourseConfig mapped = minimal;
    mapped.canvas.url = QUrl(QStringLiteral("http://127.0.0.1:8080/canvas"));
    mapped.canvas.courseId = QStringLiteral("sis_course_id:BIO 101");
    mapped.canvas.identity = CanvasConfig::IdentityRule::Mapping;
    mapped.canvas.mappingFile = folder + QStringLiteral("/canvas users.csv");
    QTest::newRow("canvas identity by mapping file") << mapped;

    CourseConfig byEmail = minimal;
    byEmail.canvas.url = QUrl(QStringLiteral("https://canvas.example.edu"));
    byEmail.canvas.courseId = QStringLiteral("12");
    byEmail.canvas.identity = CanvasConfig::IdentityRule::EmailLocalPart;
    QTest::newRow("canvas identity by e-mail") << byEmail;

    CourseConfig keyword = byEmail;
    keyword.canvas.regradeKeyword = QStringLiteral("#Nachkorrektur");
    QTest::newRow("canvas regrade keyword other than the default") << keyword;
}

void CourseConfigSaveTest::serializeThenParse_roundTrips()
{
    QFETCH(CourseConfig, config);
    const QByteArray yaml = CourseConfigLoader::serialize(config);
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::parse(yaml, config.filePath);
    QVERIFY2(loaded.ok(),
             qPrintable(loaded.ok() ? QString() : loaded.error().message + u'\n' + QString::fromUtf8(yaml)));
    QVERIFY2(loaded.value().warnings.isEmpty(), qPrintable(QString::fromUtf8(yaml)));
    QVERIFY2(loaded.value().config == config, qPrintable(QString::fromUtf8(yaml)));
    // Serializing is stable: the second pass writes the same bytes.
    QCOMPARE(CourseConfigLoader::serialize(loaded.value().config), yaml);
}

void CourseConfigSaveTest::serialize_isCommentedAndUsesPortablePaths()
{
    const Result<LoadedCourseConfig> loaded = parseText(fullExample);
    QVERIFY(loaded.ok());
    const QString yaml = QString::fromUtf8(CourseConfigLoader::serialize(loaded.value().config));
    QVERIFY(yaml.startsWith(QLatin1String("# ")));
    QVERIFY(yaml.contains(QLatin1String("system keychain")));
    QVERIFY(yaml.contains(QLatin1String("\n  directory: .\n")));
    QVERIFY(yaml.contains(QLatin1String("\n  path: gradebook.sqlite\n")));
    QVERIFY(yaml.contains(QLatin1String("\n  kubeconfig: ~/.kube/config\n")));
    QVERIFY(yaml.contains(QLatin1String("\n    due: 2026-01-15T17:00:00Z\n")));
    QVERIFY(yaml.contains(QLatin1String("\n    notebooks: [problem1, problem2]\n")));
    QVERIFY(yaml.contains(QLatin1String("\n    late_penalty: {type: per_hour, points: 1, max: 5}\n")));
    QVERIFY(yaml.contains(QLatin1String("\n  course_id: \"12345\"\n")));
}

void CourseConfigSaveTest::saveThenLoad_roundTripsOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("course.yaml"));
    const CourseConfig config = richConfig(dir.path());
    const Result<void> saved = CourseConfigLoader::save(config, path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().config, config);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("course.yaml")});
}

void CourseConfigSaveTest::saveInvalidConfig_refusedAndOldFileKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("course.yaml"));
    QVERIFY(CourseConfigLoader::save(richConfig(dir.path()), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    CourseConfig broken = richConfig(dir.path());
    broken.id.clear();
    const Result<void> saved = CourseConfigLoader::save(broken, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ServiceError::Kind::Validation);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void CourseConfigSaveTest::saveIntoMissingFolder_reportsIo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/course.yaml"));
    CourseConfig config = richConfig(dir.path());
    const Result<void> saved = CourseConfigLoader::save(config, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ServiceError::Kind::Io);
    QVERIFY(saved.error().message.contains(path));
}

void CourseConfigSaveTest::loadMissingFile_reportsNotFound()
{
    QTemporaryDir dir;
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(dir.filePath(QStringLiteral("nope.yaml")));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::NotFound);
}

void CourseConfigSaveTest::loadFolder_reportsIo()
{
    QTemporaryDir dir;
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Io);
}

void CourseConfigSaveTest::courseDirectory_fallsBackToFileFolder()
{
    CourseConfig config;
    QVERIFY(config.courseDirectory().isEmpty());
    config.filePath = QStringLiteral("/courses/demo/course.yaml");
    QCOMPARE(config.courseDirectory(), QStringLiteral("/courses/demo"));
    config.exchange.directory = QStringLiteral("/srv/course");
    QCOMPARE(config.courseDirectory(), QStringLiteral("/srv/course"));
}

QTEST_GUILESS_MAIN(CourseConfigSaveTest)
#include "courseconfigsave_test.moc"
