// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/canvas/canvasidentitymodel.h>
#include <models/canvas/canvasrosterdiffmodel.h>
#include <models/canvas/canvasrosterreview.h>
#include <models/roles.h>
#include <services/gradebook/gradebook.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using Models::CanvasIdentityModel;
using Models::CanvasRosterDiffModel;
using Models::CanvasRosterReview;
using Kind = CanvasRosterDiffModel::Kind;
using Decision = CanvasIdentityModel::Decision;

namespace {

CanvasPerson person(const QString &userId, const QString &name, std::optional<QString> login,
                    const QStringList &sections)
{
    CanvasPerson canvas;
    canvas.userId = userId;
    canvas.name = name;
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    canvas.sortableName = name.mid(space + 1) + QStringLiteral(", ") + name.left(space);
    canvas.loginId = std::move(login);
    canvas.sisUserId = QString();
    canvas.email = canvas.loginId ? std::optional<QString>(*canvas.loginId + QStringLiteral("@example.edu"))
                                  : std::optional<QString>();
    canvas.sectionNames = sections;
    for (const QString &section : sections) {
        canvas.sectionIds.append(section.right(1));
    }
    return canvas;
}

StudentRecord student(const QString &id, const QString &first, const QString &last, const QString &lmsUserId)
{
    StudentRecord record;
    record.id = id;
    record.firstName = first;
    record.lastName = last;
    record.email = id + QStringLiteral("@example.edu");
    record.lmsUserId = lmsUserId;
    return record;
}

} // namespace

/// Gradebook: ann (linked to Canvas user 1), bob (not linked), cy (linked to 3, gone from Canvas),
/// dee (never linked). Canvas: ann renamed, bob in two sections, fay new, gil's login hidden, and
/// two users whose login ids both give "hal".
class CanvasRosterReviewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setPlan_listsChangesByKind();
    void setPlan_listsUnmatchedAndAmbiguousForReview();
    void decide_existingStudent_insertsItsRowWithoutReset();
    void decide_takenUsername_isRejectedWithReason();
    void decide_empty_skipsTheStudent();
    void suggestions_offerCandidatesThenFreeGradebookStudents();
    void apply_writesChangesAndRemembersDecisions();

private:
    CanvasRoster roster() const;
    std::unique_ptr<CanvasRosterReview> buildReview();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
    std::unique_ptr<CanvasRosterReview> m_review;
    CanvasConfig m_config;
};

CanvasRoster CanvasRosterReviewTest::roster() const
{
    CanvasRoster roster;
    roster.sections = {{QStringLiteral("A"), QStringLiteral("Section A")},
                       {QStringLiteral("B"), QStringLiteral("Section B")}};
    roster.students = {
        person(QStringLiteral("1"), QStringLiteral("Ann Li"), QStringLiteral("ann"), {QStringLiteral("Section A")}),
        person(QStringLiteral("2"), QStringLiteral("Bob Ray"), QStringLiteral("bob"),
               {QStringLiteral("Section A"), QStringLiteral("Section B")}),
        person(QStringLiteral("6"), QStringLiteral("Fay Um"), QStringLiteral("fay"), {QStringLiteral("Section B")}),
        person(QStringLiteral("7"), QStringLiteral("Gil Vo"), std::nullopt, {QStringLiteral("Section B")}),
        person(QStringLiteral("8"), QStringLiteral("Hal One"), QStringLiteral("hal"), {QStringLiteral("Section A")}),
        person(QStringLiteral("9"), QStringLiteral("Hal Two"), QStringLiteral("HAL"), {QStringLiteral("Section B")}),
    };
    return roster;
}

void CanvasRosterReviewTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Gradebook::openSqlite(m_dir->filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
    m_gradebook = std::move(opened).value();
    for (const StudentRecord &record :
         {student(QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("1")),
          student(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Ray"), QString()),
          student(QStringLiteral("cy"), QStringLiteral("Cy"), QStringLiteral("Sun"), QStringLiteral("3")),
          student(QStringLiteral("dee"), QStringLiteral("Dee"), QStringLiteral("Tam"), QString())}) {
        QVERIFY(m_gradebook->upsertStudent(record).ok());
    }
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("ann"), {QStringLiteral("Section A")}).ok());
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("bob"), {QStringLiteral("Section A")}).ok());
    m_config.url = QUrl(QStringLiteral("https://canvas.example.edu"));
    m_config.courseId = QStringLiteral("4001");
    m_config.identity = CanvasConfig::IdentityRule::LoginId;
    m_review = buildReview();
    QVERIFY(m_review);
}

void CanvasRosterReviewTest::cleanup()
{
    m_review.reset();
    m_gradebook.reset();
    m_dir.reset();
}

