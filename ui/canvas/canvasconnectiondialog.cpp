// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasconnectiondialog.h"

#include "canvasdialogsupport.h"
#include "canvasprogresspanel.h"

#include <models/canvas/canvasconnection.h>
#include <ui/messagebanner.h>
#include <ui/userprompt.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace GradeDesk::Ui {

using namespace Services;
using Models::CanvasConnection;

namespace {

const auto SizeKey = QStringLiteral("connectionDialog");

QLineEdit *readOnlyField(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    return edit;
}

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
    : QDialog(parent)
    , m_connection(connection)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("canvasConnectionDialog"));
    setWindowTitle(tr("Connect to Canvas"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CanvasConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createCourseBox());
    layout->addWidget(createTokenBox());
    layout->addWidget(createTestBox(), 1);
    layout->addWidget(m_buttons);
    CanvasDialogSupport::restoreSize(this, SizeKey, QSize(700, 620));

    connect(connection, &CanvasConnection::tokenLoaded, this, &CanvasConnectionDialog::onTokenLoaded);
    connect(connection, &CanvasConnection::tokenSaved, this, &CanvasConnectionDialog::onTokenSaved);
    connect(connection, &CanvasConnection::tokenChanged, this, &CanvasConnectionDialog::updateState);
    connect(connection, &CanvasConnection::tokenForgotten, this, [this](const Result<void> &result) {
        if (result) {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("The Canvas token was removed from the keychain."));
        } else {
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The token could not be removed from the keychain: %1").arg(result.error().message));
        }
        updateState();
    });
    if (!connection->isConfigured()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, connection->configurationProblem());
    } else if (!connection->hasToken()) {
        m_reading = true;
        connection->loadToken();
    }
    updateState();
    if (m_tokenEdit->isEnabled()) {
        m_tokenEdit->setFocus();
    }
}

CanvasConnectionDialog::~CanvasConnectionDialog() = default;

QGroupBox *CanvasConnectionDialog::createCourseBox()
{
    const CourseConfig &config = m_connection->config();
    auto *box = new QGroupBox(tr("Canvas course"), this);
    auto *form = new QFormLayout(box);
    auto *url = readOnlyField(config.canvas.url.toDisplayString(), QStringLiteral("urlLineEdit"), box);
    auto *course = readOnlyField(config.canvas.courseId, QStringLiteral("courseIdLineEdit"), box);
    auto *identity = readOnlyField(identityText(config.canvas), QStringLiteral("identityLineEdit"), box);
    form->addRow(tr("Canvas &address:"), url);
    form->addRow(tr("Course &id:"), course);
    form->addRow(tr("&Usernames from:"), identity);
    form->addRow(CanvasDialogSupport::noteLabel(
        tr("These come from the canvas section of %1. To change them, edit that file and open the course again.")
            .arg(config.filePath.isEmpty() ? tr("course.yaml") : config.filePath),
        box));
    return box;
}

