// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/canvas/canvasrosterplan.h>
#include <services/gradebook/gradebook.h>

#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using Rule = CanvasConfig::IdentityRule;

namespace {

CanvasPerson canvasStudent(const QString &id, const QString &login, const QString &sortable,
                           const QStringList &sections, const std::optional<QString> &email = std::nullopt)
{
    CanvasPerson p;
    p.userId = id;
    p.loginId = login;
    p.sisUserId = QString();
    p.sortableName = sortable;
    p.name =
        sortable.section(QStringLiteral(", "), 1) + QLatin1Char(' ') + sortable.section(QStringLiteral(", "), 0, 0);
    p.email = email;
    p.sectionIds = sections;
    p.sectionNames = sections;
    return p;
}

StudentRecord localStudent(const QString &id, const QString &first, const QString &last, const QString &email = {},
                           const QString &lms = {}, bool active = true)
{
    StudentRecord s;
    s.id = id;
    s.firstName = first;
    s.lastName = last;
    s.email = email;
    s.lmsUserId = lms;
    s.active = active;
    return s;
}

const CanvasRosterChange *changeFor(const CanvasRosterPlan::Diff &diff, const QString &id)
{
    for (const CanvasRosterChange &change : diff.changes) {
        if (change.studentId == id) {
            return &change;
        }
    }
    return nullptr;
}

// The gradebook side of every case: a linked student (ada), a renamed one (bob), an inactive one
// back in Canvas (cy), a linked one who left Canvas (dan), a never-linked local one (eve).
QList<StudentRecord> gradebookStudents()
{
    return {localStudent(QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                         QStringLiteral("ada@uni.edu"), QStringLiteral("1")),
            localStudent(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Old"),
                         QStringLiteral("bob@uni.edu"), QStringLiteral("2")),
            localStudent(QStringLiteral("cy"), QStringLiteral("Cy"), QStringLiteral("Back"), {}, QStringLiteral("3"),
                         false),
            localStudent(QStringLiteral("dan"), QStringLiteral("Dan"), QStringLiteral("Gone"), {}, QStringLiteral("4")),
            localStudent(QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("Local"))};
}

CanvasRoster canvasRoster()
{
    CanvasRoster roster;
    roster.students = {
        canvasStudent(QStringLiteral("1"), QStringLiteral("ada"), QStringLiteral("Lovelace, Ada"),
                      {QStringLiteral("Lab A")}),
        canvasStudent(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("New, Bob"),
                      {QStringLiteral("Lab A"), QStringLiteral("Lab B")}, QStringLiteral("bob@new.edu")),
        canvasStudent(QStringLiteral("3"), QStringLiteral("cy"), QStringLiteral("Back, Cy"), {QStringLiteral("Lab B")}),
        canvasStudent(QStringLiteral("5"), QStringLiteral("Fay"), QStringLiteral("Added, Fay"),
                      {QStringLiteral("Lab B")}, QStringLiteral("fay@uni.edu")),
        canvasStudent(QStringLiteral("6"), QString(), QStringLiteral("Nologin, Gus"), {QStringLiteral("Lab A")})};
    return roster;
}

} // namespace

class CanvasRosterPlanTest final : public QObject
{
    Q_OBJECT

private slots:
    void diff_classifiesEveryStudent();
    void diff_studentWaitingForReview_isNotDropped();
    void decide_resolvesAndValidates();
    void apply_writesGradebookAndRemembersDecisions();
};

void CanvasRosterPlanTest::diff_classifiesEveryStudent()
{
    const QHash<QString, QStringList> sections = {{QStringLiteral("ada"), {QStringLiteral("Lab A")}},
                                                  {QStringLiteral("bob"), {QStringLiteral("Lab A")}}};
    const CanvasRosterPlan plan =
        CanvasRosterPlan::build(canvasRoster(), Rule::LoginId, gradebookStudents(), sections, {});
    const CanvasRosterPlan::Diff diff = plan.diff();

    QCOMPARE(diff.unchanged, 1); // ada: same name, sections, link; e-mail hidden so kept
    const CanvasRosterChange *bob = changeFor(diff, QStringLiteral("bob"));
    QVERIFY(bob);
    QVERIFY(bob->nameChanged && bob->emailChanged && bob->sectionsChanged && !bob->added && !bob->dropped);
    QCOMPARE(bob->after.lastName, QStringLiteral("New"));
    QCOMPARE(bob->sectionsAfter, QStringList({QStringLiteral("Lab A"), QStringLiteral("Lab B")}));
    const CanvasRosterChange *cy = changeFor(diff, QStringLiteral("cy"));
    QVERIFY(cy && cy->reactivated && cy->after.active);
    const CanvasRosterChange *dan = changeFor(diff, QStringLiteral("dan"));
    QVERIFY(dan && dan->dropped && !dan->after.active);
    QCOMPARE(dan->after.lmsUserId, QStringLiteral("4")); // kept, only marked inactive
    const CanvasRosterChange *fay = changeFor(diff, QStringLiteral("fay"));
    QVERIFY(fay && fay->added);
    QCOMPARE(fay->after.email, QStringLiteral("fay@uni.edu"));
    QCOMPARE(fay->after.lmsUserId, QStringLiteral("5"));
    QCOMPARE(diff.notInCanvas, QStringList{QStringLiteral("eve")});
    QCOMPARE(diff.unresolved.size(), 1);
    QCOMPARE(diff.unresolved.front().person.userId, QStringLiteral("6"));
    QCOMPARE(diff.count(&CanvasRosterChange::dropped), 1);
    QCOMPARE(diff.count(&CanvasRosterChange::added), 1);
}

