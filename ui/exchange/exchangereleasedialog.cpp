// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangereleasedialog.h"

#include "exchangedialogsupport.h"

#include <models/exchange/ngshareconnection.h>
#include <services/exchange/pathguard.h>
#include <services/notebook/releasegenerator.h>
#include <ui/messagebanner.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/uilogging.h>
#include <ui/userprompt.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

const auto SizeKey = QStringLiteral("exchange/releaseDialog");

QStringList subfolders(const QString &path)
{
    return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
}

int countFiles(const QString &path)
{
    int files = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    return files;
}

} // namespace

ExchangeReleaseDialog::ExchangeReleaseDialog(Models::NgshareConnection *connection, const QString &current,
                                             QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_banner(new MessageBanner(this))
    , m_assignmentBox(new QComboBox(this))
    , m_localLabel(ExchangeDialogSupport::noteLabel(QString(), this))
    , m_stateLabel(ExchangeDialogSupport::noteLabel(QString(), this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Ngshare, this))
    , m_releaseButton(new QPushButton(tr("&Release"), this))
    , m_replaceButton(new QPushButton(tr("Re&place Release\u2026"), this))
    , m_connectButton(new QPushButton(tr("C&onnect\u2026"), this))
{
    setObjectName(QStringLiteral("exchangeReleaseDialog"));
    setWindowTitle(tr("Release Assignment on ngshare"));
    m_assignmentBox->setObjectName(QStringLiteral("assignmentComboBox"));
    m_localLabel->setObjectName(QStringLiteral("localStateLabel"));
    m_stateLabel->setObjectName(QStringLiteral("exchangeStateLabel"));
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setToolTip(tr("Generate the student version if needed and upload it to ngshare"));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceButton->setToolTip(tr("Remove the earlier release and release again (only while nobody has submitted)"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->hide();
    m_replaceButton->hide();
    for (QPushButton *button : {m_replaceButton, m_connectButton}) {
        button->setAutoDefault(false);
    }
    m_assignmentBox->addItems(candidateAssignments(connection->config()));
    m_assignmentBox->setMinimumContentsLength(24);

    auto *form = new QFormLayout;
    form->addRow(tr("&Assignment:"), m_assignmentBox);
    form->addRow(tr("In the course folder:"), m_localLabel);
    form->addRow(tr("On ngshare:"), m_stateLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replaceButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_releaseButton, QDialogButtonBox::AcceptRole);
    // AcceptRole would close the dialog: Release reports in place instead.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExchangeReleaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(ExchangeDialogSupport::noteLabel(
        tr("Students fetch a released assignment from ngshare. ngshare cannot update a release: check the "
           "student version in release/ before you press Release."),
        this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    ExchangeDialogSupport::restoreSize(this, SizeKey, QSize(640, 340));

    setAssignment(current);
    connect(m_assignmentBox, &QComboBox::currentIndexChanged, this, &ExchangeReleaseDialog::refreshState);
    connect(m_releaseButton, &QPushButton::clicked, this, &ExchangeReleaseDialog::release);
    connect(m_replaceButton, &QPushButton::clicked, this, &ExchangeReleaseDialog::replace);
    connect(m_connectButton, &QPushButton::clicked, this, &ExchangeReleaseDialog::connectionRequested);
    refreshState();
    m_assignmentBox->setFocus();
}

ExchangeReleaseDialog::~ExchangeReleaseDialog() = default;

QStringList ExchangeReleaseDialog::candidateAssignments(const CourseConfig &config)
{
    const QDir course(config.courseDirectory());
    QSet<QString> names;
    for (const QString &folder : {QStringLiteral("source"), QStringLiteral("release")}) {
        for (const QString &name : subfolders(course.filePath(folder))) {
            names.insert(name);
        }
    }
    for (const AssignmentConfig &assignment : config.assignments) {
        names.insert(assignment.name);
    }
    QStringList sorted;
    for (const QString &name : std::as_const(names)) {
        if (checkPathComponent(name, tr("assignment"))) {
            sorted.append(name);
        }
    }
    sorted.sort();
    return sorted;
}

QString ExchangeReleaseDialog::assignment() const
{
    return m_assignmentBox->currentText();
}

void ExchangeReleaseDialog::setAssignment(const QString &name)
{
    const int index = m_assignmentBox->findText(name);
    if (index >= 0) {
        m_assignmentBox->setCurrentIndex(index);
    }
}

bool ExchangeReleaseDialog::isBusy() const
{
    return m_progress->isRunning();
}

QString ExchangeReleaseDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString ExchangeReleaseDialog::stateText() const
{
    return m_stateLabel->text();
}

void ExchangeReleaseDialog::refreshState()
{
    m_state.reset();
    const QString name = assignment();
    if (name.isEmpty() || !m_connection || !m_connection->exchange()) {
        m_localLabel->setText(tr("No assignment found in source/ or course.yaml."));
        m_stateLabel->clear();
        updateState();
        return;
    }
    const QDir course(m_connection->config().courseDirectory());
    const QString releaseDir = course.filePath(QStringLiteral("release/") + name);
    if (QFileInfo(releaseDir).isDir()) {
        m_localLabel->setText(tr("release/%1 holds the student version (%n file(s)); it is uploaded as it is.", nullptr,
                                 countFiles(releaseDir))
                                  .arg(name));
    } else if (QFileInfo(course.filePath(QStringLiteral("source/") + name)).isDir()) {
        m_localLabel->setText(tr("release/%1 does not exist yet: it is generated from source/%1 first.").arg(name));
    } else {
        m_localLabel->setText(tr("Neither source/%1 nor release/%1 exists: there is nothing to release.").arg(name));
    }
    m_checking = true;
    m_stateLabel->setText(tr("Checking\u2026"));
    const quint64 request = ++m_stateRequest;
    auto *job = m_connection->exchange()->releaseState(name);
    connect(job, &ExchangeJob::finished, this, [this, job, request, name] {
        if (request != m_stateRequest) {
            return;
        }
        m_checking = false;
        const Result<NgshareReleaseState> &result = job->result();
        if (!result) {
            m_stateLabel->setText(tr("Unknown: %1").arg(result.error().message));
            m_connectButton->setVisible(ExchangeDialogSupport::needsNewToken(result.error()));
        } else {
            m_state = result.value();
            if (!m_state->released) {
                m_stateLabel->setText(tr("Not released yet."));
            } else if (m_state->canReplace()) {
                m_stateLabel->setText(
                    tr("Released; nobody has submitted it yet, so it can still be replaced (Replace Release)."));
            } else {
                m_stateLabel->setText(tr("Released, with %n submission(s). ngshare cannot update it any more.", nullptr,
                                         m_state->submissions));
            }
        }
        updateState();
    });
    updateState();
}

QString ExchangeReleaseDialog::prepareReleaseFolder(QStringList &notes)
{
    const QString name = assignment();
    const QDir course(m_connection->config().courseDirectory());
    const QString releaseDir = course.filePath(QStringLiteral("release/") + name);
    if (QFileInfo(releaseDir).isDir()) {
        return releaseDir;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ReleaseReport> generated =
        ReleaseGenerator::generateAssignment(course.filePath(QStringLiteral("source/") + name), releaseDir);
    QApplication::restoreOverrideCursor();
    if (!generated) {
        showError(tr("The student version of %1 could not be generated.").arg(name), generated.error());
        return {};
    }
    notes << tr("Generated release/%1 from source/%1 (%2).")
                 .arg(name, generated.value().notebooks.join(QStringLiteral(", ")));
    notes << generated.value().warnings;
    return releaseDir;
}

void ExchangeReleaseDialog::release()
{
    upload(ReleaseMode::Refuse);
}

void ExchangeReleaseDialog::replace()
{
    if (!m_state || !m_state->canReplace() ||
        !UserPrompt::confirm(this, tr("Replace Release"),
                             tr("Remove the release of %1 from ngshare and release it again? Students who already "
                                "fetched it keep the old version until they fetch again.")
                                 .arg(assignment()),
                             tr("Replace"))) {
        return;
    }
    upload(ReleaseMode::ReplaceIfNothingSubmitted);
}

void ExchangeReleaseDialog::upload(ReleaseMode mode)
{
    const QString name = assignment();
    if (name.isEmpty() || isBusy() || !m_connection || !m_connection->exchange()) {
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    QStringList notes;
    const QString releaseDir = prepareReleaseFolder(notes);
    if (releaseDir.isEmpty()) {
        refreshState();
        return;
    }
    auto *job = m_connection->exchange()->release(name, releaseDir, mode);
    m_progress->track(job, tr("Uploading %1").arg(name));
    connect(job, &ExchangeJob::finished, this, [this, job, name, mode, notes] {
        const Result<ExchangeReleaseReport> &result = job->result();
        if (result) {
            const ExchangeReleaseReport &report = result.value();
            QStringList lines = notes;
            lines << tr("Released %1 on ngshare%2: %n file(s), %3 KiB. Students can fetch it now.", nullptr,
                        int(report.files.size()))
                         .arg(name, report.replaced ? tr(" (replacing the earlier release)") : QString())
                         .arg((report.bytes + 1023) / 1024);
            m_banner->showMessage(MessageBanner::Kind::Information, lines.join(QLatin1Char('\n')));
            emit released(name);
        } else if (result.error().kind == ServiceError::Kind::Cancelled) {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Release cancelled. Check the state below before releasing again."));
        } else if (result.error().kind == ServiceError::Kind::Conflict && mode == ReleaseMode::Refuse) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("%1 is already released on ngshare, and ngshare cannot update a release. If "
                                     "nobody has submitted it yet, Replace Release removes it and releases it again.")
                                      .arg(name));
        } else {
            showError(tr("%1 was not released.").arg(name), result.error());
        }
        refreshState();
    });
    updateState();
}

void ExchangeReleaseDialog::showError(const QString &what, const ServiceError &error)
{
    qCWarning(lcUi) << what << "-" << kindName(error.kind) << error.detail;
    m_banner->showMessage(MessageBanner::Kind::Error,
                          what + QLatin1Char('\n') + ExchangeDialogSupport::errorText(error));
    m_connectButton->setVisible(ExchangeDialogSupport::needsNewToken(error));
}

void ExchangeReleaseDialog::updateState()
{
    const bool busy = isBusy();
    const bool released = m_state && m_state->released;
    m_assignmentBox->setEnabled(!busy);
    m_releaseButton->setEnabled(!busy && !assignment().isEmpty() && !m_checking);
    m_releaseButton->setToolTip(released ? tr("Already released: ngshare refuses to release it again")
                                         : tr("Generate the student version if needed and upload it to ngshare"));
    const bool replaceable = m_state && m_state->canReplace();
    m_replaceButton->setVisible(replaceable);
    m_replaceButton->setEnabled(!busy && replaceable);
}

void ExchangeReleaseDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void ExchangeReleaseDialog::done(int result)
{
    ExchangeDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
