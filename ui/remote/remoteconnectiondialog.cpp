// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "remoteconnectiondialog.h"

#include "remotedialogsupport.h"
#include "remoteprogresspanel.h"

#include <models/remote/remoteconnection.h>
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

namespace GradeDesk::Ui {

using namespace Services;
using Models::RemoteConnection;

RemoteConnectionDialog::RemoteConnectionDialog(RemoteConnection *connection, const QString &sizeKey, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_sizeKey(sizeKey)
    , m_banner(new MessageBanner(this))
{}

RemoteConnectionDialog::~RemoteConnectionDialog() = default;

void RemoteConnectionDialog::setUp(QGroupBox *serviceBox, RemoteDialogSupport::Service service, Wording wording,
                                   const QSize &size)
{
    m_wording = std::move(wording);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(serviceBox);
    layout->addWidget(createTokenBox());
    layout->addWidget(createTestBox(service), 1);
    layout->addWidget(m_buttons);
    RemoteDialogSupport::restoreSize(this, m_sizeKey, size);

    connect(m_connection, &RemoteConnection::tokenLoaded, this, &RemoteConnectionDialog::onTokenLoaded);
    connect(m_connection, &RemoteConnection::tokenSaved, this, &RemoteConnectionDialog::onTokenSaved);
    connect(m_connection, &RemoteConnection::tokenChanged, this, &RemoteConnectionDialog::updateState);
    connect(m_connection, &RemoteConnection::tokenForgotten, this, &RemoteConnectionDialog::onTokenForgotten);
    if (!m_connection->isConfigured()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, m_connection->configurationProblem());
    } else if (!m_connection->hasToken()) {
        m_reading = true;
        m_connection->loadToken();
    }
    updateState();
    if (m_tokenEdit->isEnabled()) {
        m_tokenEdit->setFocus();
    }
}

QGroupBox *RemoteConnectionDialog::settingsBox(const QString &title, const QList<Setting> &settings,
                                               const QString &section)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    for (const Setting &setting : settings) {
        auto *edit = new QLineEdit(setting.value, box);
        edit->setObjectName(setting.objectName);
        edit->setReadOnly(true);
        form->addRow(setting.label, edit);
    }
    const QString file = m_connection->config().filePath;
    form->addRow(RemoteDialogSupport::noteLabel(
        tr("These come from the %1 section of %2. To change them, edit that file and open the course again.")
            .arg(section, file.isEmpty() ? tr("course.yaml") : file),
        box));
    return box;
}

void RemoteConnectionDialog::trackTest(CanvasJob *job)
{
    m_progress->track(job, tr("Testing the connection"));
}

void RemoteConnectionDialog::trackTest(ExchangeJob *job)
{
    m_progress->track(job, tr("Testing the connection"));
}

void RemoteConnectionDialog::addTestButton(QPushButton *button)
{
    m_testRow->insertWidget(1, button);
}

QGroupBox *RemoteConnectionDialog::createTokenBox()
{
    auto *box = new QGroupBox(m_wording.tokenBoxTitle, this);
    m_tokenEdit = new QLineEdit(box);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(m_wording.tokenPlaceholder);
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
    m_tokenState = RemoteDialogSupport::noteLabel(QString(), box);
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
    layout->addWidget(RemoteDialogSupport::noteLabel(m_wording.tokenHelp, box));
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenState);

    connect(m_tokenEdit, &QLineEdit::textChanged, this, &RemoteConnectionDialog::updateState);
    connect(m_showTokenButton, &QToolButton::toggled, this,
            [this](bool shown) { m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_saveButton, &QPushButton::clicked, this, &RemoteConnectionDialog::saveToken);
    connect(m_forgetButton, &QPushButton::clicked, this, &RemoteConnectionDialog::forgetToken);
    return box;
}

