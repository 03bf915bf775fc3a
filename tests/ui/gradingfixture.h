// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>
#include <utility>

namespace GradeDesk::Models {
class GradingSession;
}

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {
class GradingView;
class MainWindow;
} // namespace GradeDesk::Ui

/**
 * What the grading view's widget tests share: a fresh demo course (6 students, collected) and a
 * main window per test, keys pressed where a grader's keys go (the focused widget), and shortcuts
 * to the session and the stored answers. Helpers use QVERIFY: callers check QTest::currentTestFailed()
 * only where going on would crash.
 */
class GradingFixture
{
public:
    GradingFixture();
    ~GradingFixture();
    Q_DISABLE_COPY_MOVE(GradingFixture)

    /// Settings into a temporary folder (once per test executable).
    void setUpSettings(const QString &applicationName);
    /// Demo course, window, collect (per test).
    void setUpCourse();
    void tearDown();

    void openWindow();
    /// Ctrl+G; waits for the first question that needs hands (the demo's first written question).
    void enterGrading();
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void typeText(const QString &text);
    /// Presses Return where a grader's Return goes: the completer's list when it is open.
    void pressReturnInJumpField();

    GradeDesk::Ui::GradingView *view() const;
    GradeDesk::Models::GradingSession *session() const;
    GradeDesk::Services::Gradebook *gradebook() const;
    /// The current question's answers as stored in the gradebook.
    QList<GradeDesk::Services::AnswerRecord> storedAnswers() const;
    GradeDesk::Services::AnswerRecord current() const;
    /// Adds items through the session (keys 1, 2, …); returns their ids.
    QList<qint64> addItems(const QList<std::pair<QString, double>> &items);
    /// Picks the question (grade_id) in the question list; true when it became current.
    bool chooseQuestion(const QString &gradeId);

    QString courseFile() const { return m_courseFile; }

    GradeDesk::Ui::MainWindow *window() const { return m_window.get(); }

    void resetWindow();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_courseFile;
    std::unique_ptr<GradeDesk::Ui::MainWindow> m_window;
};
