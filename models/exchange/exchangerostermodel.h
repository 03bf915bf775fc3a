// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/exchange/exchangeroster.h>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace GradeDesk::Models {

/**
 * @brief The gradebook's roster against the exchange's, one row per student that differs, with a
 * check box per row saying whether to change it.
 *
 * Rows, in this order, each group sorted by username: Add (in the gradebook, not on the exchange),
 * Update (names or e-mail differ), Remove for students on the exchange but not in the gradebook
 * and for students dropped in the gradebook, and Instructor rows (ngshare refuses a course's
 * instructor as a student: shown, never checkable). Add and Update start checked; Remove starts
 * unchecked, because removing a student is a deliberate act. After applying, setResult() fills the
 * Result column of exactly that row. KindRole holds the row's Kind, StudentIdRole the username,
 * RawValueRole the sortable value of each column.
 */
class ExchangeRosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRosterModel)

public:
    enum Column { ChangeColumn, StudentColumn, NameColumn, EmailColumn, ExchangeColumn, ResultColumn, ColumnCount };

    enum class Kind { Add, Update, RemoveUnknown, RemoveDropped, Instructor };
    Q_ENUM(Kind)

    static constexpr int KindRole = Qt::UserRole + 0x100;

    explicit ExchangeRosterModel(QObject *parent = nullptr);
    ~ExchangeRosterModel() override;

    /// Replaces every row (a genuine reload).
    void setDiff(const Services::ExchangeRosterDiff &diff);
    void clear();

    Kind kind(int row) const { return m_rows.at(row).kind; }

    QString username(int row) const { return m_rows.at(row).after.username; }

    bool isChecked(int row) const { return m_rows.at(row).checked; }

    /// Only Add, Update and Remove rows can be checked; returns false for the others.
    bool setChecked(int row, bool checked);
    /// Checks or unchecks every checkable row of `kinds`.
    void setAllChecked(const QList<Kind> &kinds, bool checked);

    /// Checked Add and Update rows, with the values to send (the gradebook's, the exchange's where
    /// the gradebook has none), sorted by username.
    QList<Services::ExchangePerson> checkedAdditions() const;
    /// Checked Remove rows' usernames, sorted.
    QStringList checkedRemovals() const;
    int checkedCount() const;

    /// The outcome of applying the row of `username` (ok, or the server's words); ignored when absent.
    void setResult(const QString &username, bool ok, const QString &message);
    /// The Result column's text of `row`; empty before applying.
    QString resultText(int row) const;
    /// Rows whose result failed.
    int failedCount() const;

    static QString fullName(const Services::ExchangePerson &person);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A row's check box changed (through setData, setChecked or setAllChecked).
    void checkedChanged();

private:
    struct Row {
        Kind kind = Kind::Add;
        Services::ExchangePerson after;                 ///< What the row is about (sent for Add/Update).
        std::optional<Services::ExchangePerson> before; ///< On the exchange now (Update, Remove).
        bool checked = false;
        std::optional<bool> ok;
        QString message;
    };

    static bool isCheckable(Kind kind) { return kind != Kind::Instructor; }

    QVariant displayValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace GradeDesk::Models
