// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/core/translations.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as gradedesk-cli, so both share one settings file.
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gradedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRADEDESK_VERSION));
    GradeDesk::Services::installTranslations(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.gradedesk.GradeDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gradedesk/icons/gradedesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Grading console for Jupyter-notebook courses"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption courseOption(
        QStringLiteral("course"),
        QCoreApplication::translate("main", "Open the course described by FILE (course.yaml)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(courseOption);
    parser.process(app);

    // Deleted on close like the windows File > Open Course opens for further courses, so closing a
    // window releases its course while the others stay; the last one closed ends the application.
    auto *window = new GradeDesk::Ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(courseOption)) {
        window->openCourse(parser.value(courseOption));
    } else {
        window->openMostRecentCourse();
    }
    window->show();
    return QApplication::exec();
}
