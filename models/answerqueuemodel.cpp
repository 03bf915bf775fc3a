// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "answerqueuemodel.h"

#include "modelslogging.h"
#include "roles.h"
#include "submissiontablemodel.h"

#include <services/gradebook/gradebook.h>

#include <QCryptographicHash>
#include <QTimer>

#include <algorithm>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// Above this many answers touched in one burst, one query for all answers beats one per answer.
constexpr int maxSingleReads = 32;

bool sameAnswer(const AnswerRecord &a, const AnswerRecord &b)
{
    return a.key == b.key && a.submissionId == b.submissionId && a.studentId == b.studentId &&
           a.notebookPath == b.notebookPath && a.gradeId == b.gradeId && a.autoScore == b.autoScore &&
           a.manualScore == b.manualScore && a.extraCredit == b.extraCredit && a.maxScore == b.maxScore &&
           a.needsManualGrade == b.needsManualGrade && a.rubricGraded == b.rubricGraded &&
           a.adjustment == b.adjustment && a.adjustmentReason == b.adjustmentReason && a.flagged == b.flagged &&
           a.groupSplit == b.groupSplit && a.appliedItemIds == b.appliedItemIds && a.comment == b.comment &&
           a.version == b.version && a.commentVersion == b.commentVersion && a.updatedBy == b.updatedBy &&
           a.updatedAt == b.updatedAt && a.claimedBy == b.claimedBy && a.claimExpiresAt == b.claimExpiresAt &&
           a.openRegradeCount == b.openRegradeCount;
}

} // namespace

AnswerQueueModel::AnswerQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AnswerQueueModel::~AnswerQueueModel() = default;

Result<void> AnswerQueueModel::setQuestion(Gradebook *gradebook, qint64 cellId)
{
    if (m_gradebook) {
        disconnect(m_gradebook, nullptr, this, nullptr);
    }
    beginResetModel();
    m_gradebook = cellId != 0 ? gradebook : nullptr;
    m_cellId = m_gradebook ? cellId : 0;
    m_rows.clear();
    m_groupKeys.clear();
    m_pendingSubmissions.clear();
    m_flushQueued = false;
    Result<void> result;
    if (m_gradebook) {
        connect(m_gradebook, &Gradebook::gradeChanged, this, &AnswerQueueModel::onGradeChanged);
        auto answers = m_gradebook->answers(m_cellId);
        if (answers) {
            m_rows = std::move(answers).value();
        } else {
            result = answers.error();
        }
    }
    sortRows();
    rebuildIndex();
    recomputeGroups(false);
    endResetModel();
    return result;
}

Result<void> AnswerQueueModel::refresh()
{
    m_pendingSubmissions.clear();
    if (!m_gradebook) {
        return {};
    }
    auto fetched = m_gradebook->answers(m_cellId);
    if (!fetched) {
        return fetched.error();
    }
    applyFresh(fetched.value(), true);
    return {};
}

Result<void> AnswerQueueModel::refreshAnswers(const QList<AnswerKey> &keys)
{
    if (!m_gradebook) {
        return {};
    }
    QList<AnswerRecord> fresh;
    fresh.reserve(keys.size());
    for (const AnswerKey &key : keys) {
        if (key.cellId != m_cellId) {
            continue;
        }
        auto answer = m_gradebook->answer(key);
        if (!answer) {
            return answer.error();
        }
        m_pendingSubmissions.remove(answer.value().submissionId);
        fresh.append(std::move(answer).value());
    }
    applyFresh(fresh, false);
    return {};
}

void AnswerQueueModel::applyFresh(const QList<AnswerRecord> &fresh, bool complete)
{
    bool changed = false;
    bool groupsTouched = false;
    if (complete) {
        QSet<qint64> present;
        present.reserve(fresh.size());
        for (const AnswerRecord &answer : fresh) {
            present.insert(answer.key.submittedNotebookId);
        }
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!present.contains(m_rows.at(row).key.submittedNotebookId)) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                m_groupSizes.removeAt(row);
                endRemoveRows();
                changed = true;
                groupsTouched = true;
            }
        }
        if (changed) {
            rebuildIndex();
        }
    }
    QList<int> changedRows;
    QList<AnswerRecord> added;
    for (const AnswerRecord &answer : fresh) {
        const int row = m_rowOfNotebook.value(answer.key.submittedNotebookId, -1);
        if (row < 0) {
            added.append(answer);
        } else if (!sameAnswer(m_rows.at(row), answer)) {
            groupsTouched = groupsTouched || m_rows.at(row).groupSplit != answer.groupSplit;
            m_rows[row] = answer;
            changedRows.append(row);
        }
    }
    std::sort(changedRows.begin(), changedRows.end());
    emitRowRanges(changedRows, 0, ColumnCount - 1);
    changed = changed || !changedRows.isEmpty() || !added.isEmpty();
    for (const AnswerRecord &answer : std::as_const(added)) {
        // A submission collected while grading: insert it where the queue order puts it.
        const QByteArray key = orderKey(answer.studentId);
        const auto position =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), answer, [&](const AnswerRecord &a, const AnswerRecord &b) {
                const QByteArray aKey = orderKey(a.studentId);
                return aKey != key ? aKey < key : a.studentId < b.studentId;
            });
        const int insertAt = int(position - m_rows.cbegin());
        beginInsertRows({}, insertAt, insertAt);
        m_rows.insert(insertAt, answer);
        m_groupSizes.insert(insertAt, 1);
        rebuildIndex();
        endInsertRows();
        groupsTouched = true;
    }
    if (groupsTouched) {
        recomputeGroups(true);
    }
    if (changed) {
        emit answersRefreshed();
    }
}

