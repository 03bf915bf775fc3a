// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace GradeDesk::Ui {

/**
 * @brief An inline message above the window's content, instead of a modal dialog.
 *
 * Errors (a course that does not open, a failed collect) stay visible while the grader keeps
 * working, and keyboard-driven tests need no dialog seams. Escape or the close button hides it.
 */
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(Kind kind, const QString &text);
    QString text() const;

    Kind kind() const { return m_kind; }

    /// Without the close button (and Escape), for a state that ends by itself (a lost connection).
    void setDismissible(bool dismissible);
    /// A button next to the text (objectName "messageBannerActionButton"); empty text removes it.
    void setActionText(const QString &text);

    QPushButton *actionButton() const { return m_actionButton; }

signals:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
    Kind m_kind = Kind::Information;
};

} // namespace GradeDesk::Ui
