// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareconnectiondialog.h"

#include "exchangedialogsupport.h"
#include "exchangeprogresspanel.h"

#include <models/exchange/ngshareconnection.h>
#include <ui/canvas/canvasdialogsupport.h>
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
using Models::NgshareConnection;

namespace {

const auto SizeKey = QStringLiteral("connectionDialog");

QLineEdit *readOnlyField(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    return edit;
}

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
    : QDialog(parent)
    , m_connection(connection)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("ngshareConnectionDialog"));
    setWindowTitle(tr("Connect to ngshare"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NgshareConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createServerBox());
    layout->addWidget(createTokenBox());
    layout->addWidget(createTestBox(), 1);
    layout->addWidget(m_buttons);
    ExchangeDialogSupport::restoreSize(this, SizeKey, QSize(720, 720));

    connect(connection, &NgshareConnection::tokenLoaded, this, &NgshareConnectionDialog::onTokenLoaded);
    connect(connection, &NgshareConnection::tokenSaved, this, &NgshareConnectionDialog::onTokenSaved);
    connect(connection, &NgshareConnection::tokenChanged, this, &NgshareConnectionDialog::updateState);
    connect(connection, &NgshareConnection::tokenForgotten, this, [this](const Result<void> &result) {
        if (result) {
            m_banner->showMessage(MessageBanner::Kind::Information, tr("The hub token was removed from the keychain."));
        } else {
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The token could not be removed from the keychain: %1").arg(result.error().message));
        }
        updateState();
    });
    if (!connection->isNgshare()) {
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

NgshareConnectionDialog::~NgshareConnectionDialog() = default;

QGroupBox *NgshareConnectionDialog::createServerBox()
{
    const CourseConfig &config = m_connection->config();
    auto *box = new QGroupBox(tr("ngshare server"), this);
    auto *form = new QFormLayout(box);
    auto *hub = readOnlyField(config.exchange.url.toDisplayString(), QStringLiteral("hubUrlLineEdit"), box);
    auto *prefix = readOnlyField(config.exchange.prefix, QStringLiteral("prefixLineEdit"), box);
    auto *course = readOnlyField(config.id, QStringLiteral("courseIdLineEdit"), box);
    auto *user = readOnlyField(config.grader.isEmpty() ? tr("(not set: grader in course.yaml)") : config.grader,
                               QStringLiteral("graderLineEdit"), box);
    form->addRow(tr("&Hub address:"), hub);
    form->addRow(tr("ngshare &prefix:"), prefix);
    form->addRow(tr("&Course id:"), course);
    form->addRow(tr("&Grader:"), user);
    form->addRow(CanvasDialogSupport::noteLabel(
        tr("These come from the exchange section of %1. To change them, edit that file and open the course again.")
            .arg(config.filePath.isEmpty() ? tr("course.yaml") : config.filePath),
        box));
    return box;
}

QGroupBox *NgshareConnectionDialog::createTokenBox()
{
    auto *box = new QGroupBox(tr("JupyterHub API token"), this);
    m_tokenEdit = new QLineEdit(box);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a new API token"));
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
        tr("Create a token on the hub under Token (%1/hub/token). GradeDesk keeps it only in the system "
           "keychain, never in files or settings.")
            .arg(m_connection->config().exchange.url.toDisplayString(QUrl::StripTrailingSlash)),
        box));
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenState);

    connect(m_tokenEdit, &QLineEdit::textChanged, this, &NgshareConnectionDialog::updateState);
    connect(m_tokenEdit, &QLineEdit::returnPressed, this, &NgshareConnectionDialog::testConnection);
    connect(m_showTokenButton, &QToolButton::toggled, this,
            [this](bool shown) { m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_saveButton, &QPushButton::clicked, this, &NgshareConnectionDialog::saveToken);
    connect(m_forgetButton, &QPushButton::clicked, this, &NgshareConnectionDialog::forgetToken);
    return box;
}

QGroupBox *NgshareConnectionDialog::createTestBox()
{
    auto *box = new QGroupBox(tr("Connection test"), this);
    m_testButton = new QPushButton(tr("&Test Connection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Reach the hub, check the token, find the course and your role in it"));
    m_progress = new ExchangeProgressPanel(box);
    m_verdictBanner = new MessageBanner(box);
    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
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
    connect(m_testButton, &QPushButton::clicked, this, &NgshareConnectionDialog::testConnection);
    return box;
}