std::unique_ptr<CanvasRosterReview> CanvasRosterReviewTest::buildReview()
{
    Result<CanvasRosterPlan> plan = CanvasRosterPlan::build(roster(), *m_gradebook, m_config);
    if (!plan) {
        qWarning() << plan.error().detail;
        return nullptr;
    }
    auto review = std::make_unique<CanvasRosterReview>();
    new QAbstractItemModelTester(review->changesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 review.get());
    new QAbstractItemModelTester(review->identityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 review.get());
    review->setPlan(plan.value(), m_gradebook->students().value());
    return review;
}

void CanvasRosterReviewTest::setPlan_listsChangesByKind()
{
    const CanvasRosterDiffModel *changes = m_review->changesModel();
    QCOMPARE(changes->rowCount(), 4);
    const auto cell = [changes](int row, int column, int role = Qt::DisplayRole) {
        return changes->index(row, column).data(role);
    };
    QCOMPARE(cell(0, CanvasRosterDiffModel::StudentColumn).toString(), QStringLiteral("ann"));
    QCOMPARE(cell(0, CanvasRosterDiffModel::ChangeColumn).toString(), QStringLiteral("Updated"));
    QCOMPARE(cell(0, CanvasRosterDiffModel::DetailsColumn).toString(), QStringLiteral("Name: Ann Lee \u2192 Ann Li"));
    QCOMPARE(cell(1, CanvasRosterDiffModel::StudentColumn).toString(), QStringLiteral("bob"));
    QVERIFY(cell(1, CanvasRosterDiffModel::DetailsColumn)
                .toString()
                .contains(QStringLiteral("Sections: Section A \u2192 Section A, Section B")));
    QVERIFY(
        cell(1, CanvasRosterDiffModel::DetailsColumn).toString().contains(QLatin1String("Linked to Canvas user 2")));
    QCOMPARE(cell(2, CanvasRosterDiffModel::StudentColumn).toString(), QStringLiteral("cy"));
    QCOMPARE(cell(2, CanvasRosterDiffModel::ChangeColumn, CanvasRosterDiffModel::KindRole).toInt(), int(Kind::Dropped));
    QVERIFY(cell(2, CanvasRosterDiffModel::DetailsColumn).toString().contains(QLatin1String("kept with all grades")));
    QCOMPARE(cell(3, CanvasRosterDiffModel::StudentColumn).toString(), QStringLiteral("fay"));
    QCOMPARE(cell(3, CanvasRosterDiffModel::ChangeColumn).toString(), QStringLiteral("Added"));
    QCOMPARE(cell(3, CanvasRosterDiffModel::NameColumn).toString(), QStringLiteral("Fay Um"));
    QCOMPARE(cell(3, CanvasRosterDiffModel::SectionsColumn).toString(), QStringLiteral("Section B"));
    QCOMPARE(m_review->diff().notInCanvas, QStringList{QStringLiteral("dee")});
    QVERIFY(m_review->hasWork());
}

