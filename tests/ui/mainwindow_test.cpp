// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/coursesession.h>
#include <models/roles.h>
#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/gradebook/gradebook.h>
#include <ui/mainwindow.h>
#include <ui/messagebanner.h>
#include <ui/notebookview.h>
#include <ui/submissionpane.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace GradeDesk;
using Ui::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noCourse_showsEmptyStateWithWhatToDo();
    void brokenCourseFile_showsErrorBannerAndKeepsWindowUsable();
    void collectShortcut_importsSubmissionsWithProgress();
    void escapeDuringCollect_cancelsAndSaysNothingChanged();
    void keyboardWalk_notebookFollowsSelectedStudent();
    void filterShortcut_narrowsStudentsByKeyboard();
    void restart_restoresCourseAndSelection();
    void secondCourse_opensInItsOwnWindow_closingOneKeepsTheOther();

private:
    void showAndActivate(MainWindow &window);
    QTreeView *assignments(MainWindow &window) const;
    QTableView *submissions(MainWindow &window) const;
    Ui::SubmissionPane *pane(MainWindow &window) const;
    QString studentAt(MainWindow &window, int row) const;
    void collectOnce(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_courseFile;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("mainwindow_test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

    Services::DemoOptions options;
    options.directory = m_dir.filePath(QStringLiteral("course"));
    options.students = 6;
    options.questions = 3;
    auto report = Services::generateDemoCourse(options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    m_courseFile = report.value().configPath;
}

void MainWindowTest::init()
{
    m_window = std::make_unique<MainWindow>();
    showAndActivate(*m_window);
}

void MainWindowTest::cleanup()
{
    if (m_window) {
        m_window->close();
        QTRY_VERIFY(!m_window->isCollecting());
    }
    m_window.reset();
}

void MainWindowTest::showAndActivate(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

QTreeView *MainWindowTest::assignments(MainWindow &window) const
{
    return window.findChild<QTreeView *>(QStringLiteral("assignmentTreeView"));
}

QTableView *MainWindowTest::submissions(MainWindow &window) const
{
    return window.findChild<QTableView *>(QStringLiteral("submissionTableView"));
}

Ui::SubmissionPane *MainWindowTest::pane(MainWindow &window) const
{
    return window.findChild<Ui::SubmissionPane *>(QStringLiteral("submissionPane"));
}

QString MainWindowTest::studentAt(MainWindow &window, int row) const
{
    return submissions(window)->model()->index(row, 0).data(Models::StudentIdRole).toString();
}

void MainWindowTest::collectOnce(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCollecting(), 60'000);
    QTRY_VERIFY(assignments(window)->model()->rowCount() > 0);
}

void MainWindowTest::noCourse_showsEmptyStateWithWhatToDo()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("No course open")));
    QVERIFY(label->text().contains(QStringLiteral("gradedesk-cli demo")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("No course open"));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("collectAction"))->isEnabled());
    // The collect shortcut does nothing without a course.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!m_window->isCollecting());
}

void MainWindowTest::brokenCourseFile_showsErrorBannerAndKeepsWindowUsable()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("course: {id: x\n  title: [unclosed\n");
    file.close();
    QVERIFY(!m_window->openCourse(broken));
    QVERIFY(m_window->messageBanner()->isVisible());
    QCOMPARE(m_window->messageBanner()->kind(), Ui::MessageBanner::Kind::Error);
    QVERIFY(m_window->messageBanner()->text().contains(QStringLiteral("broken.yaml")));
    QVERIFY(!m_window->session());
    // A good course still opens afterwards and clears the error.
    QVERIFY(m_window->openCourse(m_courseFile));
    QVERIFY(!m_window->messageBanner()->isVisible());
}

void MainWindowTest::collectShortcut_importsSubmissionsWithProgress()
{
    QVERIFY(m_window->openCourse(m_courseFile));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("collectAction"))->isEnabled());
    collectOnce(*m_window);
    QCOMPARE(assignments(*m_window)->model()->rowCount(), 2);
    QTRY_COMPARE(submissions(*m_window)->model()->rowCount(), 6);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("collectProgressBar"))->isVisible());
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("submission")));
}

void MainWindowTest::escapeDuringCollect_cancelsAndSaysNothingChanged()
{
    QVERIFY(m_window->openCourse(m_courseFile));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_window->isCollecting());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("collectProgressBar"))->isVisible());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("cancelCollectButton"))->isVisible());
    // A second Ctrl+R while one runs is ignored.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 60'000);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("collectProgressBar"))->isVisible());
    QVERIFY(m_window->messageBanner()->isVisible());
    QCOMPARE(m_window->messageBanner()->kind(), Ui::MessageBanner::Kind::Information);
    QVERIFY(m_window->messageBanner()->text().contains(QStringLiteral("cancelled")));
}

