// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookwriter.h"

#include "jupyterjson.h"
#include "nbgradermetadata.h"

#include <services/core/logging.h>

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>

namespace GradeDesk::Services {

namespace {

const QString kSource = QStringLiteral("source");
const QString kMetadata = QStringLiteral("metadata");
const QString kNbgrader = QStringLiteral("nbgrader");
const QString kTags = QStringLiteral("tags");
const QString kExecutionCount = QStringLiteral("execution_count");

QJsonArray lineArray(const QString &text)
{
    return QJsonArray::fromStringList(splitLinesKeepEnds(text));
}

// The raw spelling when it still says `text`, else Jupyter's list of lines.
QJsonValue multiline(const QJsonValue &raw, const QString &text)
{
    const auto joined = joinMultiline(raw);
    if (joined && *joined == text) {
        return raw;
    }
    return lineArray(text);
}

QJsonValue optionalCount(const std::optional<int> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QJsonObject mimeBundle(const QJsonObject &data, const QJsonObject &rawData)
{
    QJsonObject out;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const QString &mime = it.key();
        const QJsonValue value = it.value();
        if (!value.isString() || isJsonMimeType(mime)) {
            out.insert(mime, value);
            continue;
        }
        const QJsonValue raw = rawData.value(mime);
        const auto joined = joinMultiline(raw);
        if (joined && *joined == value.toString()) {
            out.insert(mime, raw);
        } else if (isLineSplitMimeType(mime)) {
            out.insert(mime, lineArray(value.toString()));
        } else {
            out.insert(mime, value);
        }
    }
    return out;
}

QJsonObject outputJson(const Output &output)
{
    if (output.type == Output::Type::Unknown && !output.raw.isEmpty()) {
        return output.raw;
    }
    QJsonObject out = output.raw;
    out.insert(QStringLiteral("output_type"), output.effectiveTypeName());
    switch (output.type) {
    case Output::Type::Stream:
        out.insert(QStringLiteral("name"), output.streamName);
        out.insert(QStringLiteral("text"), multiline(output.raw.value(QStringLiteral("text")), output.text));
        break;
    case Output::Type::ExecuteResult:
        out.insert(kExecutionCount, optionalCount(output.executionCount));
        Q_FALLTHROUGH();
    case Output::Type::DisplayData:
        out.insert(QStringLiteral("data"),
                   mimeBundle(output.data, output.raw.value(QStringLiteral("data")).toObject()));
        out.insert(kMetadata, output.metadata);
        break;
    case Output::Type::Error:
        out.insert(QStringLiteral("ename"), output.ename);
        out.insert(QStringLiteral("evalue"), output.evalue);
        out.insert(QStringLiteral("traceback"), QJsonArray::fromStringList(output.traceback));
        break;
    case Output::Type::Unknown:
        // Built in memory: whatever the caller filled in.
        if (!output.data.isEmpty()) {
            out.insert(QStringLiteral("data"), output.data);
        }
        if (!output.metadata.isEmpty()) {
            out.insert(kMetadata, output.metadata);
        }
        break;
    }
    return out;
}

QStringList tagsIn(const QJsonObject &metadata)
{
    QStringList tags;
    const QJsonArray array = metadata.value(kTags).toArray();
    for (const QJsonValue &tag : array) {
        if (tag.isString()) {
            tags.append(tag.toString());
        }
    }
    return tags;
}

QJsonObject cellMetadata(const Cell &cell)
{
    QJsonObject metadata = cell.metadata;
    const QJsonValue nbgrader = metadata.value(kNbgrader);
    if (cell.nbgrader.present) {
        metadata.insert(kNbgrader, nbgraderMetadataToJson(cell.nbgrader, nbgrader.toObject()));
    } else if (nbgrader.isObject()) {
        metadata.remove(kNbgrader);
    }
    // A non-object `nbgrader` value the reader ignored is kept as it was: never lose data. Same for tags.
    if (tagsIn(metadata) != cell.tags) {
        if (cell.tags.isEmpty()) {
            metadata.remove(kTags);
        } else {
            metadata.insert(kTags, QJsonArray::fromStringList(cell.tags));
        }
    }
    return metadata;
}

class CellIds final
{
    Q_DISABLE_COPY_MOVE(CellIds)

public:
    explicit CellIds(const Notebook &notebook)
    {
        for (const Cell &cell : notebook.cells) {
            m_used.insert(cell.id);
        }
    }