void CanvasRosterReviewTest::setPlan_listsUnmatchedAndAmbiguousForReview()
{
    const CanvasIdentityModel *identity = m_review->identityModel();
    QCOMPARE(identity->rowCount(), 3);
    QCOMPARE(identity->index(0, CanvasIdentityModel::CanvasColumn).data().toString(), QStringLiteral("Gil Vo"));
    QCOMPARE(identity->index(0, CanvasIdentityModel::ProblemColumn).data().toString(), QStringLiteral("Not matched"));
    QVERIFY(!identity->index(0, CanvasIdentityModel::ProblemColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(identity->index(0, CanvasIdentityModel::IdentifiersColumn)
                .data()
                .toString()
                .contains(QLatin1String("login hidden")));
    QCOMPARE(identity->index(1, CanvasIdentityModel::ProblemColumn).data().toString(),
             QStringLiteral("Ambiguous (hal)"));
    QCOMPARE(identity->index(2, 0).data(CanvasIdentityModel::CanvasUserIdRole).toString(), QStringLiteral("9"));
    QCOMPARE(identity->index(1, 0).data(CanvasIdentityModel::CandidatesRole).toStringList(),
             QStringList{QStringLiteral("hal")});
    QCOMPARE(identity->decision(0), Decision::Pending);
    QVERIFY(identity->flags(identity->index(0, CanvasIdentityModel::UsernameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(identity->flags(identity->index(0, CanvasIdentityModel::CanvasColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_review->pendingCount(), 3);
}

void CanvasRosterReviewTest::decide_existingStudent_insertsItsRowWithoutReset()
{
    CanvasIdentityModel *identity = m_review->identityModel();
    QSignalSpy inserted(m_review->changesModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_review->changesModel(), &QAbstractItemModel::modelReset);
    QSignalSpy identityChanged(identity, &QAbstractItemModel::dataChanged);
    QSignalSpy changed(m_review.get(), &CanvasRosterReview::changed);

    QVERIFY(identity->setData(identity->index(0, CanvasIdentityModel::UsernameColumn), QStringLiteral("dee")));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3); // ann, bob, cy, dee, fay
    QCOMPARE(m_review->changesModel()->index(3, CanvasRosterDiffModel::StudentColumn).data().toString(),
             QStringLiteral("dee"));
    QCOMPARE(identityChanged.count(), 1);
    QCOMPARE(identityChanged.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(identity->decision(0), Decision::Linked);
    QCOMPARE(identity->index(0, CanvasIdentityModel::UsernameColumn).data().toString(), QStringLiteral("dee"));
    QCOMPARE(identity->index(0, CanvasIdentityModel::UsernameColumn).data(Qt::EditRole).toString(),
             QStringLiteral("dee"));
    QCOMPARE(m_review->pendingCount(), 2);
    QVERIFY(m_review->diff().notInCanvas.isEmpty());
}

void CanvasRosterReviewTest::decide_takenUsername_isRejectedWithReason()
{
    CanvasIdentityModel *identity = m_review->identityModel();
    QSignalSpy rejected(identity, &CanvasIdentityModel::decisionRejected);
    QSignalSpy changed(m_review.get(), &CanvasRosterReview::changed);
    QVERIFY(!identity->setData(identity->index(1, CanvasIdentityModel::UsernameColumn), QStringLiteral("fay")));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("8"));
    QVERIFY(rejected.at(0).at(1).toString().contains(QLatin1String("already belongs")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!identity->setData(identity->index(1, CanvasIdentityModel::UsernameColumn), QStringLiteral("../etc")));
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(identity->decision(1), Decision::Pending);
}

void CanvasRosterReviewTest::decide_empty_skipsTheStudent()
{
    CanvasIdentityModel *identity = m_review->identityModel();
    QVERIFY(identity->setData(identity->index(2, CanvasIdentityModel::UsernameColumn), QString()));
    QCOMPARE(identity->decision(2), Decision::Skipped);
    QVERIFY(m_review->isSkipped(QStringLiteral("9")));
    QCOMPARE(identity->index(2, CanvasIdentityModel::UsernameColumn).data().toString(),
             QStringLiteral("skipped (not imported)"));
    QCOMPARE(m_review->pendingCount(), 2);
    // Hal One can now take "hal" (a new student), and the skip can be undone by deciding again.
    QVERIFY(m_review->decide(QStringLiteral("8"), QStringLiteral("hal")).ok());
    QCOMPARE(m_review->changesModel()->rowCount(), 5);
    QVERIFY(m_review->decide(QStringLiteral("9"), QStringLiteral("hal2")).ok());
    QCOMPARE(identity->decision(2), Decision::Linked);
    QCOMPARE(m_review->pendingCount(), 1);
}

void CanvasRosterReviewTest::suggestions_offerCandidatesThenFreeGradebookStudents()
{
    QCOMPARE(m_review->suggestions(QStringLiteral("8")),
             (QStringList{QStringLiteral("hal"), QStringLiteral("cy"), QStringLiteral("dee")}));
    QVERIFY(m_review->decide(QStringLiteral("7"), QStringLiteral("dee")).ok());
    QCOMPARE(m_review->suggestions(QStringLiteral("7")), QStringList{QStringLiteral("cy")});
}

void CanvasRosterReviewTest::apply_writesChangesAndRemembersDecisions()
{
    QVERIFY(m_review->decide(QStringLiteral("7"), QStringLiteral("dee")).ok());
    QVERIFY(m_review->decide(QStringLiteral("8"), QString()).ok());
    const Result<CanvasRosterPlan::Applied> applied = m_review->apply(*m_gradebook, QStringLiteral("alice"));
    QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied.value().added, 1);
    QCOMPARE(applied.value().dropped, 1);

    const auto cy = m_gradebook->student(QStringLiteral("cy"));
    QVERIFY(cy.ok() && cy.value());
    QVERIFY(!cy.value()->active);
    const auto fay = m_gradebook->student(QStringLiteral("fay"));
    QVERIFY(fay.ok() && fay.value());
    QCOMPARE(fay.value()->lmsUserId, QStringLiteral("6"));
    const auto mappings = m_gradebook->canvasMappings(QStringLiteral("user"));
    QVERIFY(mappings.ok());
    QCOMPARE(mappings.value().value(QStringLiteral("dee")), QStringLiteral("7"));

    // The next import remembers Gil as dee: only the two Hal users are left to review.
    m_review = buildReview();
    QVERIFY(m_review);
    QCOMPARE(m_review->identityModel()->rowCount(), 2);
    QCOMPARE(m_review->identityModel()->index(0, 0).data(CanvasIdentityModel::CanvasUserIdRole).toString(),
             QStringLiteral("8"));
}

QTEST_GUILESS_MAIN(CanvasRosterReviewTest)
#include "canvasrosterreview_test.moc"