QByteArray AnswerQueueModel::orderKey(const QString &studentId) const
{
    if (m_shuffleKey.isEmpty()) {
        return studentId.toUtf8();
    }
    // A keyed hash, not a seeded shuffle: an answer that appears later does not move the others.
    const QByteArray keyed = m_shuffleKey.toUtf8() + '\x1f' + studentId.toUtf8();
    return QCryptographicHash::hash(keyed, QCryptographicHash::Sha1);
}

void AnswerQueueModel::sortRows()
{
    QList<std::pair<QByteArray, int>> keys;
    keys.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        keys.append({orderKey(m_rows.at(row).studentId), row});
    }
    std::sort(keys.begin(), keys.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return m_rows.at(a.second).key.submittedNotebookId < m_rows.at(b.second).key.submittedNotebookId;
    });
    QList<AnswerRecord> sorted;
    sorted.reserve(m_rows.size());
    for (const auto &key : std::as_const(keys)) {
        sorted.append(m_rows.at(key.second));
    }
    m_rows = std::move(sorted);
}

void AnswerQueueModel::rebuildIndex()
{
    m_rowOfNotebook.clear();
    m_rowOfSubmission.clear();
    m_rowOfNotebook.reserve(m_rows.size());
    m_rowOfSubmission.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOfNotebook.insert(m_rows.at(row).key.submittedNotebookId, row);
        m_rowOfSubmission.insert(m_rows.at(row).submissionId, row);
    }
}

void AnswerQueueModel::setShuffleKey(const QString &key)
{
    if (key == m_shuffleKey) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<qint64, int>> remembered; // submitted notebook id, column
    remembered.reserve(before.size());
    for (const QModelIndex &index : before) {
        remembered.append({m_rows.at(index.row()).key.submittedNotebookId, index.column()});
    }
    const QHash<qint64, int> oldSizes = [this] {
        QHash<qint64, int> sizes;
        for (int row = 0; row < m_rows.size(); ++row) {
            sizes.insert(m_rows.at(row).key.submittedNotebookId, m_groupSizes.value(row, 1));
        }
        return sizes;
    }();
    m_shuffleKey = key;
    sortRows();
    rebuildIndex();
    for (int row = 0; row < m_rows.size(); ++row) {
        m_groupSizes[row] = oldSizes.value(m_rows.at(row).key.submittedNotebookId, 1);
    }
    QModelIndexList after;
    after.reserve(remembered.size());
    for (const auto &[notebookId, column] : std::as_const(remembered)) {
        after.append(index(m_rowOfNotebook.value(notebookId), column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AnswerQueueModel::setStudentNames(const QHash<QString, QString> &names, const QHash<QString, QString> &pseudonyms)
{
    m_names = names;
    m_pseudonyms = pseudonyms;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StudentColumn), index(rowCount() - 1, StudentColumn));
    }
}

void AnswerQueueModel::setAnonymous(bool anonymous)
{
    if (anonymous == m_anonymous && m_revealed.isEmpty()) {
        return;
    }
    m_anonymous = anonymous;
    m_revealed.clear();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StudentColumn), index(rowCount() - 1, StudentColumn));
    }
}

void AnswerQueueModel::revealName(const QString &studentId)
{
    if (!m_anonymous || m_revealed.contains(studentId)) {
        return;
    }
    m_revealed.insert(studentId);
    if (const int row = rowOfStudent(studentId); row >= 0) {
        emit dataChanged(index(row, StudentColumn), index(row, StudentColumn));
    }
}

QString AnswerQueueModel::displayName(const QString &studentId) const
{
    if (m_anonymous && !m_revealed.contains(studentId)) {
        // Never fall back to the id: a missing pseudonym must not leak who it is.
        const QString pseudonym = m_pseudonyms.value(studentId);
        return pseudonym.isEmpty() ? tr("Anonymous student") : pseudonym;
    }
    const QString name = m_names.value(studentId);
    return name.isEmpty() ? studentId : name;
}

void AnswerQueueModel::setGrader(const QString &grader)
{
    if (grader == m_grader) {
        return;
    }
    m_grader = grader;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StudentColumn), index(rowCount() - 1, StudentColumn));
    }
}

bool AnswerQueueModel::isOpenByOther(const AnswerRecord &answer) const
{
    return !answer.claimedBy.isEmpty() && answer.claimedBy != m_grader;
}

