// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/canvas/canvasidentity.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using Rule = CanvasConfig::IdentityRule;
using Status = CanvasIdentityMatch::Status;
using People = QList<CanvasPerson>;
using Students = QList<StudentRecord>;
using Remembered = QHash<QString, QString>;
using Mapping = QList<CanvasIdentityMatcher::MappingRow>;

namespace {

// A Canvas student; `hidden` fields are nullopt as for a token that may not see them.
CanvasPerson person(const QString &id, const QString &login, const QString &sis = {}, const QString &email = {},
                    bool hidden = false)
{
    CanvasPerson p;
    p.userId = id;
    p.name = QStringLiteral("Person ") + id;
    if (!hidden) {
        p.loginId = login;
        p.sisUserId = sis;
    }
    p.email = email;
    return p;
}

StudentRecord student(const QString &id, const QString &lmsUserId = {})
{
    StudentRecord s;
    s.id = id;
    s.lmsUserId = lmsUserId;
    return s;
}

} // namespace

class CanvasIdentityTest final : public QObject
{
    Q_OBJECT

private slots:
    void match_appliesRuleAndPrecedence_data();
    void match_appliesRuleAndPrecedence();
    void match_sameUsernameFromTwoCanvasUsers_isAmbiguousForBoth();
    void match_firmLinkKeepsUsernameAgainstRule();
    void readMappingFile_readsRows();
    void readMappingFile_refusesBadFiles_data();
    void readMappingFile_refusesBadFiles();
};

