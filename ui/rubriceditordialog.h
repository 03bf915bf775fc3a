// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace GradeDesk::Models {
class GradingSession;
}

namespace GradeDesk::Ui {

/**
 * @brief Edits the current question's rubric: items, scoring mode, floor and ceiling, import and export.
 *
 * Every edit goes to the session at once (retroactive: answers having an item are rescored) and is
 * one step on the grading view's undo stack, so the dialog has no OK/Cancel, only Close. Deleting
 * an item that answers have asks first and says how many answers change. Shortcut keys must be a
 * digit or a letter no grading command uses, unique in the question.
 */
class RubricEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricEditorDialog)

public:
    enum Column { TitleColumn, PointsColumn, ShortcutColumn, GroupColumn, DescriptionColumn, ColumnCount };

    /// `session` is not owned and must have a current question.
    explicit RubricEditorDialog(Models::GradingSession *session, QWidget *parent = nullptr);
    ~RubricEditorDialog() override;

    QTableWidget *table() const { return m_table; }

    /// Adds an item with a free key and starts editing its title.
    void addItem();
    /// Deletes the item in `row` (asks when answers have it); false when nothing was deleted.
    bool removeItem(int row);
    void moveItem(int row, int delta);

    /// The last validation problem shown ("" when the last edit was accepted).
    QString problem() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void onItemChanged(int row, int column);
    void applySettings();
    void importFromQuestion();
    void importYaml();
    void exportYaml();
    void showProblem(const QString &text);
    void updateWarnings();
    void updateButtons();
    Services::RubricItemRecord itemAt(int row) const;

    QPointer<Models::GradingSession> m_session;
    QLabel *m_titleLabel;
    QTableWidget *m_table;
    QLabel *m_problemLabel;
    QLabel *m_warningLabel;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QComboBox *m_modeCombo;
    QCheckBox *m_floorCheck;
    QCheckBox *m_ceilingCheck;
    QComboBox *m_importCombo;
    QPushButton *m_importButton;
    bool m_reloading = false;
};

} // namespace GradeDesk::Ui
