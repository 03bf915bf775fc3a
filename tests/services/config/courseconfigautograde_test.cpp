// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "courseconfigtestutil.h"

#include <services/config/courseconfig.h>

#include <QDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::ConfigTest;

/// The `autograde:` section and an assignment's `dataset:` in course.yaml.
class CourseConfigAutogradeTest final : public QObject
{
    Q_OBJECT

private slots:
    void parseWithoutSection_appliesDefaults();
    void parseFullSection_readsEveryKey();
    void parsePython_commandOrPath_data();
    void parsePython_commandOrPath();
    void parseDataset_data();
    void parseDataset();
    void parseBadValue_reportsValidationErrorWithPosition_data();
    void parseBadValue_reportsValidationErrorWithPosition();
    void parseUnknownKey_warnsWithPosition();
    void memoryBytes_data();
    void memoryBytes();
    void isCpuQuantity_data();
    void isCpuQuantity();
    void serializeThenParse_roundTrips_data();
    void serializeThenParse_roundTrips();
    void serializeDefaults_writesNoSection();
};

namespace {

QByteArray withCourse(const QByteArray &rest)
{
    return QByteArrayLiteral("course: {id: demo101}\n") + rest;
}

} // namespace

void CourseConfigAutogradeTest::parseWithoutSection_appliesDefaults()
{
    const Result<LoadedCourseConfig> loaded = parseText(withCourse("assignments:\n  - name: ps1\n"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const AutogradeConfig &autograde = loaded.value().config.autograde;
    QCOMPARE(autograde, AutogradeConfig());
    QCOMPARE(autograde.executor, AutogradeConfig::Executor::Local);
    QCOMPARE(autograde.parallelism, 0);
    QCOMPARE(autograde.cellTimeoutSeconds, 60);
    QCOMPARE(autograde.submissionTimeoutSeconds, 600);
    QCOMPARE(autograde.maxOutputBytes, qint64(1 << 20));
    QCOMPARE(autograde.memory, QStringLiteral("2Gi"));
    QCOMPARE(autograde.cpu, QStringLiteral("1"));
    QCOMPARE(autograde.python, QStringLiteral("python3"));
    QVERIFY(loaded.value().config.assignments.front().dataset.claim.isEmpty());
}

void CourseConfigAutogradeTest::parseFullSection_readsEveryKey()
{
    const Result<LoadedCourseConfig> loaded = parseText(withCourse(R"(autograde:
  executor: kubernetes
  parallelism: 25
  cell_timeout: 30
  submission_timeout: 900
  max_output: 65536
  memory: 512Mi
  cpu: 500m
  image: registry.example.edu/course/grader:2026
  python: /opt/conda/bin/python
)"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().warnings.size(), 0);
    const AutogradeConfig &autograde = loaded.value().config.autograde;
    QCOMPARE(autograde.executor, AutogradeConfig::Executor::Kubernetes);
    QCOMPARE(autograde.parallelism, 25);
    QCOMPARE(autograde.cellTimeoutSeconds, 30);
    QCOMPARE(autograde.submissionTimeoutSeconds, 900);
    QCOMPARE(autograde.maxOutputBytes, qint64(65536));
    QCOMPARE(autograde.memory, QStringLiteral("512Mi"));
    QCOMPARE(autograde.cpu, QStringLiteral("500m"));
    QCOMPARE(autograde.image, QStringLiteral("registry.example.edu/course/grader:2026"));
    QCOMPARE(autograde.python, QStringLiteral("/opt/conda/bin/python"));
}

void CourseConfigAutogradeTest::parsePython_commandOrPath_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a bare name stays a command for PATH") << QByteArray("python3.11") << QStringLiteral("python3.11");
    QTest::newRow("a relative path resolves against the file's folder")
        << QByteArray("venv/bin/python") << QStringLiteral("/courses/demo/venv/bin/python");
    QTest::newRow("./ makes a file in the folder") << QByteArray("./python") << QStringLiteral("/courses/demo/python");
    QTest::newRow("~/ starts at home") << QByteArray("~/venv/bin/python")
                                       << QDir::homePath() + QStringLiteral("/venv/bin/python");
    QTest::newRow("an empty value keeps the default") << QByteArray("") << QStringLiteral("python3");
}

void CourseConfigAutogradeTest::parsePython_commandOrPath()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const Result<LoadedCourseConfig> loaded = parseText(withCourse("autograde: {python: " + value + "}\n"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().config.autograde.python, expected);
}

void CourseConfigAutogradeTest::parseDataset_data()
{
    QTest::addColumn<QByteArray>("dataset");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("path");
    QTest::newRow("claim and path") << QByteArray("{claim: ps1-data, path: /mnt/ps1}") << QStringLiteral("ps1-data")
                                    << QStringLiteral("/mnt/ps1");
    QTest::newRow("path defaults to /data")
        << QByteArray("{claim: shared.data}") << QStringLiteral("shared.data") << QStringLiteral("/data");
    QTest::newRow("path is cleaned") << QByteArray("{claim: d, path: /data//sets/}") << QStringLiteral("d")
                                     << QStringLiteral("/data/sets");
}

void CourseConfigAutogradeTest::parseDataset()
{
    QFETCH(QByteArray, dataset);
    QFETCH(QString, claim);
    QFETCH(QString, path);
    const Result<LoadedCourseConfig> loaded =
        parseText(withCourse("assignments:\n  - name: ps1\n    dataset: " + dataset + "\n"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const DatasetConfig &read = loaded.value().config.assignments.front().dataset;
    QCOMPARE(read.claim, claim);
    QCOMPARE(read.path, path);
}

void CourseConfigAutogradeTest::parseBadValue_reportsValidationErrorWithPosition_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("section is not a mapping") << withCourse("autograde: fast\n") << 2 << 12 << "autograde";
    QTest::newRow("unknown executor") << withCourse("autograde:\n  executor: docker\n") << 3 << 13
                                      << "autograde.executor";
    QTest::newRow("negative parallelism")
        << withCourse("autograde:\n  parallelism: -1\n") << 3 << 16 << "autograde.parallelism";
    QTest::newRow("fractional parallelism")
        << withCourse("autograde:\n  parallelism: 2.5\n") << 3 << 16 << "autograde.parallelism";
    QTest::newRow("zero cell timeout") << withCourse("autograde:\n  cell_timeout: 0\n") << 3 << 17
                                       << "autograde.cell_timeout";
    QTest::newRow("timeout as a list") << withCourse("autograde:\n  submission_timeout: [1]\n") << 3 << 23
                                       << "autograde.submission_timeout";
    QTest::newRow("text max output") << withCourse("autograde:\n  max_output: lots\n") << 3 << 15
                                     << "autograde.max_output";
    QTest::newRow("huge max output") << withCourse("autograde:\n  max_output: 99999999999\n") << 3 << 15
                                     << "autograde.max_output";
    QTest::newRow("memory without a unit we know")
        << withCourse("autograde:\n  memory: 2GB\n") << 3 << 11 << "autograde.memory";
    QTest::newRow("zero memory") << withCourse("autograde:\n  memory: 0Mi\n") << 3 << 11 << "autograde.memory";
    QTest::newRow("cpu as text") << withCourse("autograde:\n  cpu: one\n") << 3 << 8 << "autograde.cpu";
    QTest::newRow("zero cpu") << withCourse("autograde:\n  cpu: 0m\n") << 3 << 8 << "autograde.cpu";
    QTest::newRow("image as a mapping") << withCourse("autograde:\n  image: {name: x}\n") << 3 << 10
                                        << "autograde.image";
    QTest::newRow("dataset without claim")
        << withCourse("assignments:\n  - name: ps1\n    dataset: {path: /data}\n") << 4 << 14 << "dataset.claim";
    QTest::newRow("dataset claim with capitals")
        << withCourse("assignments:\n  - name: ps1\n    dataset: {claim: Data}\n") << 4 << 22 << "dataset.claim";
    QTest::newRow("dataset relative path")
        << withCourse("assignments:\n  - name: ps1\n    dataset: {claim: d, path: data}\n") << 4 << 31
        << "dataset.path";
    QTest::newRow("dataset over the pod's work folder")
        << withCourse("assignments:\n  - name: ps1\n    dataset: {claim: d, path: /work/data}\n") << 4 << 31
        << "dataset.path";
    QTest::newRow("dataset at the root") << withCourse(
                                                "assignments:\n  - name: ps1\n    dataset: {claim: d, path: /}\n")
                                         << 4 << 31 << "dataset.path";
    QTest::newRow("dataset as text") << withCourse("assignments:\n  - name: ps1\n    dataset: big\n") << 4 << 14
                                     << "dataset";
}

void CourseConfigAutogradeTest::parseBadValue_reportsValidationErrorWithPosition()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Validation);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(positionIn(message), qMakePair(line, column));
}

void CourseConfigAutogradeTest::parseUnknownKey_warnsWithPosition()
{
    const Result<LoadedCourseConfig> loaded = parseText(
        withCourse("autograde:\n  paralelism: 4\nassignments:\n  - name: ps1\n    dataset: {claim: d, size: 1}\n"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const QList<ConfigWarning> warnings = loaded.value().warnings;
    QCOMPARE(warnings.size(), 2);
    const auto find = [&warnings](const QString &key) {
        const auto it = std::find_if(warnings.cbegin(), warnings.cend(),
                                     [&key](const ConfigWarning &w) { return w.message.contains(key); });
        return it == warnings.cend() ? ConfigWarning() : *it;
    };
    const ConfigWarning section = find(QStringLiteral("\u201cautograde.paralelism\u201d"));
    QCOMPARE(qMakePair(section.line, section.column), qMakePair(3, 3));
    const ConfigWarning dataset = find(QStringLiteral("\u201cassignments[1].dataset.size\u201d"));
    QCOMPARE(qMakePair(dataset.line, dataset.column), qMakePair(6, 25));
    QCOMPARE(loaded.value().config.autograde.parallelism, 0);
}

void CourseConfigAutogradeTest::memoryBytes_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("binary gibibytes") << QStringLiteral("2Gi") << qint64(2) * 1024 * 1024 * 1024;
    QTest::newRow("binary mebibytes") << QStringLiteral("512Mi") << qint64(512) * 1024 * 1024;
    QTest::newRow("decimal gigabytes") << QStringLiteral("1G") << qint64(1000000000);
    QTest::newRow("decimal kilobytes") << QStringLiteral("64k") << qint64(64000);
    QTest::newRow("fraction") << QStringLiteral("1.5Gi") << qint64(1536) * 1024 * 1024;
    QTest::newRow("exponent") << QStringLiteral("129e6") << qint64(129000000);
    QTest::newRow("plain bytes") << QStringLiteral("1048576") << qint64(1048576);
    QTest::newRow("GB is not a Kubernetes suffix") << QStringLiteral("2GB") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-1Gi") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("overflow") << QStringLiteral("99999999Ei") << qint64(-1);
}

void CourseConfigAutogradeTest::memoryBytes()
{
    QFETCH(QString, quantity);
    QFETCH(qint64, bytes);
    QCOMPARE(AutogradeConfig::memoryBytes(quantity).value_or(-1), bytes);
}

void CourseConfigAutogradeTest::isCpuQuantity_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<bool>("valid");
    QTest::newRow("whole cpu") << QStringLiteral("1") << true;
    QTest::newRow("fraction") << QStringLiteral("0.5") << true;
    QTest::newRow("millicores") << QStringLiteral("250m") << true;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("unit of memory") << QStringLiteral("1Gi") << false;
    QTest::newRow("negative") << QStringLiteral("-1") << false;
    QTest::newRow("empty") << QString() << false;
}

void CourseConfigAutogradeTest::isCpuQuantity()
{
    QFETCH(QString, quantity);
    QFETCH(bool, valid);
    QCOMPARE(AutogradeConfig::isCpuQuantity(quantity), valid);
}

void CourseConfigAutogradeTest::serializeThenParse_roundTrips_data()
{
    QTest::addColumn<CourseConfig>("config");
    const QString folder = QStringLiteral("/courses/demo");

    CourseConfig kube;
    kube.filePath = folder + QStringLiteral("/course.yaml");
    kube.id = QStringLiteral("demo101");
    kube.exchange.directory = folder;
    kube.gradebook.sqlitePath = folder + QStringLiteral("/gradebook.sqlite");
    kube.autograde.executor = AutogradeConfig::Executor::Kubernetes;
    kube.autograde.parallelism = 40;
    kube.autograde.cellTimeoutSeconds = 5;
    kube.autograde.submissionTimeoutSeconds = 120;
    kube.autograde.maxOutputBytes = 4096;
    kube.autograde.memory = QStringLiteral("1.5Gi");
    kube.autograde.cpu = QStringLiteral("250m");
    kube.autograde.image = QStringLiteral("registry.example.edu/grader:1");
    AssignmentConfig ps1;
    ps1.name = QStringLiteral("ps1");
    ps1.dataset = {QStringLiteral("ps1-data"), QStringLiteral("/mnt/data set")};
    kube.assignments.append(ps1);
    QTest::newRow("every key set, a dataset with a space") << kube;

    CourseConfig python = kube;
    python.autograde = AutogradeConfig();
    python.autograde.python = folder + QStringLiteral("/python3");
    QTest::newRow("interpreter file next to course.yaml stays a file") << python;

    CourseConfig command = python;
    command.autograde.python = QStringLiteral("python3.11");
    QTest::newRow("interpreter command") << command;
}

void CourseConfigAutogradeTest::serializeThenParse_roundTrips()
{
    QFETCH(CourseConfig, config);
    const QByteArray yaml = CourseConfigLoader::serialize(config);
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::parse(yaml, config.filePath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message + QString::fromUtf8(yaml)));
    QVERIFY2(loaded.value().warnings.isEmpty(), qPrintable(QString::fromUtf8(yaml)));
    QCOMPARE(loaded.value().config.autograde, config.autograde);
    QCOMPARE(loaded.value().config, config);
}

void CourseConfigAutogradeTest::serializeDefaults_writesNoSection()
{
    CourseConfig config;
    config.id = QStringLiteral("demo101");
    const QString yaml = QString::fromUtf8(CourseConfigLoader::serialize(config));
    QVERIFY(!yaml.contains(QStringLiteral("\nautograde:")));
    QVERIFY(yaml.contains(QStringLiteral("# autograde: {executor: local")));
}

QTEST_GUILESS_MAIN(CourseConfigAutogradeTest)
#include "courseconfigautograde_test.moc"
