// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasidentitymodel.h"

#include "canvasrosterreview.h"

#include <models/roles.h>

#include <QColor>
#include <QFont>

namespace GradeDesk::Models {

using namespace Services;

namespace {

QString identifierText(const CanvasPerson &person)
{
    const auto field = [](const QString &label, const std::optional<QString> &value) {
        if (!value) {
            return CanvasIdentityModel::tr("%1 hidden").arg(label);
        }
        return value->isEmpty() ? CanvasIdentityModel::tr("%1 empty").arg(label) : label + QLatin1Char(' ') + *value;
    };
    return QStringList{field(CanvasIdentityModel::tr("login"), person.loginId),
                       field(CanvasIdentityModel::tr("SIS"), person.sisUserId),
                       field(CanvasIdentityModel::tr("e-mail"), person.email)}
        .join(QStringLiteral(" \u00b7 "));
}

} // namespace

CanvasIdentityModel::CanvasIdentityModel(CanvasRosterReview *review)
    : QAbstractTableModel(review)
    , m_review(review)
{}

CanvasIdentityModel::~CanvasIdentityModel() = default;

void CanvasIdentityModel::reset(const QList<CanvasIdentityMatch> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CanvasIdentityModel::rowDecided(const QString &canvasUserId)
{
    const int row = rowOfCanvasUser(canvasUserId);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int CanvasIdentityModel::rowOfCanvasUser(const QString &canvasUserId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).person.userId == canvasUserId) {
            return row;
        }
    }
    return -1;
}

const CanvasIdentityMatch *CanvasIdentityModel::current(int row) const
{
    if (!m_review->hasPlan()) {
        return nullptr;
    }
    const QString &userId = m_rows.at(row).person.userId;
    for (const CanvasIdentityMatch &match : m_review->plan().matches()) {
        if (match.person.userId == userId) {
            return &match;
        }
    }
    return nullptr;
}

CanvasIdentityModel::Decision CanvasIdentityModel::decision(int row) const
{
    const CanvasIdentityMatch *now = current(row);
    if (now && now->isResolved()) {
        return Decision::Linked;
    }
    return m_review->isSkipped(m_rows.at(row).person.userId) ? Decision::Skipped : Decision::Pending;
}

QString CanvasIdentityModel::username(int row) const
{
    const CanvasIdentityMatch *now = current(row);
    return now ? now->studentId : QString();
}

int CanvasIdentityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CanvasIdentityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CanvasIdentityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CanvasIdentityMatch &match = m_rows.at(index.row());
    const Decision decided = decision(index.row());
    const bool ambiguous = match.status == CanvasIdentityMatch::Status::Ambiguous;
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case CanvasColumn:
            return match.person.name;
        case IdentifiersColumn:
            return identifierText(match.person);
        case SectionsColumn:
            return match.person.sectionNames.join(QStringLiteral(", "));
        case ProblemColumn:
            if (ambiguous) {
                return tr("Ambiguous (%1)").arg(match.candidates.join(QStringLiteral(", ")));
            }
            return tr("Not matched");
        case UsernameColumn:
            if (role == RawValueRole) {
                return username(index.row());
            }
            switch (decided) {
            case Decision::Linked:
                return username(index.row());
            case Decision::Skipped:
                return tr("skipped (not imported)");
            case Decision::Pending:
                return tr("choose a username\u2026");
            }
            return {};
        }
        return {};
    case Qt::EditRole:
        return index.column() == UsernameColumn ? QVariant(username(index.row())) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CanvasColumn:
            return tr("%1\nCanvas user id %2").arg(match.person.sortableName, match.person.userId);
        case ProblemColumn:
            return match.reason;
        case UsernameColumn:
            return tr("The hub username of this Canvas student (F2 or double-click to change; "
                      "empty to leave them out of this import).");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == UsernameColumn && decided != Decision::Linked) {
            return decided == Decision::Pending ? QColor(0xb3, 0x1b, 0x1b) : QColor(0x6a, 0x6a, 0x6a);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == UsernameColumn && decided != Decision::Linked) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case DecisionRole:
        return int(decided);
    case CandidatesRole:
        return match.candidates;
    case CanvasUserIdRole:
        return match.person.userId;
    default:
        return {};
    }
}

QVariant CanvasIdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CanvasColumn:
        return tr("Canvas student");
    case IdentifiersColumn:
        return tr("Canvas identifiers");
    case SectionsColumn:
        return tr("Sections");
    case ProblemColumn:
        return tr("Problem");
    case UsernameColumn:
        return tr("Hub username");
    }
    return {};
}

Qt::ItemFlags CanvasIdentityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == UsernameColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CanvasIdentityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != UsernameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString userId = m_rows.at(index.row()).person.userId;
    const Result<void> decided = m_review->decide(userId, value.toString());
    if (!decided) {
        emit decisionRejected(userId, decided.error().message);
        return false;
    }
    return true;
}

} // namespace GradeDesk::Models
