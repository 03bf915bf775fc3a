// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimapi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace GradeDesk::Tests {

namespace {

using EState = CanvasSimulator::EnrollmentState;

const QList<EState> &gradableStates()
{
    // Bulk grading resolves inactive students too; completed (concluded) and deleted ones are unknown.
    static const QList<EState> states{EState::Active, EState::Invited, EState::Inactive};
    return states;
}

std::optional<bool> booleanValue(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes")) {
        return true;
    }
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("no")) {
        return false;
    }
    return std::nullopt;
}

QString formatNumber(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'g', 15);
}

struct ParsedGrade {
    std::optional<double> score;
    QString grade;
};

// posted_grade as Canvas reads it; anything it cannot read clears the grade without an error.
ParsedGrade parsePostedGrade(const CanvasSimulator::AssignmentSeed &assignment, const QString &posted)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)$"));
    const QString text = posted.trimmed().toLower();
    const double points = assignment.pointsPossible;
    std::optional<double> score;
    if (text == QLatin1String("pass") || text == QLatin1String("complete")) {
        score = points;
    } else if (text == QLatin1String("fail") || text == QLatin1String("incomplete")) {
        score = 0.0;
    } else if (text.endsWith(u'%') && number.match(text.chopped(1).trimmed()).hasMatch()) {
        score = text.chopped(1).trimmed().toDouble() / 100.0 * points;
    } else if (number.match(text).hasMatch()) {
        score = text.toDouble();
    }
    const bool passFail = assignment.gradingType == QLatin1String("pass_fail");
    if (!score || (passFail && *score != 0.0 && *score != points)) {
        return {};
    }
    QString grade;
    if (passFail) {
        grade = *score == points ? QStringLiteral("complete") : QStringLiteral("incomplete");
    } else if (assignment.gradingType == QLatin1String("percent") && points > 0) {
        grade = formatNumber(*score / points * 100.0) + u'%';
    } else {
        grade = formatNumber(*score);
    }
    return {score, grade};
}

SimHttpResponse validationError(const QString &field, const QString &type)
{
    const QJsonObject detail{
        {QStringLiteral("attribute"), field}, {QStringLiteral("type"), type}, {QStringLiteral("message"), type}};
    const QJsonObject errors{{field, QJsonArray{detail}}};
    return SimHttpResponse::json(400, QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}}));
}

SimHttpResponse plainError(int status, const QString &message)
{
    return SimHttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

} // namespace

std::optional<QString> CanvasSimulator::Api::applyAssignmentFields(SimCall &call, SimAssignment &assignment)
{
    static const QStringList gradingTypes{QStringLiteral("pass_fail"),    QStringLiteral("percent"),
                                          QStringLiteral("letter_grade"), QStringLiteral("gpa_scale"),
                                          QStringLiteral("points"),       QStringLiteral("not_graded")};
    SimAssignment changed = assignment;
    if (call.hasForm(QStringLiteral("assignment[name]"))) {
        changed.seed.name = call.formValue(QStringLiteral("assignment[name]")).trimmed();
        if (changed.seed.name.isEmpty()) {
            return QStringLiteral("name");
        }
    }
    if (call.hasForm(QStringLiteral("assignment[points_possible]"))) {
        bool ok = false;
        changed.seed.pointsPossible = call.formValue(QStringLiteral("assignment[points_possible]")).toDouble(&ok);
        if (!ok || changed.seed.pointsPossible < 0) {
            return QStringLiteral("points_possible");
        }
    }
    if (call.hasForm(QStringLiteral("assignment[grading_type]"))) {
        changed.seed.gradingType = call.formValue(QStringLiteral("assignment[grading_type]"));
        if (!gradingTypes.contains(changed.seed.gradingType)) {
            return QStringLiteral("grading_type");
        }
    }
    if (call.hasForm(QStringLiteral("assignment[published]"))) {
        const std::optional<bool> published = booleanValue(call.formValue(QStringLiteral("assignment[published]")));
        if (!published) {
            return QStringLiteral("published");
        }
        changed.seed.published = *published;
    }
    if (call.hasForm(QStringLiteral("assignment[post_manually]"))) {
        changed.seed.postManually =
            booleanValue(call.formValue(QStringLiteral("assignment[post_manually]"))).value_or(false);
    }
    if (call.hasForm(QStringLiteral("assignment[due_at]"))) {
        changed.dueAt = call.formValue(QStringLiteral("assignment[due_at]"));
    }
    QStringList types;
    for (const auto &[key, value] : call.form) {
        if (key == QLatin1String("assignment[submission_types][]")) {
            types.append(value);
        }
    }
    if (!types.isEmpty()) {
        changed.submissionTypes = types;
    }
    changed.updatedAt = QDateTime::currentDateTimeUtc();
    assignment = changed;
    return std::nullopt;
}

