// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasclient.h"
#include "canvascourse.h"
#include "canvaserrors.h"
#include "canvasjson.h"
#include "canvasregrades.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

// CanvasCourse: finding, creating and publishing assignments, reading scores, planning a push.

namespace GradeDesk::Services {

namespace {

struct AssignmentTr {
    Q_DECLARE_TR_FUNCTIONS(CanvasAssignments)
};

/// One request whose reply becomes the job's result.
template <typename T>
class CallTask final : public CanvasWorkflow<T>
{
public:
    using Transform = std::function<Result<T>(const CanvasResponse &response, const QString &request)>;

    CallTask(QObject *parent, CanvasCall *call, Transform transform)
        : CanvasWorkflow<T>(parent)
    {
        this->track(call);
        QObject::connect(call, &CanvasCall::finished, this, [this, call, transform = std::move(transform)] {
            if (!call->result()) {
                this->finish(call->result().error());
            } else {
                this->finish(transform(call->result().value(), call->describe()));
            }
        });
    }
};

/// One paginated list whose items become the job's result.
template <typename T>
class ListTask final : public CanvasWorkflow<T>
{
public:
    using Transform = std::function<Result<T>(const QJsonArray &items)>;

    ListTask(QObject *parent, CanvasPager *pager, Transform transform)
        : CanvasWorkflow<T>(parent)
    {
        this->track(pager);
        QObject::connect(pager, &CanvasPager::progress, this, [this](int done, int total, const QString &stage) {
            emit this->progress(done, total, stage);
        });
        QObject::connect(pager, &CanvasPager::finished, this, [this, pager, transform = std::move(transform)] {
            if (!pager->result()) {
                this->finish(pager->result().error());
            } else {
                this->finish(transform(pager->result().value()));
            }
        });
    }
};

Result<CanvasAssignment> assignmentFrom(const CanvasResponse &response, const QString &request)
{
    const Result<QJsonObject> object = CanvasJson::parseObject(response.body, request);
    if (!object) {
        return object.error();
    }
    const std::optional<CanvasAssignment> assignment = CanvasJson::assignment(object.value());
    if (!assignment) {
        return CanvasErrors::badReply(request, QStringLiteral("assignment without id or name"));
    }
    return *assignment;
}

/// The exact name, else the only one equal without case and surrounding blanks.
Result<std::optional<CanvasAssignment>> pickByName(const QJsonArray &items, const QString &name)
{
    QList<CanvasAssignment> exact;
    QList<CanvasAssignment> loose;
    for (const QJsonValue &item : items) {
        const std::optional<CanvasAssignment> assignment = CanvasJson::assignment(item.toObject());
        if (!assignment) {
            continue;
        }
        if (assignment->name == name) {
            exact.append(*assignment);
        } else if (assignment->name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            loose.append(*assignment);
        }
    }
    const QList<CanvasAssignment> &found = exact.isEmpty() ? loose : exact;
    if (found.size() > 1) {
        QStringList ids;
        for (const CanvasAssignment &assignment : found) {
            ids.append(assignment.id);
        }
        return ServiceError::make(ServiceError::Kind::Conflict,
                                  AssignmentTr::tr("Canvas has %n assignment(s) called \u201c%1\u201d (ids %2). Rename "
                                                   "or delete the extra ones in Canvas so the name is unique.",
                                                   nullptr, int(found.size()))
                                      .arg(name, ids.join(QStringLiteral(", "))),
                                  QStringLiteral("%1 assignments named '%2'").arg(found.size()).arg(name));
    }
    return found.isEmpty() ? std::optional<CanvasAssignment>() : std::optional<CanvasAssignment>(found.front());
}

QHash<QString, std::optional<double>> scoresFrom(const QJsonArray &items)
{
    QHash<QString, std::optional<double>> scores;
    for (const QJsonValue &item : items) {
        const QJsonObject submission = item.toObject();
        const QString userId = CanvasJson::id(submission.value(QLatin1String("user_id")));
        if (!userId.isEmpty()) {
            scores.insert(userId, CanvasJson::number(submission.value(QLatin1String("score"))));
        }
    }
    return scores;
}

/// findAssignment: the remembered id first (it survives renames), then the name.
class AssignmentLookup final : public CanvasWorkflow<std::optional<CanvasAssignment>>
{
public:
    AssignmentLookup(CanvasCourse *course, const QString &name, const QString &rememberedId)
        : CanvasWorkflow<std::optional<CanvasAssignment>>(course)
        , m_course(course)
        , m_name(name)
        , m_rememberedId(rememberedId)
    {}

