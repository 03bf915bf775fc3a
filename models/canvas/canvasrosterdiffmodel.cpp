// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasrosterdiffmodel.h"

#include <models/roles.h>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QSet>

namespace GradeDesk::Models {

using namespace Services;

namespace {

bool sameStudent(const StudentRecord &a, const StudentRecord &b)
{
    return a.id == b.id && a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email &&
           a.lmsUserId == b.lmsUserId && a.active == b.active;
}

bool sameChange(const CanvasRosterChange &a, const CanvasRosterChange &b)
{
    return a.studentId == b.studentId && a.canvasUserId == b.canvasUserId &&
           a.before.has_value() == b.before.has_value() && (!a.before || sameStudent(*a.before, *b.before)) &&
           sameStudent(a.after, b.after) && a.sectionsBefore == b.sectionsBefore &&
           a.sectionsAfter == b.sectionsAfter && a.added == b.added && a.dropped == b.dropped &&
           a.reactivated == b.reactivated && a.sectionsChanged == b.sectionsChanged && a.nameChanged == b.nameChanged &&
           a.emailChanged == b.emailChanged && a.linkChanged == b.linkChanged;
}

QString sectionsText(const QStringList &sections)
{
    return sections.isEmpty() ? CanvasRosterDiffModel::tr("(none)") : sections.join(QStringLiteral(", "));
}

} // namespace

CanvasRosterDiffModel::CanvasRosterDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CanvasRosterDiffModel::~CanvasRosterDiffModel() = default;

void CanvasRosterDiffModel::setChanges(const QList<CanvasRosterChange> &changes)
{
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        wanted.insert(changes.at(i).studentId, i);
    }
    // Rows that stay must keep their relative order for the merge below; otherwise reset.
    qsizetype previous = -1;
    bool ordered = wanted.size() == changes.size();
    for (const CanvasRosterChange &change : std::as_const(m_changes)) {
        const qsizetype at = wanted.value(change.studentId, -1);
        if (at >= 0) {
            ordered = ordered && at > previous;
            previous = at;
        }
    }
    if (!ordered) {
        beginResetModel();
        m_changes = changes;
        endResetModel();
        return;
    }
    for (int row = int(m_changes.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_changes.at(row).studentId)) {
            beginRemoveRows({}, row, row);
            m_changes.removeAt(row);
            endRemoveRows();
        }
    }
    int row = 0;
    for (const CanvasRosterChange &change : changes) {
        if (row < m_changes.size() && m_changes.at(row).studentId == change.studentId) {
            if (!sameChange(m_changes.at(row), change)) {
                m_changes[row] = change;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_changes.insert(row, change);
            endInsertRows();
        }
        ++row;
    }
}

CanvasRosterDiffModel::Kind CanvasRosterDiffModel::kindOf(const CanvasRosterChange &change)
{
    if (change.added) {
        return Kind::Added;
    }
    if (change.dropped) {
        return Kind::Dropped;
    }
    return change.reactivated ? Kind::Rejoined : Kind::Updated;
}

QStringList CanvasRosterDiffModel::details(const CanvasRosterChange &change)
{
    QStringList parts;
    if (change.dropped) {
        parts << tr("No longer in Canvas: kept with all grades, marked inactive");
    }
    if (change.reactivated) {
        parts << tr("Back in Canvas: active again");
    }
    if (change.sectionsChanged && !change.added) {
        parts << tr("Sections: %1 \u2192 %2")
                     .arg(sectionsText(change.sectionsBefore), sectionsText(change.sectionsAfter));
    }
    if (change.nameChanged && change.before) {
        parts << tr("Name: %1 \u2192 %2").arg(change.before->displayName(), change.after.displayName());
    }
    if (change.emailChanged && change.before) {
        parts << tr("E-mail: %1 \u2192 %2")
                     .arg(change.before->email.isEmpty() ? tr("(none)") : change.before->email,
                          change.after.email.isEmpty() ? tr("(none)") : change.after.email);
    }
    if (change.linkChanged && !change.added) {
        parts << tr("Linked to Canvas user %1").arg(change.after.lmsUserId);
    }
    return parts;
}

int CanvasRosterDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CanvasRosterDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CanvasRosterDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CanvasRosterChange &change = m_changes.at(index.row());
    const Kind kind = kindOf(change);
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case ChangeColumn:
            if (role == RawValueRole) {
                return int(kind);
            }
            switch (kind) {
            case Kind::Added:
                return tr("Added");
            case Kind::Dropped:
                return tr("Dropped");
            case Kind::Rejoined:
                return tr("Rejoined");
            case Kind::Updated:
                return tr("Updated");
            }
            return {};
        case StudentColumn:
            return change.studentId;
        case NameColumn:
            return change.after.displayName();
        case SectionsColumn:
            return sectionsText(change.dropped ? change.sectionsBefore : change.sectionsAfter);
        case DetailsColumn:
            return details(change).join(QStringLiteral("; "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn || index.column() == ChangeColumn) {
            const QStringList lines = details(change);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn) {
            switch (kind) {
            case Kind::Added:
            case Kind::Rejoined:
                return QColor(0x1d, 0x6b, 0x2e);
            case Kind::Dropped:
                return QColor(0xb3, 0x1b, 0x1b);
            case Kind::Updated:
                return {};
            }
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ChangeColumn && kind != Kind::Updated) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case StudentIdRole:
        return change.studentId;
    case KindRole:
        return int(kind);
    default:
        return {};
    }
}

QVariant CanvasRosterDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case StudentColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case SectionsColumn:
        return tr("Sections");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace GradeDesk::Models