void CanvasIdentityTest::match_appliesRuleAndPrecedence_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<CanvasPerson>("canvas");
    QTest::addColumn<Students>("students");
    QTest::addColumn<Remembered>("remembered");
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("studentId");

    const Students none;
    const Remembered forgotten;
    const Mapping noMapping;
    const Mapping mapping = {{QStringLiteral("ada"), QStringLiteral("101"), 2},
                             {QStringLiteral("bob"), QStringLiteral("sis_user_id:S-2"), 3},
                             {QStringLiteral("cy"), QStringLiteral("login_id:CY.Login"), 4},
                             {QStringLiteral("dee"), QStringLiteral("email:dee@uni.edu"), 5},
                             {QStringLiteral("eve"), QStringLiteral("105"), 6},
                             {QStringLiteral("eve2"), QStringLiteral("sis_user_id:S-5"), 7}};

    QTest::newRow("login id matches an existing student without case")
        << int(Rule::LoginId) << person(QStringLiteral("1"), QStringLiteral("JDoe")) << Students{student("jdoe")}
        << forgotten << noMapping << int(Status::Matched) << QStringLiteral("jdoe");
    QTest::newRow("login id unknown to the gradebook is a new lower-case student")
        << int(Rule::LoginId) << person(QStringLiteral("1"), QStringLiteral("New.User")) << none << forgotten
        << noMapping << int(Status::New) << QStringLiteral("new.user");
    QTest::newRow("login id hidden from a TA token is unmatched")
        << int(Rule::LoginId) << person(QStringLiteral("1"), QString(), QString(), QString(), true) << none << forgotten
        << noMapping << int(Status::Unmatched) << QString();
    QTest::newRow("empty login id is unmatched") << int(Rule::LoginId) << person(QStringLiteral("1"), QString()) << none
                                                 << forgotten << noMapping << int(Status::Unmatched) << QString();
    QTest::newRow("login id that is no folder name is unmatched")
        << int(Rule::LoginId) << person(QStringLiteral("1"), QStringLiteral("../etc")) << none << forgotten << noMapping
        << int(Status::Unmatched) << QString();
    QTest::newRow("SIS id keeps its case")
        << int(Rule::SisId) << person(QStringLiteral("1"), QString(), QStringLiteral("S-00Ab")) << none << forgotten
        << noMapping << int(Status::New) << QStringLiteral("S-00Ab");
    QTest::newRow("e-mail local part") << int(Rule::EmailLocalPart)
                                       << person(QStringLiteral("1"), QString(), QString(),
                                                 QStringLiteral("Ada.L@Uni.edu"))
                                       << none << forgotten << noMapping << int(Status::New) << QStringLiteral("ada.l");
    QTest::newRow("e-mail without @ is unmatched")
        << int(Rule::EmailLocalPart) << person(QStringLiteral("1"), QString(), QString(), QStringLiteral("nobody"))
        << none << forgotten << noMapping << int(Status::Unmatched) << QString();
    QTest::newRow("mapping by Canvas user id") << int(Rule::Mapping) << person(QStringLiteral("101"), QString()) << none
                                               << forgotten << mapping << int(Status::New) << QStringLiteral("ada");
    QTest::newRow("mapping by SIS id") << int(Rule::Mapping)
                                       << person(QStringLiteral("102"), QString(), QStringLiteral("S-2")) << none
                                       << forgotten << mapping << int(Status::New) << QStringLiteral("bob");
    QTest::newRow("mapping by login id without case")
        << int(Rule::Mapping) << person(QStringLiteral("103"), QStringLiteral("cy.login")) << none << forgotten
        << mapping << int(Status::New) << QStringLiteral("cy");
    QTest::newRow("mapping by e-mail") << int(Rule::Mapping)
                                       << person(QStringLiteral("104"), QString(), QString(),
                                                 QStringLiteral("dee@uni.edu"))
                                       << none << forgotten << mapping << int(Status::New) << QStringLiteral("dee");
    QTest::newRow("not in the mapping file is unmatched")
        << int(Rule::Mapping) << person(QStringLiteral("999"), QStringLiteral("x")) << none << forgotten << mapping
        << int(Status::Unmatched) << QString();
    QTest::newRow("two mapping rows with different usernames are ambiguous")
        << int(Rule::Mapping) << person(QStringLiteral("105"), QString(), QStringLiteral("S-5")) << none << forgotten
        << mapping << int(Status::Ambiguous) << QString();
    QTest::newRow("a remembered decision wins over the rule")
        << int(Rule::LoginId) << person(QStringLiteral("7"), QStringLiteral("bob")) << Students{student("bob")}
        << Remembered{{QStringLiteral("alice"), QStringLiteral("7")}} << noMapping << int(Status::Remembered)
        << QStringLiteral("alice");
    QTest::newRow("lms_user_id links without the rule")
        << int(Rule::LoginId) << person(QStringLiteral("8"), QString(), QString(), QString(), true)
        << Students{student("carol", "8")} << forgotten << noMapping << int(Status::Linked) << QStringLiteral("carol");
    QTest::newRow("a student linked to another Canvas user is ambiguous")
        << int(Rule::LoginId) << person(QStringLiteral("9"), QStringLiteral("dan")) << Students{student("dan", "10")}
        << forgotten << noMapping << int(Status::Ambiguous) << QString();
    QTest::newRow("two gradebook students differing in case are ambiguous")
        << int(Rule::LoginId) << person(QStringLiteral("9"), QStringLiteral("Eve"))
        << Students{student("eve"), student("EVE")} << forgotten << noMapping << int(Status::Ambiguous) << QString();
}

void CanvasIdentityTest::match_appliesRuleAndPrecedence()
{
    QFETCH(int, rule);
    QFETCH(CanvasPerson, canvas);
    QFETCH(Students, students);
    QFETCH(Remembered, remembered);
    QFETCH(Mapping, mapping);
    QFETCH(int, status);
    QFETCH(QString, studentId);
    const QList<CanvasIdentityMatch> matches =
        CanvasIdentityMatcher(Rule(rule), students, remembered, mapping).match({canvas});
    QCOMPARE(matches.size(), 1);
    const CanvasIdentityMatch &match = matches.front();
    QCOMPARE(int(match.status), status);
    QCOMPARE(match.studentId, studentId);
    QCOMPARE(match.person.userId, canvas.userId);
    if (!match.isResolved()) {
        QVERIFY2(!match.reason.isEmpty(), "an unresolved match says why");
    }
}

