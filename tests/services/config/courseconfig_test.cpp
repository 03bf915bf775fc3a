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

class CourseConfigTest final : public QObject
{
    Q_OBJECT

private slots:
    void parseSpecExample_readsEverySection();
    void parseMinimalFile_appliesDefaults();
    void parseEmptyValues_meanNotSet();
    void parsePaths_resolveAgainstFileFolder_data();
    void parsePaths_resolveAgainstFileFolder();
    void parseDue_convertsToUtc_data();
    void parseDue_convertsToUtc();
    void parseLatePenalty_data();
    void parseLatePenalty();
    void parseCanvasIdentity_data();
    void parseCanvasIdentity();
    void parseCanvasRegradeKeyword_data();
    void parseCanvasRegradeKeyword();
    void parseMalformedYaml_reportsParseErrorWithPosition_data();
    void parseMalformedYaml_reportsParseErrorWithPosition();
    void parseBadValue_reportsValidationErrorWithPosition_data();
    void parseBadValue_reportsValidationErrorWithPosition();
    void parseSecretLikeKey_refusedWithKeychainAdvice_data();
    void parseSecretLikeKey_refusedWithKeychainAdvice();
    void parseUnknownOrIgnoredKey_warnsWithPosition_data();
    void parseUnknownOrIgnoredKey_warnsWithPosition();
    void parseNewerVersion_isUnsupported();
    void parseAliasBomb_staysFast();
    void parseDeepNesting_failsCleanly();
};

void CourseConfigTest::parseSpecExample_readsEverySection()
{
    const Result<LoadedCourseConfig> loaded = parseText(fullExample);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().warnings.size(), 0);
    const CourseConfig &config = loaded.value().config;
    QCOMPARE(config.filePath, coursePath);
    QCOMPARE(config.id, QStringLiteral("demo101"));
    QCOMPARE(config.title, QStringLiteral("Data Analysis 101"));
    QCOMPARE(config.grader, QStringLiteral("alice"));
    QCOMPARE(config.exchange.kind, ExchangeConfig::Kind::Local);
    QCOMPARE(config.exchange.directory, QStringLiteral("/courses/demo"));
    QCOMPARE(config.gradebook.kind, GradebookConfig::Kind::Sqlite);
    QCOMPARE(config.gradebook.sqlitePath, QStringLiteral("/courses/demo/gradebook.sqlite"));
    QCOMPARE(config.assignments.size(), 1);
    const AssignmentConfig *ps1 = config.assignment(QStringLiteral("ps1"));
    QVERIFY(ps1);
    QCOMPARE(ps1->due, utc(2026, 1, 15, 17, 0));
    QCOMPARE(ps1->due.timeSpec(), Qt::UTC);
    QCOMPARE(ps1->notebooks, QStringList({QStringLiteral("problem1"), QStringLiteral("problem2")}));
    QCOMPARE(ps1->latePenalty.kind, LatePenalty::Kind::PerHour);
    QCOMPARE(ps1->latePenalty.points, 1.0);
    QCOMPARE(ps1->latePenalty.maximum, std::optional<double>(5.0));
    QCOMPARE(ps1->image, QStringLiteral("registry.example.edu/course/grader:2026"));
    QVERIFY(!config.assignment(QStringLiteral("ps2")));
    QCOMPARE(config.kubernetes.kubeconfig, QDir::homePath() + QStringLiteral("/.kube/config"));
    QCOMPARE(config.kubernetes.context, QStringLiteral("prod"));
    QCOMPARE(config.kubernetes.ns, QStringLiteral("grading"));
    QCOMPARE(config.canvas.url, QUrl(QStringLiteral("https://canvas.example.edu")));
    QCOMPARE(config.canvas.courseId, QStringLiteral("12345"));
    QCOMPARE(config.courseDirectory(), QStringLiteral("/courses/demo"));
}

void CourseConfigTest::parseMinimalFile_appliesDefaults()
{
    const Result<LoadedCourseConfig> loaded = parseText("course: {id: c1}\n");
    QVERIFY(loaded.ok());
    const CourseConfig &config = loaded.value().config;
    QCOMPARE(config.id, QStringLiteral("c1"));
    QVERIFY(config.title.isEmpty());
    QCOMPARE(config.exchange.kind, ExchangeConfig::Kind::Local);
    QCOMPARE(config.exchange.directory, QStringLiteral("/courses/demo"));
    QCOMPARE(config.gradebook.kind, GradebookConfig::Kind::Sqlite);
    QCOMPARE(config.gradebook.sqlitePath, QStringLiteral("/courses/demo/gradebook.sqlite"));
    QCOMPARE(config.gradebook.port, 5432);
    QVERIFY(config.assignments.isEmpty());
    QCOMPARE(config.kubernetes, KubernetesConfig());
    QCOMPARE(config.canvas, CanvasConfig());
    QVERIFY(loaded.value().warnings.isEmpty());
}

