// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// GradingSession: team grading (conflicts, other graders' changes, connection loss).
#include "gradingsession.h"
#include "gradingsession_p.h"
#include "modelslogging.h"
#include "submissiontablemodel.h"

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// Long comments are cut in the conflict dialog; the full text is in the answer pane.
constexpr int maxShownCommentLength = 160;

QString shownComment(const QString &comment)
{
    if (comment.isEmpty()) {
        return GradingSession::tr("no comment");
    }
    return comment.size() > maxShownCommentLength ? comment.left(maxShownCommentLength - 1) + QChar(0x2026) : comment;
}

QString shownScore(const std::optional<double> &score, double maxScore)
{
    return GradingSession::tr("%1 of %2 points")
        .arg(score ? formatScore(*score) : QStringLiteral("–"), formatScore(maxScore));
}

} // namespace

void GradingSession::Private::connectTeam()
{
    liveRefresh.setSingleShot(true);
    liveRefresh.setInterval(0);
    QObject::connect(&liveRefresh, &QTimer::timeout, q, [this] { runLiveRefresh(); });
    QObject::connect(gradebook, &Gradebook::rubricChanged, q, [this](qint64 cellId) {
        if (question && question->cellId == cellId) {
            scheduleLiveRefresh(true, false, false);
        }
    });
    QObject::connect(gradebook, &Gradebook::claimsChanged, q, [this](qint64 cellId) {
        if (question && question->cellId == cellId) {
            scheduleLiveRefresh(false, true, false);
        }
    });
    QObject::connect(gradebook, &Gradebook::regradesChanged, q, [this](qint64 changedAssignment) {
        if (changedAssignment == assignmentId) {
            scheduleLiveRefresh(false, true, true);
        }
    });
    QObject::connect(gradebook, &Gradebook::connectionStateChanged, q,
                     [this](bool connected) { onConnectionStateChanged(connected); });
}

VersionMap GradingSession::Private::versionsOf(const QList<AnswerKey> &keys) const
{
    VersionMap versions;
    for (const AnswerKey &key : keys) {
        if (const int row = answers.rowOfAnswer(key.submittedNotebookId); row >= 0) {
            const AnswerRecord &answer = answers.answer(row);
            versions.insert(key.submittedNotebookId, {answer.version, answer.commentVersion});
        }
    }
    return versions;
}

VersionMap GradingSession::Private::ownVersionsOf(const QList<AnswerKey> &keys) const
{
    VersionMap versions = versionsOf(keys);
    for (const AnswerKey &key : keys) {
        if (const auto own = ownVersions.constFind({key.submittedNotebookId, key.cellId}); own != ownVersions.cend()) {
            versions.insert(key.submittedNotebookId, own.value());
        }
    }
    return versions;
}

void GradingSession::Private::noteOwnVersions(const QList<AnswerKey> &keys)
{
    const VersionMap now = versionsOf(keys);
    for (const AnswerKey &key : keys) {
        if (const auto found = now.constFind(key.submittedNotebookId); found != now.cend()) {
            ownVersions.insert({key.submittedNotebookId, key.cellId}, found.value());
        }
    }
}

void GradingSession::Private::noteOwnRubricChanges()
{
    // A retroactive edit bumps the versions of answers this session graded; those it changed last
    // still count as its own (answers another grader changed last stay a conflict for undo).
    const qint64 cellId = question ? question->cellId : 0;
    for (auto it = ownVersions.begin(); it != ownVersions.end(); ++it) {
        const int row = it.key().second == cellId ? answers.rowOfAnswer(it.key().first) : -1;
        if (row >= 0 && answers.answer(row).updatedBy == grader) {
            it.value() = {answers.answer(row).version, answers.answer(row).commentVersion};
        }
    }
}

void GradingSession::Private::raiseConflict(const AnswerKey &key, const ConflictInfo &info, std::function<void()> retry)
{
    Result<AnswerRecord> stored = gradebook->answer(key);
    if (!stored) {
        reportError(tr("Reading the other grader's change failed"), stored.error());
        return;
    }
    refreshAnswers({key});
    syncCurrentAnswer();
    GradingConflict found;
    found.answer = key;
    found.what = info.what;
    found.otherGrader = lastChangedBy(info.field, stored.value());
    found.theirs = storedValue(info.field, stored.value());
    found.mine = info.mine;
    qCInfo(lcModels) << "grading conflict on answer" << key.submittedNotebookId << key.cellId << "with"
                     << found.otherGrader;
    conflict = found;
    conflictRetry = std::move(retry);
    emit q->conflictDetected(found);
}

