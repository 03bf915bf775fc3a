// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingfixture.h"

#include <models/coursesession.h>
#include <models/gradingsession.h>
#include <models/roles.h>
#include <models/rubricmodel.h>
#include <services/demo/demogenerator.h>
#include <services/gradebook/gradebook.h>
#include <ui/gradingqueuepanel.h>
#include <ui/gradingview.h>
#include <ui/mainwindow.h>
#include <ui/userprompt.h>

#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace GradeDesk;
using Models::GradingSession;
using Services::AnswerRecord;
using Services::RubricItemRecord;
using Ui::GradingView;
using Ui::MainWindow;

GradingFixture::GradingFixture() = default;

GradingFixture::~GradingFixture() = default;

void GradingFixture::setUpSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDeskTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void GradingFixture::setUpCourse()
{
    QSettings().clear();
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Services::DemoOptions options;
    options.directory = m_dir->filePath(QStringLiteral("course"));
    options.students = 6;
    options.questions = 2;
    auto report = Services::generateDemoCourse(options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    m_courseFile = report.value().configPath;
    openWindow();
    QVERIFY(m_window->openCourse(m_courseFile));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 60'000);
    QTRY_VERIFY(m_window->findChild<QTreeView *>(QStringLiteral("assignmentTreeView"))->model()->rowCount() > 0);
}

void GradingFixture::tearDown()
{
    if (m_window) {
        m_window->close();
    }
    m_window.reset();
    m_dir.reset();
}

void GradingFixture::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void GradingFixture::enterGrading()
{
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
    QCOMPARE(m_window->page(), MainWindow::Page::Grading);
    // The first question that needs hands: the demo's first written question.
    QTRY_VERIFY(session()->questionRecord().has_value());
    QCOMPARE(session()->questionRecord()->name, QStringLiteral("stable_city_answer"));
    QTRY_VERIFY(session()->currentAnswer().has_value());
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
}

void GradingFixture::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void GradingFixture::typeText(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

void GradingFixture::pressReturnInJumpField()
{
    QLineEdit *jump = view()->queuePanel()->jumpEdit();
    QWidget *popup = jump->completer() ? jump->completer()->popup() : nullptr;
    QTest::keyClick(popup && popup->isVisible() ? popup : jump, Qt::Key_Return);
}

GradingView *GradingFixture::view() const
{
    return m_window->gradingView();
}

GradingSession *GradingFixture::session() const
{
    return view()->session();
}

Services::Gradebook *GradingFixture::gradebook() const
{
    return m_window->session()->gradebook();
}

QList<AnswerRecord> GradingFixture::storedAnswers() const
{
    auto answers = gradebook()->answers(session()->question());
    return answers ? answers.value() : QList<AnswerRecord>();
}

AnswerRecord GradingFixture::current() const
{
    return session()->currentAnswer().value_or(AnswerRecord{});
}

QList<qint64> GradingFixture::addItems(const QList<std::pair<QString, double>> &items)
{
    QList<qint64> ids;
    int key = 1;
    for (const auto &[title, points] : items) {
        RubricItemRecord item;
        item.title = title;
        item.points = points;
        item.shortcut = QString::number(key++);
        item.position = -1;
        session()->addRubricItem(item);
        ids.append(session()->rubric()->items().constLast().id);
    }
    return ids;
}

bool GradingFixture::chooseQuestion(const QString &gradeId)
{
    QTreeView *questions = view()->queuePanel()->questionView();
    for (int row = 0; row < questions->model()->rowCount(); ++row) {
        const QModelIndex index = questions->model()->index(row, 0);
        if (index.data(Models::NameRole).toString().endsWith(gradeId) || index.data().toString().endsWith(gradeId)) {
            questions->setCurrentIndex(index);
            return session()->questionRecord() && session()->questionRecord()->name == gradeId;
        }
    }
    return false;
}

void GradingFixture::resetWindow()
{
    m_window.reset();
}
