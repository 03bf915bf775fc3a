// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Team grading through gradedesk-cli grade: concurrent graders on PostgreSQL, and kill -9 while grading.
#include "cliteamtesting.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <tests/support/postgresserver.h>
#include <tests/support/testsupport.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

constexpr int kGraders = 4;
constexpr int kActionsPerGrader = 500;
constexpr int kKillsPerBackend = 100;
constexpr int kActionsPerCrashRun = 12;

} // namespace

class CliTeamTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void concurrentGraders_loseNothingAndMatchTheAuditTrail();
    void killDuringGrading_sqlite_losesNothing();
    void killDuringGrading_postgresql_losesNothing();

private:
    /// A copy of the prepared demo course in a new folder; on PostgreSQL migrated to a new database.
    QString courseCopy(bool postgres);
    std::unique_ptr<Gradebook> openCourseGradebook(const QString &course);
    QList<AuditEvent> auditEvents(Gradebook &gradebook);
    AnswerState storedState(Gradebook &gradebook, const Target &target);
    void crashRuns(bool postgres);

    PostgresServer m_server;
    QString m_postgresSkip;
    QTemporaryDir m_dir;
    QString m_demoDir;
    QList<Target> m_targets;
    QList<qint64> m_cells;
    QHash<qint64, QString> m_labels; ///< rubric item id -> audit label
    int m_copies = 0;
};

void CliTeamTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postgresSkip = PostgresServer::unavailableReason();
    if (m_postgresSkip.isEmpty()) {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }
    m_demoDir = m_dir.filePath(QStringLiteral("demo"));
    Run run =
        runCli({QStringLiteral("demo"), m_demoDir, QStringLiteral("--students"), QStringLiteral("6"),
                QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--questions"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString course = m_demoDir + QStringLiteral("/course.yaml");
    run = runCli({QStringLiteral("--course"), course, QStringLiteral("collect")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Three questions of ps1, each with one rubric item per grader (so every toggle is a real change).
    std::unique_ptr<Gradebook> gradebook = openCourseGradebook(course);
    QVERIFY(gradebook);
    const auto assignment = gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment.ok() && assignment.value());
    const QList<QuestionRecord> questions = gradebook->questions(assignment.value()->id).value();
    for (const QuestionRecord &question : questions) {
        if (question.answerCount == 0 || m_cells.size() == 3) {
            continue;
        }
        m_cells.append(question.cellId);
        for (int grader = 1; grader <= kGraders; ++grader) {
            RubricItemRecord item;
            item.cellId = question.cellId;
            item.title = QStringLiteral("Item g%1").arg(grader);
            item.points = grader % 2 == 0 ? 1.0 : -0.5;
            item.position = -1;
            const Result<qint64> id = gradebook->addRubricItem(item, QStringLiteral("lead"));
            QVERIFY(id.ok());
            m_labels.insert(id.value(), itemLabel(item.title, item.points));
        }
        for (const AnswerRecord &answer : gradebook->answers(question.cellId).value()) {
            m_targets.append({question.notebookName + QLatin1Char(':') + question.name, answer.studentId, answer.key});
        }
    }
    QVERIFY2(m_targets.size() >= 12, "the demo course has answers to grade");
}

void CliTeamTest::cleanupTestCase()
{
    m_server.stop();
}

QString CliTeamTest::courseCopy(bool postgres)
{
    const QString dir = m_dir.filePath(QStringLiteral("copy%1").arg(++m_copies));
    if (!Tests::copyRecursively(m_demoDir, dir)) {
        qWarning() << "copying the demo course failed";
        return {};
    }
    const QString course = dir + QStringLiteral("/course.yaml");
    if (postgres) {
        const QString database = QStringLiteral("team%1").arg(m_copies);
        QString error;
        if (!m_server.createDatabase(database, &error)) {
            qWarning() << "createDatabase:" << error;
            return {};
        }
        const Run run =
            runCli({QStringLiteral("--course"), course, QStringLiteral("gradebook"), QStringLiteral("migrate"),
                    QStringLiteral("--to"), m_server.url(database), QStringLiteral("--update-config")});
        if (run.exitCode != 0) {
            qWarning() << "migrate failed:" << run.err;
            return {};
        }
    }
    return course;
}

std::unique_ptr<Gradebook> CliTeamTest::openCourseGradebook(const QString &course)
{
    const auto config = CourseConfigLoader::load(course);
    if (!config) {
        qWarning() << config.error().message;
        return nullptr;
    }
    auto gradebook = Gradebook::open(config.value().config.gradebook);
    if (!gradebook) {
        qWarning() << gradebook.error().message << gradebook.error().detail;
        return nullptr;
    }
    return std::move(gradebook).value();
}

QList<AuditEvent> CliTeamTest::auditEvents(Gradebook &gradebook)
{
    QList<AuditEvent> events;
    for (const qint64 cell : std::as_const(m_cells)) {
        events += gradebook.auditEventsForQuestion(cell).value();
    }
    std::sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
    return events;
}

AnswerState CliTeamTest::storedState(Gradebook &gradebook, const Target &target)
{
    const Result<AnswerRecord> answer = gradebook.answer(target.key);
    if (!answer) {
        return {};
    }
    AnswerState state;
    for (const qint64 item : answer.value().appliedItemIds) {
        state.labels.insert(m_labels.value(item));
    }
    state.manual = answer.value().manualScore ? numberText(*answer.value().manualScore) : QString();
    state.comment = answer.value().comment;
    if (answer.value().adjustment) {
        state.adjustment = numberText(*answer.value().adjustment);
        if (!answer.value().adjustmentReason.isEmpty()) {
            state.adjustment += QStringLiteral(": ") + answer.value().adjustmentReason;
        }
    }
    state.flagged = answer.value().flagged ? QStringLiteral("1") : QStringLiteral("0");
    return state;
}

void CliTeamTest::concurrentGraders_loseNothingAndMatchTheAuditTrail()
{
    if (!m_postgresSkip.isEmpty()) {
        QSKIP(qPrintable(m_postgresSkip));
    }
    const QString course = courseCopy(true);
    QVERIFY(!course.isEmpty());
    std::unique_ptr<Gradebook> gradebook = openCourseGradebook(course);
    QVERIFY(gradebook);
    QHash<QString, AnswerState> before;
    for (const Target &target : std::as_const(m_targets)) {
        before.insert(target.entityId(), storedState(*gradebook, target));
    }

    // Every grader works on every answer. Values are unique per action, and rubric items and flags are
    // each toggled by one grader only, so every action is a real change that must leave an audit event.
    QList<QList<Action>> plans(kGraders);
    for (int grader = 1; grader <= kGraders; ++grader) {
        QRandomGenerator random(quint32(grader * 7919));
        QSet<QString> applied;
        QSet<QString> flagged;
        QList<Action> &plan = plans[grader - 1];
        const QString name = QStringLiteral("g%1").arg(grader);
        const QString label = itemLabel(QStringLiteral("Item g%1").arg(grader), grader % 2 == 0 ? 1.0 : -0.5);
        for (int line = 1; line <= kActionsPerGrader; ++line) {
            Action action;
            action.target = int(random.bounded(m_targets.size()));
            const Target &target = m_targets.at(action.target);
            const QString tag = QStringLiteral("%1 line %2").arg(name).arg(line);
            switch (random.bounded(6)) {
            case 0:
            case 1: {
                const bool apply = !applied.contains(target.entityId());
                action.json = actionJson(apply ? QStringLiteral("apply") : QStringLiteral("remove"), target,
                                         {{QStringLiteral("item"), QStringLiteral("Item g%1").arg(grader)}});
                action.auditAction = apply ? QStringLiteral("rubric_apply") : QStringLiteral("rubric_remove");
                action.auditValue = label;
                if (apply) {
                    applied.insert(target.entityId());
                } else {
                    applied.remove(target.entityId());
                }
                break;
            }
            case 2: {
                const double value = grader + line / 1000.0;
                action.json = actionJson(QStringLiteral("score"), target, {{QStringLiteral("value"), value}});
                action.auditAction = QStringLiteral("manual_score");
                action.auditValue = numberText(value);
                break;
            }
            case 3:
                action.json = actionJson(QStringLiteral("comment"), target, {{QStringLiteral("text"), tag}});
                action.auditAction = QStringLiteral("comment");
                action.auditValue = tag;
                break;
            case 4: {
                const double points = -1.0 - line % 2;
                action.json = actionJson(QStringLiteral("adjust"), target,
                                         {{QStringLiteral("points"), points}, {QStringLiteral("reason"), tag}});
                action.auditAction = QStringLiteral("adjustment");
                action.auditValue = numberText(points) + QStringLiteral(": ") + tag;
                break;
            }
            default: {
                // Flags of the answers this grader owns only.
                const int owned = (action.target / kGraders) * kGraders + grader - 1;
                if (owned >= m_targets.size()) {
                    --line;
                    continue;
                }
                action.target = owned;
                const Target &mine = m_targets.at(owned);
                const bool flag = !flagged.contains(mine.entityId());
                action.json = actionJson(QStringLiteral("flag"), mine, {{QStringLiteral("value"), flag}});
                action.auditAction = QStringLiteral("flag");
                action.auditValue = flag ? QStringLiteral("1") : QStringLiteral("0");
                if (flag) {
                    flagged.insert(mine.entityId());
                } else {
                    flagged.remove(mine.entityId());
                }
                break;
            }
            }
            plan.append(action);
        }
    }

    QList<std::shared_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int grader = 1; grader <= kGraders; ++grader) {
        const QString path = m_dir.filePath(QStringLiteral("actions-g%1-%2.jsonl").arg(grader).arg(m_copies));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const Action &action : std::as_const(plans[grader - 1])) {
            file.write(action.json + '\n');
        }
        file.close();
        auto process = std::make_shared<QProcess>();
        process->setProcessEnvironment(cliEnvironment());
        process->start(QStringLiteral(GRADEDESK_CLI_PATH),
                       {QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1"),
                        QStringLiteral("--actions"), path, QStringLiteral("--grader"),
                        QStringLiteral("g%1").arg(grader), QStringLiteral("--keep-going")});
        processes.append(process);
    }
    QList<QList<int>> saved;
    int failed = 0;
    for (const auto &process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(300000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        saved.append(savedLines(QString::fromUtf8(process->readAllStandardOutput())));
        failed += int(err.count(QLatin1String(": line ")));
        if (!err.isEmpty()) {
            qInfo().noquote() << "grader stderr:" << err.left(2000);
        }
    }
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());

    const QList<AuditEvent> events = auditEvents(*gradebook);
    const QHash<QString, int> counts = auditCounts(events);
    QHash<QString, int> wanted;
    int savedTotal = 0;
    for (int grader = 1; grader <= kGraders; ++grader) {
        for (const int line : std::as_const(saved[grader - 1])) {
            const Action &action = plans[grader - 1].at(line - 1);
            ++wanted[auditKey(QStringLiteral("g%1").arg(grader), action.auditAction,
                              m_targets.at(action.target).entityId(), action.auditValue)];
            ++savedTotal;
        }
    }
    int lost = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (counts.value(it.key()) < it.value()) {
            qWarning().noquote() << "saved but not in the audit trail:" << it.key();
            lost += it.value() - counts.value(it.key());
        }
    }

    // Replaying the audit trail from the state before grading gives exactly what the gradebook holds.
    QHash<QString, AnswerState> replayed = before;
    for (const AuditEvent &event : events) {
        if (!replayed.contains(event.entityId)) {
            continue;
        }
        AnswerState &state = replayed[event.entityId];
        const QString &action = event.action;
        if (action == QLatin1String("rubric_apply")) {
            state.labels.insert(event.newValue);
        } else if (action == QLatin1String("rubric_remove")) {
            state.labels.remove(event.oldValue);
        } else if (action == QLatin1String("rubric_clear")) {
            state.labels.clear();
            state.adjustment.clear();
        } else if (action == QLatin1String("manual_score") || action == QLatin1String("rubric_score") ||
                   (action == QLatin1String("import") && event.entity == QLatin1String("grade"))) {
            state.manual = event.newValue;
        } else if (event.entity == QLatin1String("comment")) {
            state.comment = event.newValue;
        } else if (action == QLatin1String("adjustment")) {
            state.adjustment = event.newValue;
        } else if (action == QLatin1String("flag")) {
            state.flagged = event.newValue;
        }
    }
    int differing = 0;
    for (const Target &target : std::as_const(m_targets)) {
        const AnswerState stored = storedState(*gradebook, target);
        const AnswerState expected = replayed.value(target.entityId());
        if (!(stored == expected)) {
            ++differing;
            qWarning().noquote() << "answer" << target.student << target.question
                                 << "differs from the replayed audit trail: stored manual" << stored.manual
                                 << "replayed" << expected.manual << "stored comment" << stored.comment << "replayed"
                                 << expected.comment << "stored items" << stored.labels.values() << "replayed"
                                 << expected.labels.values();
        }
    }
    qInfo("concurrency: %d graders x %d actions on %d answers: %d saved, %d failed, %.0f actions/s, "
          "%d audit events checked, lost = %d, answers differing from the replayed audit = %d",
          kGraders, kActionsPerGrader, int(m_targets.size()), savedTotal, failed, savedTotal * 1000.0 / elapsedMs,
          int(events.size()), lost, differing);
    QCOMPARE(lost, 0);
    QCOMPARE(differing, 0);
    // Independent actions never fail each other: every action of every grader was saved.
    QCOMPARE(savedTotal, kGraders * kActionsPerGrader);
}

