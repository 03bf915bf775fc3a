// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingsession.h"

#include "gradingsession_p.h"
#include "modelslogging.h"

#include <services/config/courseconfig.h>
#include <services/grading/pseudonym.h>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// How long the grader stays on an answer before it is claimed.
constexpr int claimDelayMs = 250;

} // namespace

GradingSession::Private::Private(GradingSession *q, Gradebook *gradebook, const CourseConfig &config)
    : q(q)
    , gradebook(gradebook)
    , grader(config.grader)
    , courseId(config.id)
    , courseDirectory(config.courseDirectory())
{}

void GradingSession::Private::reportError(const QString &what, const ServiceError &error)
{
    qCWarning(lcModels) << "grading:" << what << error.detail;
    emit q->errorOccurred(what, error);
}

void GradingSession::Private::clearQuestion()
{
    releaseClaim();
    loader.clear();
    warmed.clear();
    questions.setLiveQuestion(0);
    current = 0;
    filtered.setPinnedAnswer(0);
    question.reset();
    settings = {};
    std::ignore = answers.setQuestion(nullptr, 0);
    rubric.setItems({});
    rubric.setAppliedItems({});
    rubric.setUsageCounts({});
}

bool GradingSession::Private::loadQuestion(qint64 cellId)
{
    const int row = questions.rowOfQuestion(cellId);
    if (row < 0) {
        reportError(tr("Opening the question failed"),
                    ServiceError::make(
                        ServiceError::Kind::NotFound,
                        tr("The question is not part of assignment %1. Choose one from the list.").arg(assignmentName),
                        QStringLiteral("cell %1 not in assignment %2").arg(cellId).arg(assignmentId)));
        return false;
    }
    clearQuestion();
    question = questions.question(row);
    if (Result<void> loaded = answers.setQuestion(gradebook, cellId); !loaded) {
        reportError(tr("Loading the answers failed"), loaded.error());
    }
    if (Result<QuestionSettings> stored = gradebook->questionSettings(cellId); stored) {
        settings = stored.value();
    } else {
        settings.cellId = cellId;
        reportError(tr("Loading the scoring settings failed"), stored.error());
    }
    QList<SourceCellRecord> sourceCells;
    if (Result<QList<SourceCellRecord>> cells = gradebook->sourceCells(question->notebookId); cells) {
        sourceCells = std::move(cells).value();
    } else {
        reportError(tr("Loading the released notebook failed"), cells.error());
    }
    questions.setLiveQuestion(cellId);
    questions.updateFromAnswers(cellId, answers.answers());
    // Item ids of another question mean nothing here.
    filtered.setRubricItemFilter(std::nullopt);
    reloadRubric();
    updateUsageCounts();

    QList<AnswerContentLoader::Request> requests;
    requests.reserve(answers.rowCount());
    for (const AnswerRecord &answer : answers.answers()) {
        requests.append({answer.key.submittedNotebookId, answer.studentId, answer.notebookPath});
    }
    loader.start(courseDirectory, assignmentName, question->name, sourceCells, requests);
    emit q->questionChanged();
    const QList<int> first = candidateRows(-1, true, false);
    setCurrent(first.isEmpty() ? 0 : answers.answer(first.constFirst()).key.submittedNotebookId);
    return true;
}

int GradingSession::Private::currentSourceRow() const
{
    return current != 0 ? answers.rowOfAnswer(current) : -1;
}

void GradingSession::Private::setCurrent(qint64 submittedNotebookId, bool alreadyClaimed)
{
    if (submittedNotebookId == current) {
        return;
    }
    current = submittedNotebookId;
    filtered.setPinnedAnswer(current);
    if (!alreadyClaimed) {
        // Claiming is a durable write (a disk sync): only once the grader stays on the answer, never
        // between the key press and the answer on screen, and once for a burst of next().
        claimDelay.start();
    }
    syncCurrentAnswer();
    emit q->currentAnswerChanged();
    updateFocus();
    if (current != 0 && loader.content(current)) {
        emit q->answerContentReady();
    }
}

