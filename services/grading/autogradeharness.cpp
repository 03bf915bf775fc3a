// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeharness.h"

#include <services/core/logging.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <zlib.h>

#include <cmath>

namespace GradeDesk::Services {

namespace {

constexpr QByteArrayView ResultMarker = "GRADEDESK-RESULT-V1 ";
/// A decoded log result above this is refused (a gzip bomb, or a log that is not ours).
constexpr qsizetype MaxDecodedBytes = 512 * 1024 * 1024;

const QStringList &knownResultStatuses()
{
    static const QStringList statuses{QStringLiteral("graded"), QStringLiteral("bad_input"), QStringLiteral("error")};
    return statuses;
}

const QStringList &knownNotebookStatuses()
{
    static const QStringList statuses{QStringLiteral("executed"), QStringLiteral("missing"), QStringLiteral("invalid"),
                                      QStringLiteral("timeout"), QStringLiteral("kernel_died")};
    return statuses;
}

const QStringList &knownOutcomes()
{
    static const QStringList outcomes{
        QStringLiteral("passed"),      QStringLiteral("error"),       QStringLiteral("stderr"),
        QStringLiteral("partial"),     QStringLiteral("not_partial"), QStringLiteral("too_high"),
        QStringLiteral("no_response"), QStringLiteral("answered"),    QStringLiteral("task"),
        QStringLiteral("manual"),      QStringLiteral("missing")};
    return outcomes;
}

ServiceError parseError(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Parse,
                              AutogradeHarness::tr("The grading harness returned a result GradeDesk cannot read. "
                                                   "Check the submission's log and grade it again."),
                              detail);
}

/// Strict readers: a wrong type is an error, a missing optional key its default.
struct Reader {
    QString error;

    QString string(const QJsonObject &object, QLatin1String key, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            return value.toString();
        }
        if (required || !value.isUndefined()) {
            fail(QStringLiteral("'%1' is not a string").arg(key));
        }
        return {};
    }

    double number(const QJsonValue &value, const QString &what)
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(QStringLiteral("'%1' is not a number").arg(what));
            return 0.0;
        }
        return value.toDouble();
    }

    std::optional<double> optionalNumber(const QJsonValue &value, const QString &what)
    {
        if (value.isNull()) {
            return std::nullopt;
        }
        return number(value, what);
    }

    bool boolean(const QJsonObject &object, QLatin1String key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isBool() && !value.isUndefined()) {
            fail(QStringLiteral("'%1' is not a boolean").arg(key));
        }
        return value.toBool();
    }

    QString oneOf(const QString &value, const QStringList &allowed, const QString &what)
    {
        if (!allowed.contains(value)) {
            fail(QStringLiteral("unknown %1 '%2'").arg(what, value.left(40)));
        }
        return value;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
        }
    }
};

HarnessCellResult parseFullCell(Reader &reader, const QJsonValue &value)
{
    HarnessCellResult cell;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        reader.fail(QStringLiteral("a cell is not an object"));
        return cell;
    }
    cell.gradeId = reader.string(object, QLatin1String("grade_id"), true);
    cell.score = reader.optionalNumber(object.value(QLatin1String("score")), QStringLiteral("score"));
    cell.maxScore = reader.number(object.value(QLatin1String("max_score")), QStringLiteral("max_score"));
    cell.needsManualGrade = reader.boolean(object, QLatin1String("needs_manual"));
    cell.outcome =
        reader.oneOf(reader.string(object, QLatin1String("outcome"), true), knownOutcomes(), QStringLiteral("outcome"));
    cell.message = reader.string(object, QLatin1String("message"));
    return cell;
}

HarnessOtterQuestion parseFullOtter(Reader &reader, const QJsonValue &value)
{
    HarnessOtterQuestion question;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        reader.fail(QStringLiteral("an otter question is not an object"));
        return question;
    }
    question.name = reader.string(object, QLatin1String("name"), true);
    question.score = reader.number(object.value(QLatin1String("score")), QStringLiteral("score"));
    question.maxScore = reader.number(object.value(QLatin1String("max_score")), QStringLiteral("max_score"));
    const QJsonValue tests = object.value(QLatin1String("tests"));
    if (!tests.isArray() && !tests.isUndefined()) {
        reader.fail(QStringLiteral("'tests' is not an array"));
    }
    for (const QJsonValue &testValue : tests.toArray()) {
        const QJsonObject testObject = testValue.toObject();
        if (!testValue.isObject()) {
            reader.fail(QStringLiteral("an otter test is not an object"));
            continue;
        }
        HarnessOtterTest test;
        test.name = reader.string(testObject, QLatin1String("name"), true);
        test.passed = reader.boolean(testObject, QLatin1String("passed"));
        test.hidden = reader.boolean(testObject, QLatin1String("hidden"));
        test.points = reader.number(testObject.value(QLatin1String("points")), QStringLiteral("points"));
        test.message = reader.string(testObject, QLatin1String("message"));
        question.tests.append(test);
    }
    return question;
}

