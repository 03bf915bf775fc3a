// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/exchange/ngshareexchange.h>
#include <ui/remote/remoteconnectiondialog.h>

class QPushButton;

namespace GradeDesk::Models {
class NgshareConnection;
}

namespace GradeDesk::Ui {

/**
 * @brief Exchange ▸ Connect to ngshare: the hub URL and ngshare prefix (read-only, from
 * course.yaml), the JupyterHub API token (kept only in the keychain) and a connection test that
 * tells apart an unreachable server, a TLS failure, a bad or expired token and a user who does
 * not teach the course, each with what to do (see RemoteConnectionDialog).
 */
class NgshareConnectionDialog final : public RemoteVerdictDialog<Services::NgshareConnectionReport>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareConnectionDialog)

public:
    /// `connection` is not owned.
    explicit NgshareConnectionDialog(Models::NgshareConnection *connection, QWidget *parent = nullptr);
    ~NgshareConnectionDialog() override;

    /// The title line of a verdict (translated).
    static QString verdictTitle(Verdict verdict);

private:
    QGroupBox *createServerBox();
    void startTest() override;
    void showReport(const Services::NgshareConnectionReport &report) override;
    /// Creates the course on ngshare with the grader as its instructor (ngshare admins only), then tests again.
    void createCourse();

    QPointer<Models::NgshareConnection> m_connection;
    QPushButton *m_createCourseButton;
};

} // namespace GradeDesk::Ui