void GradingSession::Private::updateFocus()
{
    QList<qint64> focus;
    const int row = currentSourceRow();
    if (row >= 0) {
        focus.append(current);
    }
    const QList<int> following = candidateRows(row, true, false);
    for (int i = 0; i < following.size() && i < prefetchWindow; ++i) {
        focus.append(answers.answer(following.at(i)).key.submittedNotebookId);
    }
    loader.setFocus(focus);
    for (const qint64 id : std::as_const(focus)) {
        warmHighlighter(id);
    }
}

void GradingSession::Private::onContentLoaded(qint64 submittedNotebookId)
{
    warmHighlighter(submittedNotebookId);
    if (submittedNotebookId == current) {
        emit q->answerContentReady();
    }
}

void GradingSession::Private::warmHighlighter(qint64 submittedNotebookId)
{
    if (!highlighter) {
        return;
    }
    // Only the answers about to be shown: highlighting thousands in the background would queue ahead of them.
    if (!loader.focus().contains(submittedNotebookId)) {
        return;
    }
    const AnswerContentLoader::Content *content = loader.content(submittedNotebookId);
    if (!content || warmed.contains(submittedNotebookId)) {
        return;
    }
    warmed.insert(submittedNotebookId);
    const QString key = QStringLiteral("prefetch:%1").arg(submittedNotebookId);
    for (const QList<Cell> *cells : {&content->answer.answer, &content->answer.tests}) {
        for (const Cell &cell : *cells) {
            if (cell.type == CellType::Code && !cell.source.isEmpty()) {
                highlighter->request(key, cell.source, content->language);
            }
        }
    }
}

void GradingSession::Private::onKeysLoaded(const QHash<qint64, AnswerContentLoader::Keys> &keys)
{
    pushGroupKeys(keys);
}

void GradingSession::Private::pushGroupKeys(const QHash<qint64, AnswerContentLoader::Keys> &keys)
{
    if (groupBy == GroupBy::None) {
        return;
    }
    QHash<qint64, QString> groupKeys;
    groupKeys.reserve(keys.size());
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        groupKeys.insert(it.key(), groupBy == GroupBy::Code ? it.value().codeKey : it.value().outputKey);
    }
    answers.addGroupKeys(groupKeys);
}

void GradingSession::Private::syncCurrentAnswer()
{
    const int row = currentSourceRow();
    rubric.setAppliedItems(row >= 0 ? answers.answer(row).appliedItemIds : QList<qint64>());
}

void GradingSession::Private::updateUsageCounts()
{
    QHash<qint64, int> counts;
    for (const AnswerRecord &answer : answers.answers()) {
        for (const qint64 id : answer.appliedItemIds) {
            ++counts[id];
        }
    }
    rubric.setUsageCounts(counts);
}

