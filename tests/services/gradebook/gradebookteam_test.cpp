// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Team grading on PostgreSQL: two graders' Gradebook instances on one private server.
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>
#include <tests/support/postgresserver.h>

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

class GradebookTeamTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void changeInA_arrivesInB_withoutPolling();
    void ownChanges_areNotSignalledTwice();
    void largeTransaction_isAnnouncedCompletely();
    void concurrentRubricToggles_onOneAnswer_bothSurvive();
    void staleVersion_acrossConnections_isConflict();
    void serverRestart_failsActionsThenReconnects();

private:
    std::unique_ptr<Gradebook> open() const;

    PostgresServer m_server;
    QString m_database;
    int m_databases = 0;
};

void GradebookTeamTest::initTestCase()
{
    if (const QString reason = PostgresServer::unavailableReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void GradebookTeamTest::init()
{
    // A fresh database per test, so no test sees another's rows.
    m_database = QStringLiteral("team%1").arg(++m_databases);
    QString error;
    QVERIFY2(m_server.createDatabase(m_database, &error), qPrintable(error));
}

void GradebookTeamTest::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Gradebook> GradebookTeamTest::open() const
{
    Result<std::unique_ptr<Gradebook>> opened =
        Gradebook::openPostgresql(m_server.host(), m_server.port(), m_database, PostgresServer::user(), QString());
    if (!opened) {
        qWarning() << opened.error().message << opened.error().detail;
        return nullptr;
    }
    return std::move(opened).value();
}

void GradebookTeamTest::changeInA_arrivesInB_withoutPolling()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const Course course = makeCourse(*a);
    qint64 sn = 0;
    const qint64 submission = submit(*a, course, QStringLiteral("alyssa"), &sn);

    QSignalSpy grades(b.get(), &Gradebook::gradeChanged);
    QSignalSpy submissions(b.get(), &Gradebook::submissionChanged);
    QVERIFY(a->setManualGrade(sn, course.q1, 1.5, QStringLiteral("alice")).ok());
    QVERIFY(grades.wait(10000));
    QCOMPARE(grades.constLast().at(0).toLongLong(), submission);
    QCOMPARE(grades.constLast().at(1).toLongLong(), course.q1);
    QTRY_VERIFY(!submissions.isEmpty());
    QCOMPARE(submissions.constLast().at(0).toLongLong(), submission);
    QCOMPARE(b->answer({sn, course.q1}).value().manualScore, std::optional<double>(1.5));

    QSignalSpy rubric(b.get(), &Gradebook::rubricChanged);
    QVERIFY(addItem(*a, rubricItem(course.q2, QStringLiteral("Right"), 3.0)) > 0);
    QVERIFY(rubric.wait(10000));
    QCOMPARE(rubric.constLast().at(0).toLongLong(), course.q2);

    QSignalSpy claims(b.get(), &Gradebook::claimsChanged);
    QVERIFY(a->claimAnswer({sn, course.q2}, QStringLiteral("alice"), 300).value());
    QVERIFY(claims.wait(10000));
    QCOMPARE(claims.constLast().at(0).toLongLong(), course.q2);
    QCOMPARE(b->claims(course.assignmentId).value().size(), 1);

    QSignalSpy regrades(b.get(), &Gradebook::regradesChanged);
    const NewRegradeRequest request{QStringLiteral("ps1"),  QStringLiteral("alyssa"), course.q1,
                                    QStringLiteral("Why?"), RegradeSource::Staff,     QString()};
    QVERIFY(a->addRegradeRequest(request, QStringLiteral("alice")).ok());
    QVERIFY(regrades.wait(10000));
    QCOMPARE(regrades.constLast().at(0).toLongLong(), course.assignmentId);

    // A rolled-back transaction announces nothing: the next notification B sees is the later change.
    grades.clear();
    QVERIFY(!a->transaction([&]() -> Result<void> {
        (void)a->setManualGrade(sn, course.q2, 3.0, QStringLiteral("alice"));
        return ServiceError::make(ServiceError::Kind::Cancelled, QStringLiteral("undo"));
    }));
    QVERIFY(a->setComment(sn, course.q1, QStringLiteral("Later"), QStringLiteral("alice")).ok());
    QVERIFY(grades.wait(10000));
    QCOMPARE(grades.constFirst().at(1).toLongLong(), course.q1);
}

void GradebookTeamTest::ownChanges_areNotSignalledTwice()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const Course course = makeCourse(*a);
    qint64 sn = 0;
    submit(*a, course, QStringLiteral("ben"), &sn);
    QSignalSpy own(b.get(), &Gradebook::gradeChanged);
    QVERIFY(b->setManualGrade(sn, course.q1, 1.0, QStringLiteral("bob")).ok());
    QCOMPARE(own.count(), 1); // locally, at commit
    // PostgreSQL delivers notifications in commit order: once A's arrives, B's own would have too.
    QVERIFY(a->setManualGrade(sn, course.q2, 2.0, QStringLiteral("alice")).ok());
    QVERIFY(own.wait(10000));
    QCOMPARE(own.count(), 2);
    QCOMPARE(own.at(1).at(1).toLongLong(), course.q2);
}

