// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasuitesting.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvaspushmodel.h>
#include <models/canvas/canvasrosterreview.h>
#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <tests/models/canvas/canvastestcourse.h>
#include <ui/canvas/canvasactions.h>
#include <ui/canvas/canvasconnectiondialog.h>
#include <ui/canvas/canvaspushdialog.h>
#include <ui/canvas/canvasrosterdialog.h>
#include <ui/userprompt.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using Tests::child;
using Ui::CanvasActions;

class CanvasActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noCourse_disablesEverything();
    void push_withoutToken_asksForItThenOpensThePushDialog();
    void roster_withStoredToken_opensDirectly_andReportsTheImport();
    void courseWithoutCanvas_offersOnlyConnect();
    void closingTheCourse_closesTheDialogs();
    void sessionDestroyedFirst_closesTheDialogs();

private:
    bool openCourse(bool withCanvas);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Tests::CanvasTestCourse> m_canvas;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<QWidget> m_window;
    CanvasActions *m_actions = nullptr;
    std::unique_ptr<Models::CourseSession> m_session;
};

void CanvasActionsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    {
        auto gradebook =
            Tests::gradedGradebook(m_dir->filePath(QStringLiteral("gradebook.sqlite")),
                                   {{QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("Li"), 8.0},
                                    {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Ray"), 6.5}});
        QVERIFY(gradebook);
        m_canvas->mirror(gradebook->students().value());
    }
    m_canvas->simulator->addAssignment({QStringLiteral("ps1"), 10.0, true, QStringLiteral("points"), false});
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    m_actions = new CanvasActions(m_window.get());
    m_actions->setTokenStore(m_store.get());
}

void CanvasActionsTest::cleanup()
{
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_actions->setSession(nullptr);
    m_window.reset(); // deletes the actions and their dialogs
    m_session.reset();
    m_store.reset();
    m_canvas.reset();
    m_dir.reset();
}

bool CanvasActionsTest::openCourse(bool withCanvas)
{
    QString yaml = QStringLiteral("version: 1\n"
                                  "course: {id: da101, title: \"Data Analysis 101\"}\n"
                                  "grader: alice\n"
                                  "exchange: {type: local, directory: .}\n"
                                  "gradebook: {type: sqlite, path: gradebook.sqlite}\n");
    if (withCanvas) {
        yaml += QStringLiteral("canvas: {url: \"%1\", course_id: \"%2\", identity: login_id}\n")
                    .arg(m_canvas->simulator->baseUrl().toString())
                    .arg(m_canvas->simulator->courseId());
    }
    QFile file(m_dir->filePath(QStringLiteral("course.yaml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0) {
        return false;
    }
    file.close();
    auto session = Models::CourseSession::open(file.fileName());
    if (!session) {
        qWarning() << session.error().message << session.error().detail;
        return false;
    }
    m_actions->setSession(nullptr);
    m_session = std::move(session).value();
    m_actions->setSession(m_session.get());
    if (m_actions->connection() && m_actions->connection()->client()) {
        m_actions->connection()->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    }
    return true;
}

void CanvasActionsTest::noCourse_disablesEverything()
{
    QCOMPARE(m_actions->menu()->actions().size(), 4); // three actions and a separator
    QVERIFY(!m_actions->connectAction()->isEnabled());
    QVERIFY(!m_actions->rosterAction()->isEnabled());
    QVERIFY(!m_actions->pushAction()->isEnabled());
    QVERIFY(m_actions->pushAction()->statusTip().contains(QLatin1String("Open a course")));
}

void CanvasActionsTest::push_withoutToken_asksForItThenOpensThePushDialog()
{
    QVERIFY(openCourse(true));
    QVERIFY(m_actions->pushAction()->isEnabled());
    m_actions->setCurrentAssignment(QStringLiteral("ps1"));
    m_actions->pushAction()->trigger();
    QTRY_VERIFY(m_actions->connectionDialog() && m_actions->connectionDialog()->isVisible());
    Ui::CanvasConnectionDialog *connect = m_actions->connectionDialog();
    QVERIFY(connect->statusText().contains(QLatin1String("to push grades")));
    QVERIFY(!m_actions->pushDialog());
    QTest::keyClicks(child<QLineEdit>(connect, QStringLiteral("tokenLineEdit")), Tests::canvasTeacherToken);
    QTest::mouseClick(child<QPushButton>(connect, QStringLiteral("saveTokenButton")), Qt::LeftButton);
    QTRY_COMPARE(m_store->token(m_actions->connection()->tokenKey()), Tests::canvasTeacherToken);
    child<QDialogButtonBox>(connect, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(m_actions->pushDialog() && m_actions->pushDialog()->isVisible());
    QCOMPARE(m_actions->pushDialog()->currentAssignment(), QStringLiteral("ps1"));
    QVERIFY(m_actions->pushDialog()->isModal() || m_actions->pushDialog()->windowModality() == Qt::WindowModal);
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->pushDialog()->model()->rowCount() == 2, 15000);

    // Triggering again raises the open dialog instead of opening a second one.
    Ui::CanvasPushDialog *first = m_actions->pushDialog();
    m_actions->pushAction()->trigger();
    QCOMPARE(m_actions->pushDialog(), first);
    QCOMPARE(m_window->findChildren<Ui::CanvasPushDialog *>().size(), 1);
}

void CanvasActionsTest::roster_withStoredToken_opensDirectly_andReportsTheImport()
{
    QVERIFY(openCourse(true));
    bool written = false;
    m_store->write(m_actions->connection()->tokenKey(), Tests::canvasTeacherToken, this,
                   [&written](const Services::Result<void> &result) { written = result.ok(); });
    QTRY_VERIFY(written);
    QSignalSpy imported(m_actions, &CanvasActions::rosterImported);
    m_actions->rosterAction()->trigger();
    QTRY_VERIFY(m_actions->rosterDialog() && m_actions->rosterDialog()->isVisible());
    QVERIFY(!m_actions->connectionDialog());
    Ui::CanvasRosterDialog *roster = m_actions->rosterDialog();
    QTRY_VERIFY_WITH_TIMEOUT(roster->review()->hasPlan(), 15000);
    roster->apply();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(m_session->gradebook()->student(QStringLiteral("bob")).value()->lmsUserId,
             QString::number(m_canvas->userIds.value(QStringLiteral("bob"))));
}

void CanvasActionsTest::courseWithoutCanvas_offersOnlyConnect()
{
    QVERIFY(openCourse(false));
    QVERIFY(m_actions->connectAction()->isEnabled());
    QVERIFY(!m_actions->rosterAction()->isEnabled());
    QVERIFY(!m_actions->pushAction()->isEnabled());
    QVERIFY(m_actions->rosterAction()->statusTip().contains(QLatin1String("no Canvas site")));
    m_actions->connectAction()->trigger();
    QTRY_VERIFY(m_actions->connectionDialog() && m_actions->connectionDialog()->isVisible());
    QVERIFY(m_actions->connectionDialog()->statusText().contains(QLatin1String("canvas: {url:")));
}

void CanvasActionsTest::closingTheCourse_closesTheDialogs()
{
    QVERIFY(openCourse(true));
    m_actions->connectAction()->trigger();
    QTRY_VERIFY(m_actions->connectionDialog());
    m_actions->setSession(nullptr);
    QVERIFY(!m_actions->connectionDialog());
    QVERIFY(!m_actions->connection());
    QVERIFY(!m_actions->connectAction()->isEnabled());
}

void CanvasActionsTest::sessionDestroyedFirst_closesTheDialogs()
{
    QVERIFY(openCourse(true));
    m_actions->connection()->useToken(Tests::canvasTeacherToken);
    m_actions->pushAction()->trigger();
    QTRY_VERIFY(m_actions->pushDialog());
    m_session.reset();
    QVERIFY(!m_actions->pushDialog());
    QVERIFY(!m_actions->connection());
    QVERIFY(!m_actions->pushAction()->isEnabled());
}

QTEST_MAIN(CanvasActionsTest)
#include "canvasactions_test.moc"
