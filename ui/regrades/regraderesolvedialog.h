// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/regraderecords.h>

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace GradeDesk::Ui {

/**
 * @brief Resolve… in the Regrades window: the reply to the student and the outcome it will record.
 *
 * The outcome compares the answer's score now with the score when the request was entered (or last
 * reopened): "score 3 → 4 / 5: changed" or "score stays 3 / 5: unchanged", as the gradebook will
 * record it. The Resolve button stays disabled until a reply is written (the student reads it).
 * Resolve emits submitted(); the window stores it and closes the dialog, or shows the error here.
 */
class RegradeResolveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeResolveDialog)

public:
    RegradeResolveDialog(const Services::RegradeRequestRecord &request, const QString &studentName,
                         std::optional<double> scoreNow, double maxScore, QWidget *parent = nullptr);
    ~RegradeResolveDialog() override;

    /// The outcome resolving now records.
    Services::RegradeOutcome outcome() const { return m_outcome; }

    QString outcomeText() const;
    QString reply() const;

    qint64 requestId() const { return m_requestId; }

    /// Shows why storing failed; the dialog stays open.
    void showError(const QString &message);

    QPlainTextEdit *replyEdit() const { return m_replyEdit; }

    QPushButton *resolveButton() const { return m_resolveButton; }

    /// Whether two scores count as the same (both unset, or equal to a millionth).
    static bool sameScore(std::optional<double> a, std::optional<double> b);

signals:
    void submitted(const QString &reply);

private:
    void updateButton();

    qint64 m_requestId;
    Services::RegradeOutcome m_outcome;
    QLabel *m_outcomeLabel;
    QPlainTextEdit *m_replyEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_resolveButton;
};

} // namespace GradeDesk::Ui