SimHttpResponse CanvasSimulator::Api::listAssignments(SimCall &call)
{
    const QString term = call.request.queryValue(QStringLiteral("search_term"));
    if (call.request.hasQueryItem(QStringLiteral("search_term")) && term.size() < 2) {
        const QJsonObject error{{QStringLiteral("field"), QStringLiteral("search_term")},
                                {QStringLiteral("message"), QStringLiteral("2 or more characters is required")},
                                {QStringLiteral("error_code"), QStringLiteral("invalid")}};
        return SimHttpResponse::json(400, QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}));
    }
    QList<const SimAssignment *> found;
    for (const SimAssignment &assignment : m_state.assignments) {
        if ((call.token->role == Role::Student && !assignment.seed.published) ||
            (!term.isEmpty() && !assignment.seed.name.contains(term, Qt::CaseInsensitive))) {
            continue;
        }
        found.append(&assignment);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SimAssignment *a, const SimAssignment *b) { return a->position < b->position; });
    QJsonArray items;
    for (const SimAssignment *assignment : std::as_const(found)) {
        items.append(assignmentJson(*assignment));
    }
    return pagedReply(
        call, QStringLiteral("/api/v1/courses/") + QString::number(call.courseId) + QStringLiteral("/assignments"),
        items, true);
}

SimHttpResponse CanvasSimulator::Api::getAssignment(SimCall &call)
{
    const SimAssignment *assignment = findAssignment(call.params.value(QStringLiteral("assignment_id")));
    if (!assignment || (call.token->role == Role::Student && !assignment->seed.published)) {
        return canvasNotFound();
    }
    return jsonReply(call, 200, assignmentJson(*assignment));
}

SimHttpResponse CanvasSimulator::Api::createAssignment(SimCall &call)
{
    if (!call.token->permissions.manageGrades) {
        return canvasUnauthorized();
    }
    SimAssignment assignment;
    assignment.seed.published = false; // New assignments start unpublished unless told otherwise.
    assignment.seed.pointsPossible = 0.0;
    if (call.formValue(QStringLiteral("assignment[name]")).trimmed().isEmpty()) {
        return validationError(QStringLiteral("name"), QStringLiteral("blank"));
    }
    if (const std::optional<QString> bad = applyAssignmentFields(call, assignment)) {
        return validationError(*bad, QStringLiteral("invalid"));
    }
    assignment.id = m_state.allocateId();
    assignment.position = static_cast<int>(m_state.assignments.size()) + 1;
    assignment.createdAt = QDateTime::currentDateTimeUtc();
    m_state.assignments.insert(assignment.id, assignment);
    return jsonReply(call, 201, assignmentJson(assignment));
}

SimHttpResponse CanvasSimulator::Api::updateAssignment(SimCall &call)
{
    if (!call.token->permissions.manageGrades) {
        return canvasUnauthorized();
    }
    SimAssignment *assignment = findAssignment(call.params.value(QStringLiteral("assignment_id")));
    if (!assignment) {
        return canvasNotFound();
    }
    if (const std::optional<QString> bad = applyAssignmentFields(call, *assignment)) {
        return validationError(*bad,
                               *bad == QLatin1String("name") ? QStringLiteral("blank") : QStringLiteral("invalid"));
    }
    return jsonReply(call, 201, assignmentJson(*assignment));
}