void NgshareConnectionDialog::setIntro(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Information, text);
}

QString NgshareConnectionDialog::verdictText() const
{
    return m_verdictBanner->isVisibleTo(this) ? m_verdictBanner->text() : QString();
}

QString NgshareConnectionDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void NgshareConnectionDialog::updateState()
{
    const bool configured = m_connection && m_connection->isNgshare();
    const bool typed = !m_tokenEdit->text().trimmed().isEmpty();
    const bool running = m_progress->isRunning();
    const QString host = configured ? m_connection->config().exchange.url.host() : QString();
    m_tokenEdit->setEnabled(configured);
    m_showTokenButton->setEnabled(configured);
    m_saveButton->setEnabled(configured && typed && !m_saving);
    m_testButton->setEnabled(configured && !running && (typed || m_connection->hasToken()));
    m_testButton->setDefault(m_testButton->isEnabled());
    if (!configured) {
        m_forgetButton->setEnabled(false);
        m_tokenState->setText(tr("Set the ngshare exchange in course.yaml first (see above)."));
        return;
    }
    m_forgetButton->setEnabled(!m_saving && m_connection->tokenSource() != NgshareConnection::TokenSource::None);
    if (m_saving) {
        m_tokenState->setText(tr("Storing the token in the keychain\u2026"));
        return;
    }
    if (m_reading && !m_connection->hasToken()) {
        m_tokenState->setText(tr("Reading the token from the keychain\u2026"));
        return;
    }
    switch (m_connection->tokenSource()) {
    case NgshareConnection::TokenSource::None:
        m_tokenState->setText(tr("No token is stored for %1 yet: paste one above and press Save Token.").arg(host));
        break;
    case NgshareConnection::TokenSource::Stored:
        m_tokenState->setText(
            tr("A token for %1 is stored in the system keychain. Paste a new one only to replace it.").arg(host));
        break;
    case NgshareConnection::TokenSource::Session:
        m_tokenState->setText(tr("The token in use is not stored: it is forgotten when GradeDesk quits. Press Save "
                                 "Token to keep it in the keychain."));
        break;
    }
}

void NgshareConnectionDialog::onTokenLoaded(const Result<void> &result)
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

void NgshareConnectionDialog::saveToken()
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

void NgshareConnectionDialog::onTokenSaved(const Result<void> &result)
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

void NgshareConnectionDialog::forgetToken()
{
    if (!m_connection ||
        !UserPrompt::confirm(this, tr("Forget Token"),
                             tr("Remove the hub token for %1 from the keychain? GradeDesk then asks for a token "
                                "before the next ngshare operation.")
                                 .arg(m_connection->config().exchange.url.host()),
                             tr("Forget"))) {
        return;
    }
    m_connection->forgetToken();
}

void NgshareConnectionDialog::testConnection()
{
    if (!m_connection || !m_connection->exchange() || m_progress->isRunning()) {
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
    auto *job = m_connection->exchange()->testConnection();
    m_progress->track(job, tr("Testing the connection"));
    connect(job, &ExchangeJob::finished, this, [this, job] {
        if (job->result()) {
            showReport(job->result().value());
        } else {
            m_verdictBanner->showMessage(MessageBanner::Kind::Information, job->result().error().message);
        }
        updateState();
    });
    updateState();
}

void NgshareConnectionDialog::showReport(const NgshareConnectionReport &report)
{
    m_verdict = report.verdict;
    QStringList lines{verdictTitle(report.verdict), report.message};
    if (const QString advice = verdictAdvice(report.verdict); !advice.isEmpty()) {
        lines << advice;
    }
    if (report.verdict == Verdict::Ok && m_connection->tokenSource() == NgshareConnection::TokenSource::Session) {
        lines << tr("This token works but is not stored yet: press Save Token to keep it in the keychain.");
    }
    const MessageBanner::Kind kind = report.verdict == Verdict::Ok              ? MessageBanner::Kind::Information
                                     : report.verdict == Verdict::NotInstructor ? MessageBanner::Kind::Warning
                                                                                : MessageBanner::Kind::Error;
    lines.removeDuplicates();
    m_verdictBanner->showMessage(kind, lines.join(QLatin1Char('\n')));

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
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : std::as_const(pairs)) {
        html +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_details->setText(html + QStringLiteral("</table>"));
    m_details->show();
}

void NgshareConnectionDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void NgshareConnectionDialog::done(int result)
{
    ExchangeDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