void CanvasIdentityTest::match_sameUsernameFromTwoCanvasUsers_isAmbiguousForBoth()
{
    const People people = {person(QStringLiteral("1"), QString(), QString(), QStringLiteral("jdoe@a.edu")),
                           person(QStringLiteral("2"), QString(), QString(), QStringLiteral("JDoe@b.edu")),
                           person(QStringLiteral("3"), QString(), QString(), QStringLiteral("amy@a.edu"))};
    const QList<CanvasIdentityMatch> matches = CanvasIdentityMatcher(Rule::EmailLocalPart, {}, {}).match(people);
    QCOMPARE(matches.at(0).status, Status::Ambiguous);
    QCOMPARE(matches.at(1).status, Status::Ambiguous);
    QCOMPARE(matches.at(0).candidates, QStringList{QStringLiteral("jdoe")});
    QCOMPARE(matches.at(2).status, Status::New);
    QVERIFY(matches.at(0).reason.contains(QLatin1String("2 Canvas user")));
}

void CanvasIdentityTest::match_firmLinkKeepsUsernameAgainstRule()
{
    const People people = {person(QStringLiteral("1"), QStringLiteral("someone")),
                           person(QStringLiteral("2"), QStringLiteral("jdoe"))};
    const QList<CanvasIdentityMatch> matches =
        CanvasIdentityMatcher(Rule::LoginId, {student("jdoe")}, {{QStringLiteral("jdoe"), QStringLiteral("1")}})
            .match(people);
    QCOMPARE(matches.at(0).status, Status::Remembered);
    QCOMPARE(matches.at(0).studentId, QStringLiteral("jdoe"));
    QCOMPARE(matches.at(1).status, Status::Ambiguous);
}

void CanvasIdentityTest::readMappingFile_readsRows()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("map.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFnote,Username,canvas_user\nfirst,ada,101\n\"x, y\",bob,sis_user_id:S-2\n");
    file.close();
    const Result<Mapping> read = CanvasIdentityMatcher::readMappingFile(file.fileName());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value().size(), 2);
    QCOMPARE(read.value().at(1).username, QStringLiteral("bob"));
    QCOMPARE(read.value().at(1).canvasUser, QStringLiteral("sis_user_id:S-2"));
    QCOMPARE(read.value().at(1).line, 3);
}

void CanvasIdentityTest::readMappingFile_refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing column") << QByteArray("username,canvas\nada,1\n") << ServiceError::Kind::Validation
                                    << QStringLiteral("canvas_user");
    QTest::newRow("empty cell") << QByteArray("username,canvas_user\nada,\n") << ServiceError::Kind::Validation
                                << QStringLiteral("row 2");
    QTest::newRow("same Canvas user, two usernames") << QByteArray("username,canvas_user\nada,1\nbob,1\n")
                                                     << ServiceError::Kind::Validation << QStringLiteral("row 3");
    QTest::newRow("empty file") << QByteArray() << ServiceError::Kind::Validation << QStringLiteral("empty");
    QTest::newRow("broken quoting") << QByteArray("username,canvas_user\n\"ada,1\n") << ServiceError::Kind::Parse
                                    << QStringLiteral("map.csv");
}

void CanvasIdentityTest::readMappingFile_refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("map.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<Mapping> read = CanvasIdentityMatcher::readMappingFile(file.fileName());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, kind);
    QVERIFY2(read.error().message.contains(mention), qPrintable(read.error().message));

    const Result<Mapping> missing = CanvasIdentityMatcher::readMappingFile(dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ServiceError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(CanvasIdentityTest)
#include "canvasidentity_test.moc"