QString GradingSession::Private::storedValue(Field field, const AnswerRecord &answer) const
{
    switch (field) {
    case Field::Score:
        return answer.manualScore ? formatScore(*answer.manualScore) : tr("no score");
    case Field::ExtraCredit:
        return answer.extraCredit ? formatScore(*answer.extraCredit) : tr("no extra credit");
    case Field::Comment:
        return shownComment(answer.comment);
    case Field::Adjustment:
        return answer.adjustment
                   ? tr("%1 (%2)").arg(RubricModel::formatPoints(*answer.adjustment), answer.adjustmentReason)
                   : tr("no adjustment");
    case Field::Whole:
        break;
    }
    QString text = shownScore(answer.score(), answer.maxScore);
    if (!answer.comment.isEmpty()) {
        text += tr(", comment “%1”").arg(shownComment(answer.comment));
    }
    return text;
}

QString GradingSession::Private::lastChangedBy(Field field, const AnswerRecord &answer) const
{
    if (field != Field::Comment && field != Field::Whole) {
        return answer.updatedBy;
    }
    // The grade row knows who changed it last; the comment only its audit trail does.
    Result<QList<AuditEvent>> events = gradebook->auditEvents(
        QStringLiteral("comment"), Gradebook::gradeEntityId(answer.key.submittedNotebookId, answer.key.cellId));
    if (!events || events.value().isEmpty()) {
        return answer.updatedBy;
    }
    const AuditEvent &lastComment = events.value().constLast();
    return field == Field::Comment || !answer.updatedAt.isValid() || lastComment.at > answer.updatedAt
               ? lastComment.actor
               : answer.updatedBy;
}

void GradingSession::Private::scheduleLiveRefresh(bool rubricToo, bool answersToo, bool questionsToo)
{
    pendingRubric = pendingRubric || rubricToo;
    pendingAnswers = pendingAnswers || answersToo;
    pendingQuestions = pendingQuestions || questionsToo;
    liveRefresh.start();
}

void GradingSession::Private::runLiveRefresh()
{
    const bool rubricToo = std::exchange(pendingRubric, false);
    const bool answersToo = std::exchange(pendingAnswers, false);
    const bool questionsToo = std::exchange(pendingQuestions, false);
    if (!question || !gradebook->isConnected()) {
        return;
    }
    if (rubricToo) {
        if (Result<QuestionSettings> stored = gradebook->questionSettings(question->cellId); stored) {
            settings = stored.value();
        } else {
            reportError(tr("Loading the scoring settings failed"), stored.error());
        }
        reloadRubric();
    }
    if (answersToo) {
        if (Result<void> done = answers.refresh(); !done) {
            reportError(tr("Reloading the answers failed"), done.error());
        }
    }
    if (questionsToo) {
        if (Result<void> done = questions.refresh(); !done) {
            reportError(tr("Reloading the questions failed"), done.error());
        }
    }
}

void GradingSession::Private::onConnectionStateChanged(bool connected)
{
    if (connected) {
        // What is shown must be what is stored: everything that happened while away is read again.
        if (!assignmentName.isEmpty()) {
            q->refresh();
        }
        if (current != 0) {
            claimDelay.start();
        }
    } else {
        claimDelay.stop();
    }
    emit q->connectionStateChanged(connected);
}

std::optional<GradingConflict> GradingSession::pendingConflict() const
{
    return d->conflict;
}

void GradingSession::resolveConflict(bool useMine)
{
    if (!d->conflict) {
        return;
    }
    d->conflict.reset();
    const std::function<void()> retry = std::exchange(d->conflictRetry, {});
    if (useMine && retry) {
        retry();
    }
}

bool GradingSession::isConnected() const
{
    return d->gradebook->isConnected();
}

Result<QList<AuditEvent>> GradingSession::currentAnswerHistory() const
{
    const auto answer = currentAnswer();
    if (!answer) {
        return QList<AuditEvent>();
    }
    return d->gradebook->auditEventsForAnswer(answer->key);
}

} // namespace GradeDesk::Models