QJsonArray arrayAt(Reader &reader, const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray() && !value.isUndefined()) {
        reader.fail(QStringLiteral("'%1' is not an array").arg(key));
    }
    return value.toArray();
}

HarnessResult parseFull(Reader &reader, const QJsonObject &root)
{
    HarnessResult result;
    result.version = root.value(QLatin1String("gradedesk_harness")).toInt();
    result.status = reader.oneOf(reader.string(root, QLatin1String("status"), true), knownResultStatuses(),
                                 QStringLiteral("status"));
    result.message = reader.string(root, QLatin1String("message"));
    if (root.contains(QLatin1String("seconds"))) {
        result.seconds = reader.number(root.value(QLatin1String("seconds")), QStringLiteral("seconds"));
    }
    for (const QJsonValue &notebookValue : arrayAt(reader, root, QLatin1String("notebooks"))) {
        const QJsonObject object = notebookValue.toObject();
        if (!notebookValue.isObject()) {
            reader.fail(QStringLiteral("a notebook is not an object"));
            continue;
        }
        HarnessNotebookResult notebook;
        notebook.name = reader.string(object, QLatin1String("name"), true);
        notebook.status = reader.oneOf(reader.string(object, QLatin1String("status"), true), knownNotebookStatuses(),
                                       QStringLiteral("notebook status"));
        notebook.message = reader.string(object, QLatin1String("message"));
        if (object.contains(QLatin1String("seconds"))) {
            notebook.seconds = reader.number(object.value(QLatin1String("seconds")), QStringLiteral("seconds"));
        }
        for (const QJsonValue &cell : arrayAt(reader, object, QLatin1String("cells"))) {
            notebook.cells.append(parseFullCell(reader, cell));
        }
        for (const QJsonValue &question : arrayAt(reader, object, QLatin1String("otter"))) {
            notebook.otter.append(parseFullOtter(reader, question));
        }
        result.notebooks.append(notebook);
    }
    return result;
}

HarnessResult parseCompact(Reader &reader, const QJsonObject &root)
{
    HarnessResult result;
    result.compact = true;
    result.version = root.value(QLatin1String("v")).toInt();
    result.status =
        reader.oneOf(reader.string(root, QLatin1String("s"), true), knownResultStatuses(), QStringLiteral("status"));
    result.message = reader.string(root, QLatin1String("m"));
    if (root.contains(QLatin1String("t"))) {
        result.seconds = reader.number(root.value(QLatin1String("t")), QStringLiteral("t"));
    }
    for (const QJsonValue &notebookValue : arrayAt(reader, root, QLatin1String("n"))) {
        const QJsonObject object = notebookValue.toObject();
        if (!notebookValue.isObject()) {
            reader.fail(QStringLiteral("a notebook is not an object"));
            continue;
        }
        HarnessNotebookResult notebook;
        notebook.name = reader.string(object, QLatin1String("n"), true);
        notebook.status = reader.oneOf(reader.string(object, QLatin1String("s"), true), knownNotebookStatuses(),
                                       QStringLiteral("notebook status"));
        for (const QJsonValue &cellValue : arrayAt(reader, object, QLatin1String("c"))) {
            const QJsonArray row = cellValue.toArray();
            if (row.size() != 4 || !row.at(0).isString() || !row.at(3).isString()) {
                reader.fail(QStringLiteral("a compact cell is not [id, score, max, outcome]"));
                continue;
            }
            HarnessCellResult cell;
            cell.gradeId = row.at(0).toString();
            cell.score = reader.optionalNumber(row.at(1), QStringLiteral("score"));
            cell.maxScore = reader.number(row.at(2), QStringLiteral("max_score"));
            cell.needsManualGrade = !cell.score.has_value();
            cell.outcome = reader.oneOf(row.at(3).toString(), knownOutcomes(), QStringLiteral("outcome"));
            notebook.cells.append(cell);
        }
        for (const QJsonValue &questionValue : arrayAt(reader, object, QLatin1String("o"))) {
            const QJsonArray row = questionValue.toArray();
            if (row.size() != 3 || !row.at(0).isString()) {
                reader.fail(QStringLiteral("a compact otter question is not [name, score, max]"));
                continue;
            }
            HarnessOtterQuestion question;
            question.name = row.at(0).toString();
            question.score = reader.number(row.at(1), QStringLiteral("score"));
            question.maxScore = reader.number(row.at(2), QStringLiteral("max_score"));
            notebook.otter.append(question);
        }
        result.notebooks.append(notebook);
    }
    return result;
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return parseError(QStringLiteral("result JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return parseError(QStringLiteral("result JSON is not an object"));
    }
    return document.object();
}

Result<QByteArray> gunzip(const QByteArray &data)
{
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header and trailer (CRC checked), not a zlib one.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return parseError(QStringLiteral("inflateInit2 failed"));
    }
    QByteArray output;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return parseError(QStringLiteral("gzip data is corrupt (zlib status %1)").arg(status));
        }
        output.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(stream.avail_out));
        if (output.size() > MaxDecodedBytes) {
            inflateEnd(&stream);
            return parseError(QStringLiteral("gzip data expands beyond %1 bytes").arg(MaxDecodedBytes));
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return parseError(QStringLiteral("gzip data is truncated"));
        }
    }
    inflateEnd(&stream);
    return output;
}