void CliTeamTest::killDuringGrading_sqlite_losesNothing()
{
    crashRuns(false);
}

void CliTeamTest::killDuringGrading_postgresql_losesNothing()
{
    if (!m_postgresSkip.isEmpty()) {
        QSKIP(qPrintable(m_postgresSkip));
    }
    crashRuns(true);
}

void CliTeamTest::crashRuns(bool postgres)
{
    const QString course = courseCopy(postgres);
    QVERIFY(!course.isEmpty());
    const QString sqlitePath = QFileInfo(course).absolutePath() + QStringLiteral("/gradebook.sqlite");
    QRandomGenerator random(postgres ? 4242u : 2424u);
    int kills = 0;
    int checked = 0;
    int lost = 0;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Gradebook> gradebook;
    for (int run = 1; run <= kKillsPerBackend; ++run) {
        QList<Action> plan;
        for (int line = 1; line <= kActionsPerCrashRun; ++line) {
            Action action;
            action.target = int(random.bounded(m_targets.size()));
            const Target &target = m_targets.at(action.target);
            if (line % 2 == 0) {
                const QString text = QStringLiteral("run %1 line %2").arg(run).arg(line);
                action.json = actionJson(QStringLiteral("comment"), target, {{QStringLiteral("text"), text}});
                action.auditAction = QStringLiteral("comment");
                action.auditValue = text;
                action.stateField = QStringLiteral("comment");
            } else {
                const double value = run + line / 100.0;
                action.json = actionJson(QStringLiteral("score"), target, {{QStringLiteral("value"), value}});
                action.auditAction = QStringLiteral("manual_score");
                action.auditValue = numberText(value);
                action.stateField = QStringLiteral("manual");
            }
            plan.append(action);
        }
        const QString path = m_dir.filePath(QStringLiteral("crash-%1.jsonl").arg(run));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const Action &action : std::as_const(plan)) {
            file.write(action.json + '\n');
        }
        file.close();

        // Kill right after the k-th "saved" (k = 0: while opening or on the first action).
        const int killAfter = int(random.bounded(6));
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(GRADEDESK_CLI_PATH),
                      {QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1"),
                       QStringLiteral("--actions"), path, QStringLiteral("--grader"), QStringLiteral("crash")});
        QVERIFY(process.waitForStarted());
        QString out;
        while (savedLines(out).size() < killAfter && process.state() == QProcess::Running) {
            process.waitForReadyRead(10000);
            out += QString::fromUtf8(process.readAllStandardOutput());
        }
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL
            ++kills;
        }
        QVERIFY(process.waitForFinished(30000));
        out += QString::fromUtf8(process.readAllStandardOutput());
        const QList<int> saved = savedLines(out);

        if (!postgres) {
            const QString name = QStringLiteral("integrity-%1").arg(run);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(sqlitePath);
                QVERIFY(raw.open());
                QSqlQuery check(raw);
                QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
                QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
                check.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        // SQLite: a fresh open each time proves the file reopens without repair after kill -9. PostgreSQL
        // keeps one connection (the server, not the file, survives the client).
        if (!postgres || !gradebook) {
            gradebook.reset();
            gradebook = openCourseGradebook(course);
        }
        QVERIFY2(gradebook, "the gradebook reopens after kill -9");
        const QHash<QString, int> counts = auditCounts(auditEvents(*gradebook));
        // What the answers hold now: the last saved value, or the one in flight (committed, not yet reported).
        QHash<QString, QStringList> allowed;
        const int inFlight = saved.isEmpty() ? 1 : saved.constLast() + 1;
        for (const int line : saved) {
            const Action &action = plan.at(line - 1);
            const QString entity = m_targets.at(action.target).entityId();
            ++checked;
            if (counts.value(auditKey(QStringLiteral("crash"), action.auditAction, entity, action.auditValue)) != 1) {
                qWarning().noquote() << "run" << run << "line" << line << "was reported saved and is missing";
                ++lost;
            }
            allowed[entity + action.stateField] = {action.auditValue};
        }
        if (inFlight <= plan.size()) {
            const Action &action = plan.at(inFlight - 1);
            const QString key = m_targets.at(action.target).entityId() + action.stateField;
            if (allowed.contains(key)) {
                allowed[key].append(action.auditValue);
            }
        }
        for (const Target &target : std::as_const(m_targets)) {
            const AnswerState state = storedState(*gradebook, target);
            for (const QString &field : {QStringLiteral("comment"), QStringLiteral("manual")}) {
                const QStringList values = allowed.value(target.entityId() + field);
                const QString &stored = field == QLatin1String("comment") ? state.comment : state.manual;
                if (!values.isEmpty() && !values.contains(stored)) {
                    qWarning().noquote() << "run" << run << target.student << target.question << field << "holds"
                                         << stored << "instead of" << values;
                    ++lost;
                }
            }
        }
        if (!postgres) {
            gradebook.reset();
        }
    }
    qInfo("crash (%s): %d runs, %d killed with kill -9, %d reported-saved actions checked, lost = %d, %.1f s",
          postgres ? "postgresql" : "sqlite", kKillsPerBackend, kills, checked, lost, timer.elapsed() / 1000.0);
    QCOMPARE(lost, 0);
    QVERIFY(kills > kKillsPerBackend / 2);
}

QTEST_GUILESS_MAIN(CliTeamTest)
#include "cli_team_test.moc"
