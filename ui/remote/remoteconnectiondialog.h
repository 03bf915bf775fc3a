// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <ui/messagebanner.h>
#include <ui/remote/remotedialogsupport.h>

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>
#include <utility>

class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace GradeDesk::Models {
class RemoteConnection;
}

namespace GradeDesk::Services {
class CanvasJob;
class ExchangeJob;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class RemoteProgressPanel;

/**
 * @brief The Connect dialog of a remote service (Canvas, ngshare): the service's settings
 * (read-only, from course.yaml), the token (kept only in the keychain) and a connection test that
 * says what is wrong and what to do.
 *
 * The stored token is never shown. A token typed into the field is used by Test Connection at
 * once (for this session) and kept only when the user presses Save Token; when the keychain cannot
 * store it the dialog says so and the token still works until GradeDesk quits. Subclasses build
 * the settings box, run the service's test and word its verdict.
 */
class RemoteConnectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteConnectionDialog)

public:
    ~RemoteConnectionDialog() override;

    /// An information line above everything, e.g. why the dialog opened.
    void setIntro(const QString &text);

    void testConnection();

    /// The text of the last verdict or message shown (for tests).
    QString verdictText() const;
    QString statusText() const;

    void reject() override;

protected:
    /// The service's own words in the token and test boxes (translated by the subclass).
    struct Wording {
        QString tokenBoxTitle;    ///< "Access token"
        QString tokenPlaceholder; ///< "Paste a new access token"
        QString tokenHelp;        ///< Where to create a token; that it stays in the keychain.
        QString testToolTip;      ///< What Test Connection checks.
        QString notConfigured;    ///< The token state when course.yaml lacks the service.
        QString forgotten;        ///< After Forget Token removed it from the keychain.
        QString forgetQuestion;   ///< The confirmation before Forget Token.
        QString host;             ///< The service's host, named in the token state.
    };

    /// `connection` is not owned. `sizeKey`: see RemoteDialogSupport::restoreSize().
    RemoteConnectionDialog(Models::RemoteConnection *connection, const QString &sizeKey, QWidget *parent);

    /// Builds the dialog (once, from the subclass's constructor): the banner, `serviceBox`, the token
    /// box, the test box with a progress panel for `service`, Close; then reads the token from the keychain.
    void setUp(QGroupBox *serviceBox, RemoteDialogSupport::Service service, Wording wording, const QSize &size);

    /// Starts the service's test tracked by the progress panel (the token is set). When it ends:
    /// showVerdict() and showDetails(), or showTestFailure().
    virtual void startTest() = 0;

    /// Tracks the test `job` (CanvasJob, ExchangeJob with a report result); hands its report to `show`,
    /// or its error to showTestFailure().
    template <typename Job, typename Show>
    void followTest(Job *job, Show show)
    {
        trackTest(job);
        connect(job, &Job::finished, this, [this, job, show] {
            if (job->result()) {
                show(job->result().value());
            } else {
                showTestFailure(job->result().error().message);
            }
        });
    }

    /// The verdict banner: `lines` joined.
    void showVerdict(MessageBanner::Kind kind, const QStringList &lines);
    /// The test could not run to a verdict (e.g. cancelled).
    void showTestFailure(const QString &message);
    /// "label: value" pairs as a table, `perRow` pairs a row.
    void showDetails(const QList<std::pair<QString, QString>> &pairs, int perRow);
    void hideDetails();
    /// Advice for a working token that is not stored yet; empty otherwise.
    QString unsavedTokenNote() const;

    /// One read-only line of the settings box.
    struct Setting {
        QString label;
        QString value;
        QString objectName;
    };

    /// The box of the service's settings from course.yaml (read-only), with a note that they come
    /// from its `section` section.
    QGroupBox *settingsBox(const QString &title, const QList<Setting> &settings, const QString &section);
    /// Puts `button` next to Test Connection (for what a verdict offers to do next).
    void addTestButton(QPushButton *button);

    QLineEdit *tokenEdit() const { return m_tokenEdit; }

    QLabel *detailsLabel() const { return m_details; }

    /// Tracks the test and what follows from it.
    RemoteProgressPanel *progress() const { return m_progress; }

    void updateState();
    void done(int result) override;

private:
    void trackTest(Services::CanvasJob *job);
    void trackTest(Services::ExchangeJob *job);
    QGroupBox *createTokenBox();
    QGroupBox *createTestBox(RemoteDialogSupport::Service service);
    void saveToken();
    void forgetToken();
    void onTokenLoaded(const Services::Result<void> &result);
    void onTokenSaved(const Services::Result<void> &result);
    void onTokenForgotten(const Services::Result<void> &result);

    QPointer<Models::RemoteConnection> m_connection;
    QString m_sizeKey;
    Wording m_wording;
    MessageBanner *m_banner;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_showTokenButton = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QHBoxLayout *m_testRow = nullptr;
    RemoteProgressPanel *m_progress = nullptr;
    MessageBanner *m_verdictBanner = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_reading = false; ///< The keychain is being read.
    bool m_saving = false;
};

/// A RemoteConnectionDialog whose test ends in a `Report` with a `verdict` (the Canvas or ngshare
/// connection report).
template <typename Report>
class RemoteVerdictDialog : public RemoteConnectionDialog
{
public:
    using Verdict = typename Report::Verdict;

    /// The last test's verdict, if a test finished.
    std::optional<Verdict> lastVerdict() const { return m_verdict; }

protected:
    using RemoteConnectionDialog::RemoteConnectionDialog;

    /// Follows the test `job`: its report sets lastVerdict() and goes to showReport().
    template <typename Job>
    void followReport(Job *job)
    {
        m_verdict.reset();
        followTest(job, [this](const Report &report) {
            m_verdict = report.verdict;
            showReport(report);
        });
    }

    virtual void showReport(const Report &report) = 0;

    /// Until the next test ends, there is no verdict (e.g. while the subclass changes something).
    void forgetVerdict() { m_verdict.reset(); }

private:
    std::optional<Verdict> m_verdict;
};

} // namespace GradeDesk::Ui