QJsonValue jsonScore(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AutogradeHarness::scriptFileName()
{
    return QStringLiteral("gradedesk_harness.py");
}

QString AutogradeHarness::resourcePath()
{
    return QStringLiteral(":/gradedesk/harness/gradedesk_harness.py");
}

QByteArray AutogradeHarness::script()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGrading) << "harness resource missing:" << file.errorString();
        return {};
    }
    return file.readAll();
}

Result<QString> AutogradeHarness::installedPath(const QString &cacheDir)
{
    const QByteArray bytes = script();
    if (bytes.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The grading harness is missing from this GradeDesk build. Reinstall GradeDesk."),
                                  resourcePath());
    }
    QString base = cacheDir;
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/harness");
    }
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
    const QString folder = QDir(base).absoluteFilePath(hash);
    const QString path = folder + QLatin1Char('/') + scriptFileName();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
        return path;
    }
    existing.close();
    const auto ioError = [&path](const QString &detail) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("GradeDesk could not write the grading harness to %1. Check that the folder "
                                     "is writable.")
                                      .arg(QDir::toNativeSeparators(path)),
                                  detail);
    };
    if (!QDir().mkpath(folder)) {
        return ioError(QStringLiteral("mkpath failed: ") + folder);
    }
    // QSaveFile renames into place: a concurrent reader sees the old file or the whole new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return ioError(file.errorString());
    }
    return path;
}

QStringList AutogradeHarness::localArguments(const QString &scriptPath, const QString &specPath,
                                             const QString &submissionDir, const QString &outDir,
                                             const QString &assignmentFilesDir, const QString &terminationLog)
{
    QStringList arguments{scriptPath,    QStringLiteral("--spec"), specPath, QStringLiteral("--submission"),
                          submissionDir, QStringLiteral("--out"),  outDir};
    if (!assignmentFilesDir.isEmpty()) {
        arguments << QStringLiteral("--assignment-files") << assignmentFilesDir;
    }
    if (!terminationLog.isEmpty()) {
        arguments << QStringLiteral("--termination-log") << terminationLog;
    }
    return arguments;
}

QByteArray AutogradeHarness::specJson(const AutogradePlan &plan)
{
    return specJson(plan.assignment, plan.notebooks, plan.limits);
}

