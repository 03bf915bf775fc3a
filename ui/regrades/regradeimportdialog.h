// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/regradecsv.h>

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace GradeDesk::Ui {

/**
 * @brief Import CSV… in the Regrades window: regrade requests from a file, previewed before anything
 * is stored.
 *
 * The file (`student,assignment,question,message`) is read and resolved against the gradebook; the
 * preview lists every row as ready, already imported (skipped: each row is imported once) or with
 * what is wrong with it (left out). Import adds the ready rows in one go, as the grader, and emits
 * imported(); a file that cannot be read says so and adds nothing.
 */
class RegradeImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeImportDialog)

public:
    /// `gradebook` must outlive the dialog.
    RegradeImportDialog(Services::Gradebook *gradebook, const QString &grader, QWidget *parent = nullptr);
    ~RegradeImportDialog() override;

    /// Reads and previews the file (what Choose File… does after the file dialog).
    void loadFile(const QString &path);
    /// Adds the ready rows (what Import does).
    void commit();

    const std::optional<Services::RegradeCsvPreview> &preview() const { return m_preview; }

    QString summaryText() const;

    QTableWidget *previewTable() const { return m_table; }

    QPushButton *chooseButton() const { return m_chooseButton; }

    QPushButton *importButton() const { return m_importButton; }

signals:
    /// After a commit that added or found rows; `added` new requests (their ids).
    void imported(const Services::RegradeCsvResult &result);

private:
    void choose();
    void showPreview();

    QPointer<Services::Gradebook> m_gradebook;
    QString m_grader;
    std::optional<Services::RegradeCsvPreview> m_preview;
    QLineEdit *m_pathEdit;
    QPushButton *m_chooseButton;
    QTableWidget *m_table;
    QLabel *m_summaryLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace GradeDesk::Ui
