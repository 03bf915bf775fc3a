// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Two graders, each with their own GradingSession and Gradebook connection, on one private PostgreSQL
// server with the demo course: live updates, conflicts, undo against another grader's change, and a
// server restart in the middle of grading.
#include <models/answerqueuemodel.h>
#include <models/coursesession.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/rubricmodel.h>
#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rosterimport.h>
#include <services/gradebook/rubricscore.h>
#include <tests/support/postgresserver.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace GradeDesk;
using Models::GradingSession;
using Services::AnswerKey;
using Services::AnswerRecord;
using Services::Gradebook;

namespace {

constexpr auto templateDatabase = "team_template";
/// Notifications travel through the server: generous, the checks poll and pass as soon as they hold.
constexpr int liveTimeoutMs = 10'000;
/// The gradebook retries every 2 s after a lost connection.
constexpr int reconnectTimeoutMs = 30'000;

enum class Change { Score, ExtraCredit, Comment, Adjustment };

} // namespace

Q_DECLARE_METATYPE(Change)

class TeamGradingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passwordKey_hasNoSlashesAndNamesHostAndUser_data();
    void passwordKey_hasNoSlashesAndNamesHostAndUser();
    void isPasswordError_recognisesMissingAndRefusedPasswords_data();
    void isPasswordError_recognisesMissingAndRefusedPasswords();
    void appliedItem_appearsInTheOtherGradersQueueLive();
    void rubricEdit_reachesTheOtherGradersRubricLive();
    void claim_showsWhoHoldsTheAnswerInTheOtherQueue();
    void differentItems_bothSurviveWithTheRightScore();
    void staleChange_conflictsWithTheirValueAndOverwritesNothing_data();
    void staleChange_conflictsWithTheirValueAndOverwritesNothing();
    void conflict_useMineAppliesOverTheirsAndIsUndoable();
    void undoAfterAnotherGradersChange_conflictsInsteadOfOverwriting();
    void serverRestart_failedActionIsNotShownSavedAndNothingSavedIsLost();

private:
    bool requireServer();
    std::unique_ptr<Gradebook> openGradebook() const;
    std::unique_ptr<GradingSession> openSession(Gradebook *gradebook, const QString &grader) const;
    /// Makes the answer of `studentId` current in `session`.
    void showStudent(GradingSession &session, const QString &studentId);
    AnswerRecord storedAnswer() const;
    qint64 addItem(GradingSession &session, const QString &title, double points, const QString &shortcut);
    std::optional<AnswerRecord> rowIn(const GradingSession &session) const;

    std::unique_ptr<Tests::PostgresServer> m_server;
    QString m_unavailable;
    QTemporaryDir m_dir;
    Services::CourseConfig m_config;
    QString m_database;
    std::unique_ptr<Gradebook> m_gradebookA;
    std::unique_ptr<Gradebook> m_gradebookB;
    std::unique_ptr<GradingSession> m_alice;
    std::unique_ptr<GradingSession> m_bob;
    AnswerKey m_key; ///< The answer both graders look at.
    QString m_student;
};

bool TeamGradingTest::requireServer()
{
    return m_unavailable.isEmpty();
}

#define REQUIRE_SERVER()                                                                                               \
    do {                                                                                                               \
        if (!requireServer()) {                                                                                        \
            QSKIP(qPrintable(m_unavailable));                                                                          \
        }                                                                                                              \
    } while (false)

void TeamGradingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_unavailable = Tests::PostgresServer::unavailableReason();
    if (!m_unavailable.isEmpty()) {
        return;
    }
    m_server = std::make_unique<Tests::PostgresServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->createDatabase(QString::fromLatin1(templateDatabase), &error), qPrintable(error));

    Services::DemoOptions options;
    options.directory = m_dir.filePath(QStringLiteral("course"));
    options.students = 4;
    options.questions = 3;
    const auto report = Services::generateDemoCourse(options);
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().detail));
    const auto loaded = Services::CourseConfigLoader::load(report.value().configPath);
    QVERIFY(loaded.ok());
    m_config = loaded.value().config;

    // Collect the demo course into the template database once; every test grades a copy.
    auto gradebook =
        Gradebook::openPostgresql(m_server->host(), m_server->port(), QString::fromLatin1(templateDatabase),
                                  Tests::PostgresServer::user(), QString());
    QVERIFY2(gradebook.ok(), gradebook ? "" : qPrintable(gradebook.error().detail));
    QVERIFY(Services::importRosterCsv(*gradebook.value(), report.value().rosterPath).ok());
    Services::LocalExchange exchange(m_config, *gradebook.value());
    Services::CollectJob *job = exchange.collect(QString());
    std::optional<bool> collected;
    connect(job, &Services::CollectJob::finished, job, [&] { collected = job->result().ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(collected.has_value(), 120'000);
    QVERIFY(*collected);
}

void TeamGradingTest::init()
{
    if (!requireServer()) {
        return;
    }
    static int counter = 0;
    m_database = QStringLiteral("team%1").arg(++counter);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(m_server->host());
        admin.setPort(m_server->port());
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(Tests::PostgresServer::user());
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                 .arg(m_database, QString::fromLatin1(templateDatabase))),
                 qPrintable(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    m_gradebookA = openGradebook();
    m_gradebookB = openGradebook();
    QVERIFY(m_gradebookA && m_gradebookB);
    m_alice = openSession(m_gradebookA.get(), QStringLiteral("alice"));
    m_bob = openSession(m_gradebookB.get(), QStringLiteral("bob"));
    for (GradingSession *session : {m_alice.get(), m_bob.get()}) {
        QVERIFY(session->setAssignment(QStringLiteral("ps1")));
        QVERIFY(session->questions()->rowCount() > 0);
        QVERIFY(session->setQuestion(session->questions()->question(0).cellId));
        QVERIFY(session->answers()->rowCount() > 1);
    }
    // Both look at the last student's answer (the first ones are where "next ungraded" claims start).
    const AnswerRecord answer = m_alice->answers()->answer(m_alice->answers()->rowCount() - 1);
    m_key = answer.key;
    m_student = answer.studentId;
    showStudent(*m_alice, m_student);
    showStudent(*m_bob, m_student);
}

void TeamGradingTest::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_gradebookA.reset();
    m_gradebookB.reset();
    if (m_server && !m_server->isRunning()) {
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }
}

std::unique_ptr<Gradebook> TeamGradingTest::openGradebook() const
{
    auto gradebook = Gradebook::openPostgresql(m_server->host(), m_server->port(), m_database,
                                               Tests::PostgresServer::user(), QString());
    if (!gradebook) {
        qWarning() << "gradebook:" << gradebook.error().detail;
        return nullptr;
    }
    return std::move(gradebook).value();
}

std::unique_ptr<GradingSession> TeamGradingTest::openSession(Gradebook *gradebook, const QString &grader) const
{
    Services::CourseConfig config = m_config;
    config.grader = grader;
    auto session = std::make_unique<GradingSession>(gradebook, config);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(session->answers(), mode, session.get());
    new QAbstractItemModelTester(session->rubric(), mode, session.get());
    return session;
}

void TeamGradingTest::showStudent(GradingSession &session, const QString &studentId)
{
    QVERIFY(session.jumpToStudent(studentId));
    QVERIFY(session.currentAnswer());
    QCOMPARE(session.currentAnswer()->studentId, studentId);
}

AnswerRecord TeamGradingTest::storedAnswer() const
{
    auto reader = openGradebook();
    if (!reader) {
        return {};
    }
    auto answer = reader->answer(m_key);
    return answer ? answer.value() : AnswerRecord();
}

qint64 TeamGradingTest::addItem(GradingSession &session, const QString &title, double points, const QString &shortcut)
{
    Services::RubricItemRecord item;
    item.title = title;
    item.points = points;
    item.shortcut = shortcut;
    item.position = -1;
    session.addRubricItem(item);
    const int row = session.rubric()->rowOfShortcut(shortcut);
    return row >= 0 ? session.rubric()->item(row).id : 0;
}

std::optional<AnswerRecord> TeamGradingTest::rowIn(const GradingSession &session) const
{
    const int row = session.answers()->rowOfAnswer(m_key.submittedNotebookId);
    return row >= 0 ? std::optional(session.answers()->answer(row)) : std::nullopt;
}

void TeamGradingTest::passwordKey_hasNoSlashesAndNamesHostAndUser_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::newRow("a server name is used as it is")
        << QStringLiteral("db.example.edu") << QStringLiteral("ta") << QStringLiteral("postgres:db.example.edu:ta");
    QTest::newRow("a socket directory loses its slashes")
        << QStringLiteral("/run/postgresql") << QStringLiteral("grader")
        << QStringLiteral("postgres:_run_postgresql:grader");
}