void CourseConfigTest::parseEmptyValues_meanNotSet()
{
    const Result<LoadedCourseConfig> loaded =
        parseText("course: {id: c1, title: }\ngrader: ~\nexchange:\nassignments:\n  - name: a\n    due: null\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const CourseConfig &config = loaded.value().config;
    QVERIFY(config.title.isEmpty());
    QVERIFY(config.grader.isEmpty());
    QCOMPARE(config.exchange.directory, QStringLiteral("/courses/demo"));
    QCOMPARE(config.assignments.size(), 1);
    QVERIFY(!config.assignments.front().due.isValid());
}

void CourseConfigTest::parsePaths_resolveAgainstFileFolder_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot is the file's folder") << QStringLiteral(".") << QStringLiteral("/courses/demo");
    QTest::newRow("relative goes below the folder")
        << QStringLiteral("sub/dir") << QStringLiteral("/courses/demo/sub/dir");
    QTest::newRow("parent is allowed and cleaned") << QStringLiteral("../other/") << QStringLiteral("/courses/other");
    QTest::newRow("absolute stays") << QStringLiteral("/srv/nbgrader") << QStringLiteral("/srv/nbgrader");
    QTest::newRow("tilde is the home folder")
        << QStringLiteral("~/grading") << QDir::homePath() + QStringLiteral("/grading");
    QTest::newRow("tilde inside a name is literal") << QStringLiteral("~x") << QStringLiteral("/courses/demo/~x");
}

void CourseConfigTest::parsePaths_resolveAgainstFileFolder()
{
    QFETCH(QString, written);
    QFETCH(QString, expected);
    const QByteArray yaml = "course: {id: c}\nexchange: {directory: \"" + written.toUtf8() +
                            "\"}\ngradebook: {path: \"" + written.toUtf8() + "/g.sqlite\"}\n";
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().config.exchange.directory, expected);
    QCOMPARE(loaded.value().config.gradebook.sqlitePath, QDir::cleanPath(expected + QStringLiteral("/g.sqlite")));
}

void CourseConfigTest::parseDue_convertsToUtc_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("warnings");
    QTest::newRow("Z is UTC") << QByteArray("2026-01-15T17:00:00Z") << utc(2026, 1, 15, 17, 0) << 0;
    QTest::newRow("offset is converted") << QByteArray("2026-01-15T18:30:00+01:00") << utc(2026, 1, 15, 17, 30) << 0;
    QTest::newRow("quoted with space and zone name")
        << QByteArray("\"2026-07-01 10:00:00 America/Los_Angeles\"") << utc(2026, 7, 1, 17, 0) << 0;
    QTest::newRow("no zone reads as UTC with a warning")
        << QByteArray("2026-01-15 17:00:00") << utc(2026, 1, 15, 17, 0) << 1;
}

void CourseConfigTest::parseDue_convertsToUtc()
{
    QFETCH(QByteArray, written);
    QFETCH(QDateTime, expected);
    QFETCH(int, warnings);
    const Result<LoadedCourseConfig> loaded =
        parseText("course: {id: c}\nassignments:\n  - name: a\n    due: " + written + "\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().config.assignments.front().due, expected);
    QCOMPARE(loaded.value().config.assignments.front().due.timeSpec(), Qt::UTC);
    QCOMPARE(loaded.value().warnings.size(), warnings);
}

void CourseConfigTest::parseLatePenalty_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("maximum"); // -1: none
    QTest::newRow("absent is none") << QByteArray("~") << int(LatePenalty::Kind::None) << 0.0 << -1.0;
    QTest::newRow("scalar shorthand zero") << QByteArray("zero") << int(LatePenalty::Kind::Zero) << 0.0 << -1.0;
    QTest::newRow("per_day without max is uncapped")
        << QByteArray("{type: per_day, points: 0.5}") << int(LatePenalty::Kind::PerDay) << 0.5 << -1.0;
    QTest::newRow("type is matched without case, dash as underscore")
        << QByteArray("{type: Per-Hour, points: 2, max: 10}") << int(LatePenalty::Kind::PerHour) << 2.0 << 10.0;
}

