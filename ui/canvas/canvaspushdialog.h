// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvaspushplan.h>
#include <services/canvas/canvastypes.h>
#include <services/core/result.h>

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace GradeDesk::Models {
class CanvasConnection;
class CanvasPushModel;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class Gradebook;
struct CanvasPushOptions;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class CanvasAssignmentBox;
class RemoteProgressPanel;
class MessageBanner;

/**
 * @brief Canvas ▸ Push Grades: send one assignment's grades to Canvas and verify every one.
 *
 * Choosing a GradeDesk assignment finds its Canvas assignment (the remembered one, else by name)
 * or offers to create it with the assignment's points; an unpublished one is refused with how to
 * publish it (or the Publish button). The post policy says whether students see grades at once.
 * The table is the dry run first (Canvas' current score, GradeDesk's score, the change; nothing
 * is sent); Push sends the grades in bulk and reads every one back, so each row ends pushed,
 * unchanged or failed with the reason. Retry Failed sends only the failed ones again.
 */
class CanvasPushDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasPushDialog)

public:
    /// `connection` and `gradebook` are not owned and must outlive the dialog. `assignment`: the
    /// one to start with (else the last one pushed in this course, else the first).
    CanvasPushDialog(Models::CanvasConnection *connection, Services::Gradebook *gradebook,
                     const QString &assignment = {}, QWidget *parent = nullptr);
    ~CanvasPushDialog() override;

    void selectAssignment(const QString &name);
    QString currentAssignment() const;
    /// Finds the Canvas assignment again and rebuilds the dry run from Canvas' current scores.
    void refresh();
    /// Creates the missing Canvas assignment with GradeDesk's points (published when `publish`).
    void createAssignment(bool publish = true);
    void publishAssignment();
    void push();
    void retryFailed();

    bool isBusy() const;

    Models::CanvasPushModel *model() const { return m_model; }

    /// Whether the push is limited to the students whose grade a resolved regrade changed.
    bool onlyRegraded() const;
    void setOnlyRegraded(bool only);

    /// The Canvas assignment found or created for the current assignment, if any.
    const std::optional<Services::CanvasAssignment> &canvasAssignment() const { return m_assignment; }

    /// The banner's text when shown, else "" (for tests).
    QString statusText() const;
    QString canvasText() const;
    QString countsText() const;

    void reject() override;

signals:
    /// Grades of `assignment` were sent (some may have failed).
    void pushed(const QString &assignment);
    /// The token was refused: the grader should enter a new one.
    void connectionRequested();

protected:
    void done(int result) override;

private:
    QWidget *createTableArea();
    void onAssignmentFound(const std::optional<Services::CanvasAssignment> &assignment);
    void plan();
    /// Shows `plan`, limited to the regraded students when onlyRegraded() (kept whole for toggling).
    void showPlan(const Services::CanvasPushPlan &plan);
    /// Offers "Only regraded students (N)" when the assignment has push marks, checked then.
    void updateRegradedChoice();
    void runPush(const Services::CanvasPushOptions &options);
    void onPushed(const Services::CanvasPushReport &report, const QStringList &onlyStudents);
    void showError(const Services::ServiceError &error, const QString &what);
    void updateCanvasBox();
    void updateState();

    QPointer<Models::CanvasConnection> m_connection;
    Services::Gradebook *m_gradebook;
    Models::CanvasPushModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<Services::CanvasLocalGrade> m_grades;
    std::optional<Services::CanvasAssignment> m_assignment;
    std::optional<double> m_points;      ///< GradeDesk's points of the assignment.
    Services::CanvasPushPlan m_fullPlan; ///< The dry run before the "only regraded" choice.
    bool m_lookedUp = false;             ///< The Canvas assignment was looked up (found or not).

    QComboBox *m_assignmentCombo;
    QLineEdit *m_commentEdit;
    QCheckBox *m_onlyRegradedCheck;
    CanvasAssignmentBox *m_canvasBox;
    MessageBanner *m_banner;
    RemoteProgressPanel *m_progress;
    QComboBox *m_filterCombo = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_pushButton;
    QPushButton *m_retryButton;
    QPushButton *m_refreshButton;
    QPushButton *m_connectButton;
};

} // namespace GradeDesk::Ui
