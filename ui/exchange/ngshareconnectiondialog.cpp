// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareconnectiondialog.h"

#include "exchangedialogsupport.h"

#include <models/exchange/ngshareconnection.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/userprompt.h>

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <utility>

namespace GradeDesk::Ui {

using namespace Services;
using Models::NgshareConnection;

namespace {

/// What to do for each verdict, beyond the service's own message.
QString verdictAdvice(NgshareConnectionDialog::Verdict verdict)
{
    using Verdict = NgshareConnectionDialog::Verdict;
    switch (verdict) {
    case Verdict::Ok:
    case Verdict::Insecure:
    case Verdict::NotInstructor:
    case Verdict::CourseNotFound:
        return {};
    case Verdict::Unreachable:
        return NgshareConnectionDialog::tr("Check your network connection and the hub address in course.yaml, then "
                                           "test again.");
    case Verdict::TlsFailure:
        return NgshareConnectionDialog::tr("Check that the address starts with https:// and that the hub's "
                                           "certificate is trusted on this computer.");
    case Verdict::NotNgshare:
        return NgshareConnectionDialog::tr("Check the prefix in course.yaml (usually /services/ngshare).");
    case Verdict::BadToken:
        return NgshareConnectionDialog::tr("Paste the new token above, press Save Token and test again.");
    }
    return {};
}

} // namespace

QString NgshareConnectionDialog::verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return tr("Connected.");
    case Verdict::Insecure:
        return tr("Not connected: the hub address is not secure.");
    case Verdict::Unreachable:
        return tr("The hub could not be reached.");
    case Verdict::TlsFailure:
        return tr("The secure connection to the hub failed (TLS).");
    case Verdict::NotNgshare:
        return tr("No ngshare answers at this address.");
    case Verdict::BadToken:
        return tr("The hub refused the token (wrong or expired).");
    case Verdict::CourseNotFound:
        return tr("The course was not found on ngshare.");
    case Verdict::NotInstructor:
        return tr("Connected, but you are not an instructor of this course.");
    }
    return {};
}

NgshareConnectionDialog::NgshareConnectionDialog(NgshareConnection *connection, QWidget *parent)
    : RemoteVerdictDialog(connection, QStringLiteral("exchange/connectionDialog"), parent)
    , m_connection(connection)
    , m_createCourseButton(new QPushButton(tr("C&reate Course"), this))
{
    setObjectName(QStringLiteral("ngshareConnectionDialog"));
    setWindowTitle(tr("Connect to ngshare"));
    const ExchangeConfig &exchange = connection->config().exchange;
    setUp(createServerBox(), RemoteDialogSupport::Service::Ngshare,
          {tr("JupyterHub API token"), tr("Paste a new API token"),
           tr("Create a token on the hub under Token (%1/hub/token). GradeDesk keeps it only in the system "
              "keychain, never in files or settings.")
               .arg(exchange.url.toDisplayString(QUrl::StripTrailingSlash)),
           tr("Reach the hub, check the token, find the course and your role in it"),
           tr("Set the ngshare exchange in course.yaml first (see above)."),
           tr("The hub token was removed from the keychain."),
           tr("Remove the hub token for %1 from the keychain? GradeDesk then asks for a token "
              "before the next ngshare operation.")
               .arg(exchange.url.host()),
           connection->isNgshare() ? exchange.url.host() : QString()},
          QSize(720, 720));
    m_createCourseButton->setObjectName(QStringLiteral("createCourseButton"));
    m_createCourseButton->setToolTip(
        tr("Create this course on ngshare with you as its instructor (ngshare administrators only)"));
    m_createCourseButton->setAutoDefault(false);
    m_createCourseButton->hide();
    addTestButton(m_createCourseButton);
    connect(m_createCourseButton, &QPushButton::clicked, this, &NgshareConnectionDialog::createCourse);
    detailsLabel()->setWordWrap(true);
    connect(tokenEdit(), &QLineEdit::returnPressed, this, &NgshareConnectionDialog::testConnection);
}