    QString fresh()
    {
        QString id;
        do {
            id = QStringLiteral("cell-%1").arg(++m_counter);
        } while (m_used.contains(id));
        m_used.insert(id);
        return id;
    }

private:
    QSet<QString> m_used;
    int m_counter = 0;
};

QJsonObject cellJson(const Cell &cell, int nbformatMinor, CellIds &ids)
{
    QJsonObject out = cell.raw;
    out.insert(QStringLiteral("cell_type"), cell.effectiveTypeName());
    if (!cell.id.isEmpty()) {
        out.insert(QStringLiteral("id"), cell.id);
    } else if (cell.raw.isEmpty() && nbformatMinor >= 5) {
        out.insert(QStringLiteral("id"), ids.fresh());
    } else {
        out.remove(QStringLiteral("id"));
    }
    out.insert(kMetadata, cellMetadata(cell));
    if (cell.type != CellType::Unknown || cell.raw.contains(kSource) || !cell.source.isEmpty()) {
        out.insert(kSource, multiline(cell.raw.value(kSource), cell.source));
    }
    if (cell.type == CellType::Code) {
        out.insert(kExecutionCount, optionalCount(cell.executionCount));
        QJsonArray outputs;
        for (const Output &output : cell.outputs) {
            outputs.append(outputJson(output));
        }
        out.insert(QStringLiteral("outputs"), outputs);
    }
    return out;
}

QStringList floatPaths(const Notebook &notebook)
{
    QStringList paths;
    for (const QString &path : notebook.floatNumberPaths) {
        if (!path.startsWith(QLatin1String("/cells/"))) {
            paths.append(path);
        }
    }
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        const QString prefix = QStringLiteral("/cells/%1").arg(i);
        for (const QString &path : notebook.cells.at(i).floatNumberPaths) {
            paths.append(prefix + path);
        }
    }
    return paths;
}

} // namespace

QJsonObject NotebookWriter::toJson(const Notebook &notebook)
{
    QJsonObject document = notebook.raw;
    document.insert(QStringLiteral("nbformat"), notebook.nbformat);
    document.insert(QStringLiteral("nbformat_minor"), notebook.nbformatMinor);
    document.insert(kMetadata, notebook.metadata);
    CellIds ids(notebook);
    QJsonArray cells;
    for (const Cell &cell : notebook.cells) {
        cells.append(cellJson(cell, notebook.nbformatMinor, ids));
    }
    document.insert(QStringLiteral("cells"), cells);
    return document;
}

QByteArray NotebookWriter::serialize(const Notebook &notebook)
{
    QByteArray bytes = toJupyterJson(toJson(notebook), floatPaths(notebook));
    bytes.append('\n');
    return bytes;
}

Result<void> NotebookWriter::writeFile(const Notebook &notebook, const QString &path)
{
    const QByteArray bytes = serialize(notebook);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("Could not write %1: %2. Check that the folder exists and that you may write "
                                     "to it.")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()),
                                  QStringLiteral("open for writing %1: %2").arg(path, file.errorString()));
    }
    const bool written = file.write(bytes) == bytes.size();
    if (!written) {
        file.cancelWriting();
    }
    if (!written || !file.commit()) {
        const QString reason = file.errorString();
        qCWarning(lcNotebook) << "writing" << path << "failed:" << reason;
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("Could not save %1: %2. The previous version of the file is unchanged; free "
                                     "some disk space or choose another folder.")
                                      .arg(QDir::toNativeSeparators(path), reason),
                                  QStringLiteral("write/commit %1: %2").arg(path, reason));
    }
    return {};
}

} // namespace GradeDesk::Services
