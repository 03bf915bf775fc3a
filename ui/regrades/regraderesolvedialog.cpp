// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regraderesolvedialog.h"

#include "../gradingformat.h"

#include <models/regrades/regradelistmodel.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

namespace GradeDesk::Ui {

using namespace Services;

RegradeResolveDialog::RegradeResolveDialog(const RegradeRequestRecord &request, const QString &studentName,
                                           std::optional<double> scoreNow, double maxScore, QWidget *parent)
    : QDialog(parent)
    , m_requestId(request.id)
    , m_outcome(sameScore(scoreNow, request.scoreBefore) ? RegradeOutcome::Unchanged : RegradeOutcome::Changed)
    , m_outcomeLabel(new QLabel(this))
    , m_replyEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_resolveButton(m_buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("regradeResolveDialog"));
    setWindowTitle(tr("Resolve Regrade Request"));
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_replyEdit->setObjectName(QStringLiteral("replyPlainTextEdit"));
    m_errorLabel->setObjectName(QStringLiteral("resolveErrorLabel"));
    m_resolveButton->setObjectName(QStringLiteral("resolvePushButton"));

    auto *about =
        new QLabel(tr("%1 · %2").arg(studentName, Models::RegradeListModel::questionText(request.questionName)), this);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);
    about->setTextFormat(Qt::PlainText);
    auto *message = new QLabel(request.message.trimmed(), this);
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setFrameShape(QFrame::StyledPanel);
    message->setMargin(6);

    const QString before = GradingFormat::score(request.scoreBefore, maxScore);
    const QString now = GradingFormat::score(scoreNow, maxScore);
    m_outcomeLabel->setText(m_outcome == RegradeOutcome::Changed
                                ? tr("Outcome: score %1 → %2, changed. The new grade is marked for the next "
                                     "Canvas push.")
                                      .arg(before, now)
                                : tr("Outcome: score stays %1, unchanged. Change the grade first if the student "
                                     "is right.")
                                      .arg(now));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextFormat(Qt::PlainText);

    auto *replyLabel = new QLabel(tr("&Reply to the student (required):"), this);
    replyLabel->setBuddy(m_replyEdit);
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setPlaceholderText(tr("Why the grade changed or stays, as the student will read it"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette error = m_errorLabel->palette();
    error.setColor(QPalette::WindowText, QColor(QStringLiteral("#c53030")));
    m_errorLabel->setPalette(error);
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(message);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(replyLabel);
    layout->addWidget(m_replyEdit, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_replyEdit, &QPlainTextEdit::textChanged, this, &RegradeResolveDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        if (!reply().isEmpty()) {
            emit submitted(reply());
        }
    });
    // Return writes a new line in the reply; Ctrl+Return resolves. The dialog is accepted only once the
    // window stored the decision.
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, m_resolveButton, &QPushButton::click);
    updateButton();
    m_replyEdit->setFocus();
    resize(520, 380);
}

RegradeResolveDialog::~RegradeResolveDialog() = default;

QString RegradeResolveDialog::outcomeText() const
{
    return m_outcomeLabel->text();
}

QString RegradeResolveDialog::reply() const
{
    return m_replyEdit->toPlainText().trimmed();
}

void RegradeResolveDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

bool RegradeResolveDialog::sameScore(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b) {
        return !a && !b;
    }
    return std::abs(*a - *b) < 1e-6;
}

void RegradeResolveDialog::updateButton()
{
    m_resolveButton->setEnabled(!reply().isEmpty());
    m_resolveButton->setToolTip(reply().isEmpty() ? tr("Write a reply first: the student reads it")
                                                  : tr("Record the decision (Ctrl+Return)"));
}

} // namespace GradeDesk::Ui
