// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// RegradeWindow: what its buttons do.
#include "../messagebanner.h"
#include "regradedetailpane.h"
#include "regradeimportdialog.h"
#include "regradenewdialog.h"
#include "regraderesolvedialog.h"
#include "regradewindow.h"

#include <models/regrades/regradefiltermodel.h>
#include <models/regrades/regradelistmodel.h>
#include <services/gradebook/gradebook.h>

#include <QComboBox>
#include <QPointer>
#include <QSet>
#include <QTableView>

namespace GradeDesk::Ui {

using namespace Services;
using Models::RegradeListModel;

RegradeResolveDialog *RegradeWindow::resolveDialog() const
{
    return m_resolveDialog;
}

RegradeNewDialog *RegradeWindow::newRequestDialog() const
{
    return m_newDialog;
}

RegradeImportDialog *RegradeWindow::importDialog() const
{
    return m_importDialog;
}

void RegradeWindow::startReview()
{
    moveRequest(RegradeState::InReview, QString());
}

void RegradeWindow::reopen()
{
    moveRequest(RegradeState::Reopened, QString());
}

void RegradeWindow::moveRequest(RegradeState state, const QString &reply)
{
    const auto request = currentRequest();
    if (!m_gradebook || !request) {
        return;
    }
    const Result<RegradeRequestRecord> moved =
        m_gradebook->setRegradeState(request->id, state, reply, request->version, m_config.grader);
    if (!moved) {
        if (moved.error().kind == ServiceError::Kind::Conflict) {
            // Another grader moved it first: show what they did, never overwrite it.
            if (m_resolveDialog) {
                m_resolveDialog->reject();
            }
            reload();
            selectRequest(request->id);
            reportFailure(moved.error(), tr("Another grader changed this request in the meantime; it now shows "
                                            "their change. Check it and try again if still needed"));
        } else if (m_resolveDialog && state == RegradeState::Resolved) {
            m_resolveDialog->showError(moved.error().message);
        } else {
            reportFailure(moved.error(), tr("The request could not be changed"));
        }
        return;
    }
    m_banner->hide();
    if (Result<void> refreshed = m_model->refresh(); !refreshed) {
        reportFailure(refreshed.error(), tr("Reading the regrade requests failed"));
    }
    if (!selectRequest(request->id)) {
        showCurrent(); // the filters hide it now: the next request is selected
    }
    if (state == RegradeState::Resolved) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              moved.value().outcome == RegradeOutcome::Changed
                                  ? tr("Resolved: the grade changed and is marked for the next Canvas push.")
                                  : tr("Resolved: the grade stays as it was."));
    }
}

void RegradeWindow::openResolveDialog()
{
    const auto request = currentRequest();
    if (!m_gradebook || !request || request->state == RegradeState::Resolved) {
        return;
    }
    delete m_resolveDialog;
    // The score now, read fresh: the detail pane may show a request loaded before the last grade change.
    m_detail->showRequest(*request, m_model->displayName(request->studentId));
    m_resolveDialog = new RegradeResolveDialog(*request, m_model->displayName(request->studentId),
                                               m_detail->currentScore(), m_detail->maxScore(), this);
    m_resolveDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_resolveDialog, &RegradeResolveDialog::submitted, this, [this](const QString &reply) {
        const QPointer<RegradeResolveDialog> dialog = m_resolveDialog;
        const auto request = currentRequest();
        if (!dialog || !request || request->id != dialog->requestId()) {
            return;
        }
        moveRequest(RegradeState::Resolved, reply);
        if (dialog && m_model->rowOfRequest(dialog->requestId()) >= 0 &&
            m_model->request(m_model->rowOfRequest(dialog->requestId())).state == RegradeState::Resolved) {
            dialog->accept();
        }
    });
    m_resolveDialog->open();
}

void RegradeWindow::openNewRequestDialog()
{
    if (!m_gradebook || assignment().isEmpty()) {
        return;
    }
    const Result<QList<SubmissionRecord>> submissions = m_gradebook->submissions(assignmentId());
    const Result<QList<StudentRecord>> students = m_gradebook->students();
    if (!submissions || !students) {
        reportFailure(submissions ? students.error() : submissions.error(), tr("Reading the submissions failed"));
        return;
    }
    QSet<QString> submitted;
    for (const SubmissionRecord &submission : submissions.value()) {
        submitted.insert(submission.studentId);
    }
    QList<StudentRecord> choices;
    for (const StudentRecord &student : students.value()) {
        if (submitted.contains(student.id)) {
            choices.append(student);
        }
    }
    delete m_newDialog;
    m_newDialog = new RegradeNewDialog(assignment(), choices, m_questions, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto request = currentRequest()) {
        m_newDialog->preselect(QString(), request->cellId);
    }
    connect(m_newDialog, &RegradeNewDialog::submitted, this,
            [this](const QString &studentId, qint64 cellId, const QString &message) {
                NewRegradeRequest request;
                request.assignment = assignment();
                request.studentId = studentId;
                request.cellId = cellId;
                request.message = message;
                request.source = RegradeSource::Staff;
                const Result<RegradeAdded> added = m_gradebook->addRegradeRequest(request, m_config.grader);
                if (!added) {
                    m_newDialog->showError(added.error().message);
                    return;
                }
                m_newDialog->accept();
                if (Result<void> refreshed = m_model->refresh(); !refreshed) {
                    reportFailure(refreshed.error(), tr("Reading the regrade requests failed"));
                }
                if (!selectRequest(added.value().id)) {
                    // The filters hide a new request (e.g. "Resolved"): show everything so it is seen.
                    m_stateCombo->setCurrentIndex(
                        m_stateCombo->findData(int(Models::RegradeFilterModel::StateFilter::All)));
                    m_questionCombo->setCurrentIndex(0);
                    applyFilters();
                    selectRequest(added.value().id);
                }
                m_requestView->setFocus();
            });
    m_newDialog->open();
}

void RegradeWindow::openImportDialog()
{
    if (!m_gradebook) {
        return;
    }
    delete m_importDialog;
    m_importDialog = new RegradeImportDialog(m_gradebook, m_config.grader, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &RegradeImportDialog::imported, this, [this](const RegradeCsvResult &result) {
        if (Result<void> refreshed = m_model->refresh(); !refreshed) {
            reportFailure(refreshed.error(), tr("Reading the regrade requests failed"));
        }
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Imported %n request(s)", nullptr, result.added) +
                                  (result.alreadyImported > 0
                                       ? tr(" · %n imported before", nullptr, result.alreadyImported)
                                       : QString()) +
                                  (result.rejected > 0 ? tr(" · %n left out", nullptr, result.rejected) : QString()));
        if (!result.addedIds.isEmpty()) {
            selectRequest(result.addedIds.constFirst());
        }
    });
    m_importDialog->open();
}

} // namespace GradeDesk::Ui