void TeamGradingTest::passwordKey_hasNoSlashesAndNamesHostAndUser()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, key);
    Services::CourseConfig config;
    config.gradebook.kind = Services::GradebookConfig::Kind::Postgresql;
    config.gradebook.host = host;
    config.gradebook.user = user;
    QVERIFY(Models::CourseSession::usesPassword(config));
    QCOMPARE(Models::CourseSession::passwordKey(config), key);
    config.gradebook.kind = Services::GradebookConfig::Kind::Sqlite;
    QVERIFY(!Models::CourseSession::usesPassword(config));
}

void TeamGradingTest::isPasswordError_recognisesMissingAndRefusedPasswords_data()
{
    using Services::ServiceError;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("passwordError");
    QTest::newRow("no password supplied")
        << int(ServiceError::Kind::Database) << QStringLiteral("open: fe_sendauth: no password supplied") << true;
    QTest::newRow("wrong password") << int(ServiceError::Kind::Database)
                                    << QStringLiteral("FATAL:  password authentication failed for user \"ta\"") << true;
    QTest::newRow("an Auth error") << int(ServiceError::Kind::Auth) << QString() << true;
    QTest::newRow("server unreachable is not a password problem")
        << int(ServiceError::Kind::Database) << QStringLiteral("could not connect to server: Connection refused")
        << false;
}

void TeamGradingTest::isPasswordError_recognisesMissingAndRefusedPasswords()
{
    QFETCH(int, kind);
    QFETCH(QString, detail);
    QFETCH(bool, passwordError);
    const auto error = Services::ServiceError::make(Services::ServiceError::Kind(kind), QStringLiteral("x"), detail);
    QCOMPARE(Models::CourseSession::isPasswordError(error), passwordError);
}

void TeamGradingTest::appliedItem_appearsInTheOtherGradersQueueLive()
{
    REQUIRE_SERVER();
    const qint64 item = addItem(*m_alice, QStringLiteral("Correct base case"), 1, QStringLiteral("1"));
    QVERIFY(item != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->rubric()->rowCount(), 1, liveTimeoutMs);
    QVERIFY(m_alice->toggleItemByShortcut(QStringLiteral("1")));
    // No refresh on Bob's side: the notification alone brings Alice's work into his models.
    QTRY_VERIFY_WITH_TIMEOUT(rowIn(*m_bob)->appliedItemIds.contains(item), liveTimeoutMs);
    QVERIFY(m_bob->rubric()->isApplied(item));
    QCOMPARE(rowIn(*m_bob)->manualScore, std::optional<double>(1.0));
    QCOMPARE(rowIn(*m_bob)->updatedBy, QStringLiteral("alice"));
}

void TeamGradingTest::rubricEdit_reachesTheOtherGradersRubricLive()
{
    REQUIRE_SERVER();
    const qint64 item = addItem(*m_alice, QStringLiteral("Off by one"), 0.5, QStringLiteral("1"));
    QVERIFY(item != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->rubric()->rowCount(), 1, liveTimeoutMs);
    Services::RubricItemRecord edited = m_alice->rubric()->item(0);
    edited.title = QStringLiteral("Off by one in the loop");
    m_alice->updateRubricItem(edited);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->rubric()->item(0).title, edited.title, liveTimeoutMs);
}

void TeamGradingTest::claim_showsWhoHoldsTheAnswerInTheOtherQueue()
{
    REQUIRE_SERVER();
    // Alice stays on the answer: the session claims it after a moment.
    const int row = m_bob->answers()->rowOfAnswer(m_key.submittedNotebookId);
    QVERIFY(row >= 0);
    const QModelIndex student = m_bob->answers()->index(row, Models::AnswerQueueModel::StudentColumn);
    QTRY_COMPARE_WITH_TIMEOUT(rowIn(*m_bob)->claimedBy, QStringLiteral("alice"), liveTimeoutMs);
    QVERIFY(student.data().toString().contains(QStringLiteral("alice")));
    QVERIFY(student.data(Qt::ToolTipRole).toString().contains(QStringLiteral("alice")));
    // Alice's own claim is not announced in her own queue.
    const QModelIndex own = m_alice->answers()->index(m_alice->answers()->rowOfAnswer(m_key.submittedNotebookId),
                                                      Models::AnswerQueueModel::StudentColumn);
    QCOMPARE(own.data().toString(), m_alice->displayName(m_student));
}

