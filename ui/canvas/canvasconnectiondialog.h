// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// canvascourse.h holds a QPointer<CanvasClient> without including its definition.
#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/core/result.h>

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace GradeDesk::Models {
class CanvasConnection;
}

namespace GradeDesk::Ui {

class CanvasProgressPanel;
class MessageBanner;

/**
 * @brief Canvas ▸ Connect: the course's Canvas site (read-only, from course.yaml), the access token
 * (kept only in the keychain) and a connection test that says what is wrong and what to do.
 *
 * The stored token is never shown. A token typed into the field is used by Test Connection at
 * once (for this session) and kept only when the grader presses Save Token; when the keychain
 * cannot store it the dialog says so and the token still works until GradeDesk quits.
 */
class CanvasConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasConnectionDialog)

public:
    using Verdict = Services::CanvasConnectionReport::Verdict;

    /// `connection` is not owned.
    explicit CanvasConnectionDialog(Models::CanvasConnection *connection, QWidget *parent = nullptr);
    ~CanvasConnectionDialog() override;

    /// An information line above everything, e.g. why the dialog opened.
    void setIntro(const QString &text);

    void testConnection();

    /// The last test's verdict, if a test finished.
    std::optional<Verdict> lastVerdict() const { return m_verdict; }

    /// The text of the last verdict or message shown (for tests).
    QString verdictText() const;
    QString statusText() const;

    void reject() override;

protected:
    void done(int result) override;

private:
    QGroupBox *createCourseBox();
    QGroupBox *createTokenBox();
    QGroupBox *createTestBox();
    void saveToken();
    void forgetToken();
    void onTokenLoaded(const Services::Result<void> &result);
    void onTokenSaved(const Services::Result<void> &result);
    void showReport(const Services::CanvasConnectionReport &report);
    void updateState();

    QPointer<Models::CanvasConnection> m_connection;
    MessageBanner *m_banner;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_showTokenButton = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
    QPushButton *m_testButton = nullptr;
    CanvasProgressPanel *m_progress = nullptr;
    MessageBanner *m_verdictBanner = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Verdict> m_verdict;
    bool m_reading = false; ///< The keychain is being read.
    bool m_saving = false;
};

} // namespace GradeDesk::Ui