QGroupBox *CanvasConnectionDialog::createTokenBox()
{
    auto *box = new QGroupBox(tr("Access token"), this);
    m_tokenEdit = new QLineEdit(box);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a new access token"));
    m_tokenEdit->setClearButtonEnabled(true);
    m_showTokenButton = new QToolButton(box);
    m_showTokenButton->setObjectName(QStringLiteral("showTokenToolButton"));
    m_showTokenButton->setText(tr("Show"));
    m_showTokenButton->setCheckable(true);
    m_showTokenButton->setToolTip(tr("Show the token you typed (the stored token is never shown)"));
    m_saveButton = new QPushButton(tr("&Save Token"), box);
    m_saveButton->setObjectName(QStringLiteral("saveTokenButton"));
    m_saveButton->setToolTip(tr("Keep the token in the system keychain"));
    m_forgetButton = new QPushButton(tr("&Forget Token"), box);
    m_forgetButton->setObjectName(QStringLiteral("forgetTokenButton"));
    m_forgetButton->setToolTip(tr("Remove the token from the keychain and from this session"));
    m_tokenState = CanvasDialogSupport::noteLabel(QString(), box);
    m_tokenState->setObjectName(QStringLiteral("tokenStateLabel"));

    auto *tokenRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Token:"), box);
    label->setBuddy(m_tokenEdit);
    tokenRow->addWidget(label);
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showTokenButton);
    tokenRow->addWidget(m_saveButton);
    tokenRow->addWidget(m_forgetButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(CanvasDialogSupport::noteLabel(
        tr("Create a token in Canvas under Account \u25b8 Settings \u25b8 New Access Token. GradeDesk keeps it only "
           "in the system keychain, never in files or settings."),
        box));
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenState);

    connect(m_tokenEdit, &QLineEdit::textChanged, this, &CanvasConnectionDialog::updateState);
    connect(m_showTokenButton, &QToolButton::toggled, this,
            [this](bool shown) { m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_saveButton, &QPushButton::clicked, this, &CanvasConnectionDialog::saveToken);
    connect(m_forgetButton, &QPushButton::clicked, this, &CanvasConnectionDialog::forgetToken);
    return box;
}

QGroupBox *CanvasConnectionDialog::createTestBox()
{
    auto *box = new QGroupBox(tr("Connection test"), this);
    m_testButton = new QPushButton(tr("&Test Connection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Sign in, open the course and check what the token may see and do"));
    m_progress = new CanvasProgressPanel(box);
    m_verdictBanner = new MessageBanner(box);
    // Keeps the objectName "messageBanner": the banner's style sheet selects by it.
    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_testButton);
    row->addWidget(m_progress, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_verdictBanner);
    layout->addWidget(m_details);
    layout->addStretch();
    connect(m_testButton, &QPushButton::clicked, this, &CanvasConnectionDialog::testConnection);
    return box;
}

void CanvasConnectionDialog::setIntro(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Information, text);
}

QString CanvasConnectionDialog::verdictText() const
{
    return m_verdictBanner->isVisibleTo(this) ? m_verdictBanner->text() : QString();
}

QString CanvasConnectionDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void CanvasConnectionDialog::updateState()
{
    const bool configured = m_connection && m_connection->isConfigured();
    const bool typed = !m_tokenEdit->text().trimmed().isEmpty();
    const bool running = m_progress->isRunning();
    const QString host = configured ? m_connection->config().canvas.url.host() : QString();
    m_tokenEdit->setEnabled(configured);
    m_showTokenButton->setEnabled(configured);
    m_saveButton->setEnabled(configured && typed && !m_saving);
    m_testButton->setEnabled(configured && !running && (typed || m_connection->hasToken()));
    m_testButton->setDefault(m_testButton->isEnabled());
    if (!configured) {
        m_forgetButton->setEnabled(false);
        m_tokenState->setText(tr("Add the Canvas site to course.yaml first (see above)."));
        return;
    }
    m_forgetButton->setEnabled(!m_saving && m_connection->tokenSource() != CanvasConnection::TokenSource::None);
    if (m_saving) {
        m_tokenState->setText(tr("Storing the token in the keychain\u2026"));
        return;
    }
    if (m_reading && !m_connection->hasToken()) {
        m_tokenState->setText(tr("Reading the token from the keychain\u2026"));
        return;
    }
    switch (m_connection->tokenSource()) {
    case CanvasConnection::TokenSource::None:
        m_tokenState->setText(tr("No token is stored for %1 yet: paste one above and press Save Token.").arg(host));
        break;
    case CanvasConnection::TokenSource::Stored:
        m_tokenState->setText(
            tr("A token for %1 is stored in the system keychain. Paste a new one only to replace it.").arg(host));
        break;
    case CanvasConnection::TokenSource::Session:
        m_tokenState->setText(tr("The token in use is not stored: it is forgotten when GradeDesk quits. Press Save "
                                 "Token to keep it in the keychain."));
        break;
    }
}