GradingSession::GradingSession(Gradebook *gradebook, const CourseConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, gradebook, config))
{
    d->filtered.setSourceModel(&d->answers);
    d->answers.setGrader(d->grader);
    d->claimRenewal.setInterval(claimLeaseSeconds * 1000 / 2);
    d->claimDelay.setSingleShot(true);
    d->claimDelay.setInterval(claimDelayMs);
    connect(&d->claimDelay, &QTimer::timeout, this, [this] { d->claimCurrent(); });
    connect(&d->claimRenewal, &QTimer::timeout, this, [this] { d->claimCurrent(); });
    connect(&d->rubric, &RubricModel::applyRequested, this,
            [this](qint64 itemId, bool applied) { setItemApplied(itemId, applied); });
    connect(&d->loader, &AnswerContentLoader::contentLoaded, this,
            [this](qint64 submittedNotebookId) { d->onContentLoaded(submittedNotebookId); });
    connect(&d->loader, &AnswerContentLoader::keysLoaded, this,
            [this](const QHash<qint64, AnswerContentLoader::Keys> &keys) { d->onKeysLoaded(keys); });
    connect(&d->loader, &AnswerContentLoader::loadFailed, this,
            [this](qint64 submittedNotebookId, const ServiceError &error) {
                if (submittedNotebookId == d->current) {
                    d->reportError(tr("Reading the answer failed"), error);
                }
            });
    connect(&d->loader, &AnswerContentLoader::progress, this, &GradingSession::loadingProgress);
    connect(&d->answers, &AnswerQueueModel::answersRefreshed, this, [this] {
        d->syncCurrentAnswer();
        d->updateUsageCounts();
        if (d->question) {
            d->questions.updateFromAnswers(d->question->cellId, d->answers.answers());
        }
    });
    connect(&d->answers, &AnswerQueueModel::groupsChanged, this, &GradingSession::groupsChanged);
    connect(&d->answers, &AnswerQueueModel::refreshFailed, this,
            [this](const ServiceError &error) { d->reportError(tr("Reloading the answers failed"), error); });
    connect(&d->questions, &QuestionListModel::refreshFailed, this,
            [this](const ServiceError &error) { d->reportError(tr("Reloading the questions failed"), error); });
    d->connectTeam();
}

GradingSession::~GradingSession()
{
    d->loader.clear();
    d->releaseClaim();
}

QuestionListModel *GradingSession::questions() const
{
    return &d->questions;
}

AnswerQueueModel *GradingSession::answers() const
{
    return &d->answers;
}

AnswerFilterModel *GradingSession::filteredAnswers() const
{
    return &d->filtered;
}

RubricModel *GradingSession::rubric() const
{
    return &d->rubric;
}

QUndoStack *GradingSession::undoStack() const
{
    return &d->undoStack;
}

QString GradingSession::grader() const
{
    return d->grader;
}

void GradingSession::setHighlighter(SyntaxHighlighter *highlighter)
{
    d->highlighter = highlighter;
    d->warmed.clear();
    d->updateFocus();
}

bool GradingSession::setAssignment(const QString &assignmentName)
{
    const auto found = d->gradebook->assignment(assignmentName);
    if (!found || !found.value()) {
        d->reportError(
            tr("Opening the assignment failed"),
            found ? ServiceError::make(
                        ServiceError::Kind::NotFound,
                        tr("The gradebook has no assignment %1. Collect or import it first.").arg(assignmentName),
                        QStringLiteral("no assignment %1").arg(assignmentName))
                  : found.error());
        return false;
    }
    d->clearQuestion();
    // Commands name answers of this assignment's questions only.
    d->undoStack.clear();
    d->handles.clear();
    d->ownVersions.clear();
    d->assignmentName = assignmentName;
    d->assignmentId = found.value()->id;
    bool ok = true;
    if (Result<void> loaded = d->questions.setAssignment(d->gradebook, d->assignmentId); !loaded) {
        d->reportError(tr("Loading the questions failed"), loaded.error());
        ok = false;
    }
    if (Result<QList<StudentRecord>> students = d->gradebook->students(); students) {
        QHash<QString, QString> names;
        QStringList ids;
        for (const StudentRecord &student : students.value()) {
            names.insert(student.id, student.displayName());
            ids.append(student.id);
        }
        d->answers.setStudentNames(names, Pseudonyms::assign(d->courseId, ids));
    } else {
        d->reportError(tr("Loading the students failed"), students.error());
        ok = false;
    }
    emit assignmentChanged();
    return ok;
}

QString GradingSession::assignment() const
{
    return d->assignmentName;
}

bool GradingSession::setQuestion(qint64 cellId)
{
    if (d->question && d->question->cellId == cellId) {
        return true;
    }
    return d->loadQuestion(cellId);
}

qint64 GradingSession::question() const
{
    return d->question ? d->question->cellId : 0;
}

std::optional<QuestionRecord> GradingSession::questionRecord() const
{
    return d->question;
}

int GradingSession::currentRow() const
{
    const int row = d->currentSourceRow();
    return row >= 0 ? d->filtered.mapFromSource(d->answers.index(row, 0)).row() : -1;
}

