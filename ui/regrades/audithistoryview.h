// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>
#include <services/gradebook/rubricrecords.h>

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace GradeDesk::Models {
class AuditHistoryModel;
}

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

/**
 * @brief The history of an answer or a submission: a read-only list of audit events, newest first.
 *
 * Columns When (local time), Who, What (in words, Models::AuditWording); the What tooltip holds the
 * old and new values. It follows what it was given and reloads itself when the gradebook reports a
 * change there (coalesced); while hidden it only marks itself stale and reloads when shown again. An
 * empty history or a failed load is said in place of the rows. Keyboard: the list takes focus
 * (arrows, Home/End, PageUp/PageDown).
 */
class AuditHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditHistoryView)

public:
    explicit AuditHistoryView(QWidget *parent = nullptr);
    ~AuditHistoryView() override;

    /// A history window of `parent`: non-modal, deleted on close, with a Close button. Returns its
    /// view; the dialog is the view's window().
    static AuditHistoryView *createDialog(QWidget *parent, const QString &objectName, const QSize &size);

    /// Follows one answer (grade, comment, its regrade requests). `gradebook` is not owned; null clears.
    void setAnswer(Services::Gradebook *gradebook, const Services::AnswerKey &key, qint64 submissionId);
    /// Follows a whole submission (all of its answers, regrades and Canvas pushes).
    void setSubmission(Services::Gradebook *gradebook, qint64 submissionId);
    /// Shows `events` (oldest first) and follows nothing.
    void setEvents(const QList<Services::AuditEvent> &events);
    /// Follows nothing and shows `message` (default: "No answer selected").
    void clear(const QString &message = {});
    /// Re-reads what it follows now.
    void reload();

    Models::AuditHistoryModel *model() const { return m_model; }

    QTreeView *view() const { return m_view; }

    /// The What column, top to bottom (tests, accessibility).
    QStringList whatTexts() const;

signals:
    /// A (re)load failed; the view also says so in place of the rows.
    void loadFailed(const Services::ServiceError &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showResult(const Services::Result<void> &result);
    void updatePlaceholder();

    Models::AuditHistoryModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_placeholder;
    QString m_emptyText;
    bool m_failed = false;
};

} // namespace GradeDesk::Ui
