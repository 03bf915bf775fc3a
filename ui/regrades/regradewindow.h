// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/result.h>
#include <services/gradebook/regraderecords.h>
#include <services/gradebook/rubricrecords.h>

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace GradeDesk::Models {
class RegradeFilterModel;
class RegradeListModel;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

class MessageBanner;
class RegradeDetailPane;
class RegradeImportDialog;
class RegradeNewDialog;
class RegradeResolveDialog;

/**
 * @brief Course → Regrades…: the regrade requests of an assignment and what to do with them.
 *
 * Top: the assignment, a state filter with counts ("Unresolved (3)"), a question filter with each
 * question's open requests, anonymity, New Request… and Import CSV…. Left: the requests (sortable
 * by any column). Right: the selected request (RegradeDetailPane) with Start Review, Resolve…
 * (reply required; shows the outcome it will record) and Reopen. Students appear by pseudonym
 * while anonymous, as in the grading view; showing names is recorded in the audit log.
 *
 * Every change goes through the gradebook with the request's version: when another grader moved
 * the request in between (Conflict), the banner says so and the list and detail reload. The list
 * follows Gradebook::regradesChanged, so other graders' requests and decisions appear by
 * themselves. Keyboard: Tab walks the filters, the list and the buttons; Alt+letter reaches each
 * control; F5 reloads; Escape or Ctrl+W closes (hides) the window.
 */
class RegradeWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeWindow)

public:
    /// `gradebook` must outlive the window; `config` names the grader, the course id and directory.
    RegradeWindow(Services::Gradebook *gradebook, const Services::CourseConfig &config, QWidget *parent = nullptr);
    ~RegradeWindow() override;

    /// Shows the requests of the assignment (by name); "" picks the first assignment.
    void setAssignment(const QString &name);
    QString assignment() const;
    /// Re-reads assignments, requests and the selected request.
    void reload();
    /// Selects the request when the filters show it; false otherwise.
    bool selectRequest(qint64 id);
    /// The selected request, if any.
    std::optional<Services::RegradeRequestRecord> currentRequest() const;

    // What the buttons do.
    void startReview();
    void openResolveDialog();
    void reopen();
    void openNewRequestDialog();
    void openImportDialog();

    QComboBox *assignmentCombo() const { return m_assignmentCombo; }

    QComboBox *stateCombo() const { return m_stateCombo; }

    QComboBox *questionCombo() const { return m_questionCombo; }

    QCheckBox *anonymousCheck() const { return m_anonymousCheck; }

    QTableView *requestView() const { return m_requestView; }

    RegradeDetailPane *detailPane() const { return m_detail; }

    MessageBanner *banner() const { return m_banner; }

    Models::RegradeListModel *listModel() const { return m_model; }

    Models::RegradeFilterModel *filterModel() const { return m_filter; }

    /// Open dialogs (null when none), for tests.
    RegradeResolveDialog *resolveDialog() const;
    RegradeNewDialog *newRequestDialog() const;
    RegradeImportDialog *importDialog() const;

    /// "2 open · 1 in review · 3 resolved" as the status line shows it.
    QString countsText() const;

signals:
    /// The grader wants to grade the request's answer in the grading view (cell 0: whole submission).
    void gradeAnswerRequested(const QString &assignment, qint64 cellId, const QString &studentId);

private:
    void buildLayout();
    void loadAssignments();
    void loadStudents();
    void updateStateChoices();
    void updateQuestionChoices();
    void applyFilters();
    void showCurrent();
    void onAnonymousToggled(bool anonymous);
    /// Moves the selected request; reports Conflict and other failures in the banner.
    void moveRequest(Services::RegradeState state, const QString &reply);
    bool reportFailure(const Services::ServiceError &error, const QString &what);
    qint64 assignmentId() const;

    QPointer<Services::Gradebook> m_gradebook;
    Services::CourseConfig m_config;
    QList<Services::QuestionRecord> m_questions;
    Models::RegradeListModel *m_model;
    Models::RegradeFilterModel *m_filter;
    MessageBanner *m_banner;
    QComboBox *m_assignmentCombo;
    QComboBox *m_stateCombo;
    QComboBox *m_questionCombo;
    QCheckBox *m_anonymousCheck;
    QPushButton *m_newButton;
    QPushButton *m_importButton;
    QPushButton *m_gradeButton;
    QSplitter *m_splitter;
    QTableView *m_requestView;
    RegradeDetailPane *m_detail;
    QLabel *m_countsLabel;
    QPointer<RegradeResolveDialog> m_resolveDialog;
    QPointer<RegradeNewDialog> m_newDialog;
    QPointer<RegradeImportDialog> m_importDialog;
    bool m_syncing = false;
};

} // namespace GradeDesk::Ui
