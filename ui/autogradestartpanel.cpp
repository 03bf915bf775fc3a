// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradestartpanel.h"

#include "uisettings.h"

#include <services/config/courseconfig.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace GradeDesk::Ui {

namespace {

const auto ExecutorSelection = QStringLiteral("autogradeExecutor");
const auto LocalExecutor = QStringLiteral("local");
const auto KubernetesExecutor = QStringLiteral("kubernetes");

} // namespace

AutogradeStartPanel::AutogradeStartPanel(QWidget *parent)
    : QWidget(parent)
    , m_assignmentBox(new QComboBox(this))
    , m_executorBox(new QComboBox(this))
    , m_executorHint(new QLabel(this))
    , m_parallelismSpin(new QSpinBox(this))
    , m_cellTimeoutSpin(new QSpinBox(this))
    , m_submissionTimeoutSpin(new QSpinBox(this))
    , m_errorLabel(new QLabel(this))
    , m_startButton(new QPushButton(tr("&Start Autograde"), this))
{
    m_assignmentBox->setObjectName(QStringLiteral("assignmentComboBox"));
    m_executorBox->setObjectName(QStringLiteral("executorComboBox"));
    m_parallelismSpin->setObjectName(QStringLiteral("parallelismSpinBox"));
    m_cellTimeoutSpin->setObjectName(QStringLiteral("cellTimeoutSpinBox"));
    m_submissionTimeoutSpin->setObjectName(QStringLiteral("submissionTimeoutSpinBox"));
    m_errorLabel->setObjectName(QStringLiteral("startErrorLabel"));
    m_startButton->setObjectName(QStringLiteral("startPushButton"));

    m_executorBox->addItem(tr("This computer (local processes)"), LocalExecutor);
    m_executorBox->addItem(tr("Kubernetes cluster"), KubernetesExecutor);
    m_executorHint->setWordWrap(true);
    m_executorHint->setEnabled(false); // secondary text

    const Services::AutogradeLimits defaults;
    m_parallelismSpin->setRange(0, 1000);
    m_parallelismSpin->setSpecialValueText(tr("Automatic"));
    m_parallelismSpin->setToolTip(tr("Submissions graded at the same time. Automatic: one per processor core "
                                     "locally (%1 here), the course default on a cluster.")
                                      .arg(QThread::idealThreadCount()));
    m_cellTimeoutSpin->setRange(1, 3600);
    m_cellTimeoutSpin->setSuffix(tr(" s"));
    m_cellTimeoutSpin->setValue(defaults.cellTimeoutSeconds);
    m_cellTimeoutSpin->setToolTip(tr("A cell running longer is interrupted and scored like a cell with an error"));
    m_submissionTimeoutSpin->setRange(10, 24 * 3600);
    m_submissionTimeoutSpin->setSuffix(tr(" s"));
    m_submissionTimeoutSpin->setValue(defaults.submissionTimeoutSeconds);
    m_submissionTimeoutSpin->setToolTip(tr("A submission running longer is stopped and shown as timed out"));

    auto *intro = new QLabel(tr("Runs every submission's notebooks and scores their test cells. Nothing is "
                                "written to the gradebook until you review the changes and commit them; "
                                "manual scores, comments and rubric items are never changed."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &label, QWidget *field) {
        auto *text = new QLabel(label);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Assignment:"), m_assignmentBox);
    addRow(tr("&Run on:"), m_executorBox);
    form->addRow(QString(), m_executorHint);
    addRow(tr("&Parallel submissions:"), m_parallelismSpin);
    addRow(tr("&Cell time limit:"), m_cellTimeoutSpin);
    addRow(tr("Su&bmission time limit:"), m_submissionTimeoutSpin);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_startButton->setDefault(true);
    m_startButton->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_startButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    setTabOrder(m_assignmentBox, m_executorBox);
    setTabOrder(m_executorBox, m_parallelismSpin);
    setTabOrder(m_parallelismSpin, m_cellTimeoutSpin);
    setTabOrder(m_cellTimeoutSpin, m_submissionTimeoutSpin);
    setTabOrder(m_submissionTimeoutSpin, m_startButton);

    connect(m_executorBox, &QComboBox::currentIndexChanged, this, &AutogradeStartPanel::updateExecutorHint);
    connect(m_startButton, &QPushButton::clicked, this, &AutogradeStartPanel::onStart);
    updateExecutorHint();
}

AutogradeStartPanel::~AutogradeStartPanel() = default;

void AutogradeStartPanel::setCourse(const Services::CourseConfig &config)
{
    const QString current = m_assignmentBox->currentText();
    m_assignmentBox->clear();
    for (const Services::AssignmentConfig &assignment : config.assignments) {
        m_assignmentBox->addItem(assignment.name);
    }
    setAssignment(current);

    // The course's autograde section gives the defaults; the executor last used for this course wins.
    const Services::AutogradeConfig &autograde = config.autograde;
    m_courseFile = config.filePath;
    m_limits.cellTimeoutSeconds = autograde.cellTimeoutSeconds;
    m_limits.submissionTimeoutSeconds = autograde.submissionTimeoutSeconds;
    m_limits.maxOutputBytes = autograde.maxOutputBytes;
    m_limits.cpu = autograde.cpu;
    m_limits.memoryMiB =
        int(Services::AutogradeConfig::memoryBytes(autograde.memory).value_or(qint64(2048) << 20) >> 20);
    m_parallelismSpin->setValue(autograde.parallelism);
    m_cellTimeoutSpin->setValue(autograde.cellTimeoutSeconds);
    m_submissionTimeoutSpin->setValue(autograde.submissionTimeoutSeconds);
    QString executor = UiSettings::lastSelection(m_courseFile, ExecutorSelection);
    if (m_executorBox->findData(executor) < 0) {
        executor = Services::AutogradeConfig::executorName(autograde.executor);
    }
    m_executorBox->setCurrentIndex(std::max(0, int(m_executorBox->findData(executor))));

    const Services::KubernetesConfig &kube = config.kubernetes;
    const QString context = kube.context.isEmpty() ? tr("the current context") : kube.context;
    const QString ns = kube.ns.isEmpty() ? tr("its namespace") : tr("namespace %1").arg(kube.ns);
    const QString file = kube.kubeconfig.isEmpty() ? tr("the default kubeconfig") : kube.kubeconfig;
    m_executorBox->setItemData(1, tr("As Kubernetes Jobs in %1 (%2) of %3.").arg(context, ns, file), Qt::ToolTipRole);
    updateExecutorHint();
}

void AutogradeStartPanel::setAssignment(const QString &name)
{
    const int index = m_assignmentBox->findText(name);
    if (index >= 0) {
        m_assignmentBox->setCurrentIndex(index);
    }
}

Models::AutogradeStartOptions AutogradeStartPanel::options() const
{
    Models::AutogradeStartOptions options;
    options.limits = m_limits;
    options.assignment = m_assignmentBox->currentText();
    options.executor = m_executorBox->currentData().toString();
    options.parallelism = m_parallelismSpin->value();
    options.limits.cellTimeoutSeconds = m_cellTimeoutSpin->value();
    options.limits.submissionTimeoutSeconds = m_submissionTimeoutSpin->value();
    return options;
}

void AutogradeStartPanel::setError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void AutogradeStartPanel::onStart()
{
    if (m_assignmentBox->currentText().isEmpty()) {
        setError(tr("This course has no assignments in course.yaml. Add one, then open Autograde again."));
        m_assignmentBox->setFocus();
        return;
    }
    setError({});
    if (!m_courseFile.isEmpty()) {
        UiSettings::setLastSelection(m_courseFile, ExecutorSelection, m_executorBox->currentData().toString());
    }
    emit startRequested(options());
}

void AutogradeStartPanel::updateExecutorHint()
{
    const bool kube = m_executorBox->currentData().toString() == KubernetesExecutor;
    m_executorHint->setText(kube ? m_executorBox->itemData(1, Qt::ToolTipRole).toString()
                                 : tr("With the course's Python and Jupyter kernel on this computer."));
}

} // namespace GradeDesk::Ui