void GradingSession::setCurrentRow(int filteredRow)
{
    const QModelIndex index = d->filtered.index(filteredRow, 0);
    d->setCurrent(index.isValid() ? d->answers.answer(d->filtered.mapToSource(index).row()).key.submittedNotebookId
                                  : 0);
}

std::optional<AnswerRecord> GradingSession::currentAnswer() const
{
    const int row = d->currentSourceRow();
    return row >= 0 ? std::optional(d->answers.answer(row)) : std::nullopt;
}

std::optional<QuestionAnswer> GradingSession::currentContent() const
{
    const AnswerContentLoader::Content *content = d->current != 0 ? d->loader.content(d->current) : nullptr;
    return content ? std::optional(content->answer) : std::nullopt;
}

QString GradingSession::currentLanguage() const
{
    const AnswerContentLoader::Content *content = d->current != 0 ? d->loader.content(d->current) : nullptr;
    return content && !content->language.isEmpty() ? content->language : QStringLiteral("python");
}

void GradingSession::setShuffled(bool shuffled)
{
    d->shuffled = shuffled;
    // Keyed by course and grader: stable for one grader, different between graders sharing a question.
    d->answers.setShuffleKey(shuffled ? d->courseId + QLatin1Char('/') + d->grader : QString());
    d->updateFocus();
}

bool GradingSession::isShuffled() const
{
    return d->shuffled;
}

void GradingSession::setAnonymous(bool anonymous)
{
    if (!anonymous && d->answers.isAnonymous()) {
        // Showing every name is a reveal too: recorded, and refused if it cannot be recorded.
        if (Result<void> audited =
                d->gradebook->recordAudit(d->grader, QStringLiteral("reveal_all_names"), QStringLiteral("assignment"),
                                          d->assignmentName, QString(), QString());
            !audited) {
            d->reportError(tr("Showing student names failed"), audited.error());
            return;
        }
    }
    d->answers.setAnonymous(anonymous);
}

bool GradingSession::isAnonymous() const
{
    return d->answers.isAnonymous();
}

void GradingSession::revealCurrentName()
{
    const auto answer = currentAnswer();
    if (!answer || !d->answers.isAnonymous() || d->answers.isRevealed(answer->studentId)) {
        return;
    }
    if (Result<void> audited =
            d->gradebook->recordAudit(d->grader, QStringLiteral("reveal_name"), QStringLiteral("student"),
                                      answer->studentId, QString(), QString());
        !audited) {
        d->reportError(tr("Showing the student's name failed"), audited.error());
        return;
    }
    d->answers.revealName(answer->studentId);
}

QString GradingSession::displayName(const QString &studentId) const
{
    return d->answers.displayName(studentId);
}

void GradingSession::setGroupBy(GroupBy groupBy)
{
    if (groupBy == d->groupBy) {
        return;
    }
    d->groupBy = groupBy;
    d->loader.flushKeys();
    d->answers.clearGroupKeys();
    d->pushGroupKeys(d->loader.keys());
}

GradingSession::GroupBy GradingSession::groupBy() const
{
    return d->groupBy;
}

QList<AnswerKey> GradingSession::currentGroup() const
{
    const int row = d->currentSourceRow();
    if (row < 0) {
        return {};
    }
    d->loader.flushKeys();
    QList<AnswerKey> keys;
    for (const int member : d->answers.groupRows(row)) {
        keys.append(d->answers.answer(member).key);
    }
    return keys;
}

void GradingSession::refresh()
{
    if (Result<void> done = d->answers.refresh(); !done) {
        d->reportError(tr("Reloading the answers failed"), done.error());
    }
    if (Result<void> done = d->questions.refresh(); !done) {
        d->reportError(tr("Reloading the questions failed"), done.error());
    }
    d->reloadRubric();
    d->updateUsageCounts();
    d->syncCurrentAnswer();
}

} // namespace GradeDesk::Models
