// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasassignmentbox.h"

#include <models/submissiontablemodel.h>
#include <services/canvas/canvaspushplan.h>
#include <ui/remote/remotedialogsupport.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace GradeDesk::Ui {

using Services::CanvasAssignment;
using Services::CanvasGrades;

CanvasAssignmentBox::CanvasAssignmentBox(QWidget *parent)
    : QGroupBox(tr("Canvas assignment"), parent)
    , m_label(new QLabel(this))
    , m_policy(RemoteDialogSupport::noteLabel(QString(), this))
    , m_createButton(new QPushButton(tr("C&reate in Canvas"), this))
    , m_publishCheck(new QCheckBox(tr("P&ublish it at once"), this))
    , m_publishButton(new QPushButton(tr("Pu&blish in Canvas"), this))
{
    setObjectName(QStringLiteral("canvasAssignmentBox"));
    m_label->setObjectName(QStringLiteral("canvasAssignmentLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setOpenExternalLinks(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_policy->setObjectName(QStringLiteral("postPolicyLabel"));
    m_createButton->setObjectName(QStringLiteral("createAssignmentButton"));
    m_createButton->setAutoDefault(false);
    m_publishCheck->setObjectName(QStringLiteral("publishCheckBox"));
    m_publishCheck->setChecked(true);
    m_publishCheck->setToolTip(tr("Canvas accepts grades only for published assignments"));
    m_publishButton->setObjectName(QStringLiteral("publishAssignmentButton"));
    m_publishButton->setAutoDefault(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_createButton);
    actions->addWidget(m_publishCheck);
    actions->addWidget(m_publishButton);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_policy);
    layout->addLayout(actions);
    connect(m_createButton, &QPushButton::clicked, this, [this] { emit createRequested(m_publishCheck->isChecked()); });
    connect(m_publishButton, &QPushButton::clicked, this, &CanvasAssignmentBox::publishRequested);
    showSearching(QString());
}

CanvasAssignmentBox::~CanvasAssignmentBox() = default;

void CanvasAssignmentBox::showSearching(const QString &name)
{
    m_createButton->hide();
    m_publishCheck->hide();
    m_publishButton->hide();
    m_label->setText(name.isEmpty() ? tr("Choose an assignment.") : tr("Looking for it in Canvas\u2026"));
    m_policy->clear();
}

void CanvasAssignmentBox::showResult(const QString &name, const std::optional<CanvasAssignment> &assignment,
                                     std::optional<double> localPoints)
{
    m_createButton->setVisible(!assignment);
    m_publishCheck->setVisible(!assignment);
    m_publishButton->setVisible(assignment && !assignment->published);
    if (!assignment) {
        m_label->setText(
            tr("Canvas has no assignment \u201c%1\u201d. Create it with %2 points, or create it in "
               "Canvas yourself and press Refresh. The table shows what would be sent.")
                .arg(name.toHtmlEscaped(), localPoints ? Models::formatScore(*localPoints) : tr("unknown")));
        m_policy->setText(tr("The post policy shows once the assignment exists in Canvas."));
        return;
    }
    QString text = tr("<b>%1</b> (Canvas id %2), %3 points, %4.")
                       .arg(assignment->name.toHtmlEscaped(), assignment->id.toHtmlEscaped(),
                            Models::formatScore(assignment->pointsPossible),
                            assignment->published ? tr("published") : tr("<b>not published</b>"));
    if (assignment->htmlUrl.isValid()) {
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(assignment->htmlUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open in Canvas"));
    }
    if (localPoints && std::abs(*localPoints - assignment->pointsPossible) > 0.005) {
        text += QStringLiteral("<br>") + tr("GradeDesk counts %1 points for this assignment; scores are sent as "
                                            "they are, so check the points in Canvas.")
                                             .arg(Models::formatScore(*localPoints));
    }
    if (!assignment->published) {
        text += QStringLiteral("<br>") +
                tr("Canvas refuses grades for unpublished assignments. Publish it in Canvas (Assignments, then the "
                   "publish button next to it) and press Refresh, or press Publish in Canvas here.");
    }
    m_label->setText(text);
    m_policy->setText(CanvasGrades::postPolicyText(*assignment));
}

void CanvasAssignmentBox::setActionsEnabled(bool enabled)
{
    m_createButton->setEnabled(enabled);
    m_publishCheck->setEnabled(enabled);
    m_publishButton->setEnabled(enabled);
}

QString CanvasAssignmentBox::text() const
{
    return m_label->text() + QLatin1Char('\n') + m_policy->text();
}

} // namespace GradeDesk::Ui
