// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

namespace GradeDesk::Ui {

/**
 * @brief The grading view's key map over the view (F1 or ?), from GradingKeyMap::helpRows().
 *
 * Not a dialog: grading keys keep working while it is shown; F1, ? or Esc (or a click) hide it.
 */
class GradingHelpOverlay final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradingHelpOverlay)

public:
    explicit GradingHelpOverlay(QWidget *parent);
    ~GradingHelpOverlay() override;

    /// Centres the overlay over its parent (call when the parent resizes).
    void reposition();

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace GradeDesk::Ui