bool AnswerQueueModel::addGroupKeys(const QHash<qint64, QString> &keys)
{
    bool changedKeys = false;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        auto existing = m_groupKeys.find(it.key());
        if (existing == m_groupKeys.end() || *existing != it.value()) {
            m_groupKeys.insert(it.key(), it.value());
            changedKeys = true;
        }
    }
    if (!changedKeys) {
        return false;
    }
    const QList<int> before = m_groupSizes;
    recomputeGroups(true);
    return before != m_groupSizes;
}

void AnswerQueueModel::clearGroupKeys()
{
    if (m_groupKeys.isEmpty()) {
        return;
    }
    m_groupKeys.clear();
    recomputeGroups(true);
}

QString AnswerQueueModel::groupKey(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_groupKeys.value(m_rows.at(row).key.submittedNotebookId);
}

QList<int> AnswerQueueModel::groupRows(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const QString key = groupKey(row);
    if (key.isEmpty() || m_rows.at(row).groupSplit) {
        return {row};
    }
    QList<int> rows;
    for (int other = 0; other < m_rows.size(); ++other) {
        const AnswerRecord &answer = m_rows.at(other);
        if (!answer.groupSplit && m_groupKeys.value(answer.key.submittedNotebookId) == key) {
            rows.append(other);
        }
    }
    return rows;
}

void AnswerQueueModel::recomputeGroups(bool notify)
{
    QHash<QString, int> counts;
    for (const AnswerRecord &answer : std::as_const(m_rows)) {
        const QString key = m_groupKeys.value(answer.key.submittedNotebookId);
        if (!key.isEmpty() && !answer.groupSplit) {
            ++counts[key];
        }
    }
    QList<int> sizes(m_rows.size(), 1);
    for (int row = 0; row < m_rows.size(); ++row) {
        const AnswerRecord &answer = m_rows.at(row);
        const QString key = m_groupKeys.value(answer.key.submittedNotebookId);
        if (!key.isEmpty() && !answer.groupSplit) {
            sizes[row] = counts.value(key, 1);
        }
    }
    const QList<int> before = std::exchange(m_groupSizes, sizes);
    if (!notify || before == m_groupSizes) {
        return;
    }
    QList<int> changedRows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row >= before.size() || before.at(row) != m_groupSizes.at(row)) {
            changedRows.append(row);
        }
    }
    emitRowRanges(changedRows, GroupSizeColumn, GroupSizeColumn);
    emit groupsChanged();
}

void AnswerQueueModel::emitRowRanges(const QList<int> &sortedRows, int firstColumn, int lastColumn)
{
    // One signal per run of consecutive rows: a retroactive edit or a grouping pass changes
    // thousands of rows, and every signal costs the proxy and the views a pass of their own.
    for (int i = 0; i < sortedRows.size();) {
        int last = i;
        while (last + 1 < sortedRows.size() && sortedRows.at(last + 1) == sortedRows.at(last) + 1) {
            ++last;
        }
        emit dataChanged(index(sortedRows.at(i), firstColumn), index(sortedRows.at(last), lastColumn));
        i = last + 1;
    }
}

const AnswerRecord &AnswerQueueModel::answer(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int AnswerQueueModel::rowOfAnswer(qint64 submittedNotebookId) const
{
    return m_rowOfNotebook.value(submittedNotebookId, -1);
}

int AnswerQueueModel::rowOfStudent(const QString &studentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).studentId == studentId) {
            return row;
        }
    }
    return -1;
}

AnswerQueueModel::AnswerState AnswerQueueModel::stateOf(const AnswerRecord &answer)
{
    if (answer.isGraded()) {
        return AnswerState::Graded;
    }
    return answer.needsManualGrade ? AnswerState::NeedsManual : AnswerState::Ungraded;
}

int AnswerQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnswerQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AnswerQueueModel::onGradeChanged(qint64 submissionId, qint64 cellId)
{
    if (cellId != m_cellId) {
        return;
    }
    m_pendingSubmissions.insert(submissionId);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &AnswerQueueModel::flushPendingChanges);
    }
}

void AnswerQueueModel::flushPendingChanges()
{
    m_flushQueued = false;
    if (m_pendingSubmissions.isEmpty() || !m_gradebook) {
        return;
    }
    const QSet<qint64> pending = std::exchange(m_pendingSubmissions, {});
    bool readAll = pending.size() > maxSingleReads;
    QList<AnswerKey> keys;
    for (const qint64 submissionId : pending) {
        const int row = m_rowOfSubmission.value(submissionId, -1);
        if (row < 0) {
            readAll = true; // a submission we do not know yet
            break;
        }
        keys.append(m_rows.at(row).key);
    }
    const Result<void> result = readAll ? refresh() : refreshAnswers(keys);
    if (!result) {
        qCWarning(lcModels) << "refreshing answers failed:" << result.error().detail;
        emit refreshFailed(result.error());
    }
}

} // namespace GradeDesk::Models
