// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// GradingSession: moving through the queue and claiming answers.
#include "gradingsession.h"
#include "gradingsession_p.h"
#include "modelslogging.h"

#include <QDateTime>

namespace GradeDesk::Models {

using namespace Services;

bool GradingSession::next()
{
    const QList<int> rows = d->candidateRows(d->currentSourceRow(), true, false);
    if (rows.isEmpty()) {
        return false;
    }
    d->setCurrent(d->answers.answer(rows.constFirst()).key.submittedNotebookId);
    return true;
}

bool GradingSession::previous()
{
    const QList<int> rows = d->candidateRows(d->currentSourceRow(), false, false);
    if (rows.isEmpty()) {
        return false;
    }
    d->setCurrent(d->answers.answer(rows.constFirst()).key.submittedNotebookId);
    return true;
}

bool GradingSession::nextUngraded()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const int row : d->candidateRows(d->currentSourceRow(), true, true)) {
        const AnswerRecord candidate = d->answers.answer(row);
        if (candidate.isGraded()) {
            continue;
        }
        if (!candidate.claimedBy.isEmpty() && candidate.claimedBy != d->grader && candidate.claimExpiresAt > now) {
            continue;
        }
        // What this session knows about others' claims may be old: claiming is the authoritative check.
        d->releaseClaim();
        Result<bool> claim = d->gradebook->claimAnswer(candidate.key, d->grader, claimLeaseSeconds);
        if (!claim) {
            d->reportError(tr("Marking the answer as open failed"), claim.error());
            return false;
        }
        std::ignore = d->answers.refreshAnswers({candidate.key});
        if (!claim.value()) {
            continue;
        }
        d->claimed = candidate.key.submittedNotebookId;
        d->claimRenewal.start();
        d->setCurrent(candidate.key.submittedNotebookId, true);
        return true;
    }
    if (d->claimed != d->current) {
        d->claimDelay.start();
    }
    return false;
}

QList<int> GradingSession::Private::candidateRows(int fromRow, bool forward, bool wrap) const
{
    QList<int> rows;
    const int count = answers.rowCount();
    const auto consider = [&](int row) {
        if (row != fromRow && filtered.matchesFilters(row)) {
            rows.append(row);
        }
    };
    if (forward) {
        for (int row = fromRow + 1; row < count; ++row) {
            consider(row);
        }
        for (int row = 0; wrap && row < fromRow; ++row) {
            consider(row);
        }
    } else {
        for (int row = (fromRow < 0 ? count : fromRow) - 1; row >= 0; --row) {
            consider(row);
        }
        for (int row = count - 1; wrap && fromRow >= 0 && row > fromRow; --row) {
            consider(row);
        }
    }
    return rows;
}

void GradingSession::Private::claimCurrent()
{
    claimDelay.stop();
    const int row = currentSourceRow();
    // While the server is away claiming cannot work; the session claims again once it is back.
    if (row < 0 || !gradebook->isConnected()) {
        return;
    }
    const AnswerKey key = answers.answer(row).key;
    if (claimed != 0 && claimed != current) {
        releaseClaim();
    }
    Result<bool> claim = gradebook->claimAnswer(key, grader, claimLeaseSeconds);
    if (!claim) {
        reportError(tr("Marking the answer as open failed"), claim.error());
        return;
    }
    if (claim.value()) {
        claimed = current;
        claimRenewal.start();
    }
    // Claims emit no gradeChanged: re-read the row so "open by" is right (someone else's claim included).
    std::ignore = answers.refreshAnswers({key});
}

void GradingSession::Private::releaseClaim()
{
    claimRenewal.stop();
    if (claimed == 0) {
        return;
    }
    const qint64 released = claimed;
    claimed = 0;
    if (Result<void> done = gradebook->releaseClaims(grader); !done) {
        qCWarning(lcModels) << "releasing claims failed:" << done.error().detail;
        return;
    }
    if (const int row = answers.rowOfAnswer(released); row >= 0) {
        std::ignore = answers.refreshAnswers({answers.answer(row).key});
    }
}

bool GradingSession::jumpToStudent(const QString &studentIdOrPseudonym)
{
    const QString wanted = studentIdOrPseudonym.trimmed();
    int row = d->answers.rowOfStudent(wanted);
    for (int other = 0; row < 0 && d->answers.isAnonymous() && other < d->answers.rowCount(); ++other) {
        if (d->answers.pseudonym(d->answers.answer(other).studentId).compare(wanted, Qt::CaseInsensitive) == 0) {
            row = other;
        }
    }
    if (row < 0) {
        return false;
    }
    if (!d->filtered.matchesFilters(row)) {
        d->filtered.clearFilters();
    }
    d->setCurrent(d->answers.answer(row).key.submittedNotebookId);
    return true;
}

} // namespace GradeDesk::Models