void GradebookTeamTest::largeTransaction_isAnnouncedCompletely()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const Course course = makeCourse(*a);
    QList<qint64> notebooks;
    // More changes than one NOTIFY payload holds (8000 bytes): they are split, none is lost.
    QVERIFY(a->transaction([&]() -> Result<void> {
                 for (int i = 0; i < 450; ++i) {
                     qint64 sn = 0;
                     submit(*a, course, QStringLiteral("student%1").arg(i, 3, 10, QLatin1Char('0')), &sn);
                     notebooks.append(sn);
                     for (const qint64 cell : {course.q1, course.q2}) {
                         if (Result<void> graded = a->setAutoGrade(sn, cell, 1.0, false, QStringLiteral("autograder"));
                             !graded) {
                             return graded;
                         }
                     }
                 }
                 return {};
             }).ok());
    QSignalSpy grades(b.get(), &Gradebook::gradeChanged);
    QVERIFY(a->setComment(notebooks.constFirst(), course.q1, QStringLiteral("marker"), QStringLiteral("alice")).ok());
    // The marker comes after the big transaction's notifications.
    QTRY_VERIFY_WITH_TIMEOUT(
        !grades.isEmpty() && grades.constLast().at(1).toLongLong() == course.q1 && grades.count() == 901, 20000);
    QSet<std::pair<qint64, qint64>> seen;
    for (const QList<QVariant> &arguments : std::as_const(grades)) {
        seen.insert({arguments.at(0).toLongLong(), arguments.at(1).toLongLong()});
    }
    QCOMPARE(seen.size(), 900);
}

void GradebookTeamTest::concurrentRubricToggles_onOneAnswer_bothSurvive()
{
    auto a = open();
    QVERIFY(a);
    const Course course = makeCourse(*a);
    QList<AnswerKey> keys;
    for (const QString &student : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}) {
        qint64 sn = 0;
        submit(*a, course, student, &sn);
        keys.append({sn, course.q2});
    }
    const qint64 first = addItem(*a, rubricItem(course.q2, QStringLiteral("Idea"), 1.0));
    const qint64 second = addItem(*a, rubricItem(course.q2, QStringLiteral("Proof"), 2.0));
    QVERIFY(first > 0 && second > 0);

    // Bob works in his own thread with his own connection, toggling the second item on the same
    // answers while Alice toggles the first: the row lock serialises them, so neither toggle is lost.
    constexpr int Rounds = 40;
    std::atomic<int> bobFailures{0};
    std::unique_ptr<QThread> bob(QThread::create([&]() {
        auto b = open();
        if (!b) {
            bobFailures = -1;
            return;
        }
        for (int round = 0; round < Rounds; ++round) {
            for (const AnswerKey &key : keys) {
                if (!b->setRubricItemApplied({key}, second, round % 2 == 0, QStringLiteral("bob"))) {
                    ++bobFailures;
                }
            }
        }
        for (const AnswerKey &key : keys) {
            if (!b->setRubricItemApplied({key}, second, true, QStringLiteral("bob"))) {
                ++bobFailures;
            }
        }
    }));
    bob->start();
    int aliceFailures = 0;
    for (int round = 0; round < Rounds; ++round) {
        for (const AnswerKey &key : keys) {
            if (!a->setRubricItemApplied({key}, first, round % 2 == 0, QStringLiteral("alice"))) {
                ++aliceFailures;
            }
        }
    }
    for (const AnswerKey &key : keys) {
        QVERIFY(a->setRubricItemApplied({key}, first, true, QStringLiteral("alice")).ok());
    }
    QVERIFY(bob->wait(120000));
    QCOMPARE(aliceFailures, 0);
    QCOMPARE(bobFailures.load(), 0);

    for (const AnswerKey &key : keys) {
        const AnswerRecord answer = a->answer(key).value();
        QCOMPARE(answer.appliedItemIds, (QList<qint64>{first, second}));
        QCOMPARE(answer.manualScore, std::optional<double>(3.0));
        // Replaying the answer's audit trail gives the stored state: items and score.
        QSet<QString> applied;
        QString score;
        for (const AuditEvent &event : a->auditEventsForAnswer(key).value()) {
            if (event.action == QLatin1String("rubric_apply")) {
                applied.insert(event.newValue);
            } else if (event.action == QLatin1String("rubric_remove")) {
                applied.remove(event.oldValue);
            } else if (event.action == QLatin1String("rubric_score")) {
                QCOMPARE(event.oldValue, score); // each score change starts where the previous one ended
                score = event.newValue;
            }
        }
        QCOMPARE(applied, (QSet<QString>{QStringLiteral("Idea (+1)"), QStringLiteral("Proof (+2)")}));
        QCOMPARE(score, QStringLiteral("3"));
    }
}