NgshareConnectionDialog::~NgshareConnectionDialog() = default;

QGroupBox *NgshareConnectionDialog::createServerBox()
{
    const CourseConfig &config = m_connection->config();
    return settingsBox(
        tr("ngshare server"),
        {{tr("&Hub address:"), config.exchange.url.toDisplayString(), QStringLiteral("hubUrlLineEdit")},
         {tr("ngshare &prefix:"), config.exchange.prefix, QStringLiteral("prefixLineEdit")},
         {tr("&Course id:"), config.id, QStringLiteral("courseIdLineEdit")},
         {tr("&Grader:"), config.grader.isEmpty() ? tr("(not set: grader in course.yaml)") : config.grader,
          QStringLiteral("graderLineEdit")}},
        QStringLiteral("exchange"));
}

void NgshareConnectionDialog::startTest()
{
    m_createCourseButton->hide();
    followReport(m_connection->exchange()->testConnection());
}

void NgshareConnectionDialog::showReport(const NgshareConnectionReport &report)
{
    QStringList lines{verdictTitle(report.verdict), report.message};
    if (const QString advice = verdictAdvice(report.verdict); !advice.isEmpty()) {
        lines << advice;
    }
    if (const QString note = unsavedTokenNote(); report.verdict == Verdict::Ok && !note.isEmpty()) {
        lines << note;
    }
    if (report.verdict == Verdict::CourseNotFound) {
        lines << tr("An ngshare administrator can create it: press Create Course.");
        m_createCourseButton->show();
    }
    lines.removeDuplicates();
    showVerdict(report.verdict == Verdict::Ok              ? MessageBanner::Kind::Information
                : report.verdict == Verdict::NotInstructor ? MessageBanner::Kind::Warning
                                                           : MessageBanner::Kind::Error,
                lines);

    QList<std::pair<QString, QString>> pairs{
        {tr("ngshare:"), report.serviceUrl.toDisplayString()},
        {tr("Health check:"), report.healthy ? tr("answered") : tr("no answer (ngshare older than 0.6?)")}};
    if (!report.userName.isEmpty()) {
        pairs << std::pair{tr("Signed in as:"), report.userName};
    }
    if (report.verdict == Verdict::Ok) {
        pairs << std::pair{tr("Your role:"), report.teaches ? tr("instructor") : tr("ngshare administrator")}
              << std::pair{tr("Students:"), report.students < 0 ? tr("unknown") : QString::number(report.students)}
              << std::pair{tr("Released:"), report.assignments.isEmpty()
                                                ? tr("nothing yet")
                                                : report.assignments.join(QStringLiteral(", "))};
    } else if (!report.courses.isEmpty()) {
        pairs << std::pair{tr("Your courses:"), report.courses.join(QStringLiteral(", "))};
    }
    showDetails(pairs, 1);
}

void NgshareConnectionDialog::createCourse()
{
    if (!m_connection || !m_connection->exchange() || progress()->isRunning()) {
        return;
    }
    const CourseConfig &config = m_connection->config();
    const QStringList instructors = config.grader.isEmpty() ? QStringList() : QStringList{config.grader};
    if (!UserPrompt::confirm(this, tr("Create Course"),
                             instructors.isEmpty()
                                 ? tr("Create the course %1 on ngshare? Set grader in course.yaml to become its "
                                      "instructor.")
                                       .arg(config.id)
                                 : tr("Create the course %1 on ngshare with %2 as its instructor?")
                                       .arg(config.id, instructors.constFirst()),
                             tr("Create"))) {
        return;
    }
    forgetVerdict();
    m_createCourseButton->hide();
    auto *job = m_connection->exchange()->createCourse(config.id, instructors);
    progress()->track(job, tr("Creating the course"));
    connect(job, &ExchangeJob::finished, this, [this, job] {
        if (job->result()) {
            testConnection();
        } else {
            showTestFailure(ExchangeDialogSupport::errorText(job->result().error()));
            m_createCourseButton->show();
        }
    });
    updateState();
}

} // namespace GradeDesk::Ui
