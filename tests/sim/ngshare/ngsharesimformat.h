// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to gradedesk_ngsharesim: the wire formats exactly as ngshare (Python, Tornado) produces and
// accepts them: json.dumps output, base64.encodebytes/decodebytes, the timestamp forms and the
// upload path rule.

#include "tests/sim/ngshare/ngsharesimstate.h"

#include <QJsonValue>

#include <optional>

namespace GradeDesk::Tests::NgshareSim {

// --- JSON as Python's json.dumps writes it: ", " and ": " separators, non-ASCII as \uXXXX, keys in
// the order given (callers pass already-serialised values).
using JsonField = std::pair<QByteArray, QByteArray>;
QByteArray jsonString(const QString &value);
QByteArray jsonNullable(const std::optional<QString> &value);
QByteArray jsonBool(bool value);
QByteArray jsonArray(const QList<QByteArray> &items);
QByteArray jsonObject(const QList<JsonField> &fields);
QByteArray jsonStringArray(const QStringList &values);

/// Parses any JSON value (Python's json.loads accepts scalars at the top level, Qt does not).
std::optional<QJsonValue> parseJsonValue(const QString &text);

// --- Base64.
/// base64.encodebytes: a newline after every 76 characters and at the end; "" for no bytes.
QByteArray mimeBase64(const QByteArray &bytes);
/// base64.decodebytes (binascii.a2b_base64, non-strict): characters outside the alphabet are
/// skipped, data after the closing padding is ignored; nullopt only for incorrect padding.
std::optional<QByteArray> decodeBase64Lenient(QByteArrayView text);

// --- Timestamps (UTC microseconds since the epoch).
qint64 microsFromDateTime(const QDateTime &utc);
/// "YYYY-MM-DD HH:MM:SS.ffffff", no zone.
QString formatTimestamp(qint64 micros);
/// What POST/GET feedback accept: datetime.strptime with "%Y-%m-%d %H:%M:%S.%f" and an optional
/// " UTC"/" GMT" (1-digit fields, 1-6 fraction digits and runs of whitespace included).
std::optional<qint64> parseTimestamp(const QString &text);

// --- Uploads.
/// ngshare's path_check: not empty, not absolute, no "." or ".." component, no trailing "/".
bool isLegalUploadPath(const QString &path);

enum class TreeError { None, MissingFiles, NotJson, IllegalPath, BadBase64, Malformed };

struct TreeResult {
    TreeError error = TreeError::None;
    QList<SimNgFile> files;
};

/// json_files_unpack: `json` is the `files` argument (nullopt when absent). Entries are checked in
/// order and the first problem decides; Malformed means the Python code raises (HTTP 500).
TreeResult unpackTree(const std::optional<QString> &json);
/// json_files_pack. `corruptBudget` > 0: the first non-empty file is served damaged and the budget
/// decremented; files marked corrupted are always served damaged.
QByteArray packTree(const QList<SimNgFile> &files, bool listOnly, int &corruptBudget);

/// Tornado's argument clean-up: control characters (except \t \n \v \f \r) become spaces, then
/// surrounding whitespace is stripped.
QString cleanArgument(const QString &value);

/// The parts of a multipart/form-data body that are plain fields (no filename), decoded as UTF-8.
QList<std::pair<QString, QString>> multipartFields(const QByteArray &contentType, const QByteArray &body);

} // namespace GradeDesk::Tests::NgshareSim
