// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvastypes.h>

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace GradeDesk::Ui {

/**
 * @brief The push dialog's "Canvas assignment" box: what Canvas has for the chosen assignment.
 *
 * Shows the Canvas assignment (points, published, a link, the post policy), or offers to create a
 * missing one (createRequested) and to publish an unpublished one (publishRequested), saying why
 * grades cannot go into an unpublished assignment.
 */
class CanvasAssignmentBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasAssignmentBox)

public:
    explicit CanvasAssignmentBox(QWidget *parent = nullptr);
    ~CanvasAssignmentBox() override;

    /// Not looked up yet (`name` empty: no assignment chosen).
    void showSearching(const QString &name);
    /// Looked up: `assignment` nullopt when Canvas has none named `name`. `localPoints`: GradeDesk's
    /// points of the assignment, when known.
    void showResult(const QString &name, const std::optional<Services::CanvasAssignment> &assignment,
                    std::optional<double> localPoints);
    void setActionsEnabled(bool enabled);

    QString text() const;

signals:
    void createRequested(bool publish);
    void publishRequested();

private:
    QLabel *m_label;
    QLabel *m_policy;
    QPushButton *m_createButton;
    QCheckBox *m_publishCheck;
    QPushButton *m_publishButton;
};

} // namespace GradeDesk::Ui
