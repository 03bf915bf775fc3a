// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookreader.h"

#include "jupyterjson.h"
#include "nbgradermetadata.h"
#include "otterquestions.h"

#include <services/core/logging.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace GradeDesk::Services {

namespace {

constexpr int kNewestKnownMinor = 5;

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
}

// Builds the Notebook from a parsed document. Holds the file label so every message can name the file.
class DocumentParser final
{
    Q_DISABLE_COPY_MOVE(DocumentParser)

public:
    explicit DocumentParser(const QString &path)
        : m_path(path)
        , m_label(path.isEmpty() ? NotebookReader::tr("The notebook") : QDir::toNativeSeparators(path))
    {}

    Result<Notebook> parse(const QJsonObject &document, const QByteArray &json);

private:
    ServiceError invalid(const QString &what, const QString &detail) const
    {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  NotebookReader::tr("%1 is not a valid notebook: %2. Open it in Jupyter to repair "
                                                     "it, or restore it from a backup.")
                                      .arg(m_label, what),
                                  QStringLiteral("%1: %2").arg(m_path, detail));
    }

    Result<Cell> parseCell(const QJsonValue &value, int index, int minor);
    Result<Output> parseOutput(const QJsonValue &value, int cellIndex, int outputIndex);
    void warnOnce(const QString &key, const QString &warning);
    void checkCellIds(const Notebook &notebook);
    static void distributeFloatPaths(Notebook &notebook, const QStringList &paths);

    QString m_path;
    QString m_label;
    QStringList m_warnings;
    QSet<QString> m_warned;
};

void DocumentParser::warnOnce(const QString &key, const QString &warning)
{
    if (!m_warned.contains(key)) {
        m_warned.insert(key);
        m_warnings.append(warning);
    }
}

Result<Notebook> DocumentParser::parse(const QJsonObject &document, const QByteArray &json)
{
    Notebook notebook;
    notebook.path = m_path;
    notebook.raw = document;

    const QJsonValue major = document.value(QStringLiteral("nbformat"));
    if (major.isUndefined()) {
        return invalid(NotebookReader::tr("it has no nbformat version"), QStringLiteral("missing key 'nbformat'"));
    }
    if (!isWholeNumber(major)) {
        return invalid(NotebookReader::tr("its nbformat version is not a whole number"),
                       QStringLiteral("'nbformat' is not an integer"));
    }
    if (major.toInteger() != 4) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  NotebookReader::tr("%1 uses notebook format %2 (unsupported nbformat %2). GradeDesk "
                                                     "reads nbformat 4; convert the notebook with \"jupyter nbconvert "
                                                     "--to notebook\" or by saving it in a current Jupyter.")
                                      .arg(m_label)
                                      .arg(major.toInteger()),
                                  QStringLiteral("unsupported nbformat %1: %2").arg(major.toInteger()).arg(m_path));
    }
    notebook.nbformat = 4;

    const QJsonValue minor = document.value(QStringLiteral("nbformat_minor"));
    if (minor.isUndefined()) {
        notebook.nbformatMinor = 0;
    } else if (!isWholeNumber(minor) || minor.toInteger() < 0) {
        return invalid(NotebookReader::tr("its nbformat_minor is not a whole number"),
                       QStringLiteral("'nbformat_minor' is not a non-negative integer"));
    } else {
        notebook.nbformatMinor = int(std::min<qint64>(minor.toInteger(), 1000000));
    }
    if (notebook.nbformatMinor > kNewestKnownMinor) {
        m_warnings.append(NotebookReader::tr("%1 uses nbformat 4.%2, newer than 4.%3. It was opened; parts GradeDesk "
                                             "does not know are kept unchanged but not shown.")
                              .arg(m_label)
                              .arg(notebook.nbformatMinor)
                              .arg(kNewestKnownMinor));
    }

    const QJsonValue metadata = document.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isObject()) {
        return invalid(NotebookReader::tr("its metadata is not an object"),
                       QStringLiteral("'metadata' is not an object"));
    }
    notebook.metadata = metadata.toObject();

    const QJsonValue cells = document.value(QStringLiteral("cells"));
    if (cells.isUndefined()) {
        return invalid(NotebookReader::tr("it has no list of cells"), QStringLiteral("missing key 'cells'"));
    }
    if (!cells.isArray()) {
        return invalid(NotebookReader::tr("its cells are not a list"), QStringLiteral("'cells' is not an array"));
    }
    const QJsonArray cellArray = cells.toArray();
    notebook.cells.reserve(cellArray.size());
    for (qsizetype i = 0; i < cellArray.size(); ++i) {
        auto cell = parseCell(cellArray.at(i), int(i), notebook.nbformatMinor);
        if (!cell) {
            return cell.error();
        }
        notebook.cells.append(std::move(cell).value());
    }

    distributeFloatPaths(notebook, findFloatWrittenWholeNumbers(json));
    checkCellIds(notebook);
    for (const QString &problem : validateNbgraderMetadata(notebook)) {
        m_warnings.append(problem);
    }
    notebook.otterQuestions = parseOtterQuestions(notebook, &m_warnings);
    notebook.warnings = m_warnings;
    if (!notebook.warnings.isEmpty()) {
        qCDebug(lcNotebook) << m_path << "loaded with" << notebook.warnings.size() << "warnings";
    }
    return notebook;
}

