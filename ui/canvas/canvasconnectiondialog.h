// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// canvascourse.h holds a QPointer<CanvasClient> without including its definition.
#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/core/result.h>
#include <ui/remote/remoteconnectiondialog.h>

namespace GradeDesk::Models {
class CanvasConnection;
}

namespace GradeDesk::Ui {

/**
 * @brief Canvas ▸ Connect: the course's Canvas site (read-only, from course.yaml), the access token
 * (kept only in the keychain) and a connection test that says what is wrong and what to do (see
 * RemoteConnectionDialog).
 */
class CanvasConnectionDialog final : public RemoteVerdictDialog<Services::CanvasConnectionReport>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasConnectionDialog)

public:
    /// `connection` is not owned.
    explicit CanvasConnectionDialog(Models::CanvasConnection *connection, QWidget *parent = nullptr);
    ~CanvasConnectionDialog() override;

private:
    QGroupBox *createCourseBox();
    void startTest() override;
    void showReport(const Services::CanvasConnectionReport &report) override;

    QPointer<Models::CanvasConnection> m_connection;
};

} // namespace GradeDesk::Ui
