// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace GradeDesk::Models {
class ExchangeFeedbackModel;
class NgshareConnection;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class Gradebook;
struct ServiceError;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class RemoteProgressPanel;
class MessageBanner;

/**
 * @brief Exchange ▸ Release Feedback: generate each student's feedback pages for an assignment into
 * the course's feedback/ folder and upload them to ngshare, each for the exact submission that
 * was graded, with progress, Cancel and a result per student.
 */
class ExchangeFeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeFeedbackDialog)

public:
    /// `connection` must have a token; `gradebook` is the course's. Neither is owned.
    ExchangeFeedbackDialog(Models::NgshareConnection *connection, Services::Gradebook *gradebook,
                           const QString &courseTitle, const QString &current, QWidget *parent = nullptr);
    ~ExchangeFeedbackDialog() override;

    QString assignment() const;
    void setAssignment(const QString &name);

    /// Generates the pages, then uploads them.
    void generateAndUpload();

    bool isBusy() const;

    Models::ExchangeFeedbackModel *model() const { return m_model; }

    QString statusText() const;

    void reject() override;

signals:
    void uploaded(const QString &assignment);
    void connectionRequested();

protected:
    void done(int result) override;

private:
    void loadAssignment();
    void showError(const QString &what, const Services::ServiceError &error);
    void updateState();

    QPointer<Models::NgshareConnection> m_connection;
    Services::Gradebook *m_gradebook;
    QString m_courseTitle;
    Models::ExchangeFeedbackModel *m_model;
    MessageBanner *m_banner;
    QComboBox *m_assignmentBox;
    QTableView *m_view;
    QLabel *m_summary;
    RemoteProgressPanel *m_progress;
    QPushButton *m_uploadButton;
    QPushButton *m_connectButton;
};

} // namespace GradeDesk::Ui
