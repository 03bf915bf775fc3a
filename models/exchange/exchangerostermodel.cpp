// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangerostermodel.h"

#include <models/roles.h>

#include <QColor>

#include <algorithm>

namespace GradeDesk::Models {

using namespace Services;

ExchangeRosterModel::ExchangeRosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ExchangeRosterModel::~ExchangeRosterModel() = default;

QString ExchangeRosterModel::fullName(const ExchangePerson &person)
{
    return QStringList{person.firstName, person.lastName}.join(QLatin1Char(' ')).trimmed();
}

void ExchangeRosterModel::setDiff(const ExchangeRosterDiff &diff)
{
    beginResetModel();
    m_rows.clear();
    for (const ExchangePerson &person : diff.toAdd) {
        m_rows.append({Kind::Add, person, std::nullopt, true, std::nullopt, {}});
    }
    for (const ExchangeRosterUpdate &update : diff.toUpdate) {
        m_rows.append({Kind::Update, update.after, update.before, true, std::nullopt, {}});
    }
    for (const ExchangePerson &person : diff.onlyOnExchange) {
        m_rows.append({Kind::RemoveUnknown, person, person, false, std::nullopt, {}});
    }
    for (const ExchangePerson &person : diff.inactiveOnExchange) {
        m_rows.append({Kind::RemoveDropped, person, person, false, std::nullopt, {}});
    }
    for (const QString &username : diff.instructors) {
        ExchangePerson person;
        person.username = username;
        m_rows.append({Kind::Instructor, person, std::nullopt, false, std::nullopt, {}});
    }
    endResetModel();
    emit checkedChanged();
}

void ExchangeRosterModel::clear()
{
    setDiff({});
}

bool ExchangeRosterModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_rows.size() || !isCheckable(m_rows.at(row).kind)) {
        return false;
    }
    if (m_rows.at(row).checked != checked) {
        m_rows[row].checked = checked;
        emit dataChanged(index(row, ChangeColumn), index(row, ChangeColumn), {Qt::CheckStateRole});
        emit checkedChanged();
    }
    return true;
}

void ExchangeRosterModel::setAllChecked(const QList<Kind> &kinds, bool checked)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (kinds.contains(m_rows.at(row).kind)) {
            setChecked(row, checked);
        }
    }
}

QList<ExchangePerson> ExchangeRosterModel::checkedAdditions() const
{
    QList<ExchangePerson> people;
    for (const Row &row : m_rows) {
        if (row.checked && (row.kind == Kind::Add || row.kind == Kind::Update)) {
            people.append(row.after);
        }
    }
    std::sort(people.begin(), people.end(),
              [](const ExchangePerson &a, const ExchangePerson &b) { return a.username < b.username; });
    return people;
}

QStringList ExchangeRosterModel::checkedRemovals() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (row.checked && (row.kind == Kind::RemoveUnknown || row.kind == Kind::RemoveDropped)) {
            names.append(row.after.username);
        }
    }
    names.sort();
    return names;
}

int ExchangeRosterModel::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.checked; }));
}

void ExchangeRosterModel::setResult(const QString &username, bool ok, const QString &message)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).after.username == username && isCheckable(m_rows.at(row).kind)) {
            m_rows[row].ok = ok;
            m_rows[row].message = message;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

QString ExchangeRosterModel::resultText(int row) const
{
    return displayValue(m_rows.at(row), ResultColumn).toString();
}

int ExchangeRosterModel::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.ok == false; }));
}

int ExchangeRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeRosterModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case ChangeColumn:
        switch (row.kind) {
        case Kind::Add:
            return tr("Add");
        case Kind::Update:
            return tr("Update");
        case Kind::RemoveUnknown:
            return tr("Remove (not in gradebook)");
        case Kind::RemoveDropped:
            return tr("Remove (dropped)");
        case Kind::Instructor:
            return tr("Teaches the course");
        }
        return {};
    case StudentColumn:
        return row.after.username;
    case NameColumn:
        return fullName(row.after);
    case EmailColumn:
        return row.after.email;
    case ExchangeColumn:
        if (row.kind == Kind::Instructor) {
            return tr("ngshare refuses an instructor as a student");
        }
        if (!row.before || row.kind != Kind::Update) {
            return row.kind == Kind::Add ? tr("(not on ngshare)") : QString();
        }
        return row.before->email.isEmpty()
                   ? fullName(*row.before)
                   : QStringLiteral("%1 <%2>").arg(fullName(*row.before), row.before->email).trimmed();
    case ResultColumn:
        if (!row.ok) {
            return QString();
        }
        return *row.ok ? tr("Done") : tr("Failed: %1").arg(row.message);
    }
    return {};
}

QVariant ExchangeRosterModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn:
            switch (row.kind) {
            case Kind::Add:
                return tr("Enrol this gradebook student on ngshare");
            case Kind::Update:
                return tr("Send the gradebook's name and e-mail to ngshare");
            case Kind::RemoveUnknown:
                return tr("On ngshare but not in the gradebook. Check to remove (their submissions stay)");
            case Kind::RemoveDropped:
                return tr("Dropped in the gradebook but still on ngshare. Check to remove (their submissions stay)");
            case Kind::Instructor:
                return tr("Remove them from the gradebook roster, or ask an ngshare administrator");
            }
            return {};
        case ResultColumn:
            return row.message.isEmpty() ? QVariant() : QVariant(row.message);
        }
        return {};
    case Qt::CheckStateRole:
        switch (index.column()) {
        case ChangeColumn:
            return isCheckable(row.kind) ? QVariant(row.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        switch (index.column()) {
        case ResultColumn:
            return row.ok == false ? QVariant(QColor(0xb0, 0x1e, 0x1e)) : QVariant();
        }
        return {};
    case KindRole:
        return QVariant::fromValue(row.kind);
    case StudentIdRole:
        return row.after.username;
    }
    return {};
}

bool ExchangeRosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole ||
        index.column() != ChangeColumn) {
        return false;
    }
    return setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
}

Qt::ItemFlags ExchangeRosterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ChangeColumn && isCheckable(m_rows.at(index.row()).kind)) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant ExchangeRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case ExchangeColumn:
        return tr("On ngshare now");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace GradeDesk::Models