Result<Cell> DocumentParser::parseCell(const QJsonValue &value, int index, int minor)
{
    if (!value.isObject()) {
        return invalid(NotebookReader::tr("cell %1 is not an object").arg(index),
                       QStringLiteral("cells[%1] is not an object").arg(index));
    }
    Cell cell;
    cell.raw = value.toObject();

    const QJsonValue type = cell.raw.value(QStringLiteral("cell_type"));
    if (!type.isString()) {
        return invalid(NotebookReader::tr("cell %1 has no cell type").arg(index),
                       QStringLiteral("cells[%1].cell_type missing or not a string").arg(index));
    }
    cell.typeName = type.toString();
    cell.type = cellTypeFromName(cell.typeName);
    if (cell.type == CellType::Unknown) {
        warnOnce(QLatin1String("cell_type:") + cell.typeName,
                 NotebookReader::tr("Cell %1 has the unknown type \"%2\"; it is kept unchanged but not shown.")
                     .arg(index)
                     .arg(cell.typeName));
    }

    const QJsonValue id = cell.raw.value(QStringLiteral("id"));
    if (id.isString()) {
        cell.id = id.toString();
    } else if (!id.isUndefined()) {
        return invalid(NotebookReader::tr("the id of cell %1 is not a string").arg(index),
                       QStringLiteral("cells[%1].id is not a string").arg(index));
    } else if (minor >= 5) {
        warnOnce(QStringLiteral("missing-id"),
                 NotebookReader::tr("Cell %1 has no id, which nbformat 4.5 requires.").arg(index));
    }

    const QJsonValue metadata = cell.raw.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isObject()) {
        return invalid(NotebookReader::tr("the metadata of cell %1 is not an object").arg(index),
                       QStringLiteral("cells[%1].metadata is not an object").arg(index));
    }
    cell.metadata = metadata.toObject();

    // A cell type from a newer nbformat may have no source; such a cell is kept as it is.
    const QJsonValue source = cell.raw.value(QStringLiteral("source"));
    if (source.isUndefined() && cell.type != CellType::Unknown) {
        return invalid(NotebookReader::tr("cell %1 has no source").arg(index),
                       QStringLiteral("cells[%1].source missing").arg(index));
    }
    if (!source.isUndefined()) {
        const auto joined = joinMultiline(source);
        if (!joined) {
            return invalid(NotebookReader::tr("the source of cell %1 is neither text nor a list of lines").arg(index),
                           QStringLiteral("cells[%1].source is not a string or array of strings").arg(index));
        }
        cell.source = *joined;
    }

    const QJsonValue tags = cell.metadata.value(QStringLiteral("tags"));
    if (tags.isArray()) {
        const QJsonArray tagArray = tags.toArray();
        for (const QJsonValue &tag : tagArray) {
            if (tag.isString()) {
                cell.tags.append(tag.toString());
            }
        }
    } else if (!tags.isUndefined()) {
        m_warnings.append(NotebookReader::tr("Cell %1: its tags are not a list and were ignored.").arg(index));
    }

    auto nbgrader = parseNbgraderMetadata(cell.metadata.value(QStringLiteral("nbgrader")), index, &m_warnings);
    if (!nbgrader) {
        ServiceError error = nbgrader.error();
        error.message = NotebookReader::tr("%1: %2").arg(m_label, error.message);
        error.detail = m_path % QStringLiteral(": ") % error.detail;
        return error;
    }
    cell.nbgrader = nbgrader.value();

    if (cell.type == CellType::Code) {
        const QJsonValue count = cell.raw.value(QStringLiteral("execution_count"));
        if (isWholeNumber(count)) {
            cell.executionCount = int(count.toInteger());
        } else if (!count.isNull() && !count.isUndefined()) {
            return invalid(NotebookReader::tr("the execution count of cell %1 is not a number").arg(index),
                           QStringLiteral("cells[%1].execution_count is not an integer or null").arg(index));
        }
        const QJsonValue outputs = cell.raw.value(QStringLiteral("outputs"));
        if (!outputs.isUndefined() && !outputs.isArray()) {
            return invalid(NotebookReader::tr("the outputs of cell %1 are not a list").arg(index),
                           QStringLiteral("cells[%1].outputs is not an array").arg(index));
        }
        const QJsonArray outputArray = outputs.toArray();
        cell.outputs.reserve(outputArray.size());
        for (qsizetype j = 0; j < outputArray.size(); ++j) {
            auto output = parseOutput(outputArray.at(j), index, int(j));
            if (!output) {
                return output.error();
            }
            cell.outputs.append(std::move(output).value());
        }
    }
    return cell;
}