void CourseConfigTest::parseLatePenalty()
{
    QFETCH(QByteArray, written);
    QFETCH(int, kind);
    QFETCH(double, points);
    QFETCH(double, maximum);
    const Result<LoadedCourseConfig> loaded =
        parseText("course: {id: c}\nassignments:\n  - name: a\n    late_penalty: " + written + "\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const LatePenalty &penalty = loaded.value().config.assignments.front().latePenalty;
    QCOMPARE(int(penalty.kind), kind);
    QCOMPARE(penalty.points, points);
    QCOMPARE(penalty.maximum, maximum < 0 ? std::nullopt : std::optional<double>(maximum));
}

void CourseConfigTest::parseCanvasIdentity_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<CanvasConfig::IdentityRule>("rule");
    QTest::addColumn<QString>("mappingFile");
    QTest::newRow("no identity means login id") << QByteArray() << CanvasConfig::IdentityRule::LoginId << QString();
    QTest::newRow("sis_id") << QByteArray(", identity: sis_id") << CanvasConfig::IdentityRule::SisId << QString();
    QTest::newRow("spelling with a dash and capitals is accepted")
        << QByteArray(", identity: SIS-ID") << CanvasConfig::IdentityRule::SisId << QString();
    QTest::newRow("email means the local part")
        << QByteArray(", identity: email") << CanvasConfig::IdentityRule::EmailLocalPart << QString();
    QTest::newRow("mapping file resolves against the course folder")
        << QByteArray(", identity: mapping, mapping_file: canvas/users.csv") << CanvasConfig::IdentityRule::Mapping
        << QStringLiteral("/courses/demo/canvas/users.csv");
    QTest::newRow("mapping file may leave the folder")
        << QByteArray(", identity: mapping, mapping_file: ../shared/users.csv") << CanvasConfig::IdentityRule::Mapping
        << QStringLiteral("/courses/shared/users.csv");
}

void CourseConfigTest::parseCanvasIdentity()
{
    QFETCH(QByteArray, extra);
    QFETCH(CanvasConfig::IdentityRule, rule);
    QFETCH(QString, mappingFile);
    const Result<LoadedCourseConfig> loaded =
        parseText("course: {id: c}\ncanvas: {url: https://canvas.example.edu, course_id: \"7\"" + extra + "}\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded.value().warnings.isEmpty());
    QCOMPARE(loaded.value().config.canvas.identity, rule);
    QCOMPARE(loaded.value().config.canvas.mappingFile, mappingFile);
}

void CourseConfigTest::parseCanvasRegradeKeyword_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("absent is REGRADE") << QByteArray() << QStringLiteral("REGRADE");
    QTest::newRow("empty value keeps the default") << QByteArray(", regrade_keyword: ") << QStringLiteral("REGRADE");
    QTest::newRow("own word") << QByteArray(", regrade_keyword: Nachkorrektur") << QStringLiteral("Nachkorrektur");
    QTest::newRow("quoted with blanks around is trimmed")
        << QByteArray(", regrade_keyword: \"  #regrade \"") << QStringLiteral("#regrade");
}

void CourseConfigTest::parseCanvasRegradeKeyword()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, keyword);
    const Result<LoadedCourseConfig> loaded =
        parseText("course: {id: c}\ncanvas: {url: https://canvas.example.edu, course_id: \"7\"" + extra + "}\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded.value().warnings.isEmpty());
    QCOMPARE(loaded.value().config.canvas.regradeKeyword, keyword);
}

void CourseConfigTest::parseMalformedYaml_reportsParseErrorWithPosition_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed flow mapping")
        << QByteArray("course: {id: c\ngrader: a\n") << 2 << 7 << QStringLiteral("end of map flow not found");
    QTest::newRow("unclosed flow list") << QByteArray("course: {id: c}\nassignments: [a, b\n") << 3 << 1
                                        << QStringLiteral("end of sequence flow not found");
    QTest::newRow("value followed by a colon")
        << QByteArray("course: {id: c}\ngrader: a: b\n") << 2 << 10 << QStringLiteral("illegal map value");
    QTest::newRow("extra closing bracket")
        << QByteArray("course: {id: c}\nx: [b, c]]\n") << 2 << 10 << QStringLiteral("illegal flow end");
    QTest::newRow("reserved character") << QByteArray("course: {id: c}\ngrader: @alice\n") << 2 << 9
                                        << QStringLiteral("unknown token");
    QTest::newRow("bad indentation") << QByteArray("course:\n  id: c\n title: t\n") << 3 << 2
                                     << QStringLiteral("end of map not found");
    QTest::newRow("tab indentation") << QByteArray("course:\n\tid: c\n") << 2 << 4
                                     << QStringLiteral("illegal map value");
    QTest::newRow("invalid UTF-8") << QByteArray("course: {id: c}\ngrader: \xff\xfe\n") << 2 << 1
                                   << QStringLiteral("UTF-8");
}

