// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

/// What the gradebook stores for Canvas: student sections and local id -> Canvas id mappings.
class GradebookCanvasTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void studentSections_replaceTrimAndDeduplicate();
    void studentSections_unknownStudent_isNotFound();
    void canvasMappings_upsertListAndRemovePerKind();
    void canvasMappings_invalid_data();
    void canvasMappings_invalid();
    void canvasData_isDurableAcrossReopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
};

void GradebookCanvasTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GradebookCanvasTest::init()
{
    QVERIFY(openFreshGradebook(m_dir, m_path, m_gradebook));
    for (const QString &id : {QStringLiteral("bitdiddle"), QStringLiteral("hacker")}) {
        QVERIFY(m_gradebook->upsertStudent({id, {}, {}, {}, {}, true}).ok());
    }
}

void GradebookCanvasTest::studentSections_replaceTrimAndDeduplicate()
{
    QVERIFY(m_gradebook->studentSections().value().isEmpty());
    QVERIFY(m_gradebook
                ->setStudentSections(QStringLiteral("bitdiddle"),
                                     {QStringLiteral("Lab B"), QStringLiteral(" Lab A "), QStringLiteral("Lab B"), {}})
                .ok());
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("hacker"), {QStringLiteral("Lab A")}).ok());
    QHash<QString, QStringList> sections = m_gradebook->studentSections().value();
    QCOMPARE(sections.value(QStringLiteral("bitdiddle")),
             (QStringList{QStringLiteral("Lab A"), QStringLiteral("Lab B")}));
    QCOMPARE(sections.value(QStringLiteral("hacker")), QStringList{QStringLiteral("Lab A")});
    // Setting replaces; an empty list removes the student from every section.
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("bitdiddle"), {QStringLiteral("Lab C")}).ok());
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("hacker"), {}).ok());
    sections = m_gradebook->studentSections().value();
    QCOMPARE(sections.value(QStringLiteral("bitdiddle")), QStringList{QStringLiteral("Lab C")});
    QVERIFY(!sections.contains(QStringLiteral("hacker")));
}

void GradebookCanvasTest::studentSections_unknownStudent_isNotFound()
{
    const Result<void> refused = m_gradebook->setStudentSections(QStringLiteral("nobody"), {QStringLiteral("Lab A")});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(m_gradebook->studentSections().value().isEmpty());
}

void GradebookCanvasTest::canvasMappings_upsertListAndRemovePerKind()
{
    const QString user = QStringLiteral("user");
    const QString assignment = QStringLiteral("assignment");
    QVERIFY(m_gradebook->setCanvasMapping(user, QStringLiteral("bitdiddle"), QStringLiteral("1001")).ok());
    QVERIFY(m_gradebook->setCanvasMapping(user, QStringLiteral("hacker"), QStringLiteral("1002")).ok());
    QVERIFY(m_gradebook->setCanvasMapping(assignment, QStringLiteral("hacker"), QStringLiteral("55")).ok());
    QVERIFY(m_gradebook->setCanvasMapping(user, QStringLiteral("hacker"), QStringLiteral(" 1003 ")).ok());
    const QHash<QString, QString> users = m_gradebook->canvasMappings(user).value();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.value(QStringLiteral("hacker")), QStringLiteral("1003"));
    QCOMPARE(m_gradebook->canvasMappings(assignment).value().value(QStringLiteral("hacker")), QStringLiteral("55"));
    QVERIFY(m_gradebook->removeCanvasMapping(user, QStringLiteral("hacker")).ok());
    QVERIFY(m_gradebook->removeCanvasMapping(user, QStringLiteral("never-mapped")).ok());
    QCOMPARE(m_gradebook->canvasMappings(user).value().keys(), QStringList{QStringLiteral("bitdiddle")});
    QCOMPARE(m_gradebook->canvasMappings(assignment).value().size(), 1);
}

void GradebookCanvasTest::canvasMappings_invalid_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("localId");
    QTest::addColumn<QString>("canvasId");
    QTest::newRow("an unknown kind is refused")
        << QStringLiteral("course") << QStringLiteral("x") << QStringLiteral("1");
    QTest::newRow("kinds are case-sensitive") << QStringLiteral("User") << QStringLiteral("x") << QStringLiteral("1");
    QTest::newRow("an empty local id is refused") << QStringLiteral("user") << QString() << QStringLiteral("1");
    QTest::newRow("a blank Canvas id is refused")
        << QStringLiteral("user") << QStringLiteral("x") << QStringLiteral(" ");
}

void GradebookCanvasTest::canvasMappings_invalid()
{
    QFETCH(QString, kind);
    QFETCH(QString, localId);
    QFETCH(QString, canvasId);
    const Result<void> refused = m_gradebook->setCanvasMapping(kind, localId, canvasId);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ServiceError::Kind::Validation);
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(m_gradebook->canvasMappings(QStringLiteral("user")).value().isEmpty());
}

void GradebookCanvasTest::canvasData_isDurableAcrossReopen()
{
    QVERIFY(m_gradebook->setStudentSections(QStringLiteral("hacker"), {QStringLiteral("Lab A")}).ok());
    QVERIFY(
        m_gradebook->setCanvasMapping(QStringLiteral("assignment"), QStringLiteral("ps1"), QStringLiteral("9")).ok());
    m_gradebook.reset();
    auto reopened = openGradebook(m_path);
    QVERIFY(reopened);
    QCOMPARE(reopened->studentSections().value().value(QStringLiteral("hacker")), QStringList{QStringLiteral("Lab A")});
    QCOMPARE(reopened->canvasMappings(QStringLiteral("assignment")).value().value(QStringLiteral("ps1")),
             QStringLiteral("9"));
    QCOMPARE(reopened->canvasMappings(QStringLiteral("bogus")).error().kind, ServiceError::Kind::Validation);
}

QTEST_GUILESS_MAIN(GradebookCanvasTest)
#include "gradebookcanvas_test.moc"