Result<Output> DocumentParser::parseOutput(const QJsonValue &value, int cellIndex, int outputIndex)
{
    const auto bad = [&](const QString &what, const QString &detail) {
        return invalid(NotebookReader::tr("output %1 of cell %2 %3").arg(outputIndex).arg(cellIndex).arg(what),
                       QStringLiteral("cells[%1].outputs[%2]: %3").arg(cellIndex).arg(outputIndex).arg(detail));
    };
    if (!value.isObject()) {
        return bad(NotebookReader::tr("is not an object"), QStringLiteral("not an object"));
    }
    Output output;
    output.raw = value.toObject();
    const QJsonValue type = output.raw.value(QStringLiteral("output_type"));
    if (!type.isString()) {
        return bad(NotebookReader::tr("has no output type"), QStringLiteral("output_type missing or not a string"));
    }
    output.typeName = type.toString();
    output.type = Output::typeFromName(output.typeName);

    switch (output.type) {
    case Output::Type::Stream: {
        output.streamName = output.raw.value(QStringLiteral("name")).toString();
        const auto text = joinMultiline(output.raw.value(QStringLiteral("text")));
        if (!text) {
            return bad(NotebookReader::tr("has no text"), QStringLiteral("stream text missing or not a string/array"));
        }
        output.text = *text;
        break;
    }
    case Output::Type::DisplayData:
    case Output::Type::ExecuteResult: {
        const QJsonValue data = output.raw.value(QStringLiteral("data"));
        const QJsonValue metadata = output.raw.value(QStringLiteral("metadata"));
        if ((!data.isUndefined() && !data.isObject()) || (!metadata.isUndefined() && !metadata.isObject())) {
            return bad(NotebookReader::tr("has data or metadata that is not an object"),
                       QStringLiteral("data/metadata not an object"));
        }
        const QJsonObject bundle = data.toObject();
        for (auto it = bundle.constBegin(); it != bundle.constEnd(); ++it) {
            const auto joined = isJsonMimeType(it.key()) ? std::nullopt : joinMultiline(it.value());
            output.data.insert(it.key(), joined ? QJsonValue(*joined) : it.value());
        }
        output.metadata = metadata.toObject();
        const QJsonValue count = output.raw.value(QStringLiteral("execution_count"));
        if (isWholeNumber(count)) {
            output.executionCount = int(count.toInteger());
        }
        break;
    }
    case Output::Type::Error: {
        output.ename = output.raw.value(QStringLiteral("ename")).toString();
        output.evalue = output.raw.value(QStringLiteral("evalue")).toString();
        const QJsonValue traceback = output.raw.value(QStringLiteral("traceback"));
        if (!traceback.isUndefined() && !traceback.isArray()) {
            return bad(NotebookReader::tr("has a traceback that is not a list"),
                       QStringLiteral("traceback is not an array"));
        }
        const QJsonArray lines = traceback.toArray();
        for (const QJsonValue &line : lines) {
            if (!line.isString()) {
                return bad(NotebookReader::tr("has a traceback line that is not text"),
                           QStringLiteral("traceback entry is not a string"));
            }
            output.traceback.append(line.toString());
        }
        break;
    }
    case Output::Type::Unknown:
        warnOnce(QLatin1String("output_type:") + output.typeName,
                 NotebookReader::tr("Cell %1 has an output of the unknown type \"%2\"; it is kept unchanged but not "
                                    "shown.")
                     .arg(cellIndex)
                     .arg(output.typeName));
        break;
    }
    return output;
}