void CourseConfigTest::parseMalformedYaml_reportsParseErrorWithPosition()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Parse);
    const QString message = loaded.error().message;
    const QPair<int, int> at = positionIn(message);
    QVERIFY2(at.first > 0, qPrintable(message));
    if (line > 0) {
        QCOMPARE(at.first, line);
        QCOMPARE(at.second, column);
    }
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void CourseConfigTest::parseBadValue_reportsValidationErrorWithPosition_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    const QByteArray course = "course: {id: c}\n";
    QTest::newRow("due is not a date") << course + "assignments:\n  - name: a\n    due: tomorrow\n"
                                       << 4 << 10 << QStringLiteral("assignments[1].due");
    QTest::newRow("due date does not exist") << course + "assignments:\n  - name: a\n    due: 2026-02-30T10:00:00Z\n"
                                             << 4 << 10 << QStringLiteral("2026-02-30");
    QTest::newRow("port is not a number")
        << course + "gradebook:\n  type: postgresql\n  host: h\n  database: d\n  port: abc\n"
        << 6 << 9 << QStringLiteral("gradebook.port");
    QTest::newRow("port out of range") << course + "gradebook: {type: postgresql, host: h, database: d, port: 70000}\n"
                                       << 2 << 59 << QStringLiteral("between 1 and 65535");
    QTest::newRow("unknown exchange type") << course + "exchange: {type: ftp}\n"
                                           << 2 << 18 << QStringLiteral("one of local, ngshare");
    QTest::newRow("unknown gradebook type") << course + "gradebook:\n  type: mysql\n"
                                            << 3 << 9 << QStringLiteral("one of sqlite, postgresql");
    QTest::newRow("unknown late penalty type")
        << course + "assignments:\n  - name: a\n    late_penalty: {type: weekly}\n"
        << 4 << 26 << QStringLiteral("none, zero, per_hour, per_day");
    QTest::newRow("per_hour needs points") << course + "assignments:\n  - name: a\n    late_penalty: {type: per_hour}\n"
                                           << 4 << 19 << QStringLiteral("late_penalty.points");
    QTest::newRow("negative points") << course +
                                            "assignments:\n  - name: a\n    late_penalty: {type: per_day, points: -1}\n"
                                     << 4 << 43 << QStringLiteral("0 or more");
    QTest::newRow("shorthand needs parameters") << course + "assignments:\n  - name: a\n    late_penalty: per_day\n"
                                                << 4 << 19 << QStringLiteral("one of none, zero");
    QTest::newRow("notebooks is not a list") << course + "assignments:\n  - name: a\n    notebooks: problem1\n"
                                             << 4 << 16 << QStringLiteral("list of notebook names");
    QTest::newRow("notebook name with a path")
        << course + "assignments:\n  - name: a\n    notebooks: [ok, ../../etc/x]\n"
        << 4 << 21 << QStringLiteral("file name");
    QTest::newRow("notebook listed twice") << course + "assignments:\n  - name: a\n    notebooks: [p1, p1.ipynb]\n"
                                           << 4 << 21 << QStringLiteral("different notebook names");
    QTest::newRow("assignment name escapes") << course + "assignments:\n  - name: ../ps1\n"
                                             << 3 << 11 << QStringLiteral("file name");
    QTest::newRow("assignment without name") << course + "assignments:\n  - due: 2026-01-01T00:00:00Z\n"
                                             << 3 << 5 << QStringLiteral("assignments[1].name");
    QTest::newRow("assignment names repeat") << course + "assignments:\n  - name: a\n  - name: a\n"
                                             << 4 << 11 << QStringLiteral("no other assignment");
    QTest::newRow("regrade keyword with a space")
        << course + "canvas: {url: https://c.example.edu, course_id: \"1\", regrade_keyword: \"RE GRADE\"}\n"
        << 2 << 71 << QStringLiteral("canvas.regrade_keyword");
    QTest::newRow("regrade keyword with a colon")
        << course + "canvas: {url: https://c.example.edu, course_id: \"1\", regrade_keyword: \"RE:\"}\n"
        << 2 << 71 << QStringLiteral("one word");
    QTest::newRow("regrade keyword is a list")
        << course + "canvas: {url: https://c.example.edu, course_id: \"1\", regrade_keyword: [a]}\n"
        << 2 << 71 << QStringLiteral("text");
    QTest::newRow("assignments is a mapping") << course + "assignments: {name: a}\n"
                                              << 2 << 14 << QStringLiteral("list of assignments");
    QTest::newRow("assignment is text") << course + "assignments:\n  - ps1\n" << 3 << 5 << QStringLiteral("mapping");
    QTest::newRow("course is missing") << QByteArray("grader: a\n") << 1 << 1 << QStringLiteral("course.id");
    QTest::newRow("empty file lacks course")
        << QByteArray("# only a comment\n") << 1 << 1 << QStringLiteral("course.id");
    QTest::newRow("course id is empty") << QByteArray("course:\n  id: \"\"\n") << 2 << 7 << QStringLiteral("non-empty");
    QTest::newRow("course id is a list") << QByteArray("course:\n  id: [a]\n") << 2 << 7 << QStringLiteral("text");
    QTest::newRow("top level is a list") << QByteArray("- course\n") << 1 << 1 << QStringLiteral("mapping");
    QTest::newRow("duplicate key") << course + "grader: a\ngrader: b\n" << 3 << 1 << QStringLiteral("set twice");
    QTest::newRow("two documents") << course + "---\ncourse: {id: d}\n" << 3 << 1 << QStringLiteral("more than one");
    QTest::newRow("ngshare needs url") << course + "exchange: {type: ngshare}\n"
                                       << 2 << 11 << QStringLiteral("exchange.url");
    QTest::newRow("ngshare url is not web") << course + "exchange: {type: ngshare, url: ftp://hub}\n"
                                            << 2 << 32 << QStringLiteral("https://");
    QTest::newRow("ngshare prefix is relative")
        << course + "exchange: {type: ngshare, url: https://hub, prefix: services}\n"
        << 2 << 53 << QStringLiteral("starting with");
    QTest::newRow("postgresql needs host") << course + "gradebook: {type: postgresql, database: d}\n"
                                           << 2 << 12 << QStringLiteral("gradebook.host");
    QTest::newRow("unknown sslmode") << course + "gradebook: {type: postgresql, host: h, database: d, sslmode: on}\n"
                                     << 2 << 62 << QStringLiteral("verify-full");
    QTest::newRow("canvas needs course id") << course + "canvas: {url: https://canvas.example.edu}\n"
                                            << 2 << 9 << QStringLiteral("canvas.course_id");
    QTest::newRow("unknown canvas identity rule")
        << course + "canvas: {url: https://c.example.edu, course_id: \"1\", identity: name}\n"
        << 2 << 64 << QStringLiteral("one of login_id, sis_id, email, mapping");
    QTest::newRow("mapping rule needs its file")
        << course + "canvas: {url: https://c.example.edu, course_id: \"1\", identity: mapping}\n"
        << 2 << 9 << QStringLiteral("canvas.mapping_file");
    QTest::newRow("version is not a number") << course + "version: one\n" << 2 << 10 << QStringLiteral("version");
    QTest::newRow("non-text key") << course + "? [a, b]\n: c\n" << 2 << 3 << QStringLiteral("plain names");
}