QGroupBox *RemoteConnectionDialog::createTestBox(RemoteDialogSupport::Service service)
{
    auto *box = new QGroupBox(tr("Connection test"), this);
    m_testButton = new QPushButton(tr("&Test Connection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(m_wording.testToolTip);
    m_progress = new RemoteProgressPanel(service, box);
    m_verdictBanner = new MessageBanner(box);
    // Keeps the objectName "messageBanner": the banner's style sheet selects by it.
    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();

    m_testRow = new QHBoxLayout;
    m_testRow->addWidget(m_testButton);
    m_testRow->addWidget(m_progress, 1);
    m_testRow->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(m_testRow);
    layout->addWidget(m_verdictBanner);
    layout->addWidget(m_details);
    layout->addStretch();
    connect(m_testButton, &QPushButton::clicked, this, &RemoteConnectionDialog::testConnection);
    return box;
}

void RemoteConnectionDialog::setIntro(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Information, text);
}

QString RemoteConnectionDialog::verdictText() const
{
    return m_verdictBanner->isVisibleTo(this) ? m_verdictBanner->text() : QString();
}

QString RemoteConnectionDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void RemoteConnectionDialog::updateState()
{
    const bool configured = m_connection && m_connection->isConfigured();
    const bool typed = !m_tokenEdit->text().trimmed().isEmpty();
    const bool running = m_progress->isRunning();
    m_tokenEdit->setEnabled(configured);
    m_showTokenButton->setEnabled(configured);
    m_saveButton->setEnabled(configured && typed && !m_saving);
    m_testButton->setEnabled(configured && !running && (typed || m_connection->hasToken()));
    m_testButton->setDefault(m_testButton->isEnabled());
    if (!configured) {
        m_forgetButton->setEnabled(false);
        m_tokenState->setText(m_wording.notConfigured);
        return;
    }
    m_forgetButton->setEnabled(!m_saving && m_connection->tokenSource() != RemoteConnection::TokenSource::None);
    if (m_saving) {
        m_tokenState->setText(tr("Storing the token in the keychain\u2026"));
        return;
    }
    if (m_reading && !m_connection->hasToken()) {
        m_tokenState->setText(tr("Reading the token from the keychain\u2026"));
        return;
    }
    switch (m_connection->tokenSource()) {
    case RemoteConnection::TokenSource::None:
        m_tokenState->setText(
            tr("No token is stored for %1 yet: paste one above and press Save Token.").arg(m_wording.host));
        break;
    case RemoteConnection::TokenSource::Stored:
        m_tokenState->setText(tr("A token for %1 is stored in the system keychain. Paste a new one only to replace it.")
                                  .arg(m_wording.host));
        break;
    case RemoteConnection::TokenSource::Session:
        m_tokenState->setText(tr("The token in use is not stored: it is forgotten when GradeDesk quits. Press Save "
                                 "Token to keep it in the keychain."));
        break;
    }
}

void RemoteConnectionDialog::onTokenLoaded(const Result<void> &result)
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

void RemoteConnectionDialog::saveToken()
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

void RemoteConnectionDialog::onTokenSaved(const Result<void> &result)
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

void RemoteConnectionDialog::forgetToken()
{
    if (!m_connection || !UserPrompt::confirm(this, tr("Forget Token"), m_wording.forgetQuestion, tr("Forget"))) {
        return;
    }
    m_connection->forgetToken();
}

void RemoteConnectionDialog::onTokenForgotten(const Result<void> &result)
{
    if (result) {
        m_banner->showMessage(MessageBanner::Kind::Information, m_wording.forgotten);
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The token could not be removed from the keychain: %1").arg(result.error().message));
    }
    updateState();
}

void RemoteConnectionDialog::testConnection()
{
    if (!m_connection || !m_connection->isConfigured() || m_progress->isRunning()) {
        return;
    }
    const QString typed = m_tokenEdit->text().trimmed();
    if (!typed.isEmpty()) {
        m_connection->useToken(typed); // kept in the field, so Save Token can store it afterwards
    }
    if (!m_connection->hasToken()) {
        return;
    }
    m_verdictBanner->hide();
    m_details->hide();
    startTest();
    updateState();
}

void RemoteConnectionDialog::showVerdict(MessageBanner::Kind kind, const QStringList &lines)
{
    m_verdictBanner->showMessage(kind, lines.join(QLatin1Char('\n')));
    updateState();
}

void RemoteConnectionDialog::showTestFailure(const QString &message)
{
    m_verdictBanner->showMessage(MessageBanner::Kind::Information, message);
    updateState();
}

QString RemoteConnectionDialog::unsavedTokenNote() const
{
    if (!m_connection || m_connection->tokenSource() != RemoteConnection::TokenSource::Session) {
        return {};
    }
    return tr("This token works but is not stored yet: press Save Token to keep it in the keychain.");
}

void RemoteConnectionDialog::showDetails(const QList<std::pair<QString, QString>> &pairs, int perRow)
{
    // Several pairs a row keep a long list short; a spacer column separates them.
    const qsizetype step = std::max(perRow, 1);
    const QString spacer = step > 1 ? QStringLiteral("<td width=\"24\"></td>") : QString();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < pairs.size(); i += step) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < std::min(i + step, pairs.size()); ++j) {
            html += QStringLiteral("<td>%1</td><td><b>%2</b></td>")
                        .arg(pairs.at(j).first.toHtmlEscaped(), pairs.at(j).second.toHtmlEscaped()) +
                    spacer;
        }
        html += QStringLiteral("</tr>");
    }
    m_details->setText(html + QStringLiteral("</table>"));
    m_details->show();
}

void RemoteConnectionDialog::hideDetails()
{
    m_details->hide();
}

void RemoteConnectionDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void RemoteConnectionDialog::done(int result)
{
    RemoteDialogSupport::saveSize(this, m_sizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
