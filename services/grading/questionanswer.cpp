// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "questionanswer.h"

#include <services/core/logging.h>
#include <services/exchange/pathguard.h>
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/outputrender.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

/// A cell that plays a part in nbgrader (grade, solution, locked or task); metadata with every flag
/// false carries no role, as nbgrader's upgrade drops it.
bool hasRole(const Cell &cell)
{
    const NbgraderCellMeta &nb = cell.nbgrader;
    return nb.present && (nb.grade || nb.solution || nb.locked || nb.task);
}

bool isTestCell(const Cell &cell)
{
    return cell.nbgrader.isGradeCell() && !cell.nbgrader.isSolutionCell();
}

/// A cell that ends the search for a test's answer: another question's own answer or task.
bool isQuestionBoundary(const Cell &cell)
{
    return (cell.nbgrader.isGradeCell() && cell.nbgrader.isSolutionCell()) || cell.nbgrader.isTaskCell();
}

/**
 * The solution cells a test grade cell at `testIndex` checks: walking up, past other test cells
 * directly above it (several tests of one function), collecting solution cells until the first test
 * cell above them or another question's answer.
 */
QList<int> solutionCellsAbove(const QList<Cell> &cells, int testIndex)
{
    QList<int> found;
    for (int i = testIndex - 1; i >= 0; --i) {
        const Cell &cell = cells.at(i);
        if (isQuestionBoundary(cell) || (isTestCell(cell) && !found.isEmpty())) {
            break;
        }
        if (cell.nbgrader.isSolutionCell()) {
            found.prepend(i);
        }
    }
    return found;
}

/// The markdown cells right above `index` that are not themselves graded, solution or task cells.
QList<Cell> promptAbove(const QList<Cell> &cells, int index)
{
    QList<Cell> prompt;
    for (int i = index - 1; i >= 0; --i) {
        const Cell &cell = cells.at(i);
        const NbgraderCellMeta &nb = cell.nbgrader;
        if (cell.type != CellType::Markdown || nb.isGradeCell() || nb.isSolutionCell() || nb.isTaskCell()) {
            break;
        }
        prompt.prepend(cell);
    }
    return prompt;
}

QString releasedChecksum(const Cell &cell, const QList<SourceCellRecord> &sourceCells)
{
    for (const SourceCellRecord &source : sourceCells) {
        if (source.name == cell.nbgrader.gradeId && !source.checksum.isEmpty()) {
            return source.checksum;
        }
    }
    return cell.nbgrader.checksum;
}

/// A solution cell is unchanged while it matches its released checksum; a cell the student added
/// (below a task) while it is blank. A cell without a checksum to compare with counts as changed.
bool isUnchanged(const Cell &cell, const QList<SourceCellRecord> &sourceCells)
{
    if (!cell.nbgrader.isSolutionCell()) {
        return cell.source.trimmed().isEmpty();
    }
    const QString released = releasedChecksum(cell, sourceCells);
    return !released.isEmpty() && nbgraderChecksum(cell) == released;
}