QByteArray AutogradeHarness::specJson(const QString &assignment, const QList<HarnessNotebookSpec> &notebooks,
                                      const AutogradeLimits &limits)
{
    QJsonArray notebookArray;
    for (const HarnessNotebookSpec &notebook : notebooks) {
        QJsonArray cells;
        for (const HarnessCellSpec &cell : notebook.cells) {
            cells.append(QJsonObject{
                {QStringLiteral("grade_id"), cell.gradeId},
                {QStringLiteral("cell_type"), cell.cellType},
                {QStringLiteral("grade"), cell.grade},
                {QStringLiteral("solution"), cell.solution},
                {QStringLiteral("task"), cell.task},
                {QStringLiteral("locked"), cell.locked},
                {QStringLiteral("points"), cell.points},
                {QStringLiteral("source"), cell.source},
                {QStringLiteral("checksum"), cell.checksum},
            });
        }
        notebookArray.append(QJsonObject{{QStringLiteral("name"), notebook.name}, {QStringLiteral("cells"), cells}});
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("assignment"), assignment},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("cell_timeout"), limits.cellTimeoutSeconds},
                     {QStringLiteral("max_output_bytes"), static_cast<double>(limits.maxOutputBytes)}}},
        {QStringLiteral("notebooks"), notebookArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool AutogradeHarness::isSeeLogMarker(const QByteArray &json)
{
    const Result<QJsonObject> object = parseObject(json);
    return object.ok() && object.value().value(QLatin1String("see_log")).toBool();
}

Result<HarnessResult> AutogradeHarness::parseResult(const QByteArray &json)
{
    const Result<QJsonObject> parsed = parseObject(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject &root = parsed.value();
    Reader reader;
    HarnessResult result;
    if (root.contains(QLatin1String("gradedesk_harness"))) {
        result = parseFull(reader, root);
    } else if (root.contains(QLatin1String("v"))) {
        if (root.value(QLatin1String("see_log")).toBool()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("The result was too large for the termination message; it is in the log."),
                                      QStringLiteral("see_log"));
        }
        result = parseCompact(reader, root);
    } else {
        return parseError(QStringLiteral("neither a full nor a compact harness result"));
    }
    if (!reader.error.isEmpty()) {
        return parseError(reader.error);
    }
    if (result.version != 1) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  tr("The grading harness speaks a newer result format (version %1). Use the "
                                     "harness of this GradeDesk version.")
                                      .arg(result.version),
                                  QStringLiteral("result version %1").arg(result.version));
    }
    return result;
}

Result<HarnessLogResult> AutogradeHarness::parseLog(const QByteArray &log)
{
    qsizetype start = -1;
    for (qsizetype at = log.lastIndexOf(ResultMarker); at >= 0; at = log.lastIndexOf(ResultMarker, at - 1)) {
        if (at == 0 || log.at(at - 1) == '\n') {
            start = at;
            break;
        }
        if (at == 0) {
            break;
        }
    }
    if (start < 0) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The grading harness did not report a result. Check the submission's log."),
                                  QStringLiteral("no GRADEDESK-RESULT-V1 line"));
    }
    qsizetype end = log.indexOf('\n', start);
    if (end < 0) {
        end = log.size();
    }
    const QByteArray encoded = log.mid(start + ResultMarker.size(), end - start - ResultMarker.size()).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return parseError(QStringLiteral("result line is not base64"));
    }
    const Result<QByteArray> json = gunzip(*decoded);
    if (!json) {
        return json.error();
    }
    Result<HarnessResult> result = parseResult(json.value());
    if (!result) {
        return result.error();
    }
    HarnessLogResult logResult;
    logResult.result = std::move(result).value();
    const QJsonObject root = QJsonDocument::fromJson(json.value()).object();
    logResult.executedOmitted = root.value(QLatin1String("executed_omitted")).toBool();
    const QJsonObject executed = root.value(QLatin1String("executed")).toObject();
    for (auto it = executed.constBegin(); it != executed.constEnd(); ++it) {
        if (!it.value().isString()) {
            return parseError(QStringLiteral("executed notebook '%1' is not a string").arg(it.key()));
        }
        logResult.executedNotebooks.insert(it.key(), it.value().toString().toUtf8());
    }
    return logResult;
}

QByteArray AutogradeHarness::resultToCompact(const HarnessResult &result)
{
    QJsonArray notebooks;
    for (const HarnessNotebookResult &notebook : result.notebooks) {
        QJsonArray cells;
        for (const HarnessCellResult &cell : notebook.cells) {
            cells.append(QJsonArray{cell.gradeId, jsonScore(cell.score), cell.maxScore, cell.outcome});
        }
        QJsonObject object{
            {QStringLiteral("n"), notebook.name}, {QStringLiteral("s"), notebook.status}, {QStringLiteral("c"), cells}};
        if (!notebook.otter.isEmpty()) {
            QJsonArray questions;
            for (const HarnessOtterQuestion &question : notebook.otter) {
                questions.append(QJsonArray{question.name, question.score, question.maxScore});
            }
            object.insert(QStringLiteral("o"), questions);
        }
        notebooks.append(object);
    }
    QJsonObject root{{QStringLiteral("v"), 1},
                     {QStringLiteral("s"), result.status},
                     {QStringLiteral("t"), std::round(result.seconds * 100.0) / 100.0},
                     {QStringLiteral("n"), notebooks}};
    if (!result.message.isEmpty()) {
        root.insert(QStringLiteral("m"), result.message.left(200));
    }
    QByteArray compact = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (compact.size() > CompactLimit) {
        compact = QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                            {QStringLiteral("s"), result.status},
                                            {QStringLiteral("see_log"), true}})
                      .toJson(QJsonDocument::Compact);
    }
    return compact;
}

} // namespace GradeDesk::Services
