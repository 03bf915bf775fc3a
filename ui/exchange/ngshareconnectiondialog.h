// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/exchange/ngshareexchange.h>

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
class NgshareConnection;
}

namespace GradeDesk::Ui {

class ExchangeProgressPanel;
class MessageBanner;

/**
 * @brief Exchange ▸ Connect to ngshare: the hub URL and ngshare prefix (read-only, from
 * course.yaml), the JupyterHub API token (kept only in the keychain) and a connection test that
 * tells apart an unreachable server, a TLS failure, a bad or expired token and a user who does
 * not teach the course, each with what to do.
 *
 * The stored token is never shown. A token typed into the field is used by Test Connection at
 * once (for this session) and kept only when the user presses Save Token; when the keychain
 * cannot store it the dialog says so and the token still works until GradeDesk quits.
 */
class NgshareConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareConnectionDialog)

public:
    using Verdict = Services::NgshareConnectionReport::Verdict;

    /// `connection` is not owned.
    explicit NgshareConnectionDialog(Models::NgshareConnection *connection, QWidget *parent = nullptr);
    ~NgshareConnectionDialog() override;

    /// An information line above everything, e.g. why the dialog opened.
    void setIntro(const QString &text);

    void testConnection();

    std::optional<Verdict> lastVerdict() const { return m_verdict; }

    /// The text of the last verdict or message shown (for tests).
    QString verdictText() const;
    QString statusText() const;

    /// The title line of a verdict (translated).
    static QString verdictTitle(Verdict verdict);

    void reject() override;

protected:
    void done(int result) override;

private:
    QGroupBox *createServerBox();
    QGroupBox *createTokenBox();
    QGroupBox *createTestBox();
    void saveToken();
    void forgetToken();
    void onTokenLoaded(const Services::Result<void> &result);
    void onTokenSaved(const Services::Result<void> &result);
    void showReport(const Services::NgshareConnectionReport &report);
    void updateState();

    QPointer<Models::NgshareConnection> m_connection;
    MessageBanner *m_banner;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_showTokenButton = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
    QPushButton *m_testButton = nullptr;
    ExchangeProgressPanel *m_progress = nullptr;
    MessageBanner *m_verdictBanner = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Verdict> m_verdict;
    bool m_reading = false;
    bool m_saving = false;
};

} // namespace GradeDesk::Ui
