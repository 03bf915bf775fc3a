// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/core/timestamp.h>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {
class Gradebook;
struct ExchangeFeedbackReport;
} // namespace GradeDesk::Services

namespace GradeDesk::Models {

/**
 * @brief The feedback upload of one assignment, one row per submission in the gradebook: the
 * student, the exact submission time the feedback is for, the pages generated, and what happened.
 *
 * load() reads the submissions from the gradebook; setPageCounts() after the pages are generated;
 * setReport() marks every row uploaded or failed with ngshare's or the generator's words
 * (dataChanged per row). StudentIdRole holds the username; RawValueRole the sortable value.
 */
class ExchangeFeedbackModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeFeedbackModel)

public:
    enum Column { StudentColumn, NameColumn, SubmittedColumn, PagesColumn, ResultColumn, ColumnCount };

    enum class State { Pending, Uploaded, Failed };
    Q_ENUM(State)

    explicit ExchangeFeedbackModel(QObject *parent = nullptr);
    ~ExchangeFeedbackModel() override;

    /// Every submission of `assignment` (NotFound when the gradebook has no such assignment).
    Services::Result<void> load(const Services::Gradebook &gradebook, const QString &assignment);
    void clear();

    /// Counts `<feedbackDir>/<student>/<assignment>/*.html` for every row.
    void setPageCounts(const QString &feedbackDir);
    /// Rows back to Pending (before a new upload).
    void resetResults();
    /// Every row not skipped in `report` is Uploaded; skipped rows Failed with the reason.
    void setReport(const Services::ExchangeFeedbackReport &report);

    QString assignment() const { return m_assignment; }

    QString student(int row) const { return m_rows.at(row).student; }

    State state(int row) const { return m_rows.at(row).state; }

    QString message(int row) const { return m_rows.at(row).message; }

    int count(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString student;
        QString name;
        Services::Timestamp submitted;
        int pages = -1; ///< -1 until counted.
        State state = State::Pending;
        QString message;
    };

    QVariant displayValue(const Row &row, int column) const;

    QString m_assignment;
    QList<Row> m_rows;
};

} // namespace GradeDesk::Models
