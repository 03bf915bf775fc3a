// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasrosterreview.h"

#include "canvasidentitymodel.h"
#include "canvasrosterdiffmodel.h"

#include <services/gradebook/gradebook.h>

#include <algorithm>

namespace GradeDesk::Models {

using namespace Services;

CanvasRosterReview::CanvasRosterReview(QObject *parent)
    : QObject(parent)
    , m_changes(new CanvasRosterDiffModel(this))
    , m_identity(new CanvasIdentityModel(this))
{}

CanvasRosterReview::~CanvasRosterReview() = default;

void CanvasRosterReview::setPlan(const CanvasRosterPlan &plan, const QList<StudentRecord> &students)
{
    m_plan = plan;
    m_students = students;
    m_skipped.clear();
    m_diff = m_plan->diff();
    m_changes->setChanges(m_diff.changes);
    m_identity->reset(m_diff.unresolved);
    emit changed();
}

void CanvasRosterReview::clear()
{
    m_plan.reset();
    m_students.clear();
    m_skipped.clear();
    m_diff = {};
    m_changes->setChanges({});
    m_identity->reset({});
    emit changed();
}

Result<void> CanvasRosterReview::decide(const QString &canvasUserId, const QString &username)
{
    if (!m_plan) {
        return ServiceError::make(ServiceError::Kind::Validation, tr("Fetch the roster from Canvas first."),
                                  QStringLiteral("no roster plan"));
    }
    const QString wanted = username.trimmed();
    if (const Result<void> decided = m_plan->decide(canvasUserId, wanted); !decided) {
        return decided;
    }
    if (wanted.isEmpty()) {
        m_skipped.insert(canvasUserId);
    } else {
        m_skipped.remove(canvasUserId);
    }
    m_diff = m_plan->diff();
    m_changes->setChanges(m_diff.changes);
    m_identity->rowDecided(canvasUserId);
    emit changed();
    return {};
}

int CanvasRosterReview::pendingCount() const
{
    int pending = 0;
    for (int row = 0; row < m_identity->rowCount(); ++row) {
        pending += m_identity->decision(row) == CanvasIdentityModel::Decision::Pending ? 1 : 0;
    }
    return pending;
}

QStringList CanvasRosterReview::suggestions(const QString &canvasUserId) const
{
    QStringList names;
    const int row = m_identity->rowOfCanvasUser(canvasUserId);
    if (row >= 0) {
        names = m_identity->match(row).candidates;
    }
    if (!m_plan) {
        return names;
    }
    QSet<QString> taken;
    for (const CanvasIdentityMatch &match : m_plan->matches()) {
        if (match.isResolved()) {
            taken.insert(match.studentId.toLower());
        }
    }
    QStringList free;
    for (const StudentRecord &student : m_students) {
        if (!taken.contains(student.id.toLower()) && !names.contains(student.id)) {
            free.append(student.id);
        }
    }
    std::sort(free.begin(), free.end());
    return names + free;
}

bool CanvasRosterReview::hasWork() const
{
    if (!m_plan) {
        return false;
    }
    return !m_diff.changes.isEmpty() ||
           std::any_of(m_plan->matches().cbegin(), m_plan->matches().cend(), [](const CanvasIdentityMatch &match) {
               return match.status == CanvasIdentityMatch::Status::Decided;
           });
}

Result<CanvasRosterPlan::Applied> CanvasRosterReview::apply(Gradebook &gradebook, const QString &actor)
{
    if (!m_plan) {
        return ServiceError::make(ServiceError::Kind::Validation, tr("Fetch the roster from Canvas first."),
                                  QStringLiteral("no roster plan"));
    }
    return m_plan->apply(gradebook, actor);
}

} // namespace GradeDesk::Models