void MainWindowTest::keyboardWalk_notebookFollowsSelectedStudent()
{
    QVERIFY(m_window->openCourse(m_courseFile));
    collectOnce(*m_window);
    QTreeView *assignmentView = assignments(*m_window);
    QTableView *table = submissions(*m_window);
    Ui::NotebookView *view = pane(*m_window)->notebookView();

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(assignmentView->hasFocus());
    assignmentView->setCurrentIndex(assignmentView->model()->index(0, 0));
    QTest::keyClick(assignmentView, Qt::Key_Down);
    QCOMPARE(assignmentView->currentIndex().data(Models::NameRole).toString(), QStringLiteral("ps2"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTest::keyClick(assignmentView, Qt::Key_Up);
    QCOMPARE(assignmentView->currentIndex().data(Models::NameRole).toString(), QStringLiteral("ps1"));
    QTRY_COMPARE(table->model()->rowCount(), 6);

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString second = studentAt(*m_window, 1);
    QTRY_COMPARE(pane(*m_window)->currentStudent(), second);
    QTRY_VERIFY(view->hasNotebook());
    QTRY_VERIFY(view->notebook().path.contains(QLatin1Char('/') + second + QLatin1Char('/')));
    QVERIFY(view->codeCellCount() > 0);

    // Ctrl+J / Ctrl+K move between students from anywhere, also from the notebook.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier);
    const QString third = studentAt(*m_window, 2);
    QTRY_COMPARE(pane(*m_window)->currentStudent(), third);
    QTRY_VERIFY(view->notebook().path.contains(QLatin1Char('/') + third + QLatin1Char('/')));
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(pane(*m_window)->currentStudent(), second);

    // Ctrl+PgDown switches notebooks when the submission has several.
    QComboBox *selector = pane(*m_window)->notebookSelector();
    if (selector->count() > 1) {
        const QString first = pane(*m_window)->currentNotebookName();
        QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_VERIFY(pane(*m_window)->currentNotebookName() != first);
        QTRY_VERIFY(view->notebook().path.endsWith(pane(*m_window)->currentNotebookName() + QStringLiteral(".ipynb")));
    }
    // The highlighter answers asynchronously (or falls back to plain text): no hang, no crash.
    QTRY_VERIFY_WITH_TIMEOUT(view->highlightedCellCount() > 0, 20'000);
}

void MainWindowTest::filterShortcut_narrowsStudentsByKeyboard()
{
    QVERIFY(m_window->openCourse(m_courseFile));
    collectOnce(*m_window);
    QTableView *table = submissions(*m_window);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    const QString target = studentAt(*m_window, 4);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, target);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(table->hasFocus());
    QTRY_COMPARE(pane(*m_window)->currentStudent(), target);

    QTest::keyClicks(filter, QStringLiteral("no-such-student"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))
                ->text()
                .contains(QStringLiteral("No student")));
}

void MainWindowTest::restart_restoresCourseAndSelection()
{
    QVERIFY(m_window->openCourse(m_courseFile));
    collectOnce(*m_window);
    QTableView *table = submissions(*m_window);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    const QString chosen = studentAt(*m_window, 3);
    QTRY_COMPARE(pane(*m_window)->currentStudent(), chosen);
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>();
    showAndActivate(*m_window);
    QVERIFY(m_window->openMostRecentCourse());
    QTRY_COMPARE(pane(*m_window)->currentStudent(), chosen);
    QCOMPARE(assignments(*m_window)->currentIndex().data(Models::NameRole).toString(), QStringLiteral("ps1"));
}

void MainWindowTest::secondCourse_opensInItsOwnWindow_closingOneKeepsTheOther()
{
    Services::DemoOptions options;
    options.directory = m_dir.filePath(QStringLiteral("second"));
    options.students = 3;
    options.questions = 2;
    const auto report = Services::generateDemoCourse(options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const QString second = QFileInfo(report.value().configPath).absoluteFilePath();
    const QString first = QFileInfo(m_courseFile).absoluteFilePath();

    // A window without a course opens it itself.
    QCOMPARE(m_window->openCourseWindow(m_courseFile), m_window.get());
    QTRY_VERIFY(m_window->session());
    QCOMPARE(QFileInfo(m_window->session()->config().filePath).absoluteFilePath(), first);

    // One with a course keeps it and opens the other in a new window with its own session.
    QPointer<MainWindow> other = m_window->openCourseWindow(second);
    QVERIFY(other && other != m_window.get());
    QVERIFY(other->testAttribute(Qt::WA_DeleteOnClose));
    QTRY_VERIFY(other->session());
    QCOMPARE(QFileInfo(other->session()->config().filePath).absoluteFilePath(), second);
    QCOMPARE(QFileInfo(m_window->session()->config().filePath).absoluteFilePath(), first);
    QVERIFY(other->session() != m_window->session());
    QVERIFY(other->isVisible() && other->pos() != m_window->pos());

    // Opening an open course again brings its window forward instead of opening it twice.
    QCOMPARE(m_window->openCourseWindow(second), other.data());

    // File > Close Window closes that window only; its layout is remembered for its course.
    other->resize(1024, 700);
    QTRY_COMPARE(other->size(), QSize(1024, 700));
    auto *closeWindow = other->findChild<QAction *>(QStringLiteral("closeWindowAction"));
    QVERIFY(closeWindow && closeWindow->isEnabled());
    closeWindow->trigger();
    QTRY_VERIFY(other.isNull());
    QVERIFY(m_window->session());
    QVERIFY(m_window->session()->gradebook()->assignments().ok());
    QVERIFY(m_window->isVisible());

    QPointer<MainWindow> again = m_window->openCourseWindow(second);
    QVERIFY(again && again != m_window.get());
    QTRY_VERIFY(again->session());
    QCOMPARE(again->size(), QSize(1024, 700));
    again->close();
    QTRY_VERIFY(again.isNull());
    QVERIFY(m_window->session());
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
