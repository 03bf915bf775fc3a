// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/exchange/ngshareexchange.h>

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace GradeDesk::Models {
class NgshareConnection;
}

namespace GradeDesk::Ui {

class RemoteProgressPanel;
class MessageBanner;

/**
 * @brief Exchange ▸ Release Assignment: pick an assignment, generate the student version (as
 * nbgrader's generate_assignment does, when `release/<assignment>` does not exist yet) and upload it.
 *
 * ngshare cannot update a release. Releasing again is refused with a clear message; only when
 * nobody has submitted the assignment (what ngshare can tell) does the dialog offer Replace
 * Release, which removes the release and uploads it again after a confirmation.
 */
class ExchangeReleaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeReleaseDialog)

public:
    /// `connection` is not owned and must have a token. `current` is selected when listed.
    ExchangeReleaseDialog(Models::NgshareConnection *connection, const QString &current, QWidget *parent = nullptr);
    ~ExchangeReleaseDialog() override;

    /// Assignments offered: folders in source/ and release/ and the assignments of course.yaml, sorted.
    static QStringList candidateAssignments(const Services::CourseConfig &config);

    QString assignment() const;
    void setAssignment(const QString &name);

    /// Generates release/<assignment> if needed and uploads it (Refuse mode).
    void release();
    /// After a confirmation: removes the earlier release (nobody submitted) and releases again.
    void replace();

    bool isBusy() const;

    /// The state of the selected assignment on ngshare, once read.
    std::optional<Services::NgshareReleaseState> releaseState() const { return m_state; }

    QString statusText() const;
    QString stateText() const;

    void reject() override;

signals:
    void released(const QString &assignment);
    void connectionRequested();

protected:
    void done(int result) override;

private:
    void refreshState();
    void upload(Services::ReleaseMode mode);
    /// release/<assignment>, generated from source/ when missing; empty (after showing why) on failure.
    QString prepareReleaseFolder(QStringList &notes);
    void showError(const QString &what, const Services::ServiceError &error);
    void updateState();

    QPointer<Models::NgshareConnection> m_connection;
    MessageBanner *m_banner;
    QComboBox *m_assignmentBox;
    QLabel *m_localLabel;
    QLabel *m_stateLabel;
    RemoteProgressPanel *m_progress;
    QPushButton *m_releaseButton;
    QPushButton *m_replaceButton;
    QPushButton *m_connectButton;
    std::optional<Services::NgshareReleaseState> m_state;
    quint64 m_stateRequest = 0;
    bool m_checking = false;
};

} // namespace GradeDesk::Ui