QString hashKey(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

QString codeKey(const QList<Cell> &answer)
{
    QStringList parts;
    for (const Cell &cell : answer) {
        if (cell.type == CellType::Code) {
            const QString code = QuestionAnswers::normalizeCode(cell.source);
            if (!code.isEmpty()) {
                parts.append(code);
            }
        }
    }
    // U+001E separates cells: it cannot occur in normalised code outside a string literal.
    return parts.isEmpty() ? QString() : hashKey(parts.join(QChar(0x1e)).toUtf8());
}

/**
 * What an output shows, without what changes from run to run: execution counts, output metadata
 * and traceback lines (they name temporary files and kernel ids). Errors keep their name and value.
 */
QJsonObject outputSignature(const Output &output)
{
    QJsonObject signature{{QStringLiteral("type"), output.effectiveTypeName()}};
    switch (output.type) {
    case Output::Type::Stream:
        signature.insert(QStringLiteral("name"), output.streamName);
        signature.insert(QStringLiteral("text"), output.text);
        break;
    case Output::Type::DisplayData:
    case Output::Type::ExecuteResult:
        signature.insert(QStringLiteral("data"), output.data);
        break;
    case Output::Type::Error:
        signature.insert(QStringLiteral("ename"), stripAnsi(output.ename));
        signature.insert(QStringLiteral("evalue"), stripAnsi(output.evalue));
        break;
    case Output::Type::Unknown: {
        QJsonObject raw = output.raw;
        raw.remove(QStringLiteral("execution_count"));
        raw.remove(QStringLiteral("metadata"));
        signature.insert(QStringLiteral("raw"), raw);
        break;
    }
    }
    return signature;
}

QString outputKey(const QList<Cell> &answer, const QList<Cell> &tests)
{
    QJsonArray signatures;
    for (const QList<Cell> *cells : {&answer, &tests}) {
        for (const Cell &cell : *cells) {
            for (const Output &output : cell.outputs) {
                signatures.append(outputSignature(output));
            }
        }
    }
    return signatures.isEmpty() ? QString() : hashKey(QJsonDocument(signatures).toJson(QJsonDocument::Compact));
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(4096).trimmed();
}

/**
 * The autograded copy of a submitted notebook, or an empty string when there is none that belongs to
 * this submission: both folders hold nbgrader's timestamp.txt, and a differing one means the student
 * handed in again after autograding, so the autograded copy shows an older answer.
 */
QString autogradedCopy(const QString &courseDirectory, const QString &studentId, const QString &assignment,
                       const QString &submittedPath)
{
    const QString fileName = QFileInfo(submittedPath).fileName();
    if (!checkPathComponent(studentId, QStringLiteral("student")) ||
        !checkPathComponent(assignment, QStringLiteral("assignment")) ||
        !checkPathComponent(fileName, QStringLiteral("notebook"))) {
        return {};
    }
    const Result<QString> folder =
        resolveInside(courseDirectory, QStringLiteral("autograded/%1/%2").arg(studentId, assignment));
    if (!folder || !QFileInfo(folder.value()).isDir()) {
        return {};
    }
    const QString path = QDir(folder.value()).filePath(fileName);
    if (!QFileInfo(path).isFile()) {
        return {};
    }
    const QString timestampFile = QStringLiteral("timestamp.txt");
    const QByteArray submittedAt = readSmallFile(QFileInfo(submittedPath).dir().filePath(timestampFile));
    const QByteArray autogradedAt = readSmallFile(QDir(folder.value()).filePath(timestampFile));
    if (!submittedAt.isEmpty() && !autogradedAt.isEmpty() && submittedAt != autogradedAt) {
        qCInfo(lcGrading).noquote() << "autograded copy" << path << "is older than the submission; using"
                                    << submittedPath;
        return {};
    }
    return path;
}

} // namespace

QuestionAnswer QuestionAnswers::extract(const Notebook &notebook, const QString &gradeId,
                                        const QList<SourceCellRecord> &sourceCells)
{
    QuestionAnswer result;
    const QList<Cell> &cells = notebook.cells;
    int index = -1;
    for (int i = 0; i < cells.size(); ++i) {
        const NbgraderCellMeta &nb = cells.at(i).nbgrader;
        if ((nb.isGradeCell() || nb.isTaskCell()) && nb.gradeId == gradeId) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        return result;
    }
    result.found = true;
    const Cell &graded = cells.at(index);

    if (graded.nbgrader.isTaskCell()) {
        result.prompt = {graded};
        for (int i = index + 1; i < cells.size() && !hasRole(cells.at(i)); ++i) {
            result.answer.append(cells.at(i));
        }
    } else if (graded.nbgrader.isSolutionCell()) {
        result.prompt = promptAbove(cells, index);
        result.answer = {graded};
    } else {
        const QList<int> solutions = solutionCellsAbove(cells, index);
        result.prompt = promptAbove(cells, solutions.isEmpty() ? index : solutions.constFirst());
        for (const int i : solutions) {
            result.answer.append(cells.at(i));
        }
        result.tests = {graded};
    }

    if (graded.nbgrader.isTaskCell() || !result.answer.isEmpty()) {
        result.unchanged = std::all_of(result.answer.cbegin(), result.answer.cend(),
                                       [&](const Cell &cell) { return isUnchanged(cell, sourceCells); });
    }
    result.codeKey = codeKey(result.answer);
    result.outputKey = outputKey(result.answer, result.tests);
    return result;
}

Result<Notebook> QuestionAnswers::readForGrading(const QString &courseDirectory, const QString &studentId,
                                                 const QString &assignment, const QString &submittedPath)
{
    const QString autograded = autogradedCopy(courseDirectory, studentId, assignment, submittedPath);
    if (!autograded.isEmpty()) {
        Result<Notebook> notebook = NotebookReader::readFile(autograded);
        if (notebook) {
            return notebook;
        }
        qCWarning(lcGrading).noquote() << "cannot read the autograded copy, using the submitted notebook:"
                                       << notebook.error().detail;
    }
    return NotebookReader::readFile(submittedPath);
}

} // namespace GradeDesk::Services
