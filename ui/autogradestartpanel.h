// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <models/autogradesession.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace GradeDesk::Services {
struct CourseConfig;
}

namespace GradeDesk::Ui {

/**
 * @brief The first page of the Autograde window: which assignment, where it runs, how many at a
 * time and the time limits, then Start.
 *
 * The defaults come from course.yaml's `autograde:` section; "kubernetes" is described with the
 * context and namespace of its `kubernetes:` section. The executor last started for the course is
 * remembered (UiSettings::lastSelection) and preferred over the file's.
 */
class AutogradeStartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeStartPanel)

public:
    explicit AutogradeStartPanel(QWidget *parent = nullptr);
    ~AutogradeStartPanel() override;

    void setCourse(const Services::CourseConfig &config);
    void setAssignment(const QString &name);
    /// What the fields say now.
    Models::AutogradeStartOptions options() const;
    /// Shown under the fields in red (e.g. why the last start failed); empty hides it.
    void setError(const QString &message);

    QPushButton *startButton() const { return m_startButton; }

signals:
    void startRequested(const GradeDesk::Models::AutogradeStartOptions &options);

private:
    void onStart();
    void updateExecutorHint();

    QComboBox *m_assignmentBox;
    QComboBox *m_executorBox;
    QLabel *m_executorHint;
    QSpinBox *m_parallelismSpin;
    QSpinBox *m_cellTimeoutSpin;
    QSpinBox *m_submissionTimeoutSpin;
    QLabel *m_errorLabel;
    QPushButton *m_startButton;
    QString m_courseFile;
    Services::AutogradeLimits m_limits; ///< The course's limits; the panel edits the two timeouts.
};

} // namespace GradeDesk::Ui