SimHttpResponse CanvasSimulator::Api::listSubmissions(SimCall &call)
{
    if (call.token->role == Role::Student) {
        return canvasUnauthorized();
    }
    const SimAssignment *assignment = findAssignment(call.params.value(QStringLiteral("assignment_id")));
    if (!assignment) {
        return canvasNotFound();
    }
    const QStringList includes = call.request.queryValues(QStringLiteral("include[]"));
    const bool withComments = includes.contains(QStringLiteral("submission_comments"));
    const bool withUser = includes.contains(QStringLiteral("user"));
    QJsonArray items;
    for (qint64 userId : studentIds(0, gradableStates())) {
        QJsonObject json = submissionJson(*assignment, ensureSubmission(assignment->id, userId), withComments);
        if (withUser) {
            json.insert(QStringLiteral("user"), userJson(m_state.users.value(userId), call.token->permissions, false));
        }
        items.append(json);
    }
    return pagedReply(call,
                      QStringLiteral("/api/v1/courses/") + QString::number(call.courseId) +
                          QStringLiteral("/assignments/") + QString::number(assignment->id) +
                          QStringLiteral("/submissions"),
                      items, true);
}

SimHttpResponse CanvasSimulator::Api::getSubmission(SimCall &call)
{
    if (call.token->role == Role::Student) {
        return canvasUnauthorized();
    }
    const SimAssignment *assignment = findAssignment(call.params.value(QStringLiteral("assignment_id")));
    const SimUser *user =
        resolveStudent(call.token->permissions, call.params.value(QStringLiteral("user_id")), 0, gradableStates());
    if (!assignment || !user) {
        return canvasNotFound();
    }
    const bool withComments =
        call.request.queryValues(QStringLiteral("include[]")).contains(QStringLiteral("submission_comments"));
    return jsonReply(call, 200, submissionJson(*assignment, ensureSubmission(assignment->id, user->id), withComments));
}

SimHttpResponse CanvasSimulator::Api::putSubmission(SimCall &call)
{
    if (!call.token->permissions.manageGrades) {
        return canvasUnauthorized();
    }
    const SimAssignment *assignment = findAssignment(call.params.value(QStringLiteral("assignment_id")));
    const SimUser *user =
        resolveStudent(call.token->permissions, call.params.value(QStringLiteral("user_id")), 0, gradableStates());
    if (!assignment || !user) {
        return canvasNotFound();
    }
    if (!assignment->seed.published) {
        return canvasUnauthorized();
    }
    SimGradeEntry entry;
    entry.studentKey = QString::number(user->id);
    if (call.hasForm(QStringLiteral("submission[posted_grade]"))) {
        entry.postedGrade = call.formValue(QStringLiteral("submission[posted_grade]"));
    }
    if (call.hasForm(QStringLiteral("submission[excuse]"))) {
        entry.excuse = booleanValue(call.formValue(QStringLiteral("submission[excuse]")));
    }
    entry.textComment = call.formValue(QStringLiteral("comment[text_comment]"));
    entry.authorId = call.token->userId;
    SubmissionRecord &submission = ensureSubmission(assignment->id, user->id);
    applyGradeEntry(submission, *assignment, entry);
    return jsonReply(call, 200, submissionJson(*assignment, submission, true));
}