void CourseConfigTest::parseBadValue_reportsValidationErrorWithPosition()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(loaded.error().kind == ServiceError::Kind::Validation, qPrintable(message));
    QCOMPARE(positionIn(message), qMakePair(line, column));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("open the course again")) || message.contains(QLatin1String("Keep one")),
             qPrintable(message));
}

void CourseConfigTest::parseSecretLikeKey_refusedWithKeychainAdvice_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QByteArray course = "course: {id: c}\n";
    QTest::newRow("top-level token") << course + "token: s3cr3t-value\n" << 2 << 1;
    QTest::newRow("api_key inside a section")
        << course + "canvas:\n  url: https://c.example.edu\n  api_key: s3cr3t-value\n"
        << 4 << 3;
    QTest::newRow("camel-case apiKey") << course + "canvas: {apiKey: s3cr3t-value}\n" << 2 << 10;
    QTest::newRow("password for the database") << course + "gradebook: {type: postgresql, host: h, database: d, "
                                                           "db-password: s3cr3t-value}\n"
                                               << 2 << 53;
    QTest::newRow("secret in an unknown section") << course + "extras:\n  deep:\n    client_secret: s3cr3t-value\n"
                                                  << 4 << 5;
    QTest::newRow("token inside an assignment list")
        << course + "assignments:\n  - name: a\n    HUB_TOKEN: s3cr3t-value\n"
        << 4 << 5;
    QTest::newRow("secret before a later syntax check") << QByteArray("auth_token: s3cr3t-value\n") << 1 << 1;
    QTest::newRow("password inside a URL") << course + "canvas: {url: \"https://me:s3cr3t-value@canvas.example.edu\", "
                                                       "course_id: \"1\"}\n"
                                           << 2 << 15;
}

