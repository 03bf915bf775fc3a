// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// canvas-ui-demo: the Canvas dialogs on the demo course against the loopback Canvas, for looking
// at them and for screenshots. Not a test. Examples (under Xvfb, or on a desktop):
//   canvas-ui-demo --dialog push --students 40 --push --screenshot push.png
//   canvas-ui-demo --dialog roster
//   canvas-ui-demo --dialog connect --test
// Without --screenshot the dialog stays open until it is closed.

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvaspushmodel.h>
#include <models/canvas/canvasrosterreview.h>
#include <models/canvas/canvastokenstore.h>
#include <services/canvas/canvaspushplan.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rubricrecords.h>
#include <tests/models/canvas/canvastestcourse.h>
#include <tests/models/democourse.h>
#include <ui/canvas/canvasconnectiondialog.h>
#include <ui/canvas/canvaspushdialog.h>
#include <ui/canvas/canvasrosterdialog.h>
#include <ui/userprompt.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <tuple>

using namespace GradeDesk;
using namespace GradeDesk::Services;

namespace {

/// Gives every answer still waiting for a grader a manual score, so the whole course has grades.
void gradeByHand(Gradebook &gradebook)
{
    const auto assignments = gradebook.assignments();
    if (!assignments) {
        return;
    }
    int n = 0;
    for (const AssignmentRecord &assignment : assignments.value()) {
        const auto questions = gradebook.questions(assignment.id);
        for (const QuestionRecord &question : questions ? questions.value() : QList<QuestionRecord>()) {
            const auto answers = gradebook.answers(question.cellId);
            for (const AnswerRecord &answer : answers ? answers.value() : QList<AnswerRecord>()) {
                if (answer.needsManualGrade && !answer.manualScore) {
                    const double score = question.maxScore * double((n++ * 7) % 5) / 4.0;
                    std::ignore = gradebook.setManualGrade(answer.key.submittedNotebookId, question.cellId, score,
                                                           QStringLiteral("demo"));
                }
            }
        }
    }
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool save(QWidget *window, const QString &path)
{
    QTest::qWait(300); // let the last paint land before grabbing
    const bool saved = window->grab().save(path);
    std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("canvas-ui-demo"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dialogOption(QStringLiteral("dialog"), QStringLiteral("connect, roster or push."),
                                          QStringLiteral("name"), QStringLiteral("push"));
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Students in the demo course."),
                                            QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption pushOption(QStringLiteral("push"),
                                        QStringLiteral("Push with faults (one unknown student, a Canvas job that "
                                                       "fails part-way, throttling)."));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
                                           QStringLiteral("Roster dialog: show the changes."));
    const QCommandLineOption testOption(QStringLiteral("test"), QStringLiteral("Connect dialog: run the test."));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), QStringLiteral("Connect dialog: use a wrong token (bad) or the TA token (ta)."),
        QStringLiteral("kind"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the dialog as PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Dialog size WxH."),
                                        QStringLiteral("size"), QStringLiteral("980x680"));
    parser.addOptions({dialogOption, studentsOption, pushOption, changesOption, testOption, tokenOption,
                       screenshotOption, sizeOption});
    parser.process(app);
    const QString which = parser.value(dialogOption);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));

    QTemporaryDir dir;
    auto demo = Tests::DemoCourse::create(dir.filePath(QStringLiteral("course")), parser.value(studentsOption).toInt());
    if (!demo) {
        return 1;
    }
    auto gradebook = demo->openCopy(dir.filePath(QStringLiteral("gradebook.sqlite")));
    if (!gradebook) {
        return 1;
    }
    gradeByHand(*gradebook);

    // Canvas mirrors the gradebook, with what a term brings: a late joiner, a renamed student, one
    // who left, and a login id that gives no usable username.
    Tests::CanvasTestCourse canvas;
    if (!canvas.start()) {
        return 1;
    }
    QList<StudentRecord> students = gradebook->students().value();
    const StudentRecord left = students.takeLast();
    canvas.mirror(students);
    canvas.addStudent(QStringLiteral("zoe"), QStringLiteral("Zoe Park"), true);
    canvas.addStudent(QStringLiteral("r.ng/2"), QStringLiteral("Rui Ng"));
    if (which == QLatin1String("push")) {
        for (StudentRecord student : gradebook->students().value()) {
            student.lmsUserId = QString::number(canvas.userIds.value(student.id, 424242424242));
            std::ignore = gradebook->upsertStudent(student);
        }
    } else {
        StudentRecord linked = left;
        linked.lmsUserId = QStringLiteral("777777");
        std::ignore = gradebook->upsertStudent(linked);
    }
    const Result<double> points = CanvasGrades::pointsPossible(*gradebook, QStringLiteral("ps1"));
    const qint64 ps1 = canvas.simulator->addAssignment(
        {QStringLiteral("ps1"), points ? points.value() : 10.0, true, QStringLiteral("points"), false});
    canvas.simulator->addAssignment({QStringLiteral("ps2"), 10.0, false, QStringLiteral("points"), true});
    int i = 0;
    for (const StudentRecord &student : std::as_const(students)) {
        if (i++ % 4 == 0) {
            canvas.simulator->setScore(ps1, canvas.userIds.value(student.id), 4.0);
        }
    }

    CourseConfig config = demo->config;
    config = canvas.configure(config);
    QNetworkAccessManager network;
    Models::CanvasMemoryTokenStore store;
    Models::CanvasConnection connection(config, &network, &store);
    connection.client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    const QString tokenKind = parser.value(tokenOption);
    connection.useToken(tokenKind == QLatin1String("bad")  ? QStringLiteral("expired-or-wrong-token")
                        : tokenKind == QLatin1String("ta") ? Tests::canvasTaToken
                                                           : Tests::canvasTeacherToken);

    std::unique_ptr<QDialog> dialog;
    if (which == QLatin1String("connect")) {
        auto *connect = new Ui::CanvasConnectionDialog(&connection);
        dialog.reset(connect);
        dialog->resize(size.value(0).toInt(), size.value(1).toInt());
        dialog->show();
        if (parser.isSet(testOption)) {
            connect->testConnection();
            waitFor([connect] { return connect->lastVerdict().has_value(); });
        }
    } else if (which == QLatin1String("roster")) {
        auto *roster = new Ui::CanvasRosterDialog(&connection, gradebook.get());
        dialog.reset(roster);
        dialog->resize(size.value(0).toInt(), size.value(1).toInt());
        dialog->show();
        waitFor([roster] { return roster->review()->hasPlan(); });
        if (parser.isSet(changesOption)) {
            roster->findChild<QTabWidget *>(QStringLiteral("reviewTabWidget"))->setCurrentIndex(0);
        }
    } else {
        auto *push = new Ui::CanvasPushDialog(&connection, gradebook.get(), QStringLiteral("ps1"));
        dialog.reset(push);
        dialog->resize(size.value(0).toInt(), size.value(1).toInt());
        dialog->show();
        waitFor([push] { return push->model()->rowCount() > 0 && !push->isBusy(); });
        if (parser.isSet(pushOption)) {
            canvas.simulator->setLatency(std::chrono::milliseconds(20));
            // The student who left Canvas fails; throttling is retried unseen.
            canvas.simulator->throttleNextRequests(2);
            push->findChild<QLineEdit *>(QStringLiteral("commentLineEdit"))
                ->setText(QStringLiteral("Graded with GradeDesk; see the feedback file."));
            Ui::UserPrompt::setNextAnswer(true);
            push->push();
            waitFor([push] { return push->model()->hasResults() && !push->isBusy(); });
        }
    }
    if (parser.isSet(screenshotOption)) {
        return save(dialog.get(), parser.value(screenshotOption)) ? 0 : 1;
    }
    return QApplication::exec();
}