void CanvasSimulator::Api::applyGradeEntry(SubmissionRecord &submission, const SimAssignment &assignment,
                                           const SimGradeEntry &entry)
{
    bool wrote = false;
    if (entry.excuse) {
        submission.excused = *entry.excuse;
        if (submission.excused) {
            submission.score.reset();
            submission.grade.clear();
        }
        wrote = true;
    }
    if (entry.postedGrade && !submission.excused) {
        const ParsedGrade parsed = parsePostedGrade(assignment.seed, *entry.postedGrade);
        submission.score = parsed.score;
        submission.grade = parsed.grade;
        wrote = true;
    }
    if (wrote) {
        ++submission.gradeWrites;
        ++m_state.gradeWrites;
        submission.gradedAt = QDateTime::currentDateTimeUtc();
    }
    if (!entry.textComment.isEmpty()) {
        CommentRecord comment;
        comment.id = m_state.allocateId();
        comment.authorId = entry.authorId;
        comment.text = entry.textComment;
        comment.createdAt = QDateTime::currentDateTimeUtc();
        submission.comments.append(entry.textComment);
        submission.commentRecords.append(comment);
    }
}

SimHttpResponse CanvasSimulator::Api::updateGrades(SimCall &call)
{
    static const QRegularExpression keyPattern(
        QStringLiteral("^grade_data\\[([^\\]]+)\\](?:\\[([^\\]]+)\\](\\[\\])?)?$"));
    QList<SimGradeEntry> entries;
    QHash<QString, qsizetype> index;
    bool malformed = false;
    for (const auto &[key, value] : call.form) {
        const QRegularExpressionMatch match = keyPattern.match(key);
        if (!match.hasMatch()) {
            malformed = malformed || key.startsWith(QStringLiteral("grade_data"));
            continue;
        }
        const QString student = match.captured(1);
        const QString field = match.captured(2);
        if (field.isEmpty()) {
            malformed = true; // grade_data[3]=88: not a hash of fields.
            continue;
        }
        if (!index.contains(student)) {
            index.insert(student, entries.size());
            entries.append(SimGradeEntry{student, std::nullopt, std::nullopt, QString(), call.token->userId});
        }
        SimGradeEntry &entry = entries[index.value(student)];
        if (field == QLatin1String("posted_grade")) {
            entry.postedGrade = value;
        } else if (field == QLatin1String("excuse")) {
            entry.excuse = booleanValue(value);
        } else if (field == QLatin1String("text_comment")) {
            entry.textComment = value;
        }
    }
    if (entries.isEmpty() || malformed) {
        return plainError(400, QStringLiteral("'grade_data' parameter required"));
    }
    const QString assignmentKey = call.params.value(QStringLiteral("assignment_id"));
    const SimAssignment *assignment = findAssignment(assignmentKey);
    if ((assignment && !assignment->seed.published) || !call.token->permissions.manageGrades) {
        return canvasUnauthorized();
    }
    if (!assignment) {
        return plainError(400, QStringLiteral("Some assignments could not be found: ( ") + assignmentKey +
                                   QStringLiteral(" )"));
    }

    SimProgress progress;
    progress.record.id = m_state.allocateId();
    progress.record.workflowState = QStringLiteral("queued");
    progress.userId = call.token->userId;
    progress.assignmentId = assignment->id;
    progress.sectionId = call.sectionId;
    progress.entries = entries;
    progress.permissions = call.token->permissions;
    progress.failAfter = std::exchange(m_state.failProgressAfter, std::nullopt);
    progress.createdAt = progress.updatedAt = QDateTime::currentDateTimeUtc();
    call.extraCost = m_state.throttle.costPerGrade * static_cast<double>(entries.size());
    const qint64 id = progress.record.id;
    m_state.progresses.insert(id, progress);
    SimHttpResponse response = jsonReply(call, 200, progressJson(progress));

    switch (m_state.progressMode) {
    case ProgressMode::Immediate:
        advanceProgress(id);
        advanceProgress(id);
        break;
    case ProgressMode::AdvanceOnTimer: {
        auto *timer = new QTimer(m_simulator);
        timer->setInterval(m_state.progressStep);
        QObject::connect(timer, &QTimer::timeout, m_simulator, [this, id] { advanceProgress(id); });
        m_state.progresses[id].timer = timer;
        timer->start();
        break;
    }
    case ProgressMode::AdvanceOnPoll:
        break;
    }
    return response;
}