void GradebookTeamTest::staleVersion_acrossConnections_isConflict()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const Course course = makeCourse(*a);
    qint64 sn = 0;
    submit(*a, course, QStringLiteral("cy"), &sn);
    const AnswerKey key{sn, course.q1};
    QVERIFY(a->setManualGrade(sn, course.q1, 1.0, QStringLiteral("alice")).ok());
    const AnswerRecord seenByA = a->answer(key).value();
    const AnswerRecord seenByB = b->answer(key).value();
    QCOMPARE(seenByA.version, seenByB.version);
    QVERIFY(b->setManualGrade(sn, course.q1, 2.0, QStringLiteral("bob"), seenByB.version).ok());
    const Result<void> stale = a->setManualGrade(sn, course.q1, 0.5, QStringLiteral("alice"), seenByA.version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ServiceError::Kind::Conflict);
    QCOMPARE(a->answer(key).value().manualScore, std::optional<double>(2.0));
    // The first comment, from two graders who both saw none: one wins, the other conflicts.
    QVERIFY(a->setComment(sn, course.q1, QStringLiteral("A's"), QStringLiteral("alice"), 0).ok());
    const Result<void> second = b->setComment(sn, course.q1, QStringLiteral("B's"), QStringLiteral("bob"), 0);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ServiceError::Kind::Conflict);
    QCOMPARE(b->answer(key).value().comment, QStringLiteral("A's"));
}

void GradebookTeamTest::serverRestart_failsActionsThenReconnects()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const Course course = makeCourse(*a);
    qint64 sn = 0;
    submit(*a, course, QStringLiteral("dee"), &sn);
    QVERIFY(a->setManualGrade(sn, course.q1, 1.5, QStringLiteral("alice")).ok());
    QVERIFY(a->setComment(sn, course.q1, QStringLiteral("Saved before"), QStringLiteral("alice")).ok());
    QVERIFY(a->isConnected());

    QSignalSpy state(a.get(), &Gradebook::connectionStateChanged);
    QVERIFY(m_server.stop());
    const Result<void> lost = a->setManualGrade(sn, course.q1, 2.0, QStringLiteral("alice"));
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind, ServiceError::Kind::Network);
    QVERIFY(lost.error().message.startsWith(QLatin1String("Not saved")));
    QVERIFY(!a->isConnected());
    QTRY_COMPARE(state.count(), 1);
    QCOMPARE(state.at(0).at(0).toBool(), false);
    // Every action fails the same way while the server is away; none is reported saved.
    const Result<void> again = a->setRubricItemApplied({{sn, course.q1}}, 1, true, QStringLiteral("alice"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ServiceError::Kind::Network);
    a->reconnect(); // still away: stays disconnected
    QVERIFY(!a->isConnected());

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(state.wait(20000));
    QCOMPARE(state.constLast().at(0).toBool(), true);
    QVERIFY(a->isConnected());
    QVERIFY(a->setManualGrade(sn, course.q2, 2.5, QStringLiteral("alice")).ok());
    const AnswerRecord kept = a->answer({sn, course.q1}).value();
    QCOMPARE(kept.manualScore, std::optional<double>(1.5));
    QCOMPARE(kept.comment, QStringLiteral("Saved before"));

    // B finds its connection gone on its own (heartbeat or its next action) and comes back too; LISTEN
    // works again on both.
    QTRY_VERIFY_WITH_TIMEOUT(b->isConnected() && b->answer({sn, course.q2}).ok(), 30000);
    QSignalSpy remote(a.get(), &Gradebook::gradeChanged);
    Result<void> fromB = b->setManualGrade(sn, course.q2, 3.0, QStringLiteral("bob"));
    if (!fromB) {
        QCOMPARE(fromB.error().kind, ServiceError::Kind::Network);
        QTRY_VERIFY_WITH_TIMEOUT(b->isConnected(), 30000);
        fromB = b->setManualGrade(sn, course.q2, 3.0, QStringLiteral("bob"));
    }
    QVERIFY(fromB.ok());
    QVERIFY(remote.wait(10000));
    QCOMPARE(remote.constLast().at(1).toLongLong(), course.q2);
}

QTEST_GUILESS_MAIN(GradebookTeamTest)
#include "gradebookteam_test.moc"
