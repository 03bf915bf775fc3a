// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "answercontentloader.h"

#include "modelslogging.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// Background reads running at once: one, so a read for the current answer always finds a free thread.
constexpr int maxBackgroundReads = 1;
/// How long freshly read group keys wait to be reported together.
constexpr int keyFlushDelayMs = 50;

} // namespace

struct AnswerContentLoader::Loaded {
    int generation = 0;
    qint64 submittedNotebookId = 0;
    Content content;
    std::optional<ServiceError> error;
};

AnswerContentLoader::AnswerContentLoader(QObject *parent)
    : QObject(parent)
    , m_contents(maxCachedContents)
{
    // The current answer, its prefetch and one background read: more threads only contend for the cores.
    m_pool.setMaxThreadCount(3);
}

AnswerContentLoader::~AnswerContentLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void AnswerContentLoader::start(const QString &courseDirectory, const QString &assignment, const QString &gradeId,
                                const QList<SourceCellRecord> &sourceCells, const QList<Request> &requests)
{
    clear();
    m_courseDirectory = courseDirectory;
    m_assignment = assignment;
    m_gradeId = gradeId;
    m_sourceCells = sourceCells;
    m_requests = requests;
    m_requestIndex.reserve(m_requests.size());
    for (int i = 0; i < m_requests.size(); ++i) {
        m_requestIndex.insert(m_requests.at(i).submittedNotebookId, i);
    }
    pump();
}

void AnswerContentLoader::clear()
{
    // Reads already queued still run (a handful at most, a few milliseconds each); their results
    // carry the old generation and are dropped when they arrive.
    ++m_generation;
    m_requests.clear();
    m_requestIndex.clear();
    m_focus.clear();
    m_inFlight.clear();
    m_nextBackground = 0;
    m_contents.clear();
    m_keys.clear();
    m_unreportedKeys.clear();
}

void AnswerContentLoader::setFocus(const QList<qint64> &submittedNotebookIds)
{
    m_focus = submittedNotebookIds;
    // Touch the focus so the least recently used entries that get evicted are not the ones about to be shown.
    for (const qint64 id : std::as_const(m_focus)) {
        std::ignore = m_contents.object(id);
    }
    pump();
}

const AnswerContentLoader::Content *AnswerContentLoader::content(qint64 submittedNotebookId) const
{
    return m_contents.object(submittedNotebookId);
}

void AnswerContentLoader::pump()
{
    for (const qint64 id : std::as_const(m_focus)) {
        const int index = m_requestIndex.value(id, -1);
        if (index >= 0 && !m_contents.contains(id) && !m_inFlight.contains(id)) {
            launch(index);
        }
    }
    int backgroundRunning = 0;
    for (const qint64 id : std::as_const(m_inFlight)) {
        backgroundRunning += m_focus.contains(id) ? 0 : 1;
    }
    while (backgroundRunning < maxBackgroundReads && m_nextBackground < m_requests.size()) {
        const qint64 id = m_requests.at(m_nextBackground).submittedNotebookId;
        if (!m_keys.contains(id) && !m_inFlight.contains(id)) {
            launch(m_nextBackground);
            ++backgroundRunning;
        }
        ++m_nextBackground;
    }
}

void AnswerContentLoader::launch(int requestIndex)
{
    const Request &request = m_requests.at(requestIndex);
    m_inFlight.insert(request.submittedNotebookId);
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onLoaded(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [generation, request, courseDirectory = m_courseDirectory, assignment = m_assignment,
                                    gradeId = m_gradeId, sourceCells = m_sourceCells] {
            Loaded loaded;
            loaded.generation = generation;
            loaded.submittedNotebookId = request.submittedNotebookId;
            Result<Notebook> notebook =
                QuestionAnswers::readForGrading(courseDirectory, request.studentId, assignment, request.notebookPath);
            if (!notebook) {
                loaded.error = notebook.error();
                return loaded;
            }
            // Only the question's cells leave this thread; the notebook is dropped here.
            loaded.content.answer = QuestionAnswers::extract(notebook.value(), gradeId, sourceCells);
            loaded.content.language = notebook.value().language();
            return loaded;
        }));
}

void AnswerContentLoader::onLoaded(const Loaded &loaded)
{
    if (loaded.generation != m_generation) {
        return;
    }
    const qint64 id = loaded.submittedNotebookId;
    m_inFlight.remove(id);
    const bool focused = m_focus.contains(id);
    if (loaded.error) {
        qCWarning(lcModels) << "reading answer" << id << "failed:" << loaded.error->detail;
    }
    const Keys keys{loaded.content.answer.codeKey, loaded.content.answer.outputKey};
    if (!m_keys.contains(id)) {
        m_keys.insert(id, keys);
        m_unreportedKeys.insert(id, keys);
        scheduleKeyFlush();
    }
    const bool stored = focused || m_contents.size() < m_contents.maxCost();
    if (stored) {
        m_contents.insert(id, new Content(loaded.content));
    }
    if (loaded.error && focused) {
        emit loadFailed(id, *loaded.error);
    }
    if (stored) {
        emit contentLoaded(id);
    }
    pump();
    if (isIdle()) {
        flushKeys();
    }
}

void AnswerContentLoader::scheduleKeyFlush()
{
    if (!m_keyFlushQueued) {
        m_keyFlushQueued = true;
        QTimer::singleShot(keyFlushDelayMs, this, &AnswerContentLoader::flushKeys);
    }
}

void AnswerContentLoader::flushKeys()
{
    m_keyFlushQueued = false;
    if (m_unreportedKeys.isEmpty()) {
        return;
    }
    emit keysLoaded(std::exchange(m_unreportedKeys, {}));
    emit progress(loadedCount(), totalCount());
}

} // namespace GradeDesk::Models