void CanvasRosterPlanTest::diff_studentWaitingForReview_isNotDropped()
{
    // dan's Canvas user is still in the course but now ambiguous (his login collides with another).
    CanvasRoster roster;
    roster.students = {canvasStudent(QStringLiteral("40"), QStringLiteral("dan"), QStringLiteral("Gone, Dan"), {}),
                       canvasStudent(QStringLiteral("41"), QStringLiteral("DAN"), QStringLiteral("Other, Dan"), {})};
    const QList<StudentRecord> students = {
        localStudent(QStringLiteral("dan"), QStringLiteral("Dan"), QStringLiteral("Gone"), {}, QStringLiteral("4"))};
    const CanvasRosterPlan::Diff diff = CanvasRosterPlan::build(roster, Rule::LoginId, students, {}, {}).diff();
    QCOMPARE(diff.unresolved.size(), 2);
    QVERIFY(!changeFor(diff, QStringLiteral("dan")));
}

void CanvasRosterPlanTest::decide_resolvesAndValidates()
{
    CanvasRosterPlan plan = CanvasRosterPlan::build(canvasRoster(), Rule::LoginId, gradebookStudents(), {}, {});
    QCOMPARE(plan.decide(QStringLiteral("6"), QStringLiteral("../x")).error().kind, ServiceError::Kind::Validation);
    QCOMPARE(plan.decide(QStringLiteral("6"), QStringLiteral("ADA")).error().kind, ServiceError::Kind::Validation);
    QCOMPARE(plan.decide(QStringLiteral("999"), QStringLiteral("gus")).error().kind, ServiceError::Kind::NotFound);
    QVERIFY(plan.decide(QStringLiteral("6"), QStringLiteral("EVE")).ok());
    const CanvasRosterPlan::Diff diff = plan.diff();
    QVERIFY(diff.unresolved.isEmpty());
    const CanvasRosterChange *eve = changeFor(diff, QStringLiteral("eve")); // the existing id's spelling
    QVERIFY(eve && eve->linkChanged && eve->nameChanged);
    QVERIFY(diff.notInCanvas.isEmpty());
    QVERIFY(plan.decide(QStringLiteral("6"), QString()).ok());
    QCOMPARE(plan.diff().unresolved.size(), 1);
}

void CanvasRosterPlanTest::apply_writesGradebookAndRemembersDecisions()
{
    QTemporaryDir dir;
    auto opened = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(opened.ok());
    Gradebook &gradebook = *opened.value();
    for (const StudentRecord &student : gradebookStudents()) {
        QVERIFY(gradebook.upsertStudent(student).ok());
    }
    CanvasConfig config;
    config.identity = Rule::LoginId;
    Result<CanvasRosterPlan> plan = CanvasRosterPlan::build(canvasRoster(), gradebook, config);
    QVERIFY(plan.ok());
    QVERIFY(plan.value().decide(QStringLiteral("6"), QStringLiteral("gus")).ok());
    const Result<CanvasRosterPlan::Applied> applied = plan.value().apply(gradebook, QStringLiteral("alice"));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    QCOMPARE(applied.value().added, 2); // fay, gus
    QCOMPARE(applied.value().dropped, 1);
    QCOMPARE(applied.value().linked, 5);

    const auto dan = gradebook.student(QStringLiteral("dan"));
    QVERIFY(dan.ok() && dan.value() && !dan.value()->active);
    const auto gus = gradebook.student(QStringLiteral("gus"));
    QVERIFY(gus.ok() && gus.value() && gus.value()->active && gus.value()->lmsUserId == QLatin1String("6"));
    QCOMPARE(gradebook.studentSections().value().value(QStringLiteral("bob")),
             QStringList({QStringLiteral("Lab A"), QStringLiteral("Lab B")}));
    QCOMPARE(gradebook.canvasMappings(QStringLiteral("user")).value().value(QStringLiteral("gus")),
             QStringLiteral("6"));
    const auto audit = gradebook.auditEvents(QStringLiteral("course"), QString());
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().front().action, QStringLiteral("canvas_roster"));

    // Importing the same roster again changes nothing, and the reviewer's decision is remembered.
    Result<CanvasRosterPlan> again = CanvasRosterPlan::build(canvasRoster(), gradebook, config);
    QVERIFY(again.ok());
    const CanvasRosterPlan::Diff diff = again.value().diff();
    QVERIFY(diff.changes.isEmpty());
    QVERIFY(diff.unresolved.isEmpty());
    QCOMPARE(again.value().matches().last().status, CanvasIdentityMatch::Status::Remembered);
    QCOMPARE(again.value().matches().last().studentId, QStringLiteral("gus"));
}

QTEST_GUILESS_MAIN(CanvasRosterPlanTest)
#include "canvasrosterplan_test.moc"