    void start()
    {
        if (m_rememberedId.isEmpty()) {
            search();
            return;
        }
        CanvasCall *call = track(m_course->client()->get(m_course->coursePath() + QStringLiteral("/assignments/") +
                                                         CanvasClient::encodeId(m_rememberedId)));
        connect(call, &CanvasCall::finished, this, [this, call] {
            if (call->result()) {
                const Result<CanvasAssignment> assignment = assignmentFrom(call->result().value(), call->describe());
                if (assignment) {
                    finish(std::optional<CanvasAssignment>(assignment.value()));
                } else {
                    finish(assignment.error());
                }
            } else if (call->result().error().kind == ServiceError::Kind::NotFound) {
                search(); // Deleted in Canvas since it was remembered.
            } else {
                finish(call->result().error());
            }
        });
    }

private:
    void search()
    {
        // Canvas needs at least two characters to search; a shorter name lists everything.
        CanvasParams query;
        if (m_name.trimmed().size() >= 2) {
            query.append({QStringLiteral("search_term"), m_name.trimmed()});
        }
        CanvasPager *pager = track(m_course->client()->getAll(m_course->coursePath() + QStringLiteral("/assignments"),
                                                              query, AssignmentTr::tr("Finding the assignment")));
        connect(pager, &CanvasPager::finished, this, [this, pager] {
            if (!pager->result()) {
                finish(pager->result().error());
            } else {
                finish(pickByName(pager->result().value(), m_name));
            }
        });
    }

    CanvasCourse *m_course;
    QString m_name;
    QString m_rememberedId;
};

/// planPush: Canvas' current scores, then the comparison.
class PushPlanning final : public CanvasWorkflow<CanvasPushPlan>
{
public:
    PushPlanning(CanvasCourse *course, const QString &localAssignment, const CanvasAssignment &assignment,
                 const QList<CanvasLocalGrade> &grades)
        : CanvasWorkflow<CanvasPushPlan>(course)
    {
        CanvasScoresJob *scores = track(course->readScores(assignment.id));
        connect(scores, &CanvasJob::progress, this, &CanvasJob::progress);
        connect(scores, &CanvasJob::finished, this, [this, scores, localAssignment, assignment, grades] {
            if (!scores->result()) {
                finish(scores->result().error());
            } else {
                finish(CanvasPushPlan::build(localAssignment, assignment, grades, scores->result().value()));
            }
        });
    }
};

} // namespace

CanvasAssignmentLookupJob *CanvasCourse::findAssignment(const QString &name, const QString &rememberedId)
{
    auto *job = new AssignmentLookup(this, name, rememberedId);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

CanvasAssignmentJob *CanvasCourse::createAssignment(const QString &name, double pointsPossible, bool publish)
{
    const CanvasParams form = {
        {QStringLiteral("assignment[name]"), name},
        {QStringLiteral("assignment[points_possible]"), QString::number(pointsPossible)},
        {QStringLiteral("assignment[grading_type]"), QStringLiteral("points")},
        {QStringLiteral("assignment[submission_types][]"), QStringLiteral("none")},
        {QStringLiteral("assignment[published]"), publish ? QStringLiteral("true") : QStringLiteral("false")}};
    return new CallTask<CanvasAssignment>(this, m_client->post(coursePath() + QStringLiteral("/assignments"), form),
                                          &assignmentFrom);
}

CanvasAssignmentJob *CanvasCourse::publishAssignment(const QString &assignmentId)
{
    return new CallTask<CanvasAssignment>(
        this,
        m_client->put(coursePath() + QStringLiteral("/assignments/") + CanvasClient::encodeId(assignmentId),
                      {{QStringLiteral("assignment[published]"), QStringLiteral("true")}}),
        &assignmentFrom);
}

CanvasScoresJob *CanvasCourse::readScores(const QString &assignmentId)
{
    using Scores = QHash<QString, std::optional<double>>;
    return new ListTask<Scores>(this,
                                m_client->getAll(coursePath() + QStringLiteral("/assignments/") +
                                                     CanvasClient::encodeId(assignmentId) +
                                                     QStringLiteral("/submissions"),
                                                 {}, AssignmentTr::tr("Reading scores from Canvas")),
                                [](const QJsonArray &items) -> Result<Scores> { return scoresFrom(items); });
}

CanvasCommentsJob *CanvasCourse::readSubmissionComments(const QString &assignmentId)
{
    using Comments = QList<CanvasSubmissionComments>;
    const QString path = coursePath() + QStringLiteral("/assignments/") + CanvasClient::encodeId(assignmentId) +
                         QStringLiteral("/submissions");
    return new ListTask<Comments>(
        this,
        m_client->getAll(path, {{QStringLiteral("include[]"), QStringLiteral("submission_comments")}},
                         AssignmentTr::tr("Reading submission comments from Canvas")),
        [path](const QJsonArray &items) -> Result<Comments> {
            return CanvasRegradePlan::parseSubmissions(items, QStringLiteral("GET ") + path);
        });
}

CanvasPushPlanJob *CanvasCourse::planPush(const QString &localAssignment, const CanvasAssignment &assignment,
                                          const QList<CanvasLocalGrade> &grades)
{
    return new PushPlanning(this, localAssignment, assignment, grades);
}

} // namespace GradeDesk::Services
