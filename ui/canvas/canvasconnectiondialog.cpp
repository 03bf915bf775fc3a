// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasconnectiondialog.h"

#include <models/canvas/canvasconnection.h>
#include <ui/remote/remotedialogsupport.h>
#include <ui/remote/remoteprogresspanel.h>

#include <QGroupBox>
#include <QLineEdit>

#include <utility>

namespace GradeDesk::Ui {

using namespace Services;
using Models::CanvasConnection;

namespace {

QString identityText(const CanvasConfig &canvas)
{
    switch (canvas.identity) {
    case CanvasConfig::IdentityRule::LoginId:
        return CanvasConnectionDialog::tr("Canvas login id (identity: login_id)");
    case CanvasConfig::IdentityRule::SisId:
        return CanvasConnectionDialog::tr("SIS user id (identity: sis_id)");
    case CanvasConfig::IdentityRule::EmailLocalPart:
        return CanvasConnectionDialog::tr("e-mail address before the @ (identity: email)");
    case CanvasConfig::IdentityRule::Mapping:
        return CanvasConnectionDialog::tr("mapping file %1 (identity: mapping)").arg(canvas.mappingFile);
    }
    return {};
}

QString visibility(const std::optional<bool> &visible)
{
    if (!visible) {
        return CanvasConnectionDialog::tr("unknown (the course has no student yet)");
    }
    return *visible ? CanvasConnectionDialog::tr("visible") : CanvasConnectionDialog::tr("hidden from this token");
}

QString roleText(const QString &role)
{
    if (role == QLatin1String("TeacherEnrollment")) {
        return CanvasConnectionDialog::tr("Teacher");
    }
    if (role == QLatin1String("TaEnrollment")) {
        return CanvasConnectionDialog::tr("Teaching assistant");
    }
    if (role == QLatin1String("DesignerEnrollment")) {
        return CanvasConnectionDialog::tr("Designer");
    }
    if (role == QLatin1String("StudentEnrollment")) {
        return CanvasConnectionDialog::tr("Student");
    }
    return role.isEmpty() ? CanvasConnectionDialog::tr("not enrolled (an administrator?)") : role;
}

QString verdictTitle(CanvasConnectionDialog::Verdict verdict)
{
    using Verdict = CanvasConnectionDialog::Verdict;
    switch (verdict) {
    case Verdict::Ok:
        return CanvasConnectionDialog::tr("Connected.");
    case Verdict::Insecure:
        return CanvasConnectionDialog::tr("Not connected: the Canvas address is not secure.");
    case Verdict::Unreachable:
        return CanvasConnectionDialog::tr("Canvas could not be reached.");
    case Verdict::BadToken:
        return CanvasConnectionDialog::tr("Canvas refused the token.");
    case Verdict::WrongCourse:
        return CanvasConnectionDialog::tr("The course was not found.");
    case Verdict::InsufficientPermission:
        return CanvasConnectionDialog::tr("Connected, but the token may not do everything GradeDesk needs.");
    }
    return {};
}

} // namespace

CanvasConnectionDialog::CanvasConnectionDialog(CanvasConnection *connection, QWidget *parent)
    : RemoteVerdictDialog(connection, QStringLiteral("canvas/connectionDialog"), parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("canvasConnectionDialog"));
    setWindowTitle(tr("Connect to Canvas"));
    const QString host = connection->isConfigured() ? connection->config().canvas.url.host() : QString();
    setUp(createCourseBox(), RemoteDialogSupport::Service::Canvas,
          {tr("Access token"), tr("Paste a new access token"),
           tr("Create a token in Canvas under Account \u25b8 Settings \u25b8 New Access Token. GradeDesk keeps it only "
              "in the system keychain, never in files or settings."),
           tr("Sign in, open the course and check what the token may see and do"),
           tr("Add the Canvas site to course.yaml first (see above)."),
           tr("The Canvas token was removed from the keychain."),
           tr("Remove the Canvas token for %1 from the keychain? GradeDesk then asks for a token "
              "before the next Canvas operation.")
               .arg(connection->config().canvas.url.host()),
           host},
          QSize(700, 620));
}

CanvasConnectionDialog::~CanvasConnectionDialog() = default;

QGroupBox *CanvasConnectionDialog::createCourseBox()
{
    const CanvasConfig &canvas = m_connection->config().canvas;
    return settingsBox(tr("Canvas course"),
                       {{tr("Canvas &address:"), canvas.url.toDisplayString(), QStringLiteral("urlLineEdit")},
                        {tr("Course &id:"), canvas.courseId, QStringLiteral("courseIdLineEdit")},
                        {tr("&Usernames from:"), identityText(canvas), QStringLiteral("identityLineEdit")}},
                       QStringLiteral("canvas"));
}

void CanvasConnectionDialog::startTest()
{
    followReport(m_connection->course()->testConnection(m_connection->config().canvas.identity));
}

void CanvasConnectionDialog::showReport(const CanvasConnectionReport &report)
{
    QStringList lines{verdictTitle(report.verdict), report.message};
    if (report.verdict == Verdict::BadToken) {
        lines << tr("Paste a new token above, press Save Token, and test again.");
    } else if (const QString note = unsavedTokenNote(); report.verdict == Verdict::Ok && !note.isEmpty()) {
        lines << note;
    }
    showVerdict(report.verdict == Verdict::Ok                       ? MessageBanner::Kind::Information
                : report.verdict == Verdict::InsufficientPermission ? MessageBanner::Kind::Warning
                                                                    : MessageBanner::Kind::Error,
                lines);

    if (report.userName.isEmpty()) {
        hideDetails();
        return;
    }
    QList<std::pair<QString, QString>> pairs{{tr("Signed in as:"), report.userName}};
    if (!report.courseName.isEmpty()) {
        pairs << std::pair{tr("Course:"), report.courseName} << std::pair{tr("Your role:"), roleText(report.role)}
              << std::pair{tr("Grades:"), !report.canManageGrades   ? tr("unknown")
                                          : *report.canManageGrades ? tr("may be changed")
                                                                    : tr("may not be changed")}
              << std::pair{tr("Login ids:"), visibility(report.canSeeLoginIds)}
              << std::pair{tr("SIS ids:"), visibility(report.canSeeSisIds)}
              << std::pair{tr("E-mail addresses:"), visibility(report.canSeeEmails)};
    }
    showDetails(pairs, 2); // two pairs a row keep the dialog short
}

} // namespace GradeDesk::Ui