void DocumentParser::checkCellIds(const Notebook &notebook)
{
    static const QRegularExpression validId(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        const QString &id = notebook.cells.at(i).id;
        if (id.isEmpty()) {
            continue;
        }
        if (!validId.match(id).hasMatch()) {
            m_warnings.append(NotebookReader::tr("Cell %1 has the id \"%2\", which nbformat does not allow (letters, "
                                                 "digits, \"-\" and \"_\", up to 64).")
                                  .arg(i)
                                  .arg(id));
        }
        const auto previous = seen.constFind(id);
        if (previous != seen.constEnd()) {
            m_warnings.append(
                NotebookReader::tr("Cells %1 and %2 have the same id \"%3\".").arg(previous.value()).arg(i).arg(id));
        } else {
            seen.insert(id, int(i));
        }
    }
}

void DocumentParser::distributeFloatPaths(Notebook &notebook, const QStringList &paths)
{
    static const QLatin1String cellsPrefix("/cells/");
    for (const QString &path : paths) {
        if (!path.startsWith(cellsPrefix)) {
            notebook.floatNumberPaths.append(path);
            continue;
        }
        const qsizetype slash = path.indexOf(QLatin1Char('/'), cellsPrefix.size());
        bool ok = false;
        const qsizetype index =
            path.mid(cellsPrefix.size(), slash < 0 ? -1 : slash - cellsPrefix.size()).toLongLong(&ok);
        if (ok && slash > 0 && index >= 0 && index < notebook.cells.size()) {
            notebook.cells[index].floatNumberPaths.append(path.mid(slash));
        }
    }
}

} // namespace

Result<Notebook> NotebookReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("Could not open %1: %2. Check that the file exists and that you may read it.")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()),
                                  QStringLiteral("open %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("%1 is %2 MB, more than the %3 MB GradeDesk opens. Clear its outputs in Jupyter "
                                     "and try again.")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(file.size() / (1024 * 1024))
                                      .arg(kMaxFileSize / (1024 * 1024)),
                                  QStringLiteral("file too large: %1 bytes").arg(file.size()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                                  QStringLiteral("read %1: %2").arg(path, file.errorString()));
    }
    return parse(bytes, path);
}

Result<Notebook> NotebookReader::parse(const QByteArray &json, const QString &pathForMessages)
{
    const QString label = pathForMessages.isEmpty() ? tr("The notebook") : QDir::toNativeSeparators(pathForMessages);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const qsizetype line = json.left(offset).count('\n') + 1;
        const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
        // Columns count characters, not bytes, as editors show them.
        const qsizetype column = QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size() + 1;
        return ServiceError::make(ServiceError::Kind::Parse,
                                  tr("%1 is not valid JSON: %2 at line %3, column %4. The file is damaged or was "
                                     "not saved completely; restore it from a backup or ask the student to "
                                     "submit again.")
                                      .arg(label, parseError.errorString())
                                      .arg(line)
                                      .arg(column),
                                  QStringLiteral("%1: JSON parse error at byte offset %2 (line %3, column %4): %5")
                                      .arg(pathForMessages)
                                      .arg(offset)
                                      .arg(line)
                                      .arg(column)
                                      .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("%1 is not a notebook: its JSON is not an object. Check that you chose an "
                                     ".ipynb file.")
                                      .arg(label),
                                  QStringLiteral("%1: top-level JSON value is not an object").arg(pathForMessages));
    }
    DocumentParser parser(pathForMessages);
    return parser.parse(document.object(), json);
}

} // namespace GradeDesk::Services