void CanvasConnectionDialog::onTokenLoaded(const Result<void> &result)
{
    m_reading = false;
    if (!result && result.error().kind != ServiceError::Kind::NotFound) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The keychain could not be read: %1\nYou can still paste a token: it is used until "
                                 "GradeDesk quits.")
                                  .arg(result.error().message));
    }
    updateState();
}

void CanvasConnectionDialog::saveToken()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (token.isEmpty() || !m_connection) {
        return;
    }
    m_saving = true;
    m_connection->saveToken(token);
    m_tokenEdit->clear();
    updateState();
}

void CanvasConnectionDialog::onTokenSaved(const Result<void> &result)
{
    m_saving = false;
    if (result) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The token is stored in the system keychain. Press Test Connection to check it."));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The token could not be stored in the keychain: %1\nGradeDesk uses it until it quits; "
                                 "nothing was written anywhere else.")
                                  .arg(result.error().message));
    }
    updateState();
    m_testButton->setFocus();
}

void CanvasConnectionDialog::forgetToken()
{
    if (!m_connection ||
        !UserPrompt::confirm(this, tr("Forget Token"),
                             tr("Remove the Canvas token for %1 from the keychain? GradeDesk then asks for a token "
                                "before the next Canvas operation.")
                                 .arg(m_connection->config().canvas.url.host()),
                             tr("Forget"))) {
        return;
    }
    m_connection->forgetToken();
}

void CanvasConnectionDialog::testConnection()
{
    if (!m_connection || !m_connection->course() || m_progress->isRunning()) {
        return;
    }
    const QString typed = m_tokenEdit->text().trimmed();
    if (!typed.isEmpty()) {
        m_connection->useToken(typed); // kept in the field, so Save Token can store it afterwards
    }
    if (!m_connection->hasToken()) {
        return;
    }
    m_verdict.reset();
    m_verdictBanner->hide();
    m_details->hide();
    CanvasConnectionJob *job = m_connection->course()->testConnection(m_connection->config().canvas.identity);
    m_progress->track(job, tr("Testing the connection"));
    connect(job, &CanvasJob::finished, this, [this, job] {
        if (job->result()) {
            showReport(job->result().value());
        } else {
            m_verdictBanner->showMessage(MessageBanner::Kind::Information, job->result().error().message);
        }
        updateState();
    });
    updateState();
}

void CanvasConnectionDialog::showReport(const CanvasConnectionReport &report)
{
    m_verdict = report.verdict;
    QStringList lines{verdictTitle(report.verdict), report.message};
    if (report.verdict == Verdict::BadToken) {
        lines << tr("Paste a new token above, press Save Token, and test again.");
    } else if (report.verdict == Verdict::Ok && m_connection->tokenSource() == CanvasConnection::TokenSource::Session) {
        lines << tr("This token works but is not stored yet: press Save Token to keep it in the keychain.");
    }
    const MessageBanner::Kind kind = report.verdict == Verdict::Ok ? MessageBanner::Kind::Information
                                     : report.verdict == Verdict::InsufficientPermission ? MessageBanner::Kind::Warning
                                                                                         : MessageBanner::Kind::Error;
    m_verdictBanner->showMessage(kind, lines.join(QLatin1Char('\n')));

    if (report.userName.isEmpty()) {
        m_details->hide();
        return;
    }
    // Two "label: value" pairs per row keep the dialog short.
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
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < std::min(i + 2, pairs.size()); ++j) {
            html += QStringLiteral("<td>%1</td><td><b>%2</b></td><td width=\"24\"></td>")
                        .arg(pairs.at(j).first.toHtmlEscaped(), pairs.at(j).second.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    m_details->setText(html + QStringLiteral("</table>"));
    m_details->show();
}

void CanvasConnectionDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void CanvasConnectionDialog::done(int result)
{
    CanvasDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