void TeamGradingTest::differentItems_bothSurviveWithTheRightScore()
{
    REQUIRE_SERVER();
    const qint64 first = addItem(*m_alice, QStringLiteral("Base case"), 0.5, QStringLiteral("1"));
    const qint64 second = addItem(*m_alice, QStringLiteral("Recursion"), 1, QStringLiteral("2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->rubric()->rowCount(), 2, liveTimeoutMs);
    QSignalSpy conflicts(m_bob.get(), &GradingSession::conflictDetected);
    // Back to back, before either hears of the other: item toggles are deltas and never conflict.
    m_alice->setItemApplied(first, true);
    m_bob->setItemApplied(second, true);
    QCOMPARE(conflicts.count(), 0);
    const AnswerRecord stored = storedAnswer();
    QCOMPARE(stored.appliedItemIds.size(), 2);
    QVERIFY(stored.appliedItemIds.contains(first) && stored.appliedItemIds.contains(second));
    const std::optional<double> expected = Services::RubricScore::compute(
        m_alice->questionRecord()->maxScore, m_alice->questionSettings(), {0.5, 1.0}, std::nullopt);
    QCOMPARE(stored.manualScore, expected);
    QTRY_COMPARE_WITH_TIMEOUT(rowIn(*m_alice)->manualScore, expected, liveTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowIn(*m_bob)->manualScore, expected, liveTimeoutMs);
}

void TeamGradingTest::staleChange_conflictsWithTheirValueAndOverwritesNothing_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("mine");
    QTest::newRow("score") << Change::Score << QStringLiteral("1") << QStringLiteral("2");
    QTest::newRow("extra credit") << Change::ExtraCredit << QStringLiteral("1") << QStringLiteral("2");
    QTest::newRow("comment") << Change::Comment << QStringLiteral("Alice's comment") << QStringLiteral("Bob's comment");
    QTest::newRow("adjustment") << Change::Adjustment << QStringLiteral("+1 (alice)") << QStringLiteral("+2 (bob)");
}

void TeamGradingTest::staleChange_conflictsWithTheirValueAndOverwritesNothing()
{
    REQUIRE_SERVER();
    QFETCH(Change, change);
    QFETCH(QString, theirs);
    QFETCH(QString, mine);
    const auto act = [change](GradingSession &session, int value, const QString &who) {
        switch (change) {
        case Change::Score:
            session.setManualScore(value);
            return;
        case Change::ExtraCredit:
            session.setExtraCredit(value);
            return;
        case Change::Comment:
            session.setComment(who == QLatin1String("alice") ? QStringLiteral("Alice's comment")
                                                             : QStringLiteral("Bob's comment"));
            return;
        case Change::Adjustment:
            session.setAdjustment(value, who);
            return;
        }
    };
    QSignalSpy conflicts(m_bob.get(), &GradingSession::conflictDetected);
    QSignalSpy errors(m_bob.get(), &GradingSession::errorOccurred);
    // Bob acts on what he saw before Alice's change reached him.
    act(*m_alice, 1, QStringLiteral("alice"));
    const AnswerRecord afterAlice = storedAnswer();
    act(*m_bob, 2, QStringLiteral("bob"));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_bob->undoStack()->count(), 0);
    const auto conflict = m_bob->pendingConflict();
    QVERIFY(conflict);
    QCOMPARE(conflict->answer, m_key);
    QCOMPARE(conflict->otherGrader, QStringLiteral("alice"));
    QCOMPARE(conflict->theirs, theirs);
    QCOMPARE(conflict->mine, mine);
    // Nothing overwritten, and Bob's models show what is stored.
    const AnswerRecord stored = storedAnswer();
    QCOMPARE(stored.version, afterAlice.version);
    QCOMPARE(stored.commentVersion, afterAlice.commentVersion);
    QCOMPARE(rowIn(*m_bob)->version, stored.version);
    QCOMPARE(rowIn(*m_bob)->comment, stored.comment);
    // Keeping theirs changes nothing more.
    m_bob->resolveConflict(false);
    QVERIFY(!m_bob->pendingConflict());
    QCOMPARE(storedAnswer().version, afterAlice.version);
    QCOMPARE(m_bob->undoStack()->count(), 0);
}

