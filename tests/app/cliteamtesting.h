// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Helpers of cli_team_test: running gradedesk-cli, writing `grade --actions` lines and reading the audit
// trail they must leave behind. Needs GRADEDESK_CLI_PATH (set for that test by tests/app/CMakeLists.txt).
#pragma once

#include <services/gradebook/gradebook.h>

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

namespace GradeDesk::Tests {

inline QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// How the audit trail labels a rubric item (title and signed points).
inline QString itemLabel(const QString &title, double points)
{
    return title + QStringLiteral(" (") + (points > 0 ? QStringLiteral("+") : QString()) + numberText(points) +
           QLatin1Char(')');
}

/// The CLI's environment: a fixed UTF-8 locale and no gradebook password from the caller's shell.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("GRADEDESK_GRADEBOOK_PASSWORD"));
    return environment;
}

struct Run {
    int exitCode = -1; ///< -1 when the CLI crashed or was killed after hanging
    QString out;
    QString err;
};

/// Runs gradedesk-cli to completion (killed after four minutes).
inline Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(GRADEDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// One answer the graders work on.
struct Target {
    QString question; ///< "notebook:grade_id"
    QString student;
    Services::AnswerKey key;

    QString entityId() const { return Services::Gradebook::gradeEntityId(key.submittedNotebookId, key.cellId); }
};

/// One line of an actions file and the audit event it must leave behind.
struct Action {
    int target = 0;
    QByteArray json;
    QString auditAction;
    QString auditValue; ///< new_value, or old_value for rubric_remove
    QString stateField; ///< "comment" or "manual" for the crash test's state check; else empty
};

/// What replaying the audit trail says about one answer, or what the gradebook holds.
struct AnswerState {
    QSet<QString> labels;
    QString manual;
    QString comment;
    QString adjustment;
    QString flagged;

    friend bool operator==(const AnswerState &, const AnswerState &) = default;
};

inline QByteArray actionJson(const QString &op, const Target &target, const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("op"), op);
    object.insert(QStringLiteral("student"), target.student);
    object.insert(QStringLiteral("question"), target.question);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QString auditKey(const QString &actor, const QString &action, const QString &entityId, const QString &value)
{
    return actor + QLatin1Char('|') + action + QLatin1Char('|') + entityId + QLatin1Char('|') + value;
}

/// Every audit event key (actor|action|entity id|value) with how often it occurs.
inline QHash<QString, int> auditCounts(const QList<Services::AuditEvent> &events)
{
    QHash<QString, int> counts;
    for (const Services::AuditEvent &event : events) {
        const bool removal = event.action == QLatin1String("rubric_remove");
        ++counts[auditKey(event.actor, event.action, event.entityId, removal ? event.oldValue : event.newValue)];
    }
    return counts;
}

/// "saved N" line numbers in `out`.
inline QList<int> savedLines(const QString &out)
{
    QList<int> lines;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("saved "))) {
            lines.append(line.mid(6).toInt());
        }
    }
    return lines;
}

} // namespace GradeDesk::Tests
