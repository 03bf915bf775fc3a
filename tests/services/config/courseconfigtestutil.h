// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace GradeDesk::Tests::ConfigTest {

using namespace GradeDesk::Services;

inline const QString coursePath = QStringLiteral("/courses/demo/course.yaml");

inline Result<LoadedCourseConfig> parseText(const QByteArray &yaml)
{
    return CourseConfigLoader::parse(yaml, coursePath);
}

// "file:line:column" at the start of a message, as {line, column}; {-1, -1} when absent.
inline QPair<int, int> positionIn(const QString &message)
{
    static const QRegularExpression prefix(QStringLiteral("^/courses/demo/course\\.yaml:(\\d+):(\\d+): "));
    const QRegularExpressionMatch match = prefix.match(message);
    if (!match.hasMatch()) {
        return {-1, -1};
    }
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

inline QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

inline const QByteArray fullExample = R"(course: {id: demo101, title: "Data Analysis 101"}
grader: alice
exchange: {type: local, directory: .}
gradebook: {type: sqlite, path: gradebook.sqlite}
assignments:
  - name: ps1
    due: 2026-01-15T17:00:00Z
    notebooks: [problem1, problem2]
    late_penalty: {type: per_hour, points: 1, max: 5}
    image: registry.example.edu/course/grader:2026
kubernetes: {kubeconfig: ~/.kube/config, context: prod, namespace: grading}
canvas: {url: https://canvas.example.edu, course_id: "12345"}
)";

inline CourseConfig richConfig(const QString &folder)
{
    CourseConfig config;
    config.filePath = folder + QStringLiteral("/course.yaml");
    config.id = QStringLiteral("demo101");
    config.title = QStringLiteral("Data Analysis 101");
    config.grader = QStringLiteral("alice");
    config.exchange.kind = ExchangeConfig::Kind::Ngshare;
    config.exchange.url = QUrl(QStringLiteral("https://hub.example.edu/base"));
    config.exchange.prefix = QStringLiteral("/services/ngshare");
    config.exchange.directory = folder + QStringLiteral("/course files");
    config.gradebook.kind = GradebookConfig::Kind::Postgresql;
    config.gradebook.host = QStringLiteral("db.example.edu");
    config.gradebook.port = 6543;
    config.gradebook.database = QStringLiteral("grades");
    config.gradebook.user = QStringLiteral("alice");
    config.gradebook.sslMode = QStringLiteral("verify-full");
    AssignmentConfig ps1;
    ps1.name = QStringLiteral("ps1");
    ps1.due = utc(2026, 1, 15, 17, 0);
    ps1.notebooks = {QStringLiteral("problem1"), QStringLiteral("problem 2")};
    ps1.latePenalty = {LatePenalty::Kind::PerDay, 2.5, 10.0};
    ps1.image = QStringLiteral("registry.example.edu/course/grader:2026");
    AssignmentConfig ps2;
    ps2.name = QStringLiteral("ps2 (final)");
    ps2.latePenalty.kind = LatePenalty::Kind::Zero;
    config.assignments = {ps1, ps2};
    config.kubernetes = {QStringLiteral("/etc/kube/config"), QStringLiteral("prod"), QStringLiteral("grading")};
    config.canvas.url = QUrl(QStringLiteral("https://canvas.example.edu"));
    config.canvas.courseId = QStringLiteral("12345");
    config.canvas.identity = CanvasConfig::IdentityRule::SisId;
    return config;
}

} // namespace GradeDesk::Tests::ConfigTest