void TeamGradingTest::conflict_useMineAppliesOverTheirsAndIsUndoable()
{
    REQUIRE_SERVER();
    QSignalSpy conflicts(m_bob.get(), &GradingSession::conflictDetected);
    m_alice->setManualScore(1);
    m_bob->setManualScore(2);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(storedAnswer().manualScore, std::optional<double>(1));
    m_bob->resolveConflict(true);
    QCOMPARE(storedAnswer().manualScore, std::optional<double>(2));
    QCOMPARE(storedAnswer().updatedBy, QStringLiteral("bob"));
    QCOMPARE(rowIn(*m_bob)->manualScore, std::optional<double>(2));
    QCOMPARE(conflicts.count(), 1);
    // "Use mine" is an ordinary action: undo brings back Alice's value, which Bob saw when choosing.
    QCOMPARE(m_bob->undoStack()->count(), 1);
    m_bob->undoStack()->undo();
    QCOMPARE(storedAnswer().manualScore, std::optional<double>(1));
    QTRY_COMPARE_WITH_TIMEOUT(rowIn(*m_alice)->manualScore, std::optional<double>(1), liveTimeoutMs);
}

void TeamGradingTest::undoAfterAnotherGradersChange_conflictsInsteadOfOverwriting()
{
    REQUIRE_SERVER();
    const std::optional<double> before = storedAnswer().manualScore;
    m_alice->setManualScore(1);
    QTRY_COMPARE_WITH_TIMEOUT(rowIn(*m_bob)->manualScore, std::optional<double>(1), liveTimeoutMs);
    m_bob->setComment(QStringLiteral("Bob looked at this"));
    m_bob->setManualScore(3);
    QCOMPARE(storedAnswer().manualScore, std::optional<double>(3));

    QSignalSpy conflicts(m_alice.get(), &GradingSession::conflictDetected);
    m_alice->undoStack()->undo();
    QCOMPARE(conflicts.count(), 1);
    AnswerRecord stored = storedAnswer();
    QCOMPARE(stored.manualScore, std::optional<double>(3));
    QCOMPARE(stored.comment, QStringLiteral("Bob looked at this"));
    const auto conflict = m_alice->pendingConflict();
    QVERIFY(conflict);
    QCOMPARE(conflict->otherGrader, QStringLiteral("bob"));
    QVERIFY2(conflict->theirs.contains(QStringLiteral("3")), qPrintable(conflict->theirs));
    QCOMPARE(rowIn(*m_alice)->manualScore, std::optional<double>(3));

    // Alice insists: her undo now runs against what is stored.
    m_alice->resolveConflict(true);
    stored = storedAnswer();
    QCOMPARE(stored.manualScore, before);
    QCOMPARE(stored.comment, QString());
    QCOMPARE(conflicts.count(), 1);
}

void TeamGradingTest::serverRestart_failedActionIsNotShownSavedAndNothingSavedIsLost()
{
    REQUIRE_SERVER();
    const qint64 first = addItem(*m_alice, QStringLiteral("Base case"), 0.5, QStringLiteral("1"));
    const qint64 second = addItem(*m_alice, QStringLiteral("Recursion"), 1, QStringLiteral("2"));
    m_alice->setItemApplied(first, true);
    QVERIFY(rowIn(*m_alice)->appliedItemIds.contains(first));
    const int undoSteps = m_alice->undoStack()->count();

    QSignalSpy connection(m_alice.get(), &GradingSession::connectionStateChanged);
    QSignalSpy errors(m_alice.get(), &GradingSession::errorOccurred);
    QVERIFY(m_server->stop());
    m_alice->setItemApplied(second, true);
    QVERIFY(errors.count() >= 1);
    QCOMPARE(errors.constFirst().at(1).value<Services::ServiceError>().kind, Services::ServiceError::Kind::Network);
    // Not shown as saved: no undo step, the row and the rubric still show what was stored.
    QCOMPARE(m_alice->undoStack()->count(), undoSteps);
    QVERIFY(!rowIn(*m_alice)->appliedItemIds.contains(second));
    QVERIFY(!m_alice->rubric()->isApplied(second));
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->isConnected(), liveTimeoutMs);
    QTRY_VERIFY(!connection.isEmpty());
    QCOMPARE(connection.constFirst().at(0).toBool(), false);

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isConnected(), reconnectTimeoutMs);
    QCOMPARE(connection.constLast().at(0).toBool(), true);
    // Everything shown as saved is stored; the refused action is not.
    const AnswerRecord stored = storedAnswer();
    QVERIFY(stored.appliedItemIds.contains(first));
    QVERIFY(!stored.appliedItemIds.contains(second));
    QCOMPARE(rowIn(*m_alice)->appliedItemIds, stored.appliedItemIds);
    // And grading goes on.
    m_alice->setItemApplied(second, true);
    QVERIFY(storedAnswer().appliedItemIds.contains(second));
    QCOMPARE(m_alice->undoStack()->count(), undoSteps + 1);
}

QTEST_GUILESS_MAIN(TeamGradingTest)

#include "teamgrading_test.moc"