void CourseConfigTest::parseSecretLikeKey_refusedWithKeychainAdvice()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Validation);
    const QString message = loaded.error().message;
    QCOMPARE(positionIn(message), qMakePair(line, column));
    QVERIFY2(message.contains(QLatin1String("system keychain")), qPrintable(message));
    // The secret itself must never be repeated in messages or logs.
    QVERIFY2(!message.contains(QLatin1String("s3cr3t")), qPrintable(message));
    QVERIFY(!loaded.error().detail.contains(QLatin1String("s3cr3t")));
}

void CourseConfigTest::parseUnknownOrIgnoredKey_warnsWithPosition_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    const QByteArray course = "course: {id: c}\n";
    QTest::newRow("unknown top-level key") << course + "colour: blue\n"
                                           << 2 << 1 << QStringLiteral("\u201ccolour\u201d");
    QTest::newRow("misspelt nested key") << course + "kubernetes:\n  contxt: prod\n"
                                         << 3 << 3 << QStringLiteral("kubernetes.contxt");
    QTest::newRow("unknown assignment key") << course + "assignments:\n  - name: a\n    points: 3\n"
                                            << 4 << 5 << QStringLiteral("assignments[1].points");
    QTest::newRow("url means nothing for local") << course + "exchange: {type: local, url: https://hub}\n"
                                                 << 2 << 25 << QStringLiteral("no effect with type local");
    QTest::newRow("host means nothing for sqlite") << course + "gradebook: {host: db}\n"
                                                   << 2 << 13 << QStringLiteral("no effect with type sqlite");
    QTest::newRow("points mean nothing for zero")
        << course + "assignments:\n  - name: a\n    late_penalty: {type: zero, points: 3}\n"
        << 4 << 32 << QStringLiteral("no effect with type zero");
    QTest::newRow("plain http to a remote host") << course + "canvas: {url: http://canvas.example.edu, course_id: x}\n"
                                                 << 2 << 15 << QStringLiteral("plain http");
    QTest::newRow("mapping file means nothing without the mapping rule")
        << course + "canvas: {url: https://c.example.edu, course_id: x, identity: email, mapping_file: m.csv}\n"
        << 2 << 69 << QStringLiteral("no effect with identity email");
}

void CourseConfigTest::parseUnknownOrIgnoredKey_warnsWithPosition()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const QList<ConfigWarning> &warnings = loaded.value().warnings;
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.front().file, coursePath);
    QCOMPARE(qMakePair(warnings.front().line, warnings.front().column), qMakePair(line, column));
    QVERIFY2(warnings.front().message.contains(expected), qPrintable(warnings.front().message));
}

void CourseConfigTest::parseNewerVersion_isUnsupported()
{
    const Result<LoadedCourseConfig> loaded = parseText("version: 2\ncourse: {id: c}\n");
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Unsupported);
    QCOMPARE(positionIn(loaded.error().message), qMakePair(1, 10));
    QVERIFY(loaded.error().message.contains(QLatin1String("Update GradeDesk")));
}

void CourseConfigTest::parseAliasBomb_staysFast()
{
    // Nine levels of nine aliases each would be 9^9 (387 million) nodes if every alias were visited.
    QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray previous = "*a" + QByteArray::number(level - 1);
        QByteArray items;
        for (int i = 0; i < 9; ++i) {
            items += (i ? ", " : "") + previous;
        }
        yaml += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + items + "]\n";
    }
    yaml += "course: {id: c}\n";
    QElapsedTimer timer;
    timer.start();
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().warnings.size(), 10); // a0..a9 are unknown keys
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void CourseConfigTest::parseDeepNesting_failsCleanly()
{
    const QByteArray yaml = "course: {id: c}\nextra: " + QByteArray(100000, '[') + "\n";
    const Result<LoadedCourseConfig> loaded = parseText(yaml);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::Parse);
}

QTEST_GUILESS_MAIN(CourseConfigTest)
#include "courseconfig_test.moc"