void CanvasSimulator::Api::advanceProgress(qint64 progressId)
{
    const auto it = m_state.progresses.find(progressId);
    if (it == m_state.progresses.end()) {
        return;
    }
    SimProgress &progress = *it;
    if (progress.record.workflowState == QLatin1String("queued")) {
        progress.record.workflowState = QStringLiteral("running");
        progress.record.completion = 0;
        progress.updatedAt = QDateTime::currentDateTimeUtc();
    } else if (progress.record.workflowState == QLatin1String("running")) {
        runJob(progress);
    }
}

void CanvasSimulator::Api::runJob(SimProgress &progress)
{
    const auto assignment = m_state.assignments.constFind(progress.assignmentId);
    if (assignment == m_state.assignments.cend() || !assignment->seed.published) {
        finishProgress(progress, QStringLiteral("failed"),
                       QStringLiteral("Some assignments are either not published or deleted and can not be graded '") +
                           QString::number(progress.assignmentId) + u'\'');
        return;
    }
    QStringList missing;
    for (const SimGradeEntry &entry : std::as_const(progress.entries)) {
        if (progress.failAfter && progress.record.gradesWritten >= *progress.failAfter) {
            // A job that throws keeps what it wrote.
            finishProgress(progress, QStringLiteral("failed"),
                           QStringLiteral("Unexpected error, ID: ") + QString::number(++m_state.errorReportId));
            return;
        }
        const SimUser *user =
            resolveStudent(progress.permissions, entry.studentKey, progress.sectionId, gradableStates());
        if (!user) {
            missing.append(u'\'' + entry.studentKey + u'\'');
            continue;
        }
        applyGradeEntry(ensureSubmission(assignment->id, user->id), *assignment, entry);
        ++progress.record.gradesWritten;
    }
    if (!missing.isEmpty()) {
        finishProgress(progress, QStringLiteral("failed"),
                       QStringLiteral("Couldn't find User(s) with API ids ") + missing.join(QStringLiteral(", ")));
        return;
    }
    finishProgress(progress, QStringLiteral("completed"), QString());
}

void CanvasSimulator::Api::finishProgress(SimProgress &progress, const QString &state, const QString &message)
{
    progress.record.workflowState = state;
    progress.record.message = message;
    progress.record.completion = state == QLatin1String("completed") ? std::optional<int>(100) : std::nullopt;
    progress.updatedAt = QDateTime::currentDateTimeUtc();
    if (progress.timer) {
        progress.timer->stop();
        progress.timer->deleteLater();
        progress.timer = nullptr;
    }
    Q_EMIT m_simulator->progressFinished(progress.record.id, state);
}

SimHttpResponse CanvasSimulator::Api::getProgress(SimCall &call)
{
    const QString key = call.params.value(QStringLiteral("progress_id"));
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    if (!ok || !m_state.progresses.contains(id)) {
        return canvasNotFound();
    }
    if (m_state.progressMode == ProgressMode::AdvanceOnPoll) {
        advanceProgress(id);
    }
    return jsonReply(call, 200, progressJson(m_state.progresses.value(id)));
}

SimHttpResponse CanvasSimulator::Api::cancelProgress(SimCall &call)
{
    bool ok = false;
    const qint64 id = call.params.value(QStringLiteral("progress_id")).toLongLong(&ok);
    const auto it = ok ? m_state.progresses.find(id) : m_state.progresses.end();
    if (it == m_state.progresses.end()) {
        return canvasNotFound();
    }
    const QString state = it->record.workflowState;
    if (state == QLatin1String("queued") || state == QLatin1String("running")) {
        finishProgress(*it, QStringLiteral("canceled"), QStringLiteral("Canceled"));
    }
    return jsonReply(call, 200, progressJson(*it));
}

} // namespace GradeDesk::Tests
