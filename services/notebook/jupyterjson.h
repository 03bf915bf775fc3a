// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// JSON the way Jupyter (nbformat, Python's json module) reads and writes it. Internal to the notebook
// module, but public so the writer's tests and the demo generator can reuse the exact formatting.
namespace GradeDesk::Services {

/// Python's `repr(float)`: shortest round-trip digits, "1.0", "0.5", "1e-05", "1e+16", "inf", "nan".
QString pythonFloatRepr(double value);

/// Python's `str.splitlines(keepends=True)`: every piece keeps its line break; no empty last piece.
QStringList splitLinesKeepEnds(const QString &text);

/// nbformat's multi-line string: a string, or a list of strings to concatenate. Anything else: nullopt.
std::optional<QString> joinMultiline(const QJsonValue &value);

/// `application/json` and `application/...+json`: their values are JSON, never joined or split.
bool isJsonMimeType(QStringView mimeType);

/// MIME types Jupyter writes as a list of lines (`text/...`, `application/javascript`, `image/svg+xml`).
bool isLineSplitMimeType(QStringView mimeType);

/**
 * @brief Serialises like Python's `json.dumps(v, sort_keys=True, indent=1, ensure_ascii=False,
 * separators=(",", ": "))`, which is what Jupyter writes (without the final newline).
 *
 * `floatNumberPaths` are JSON pointers (relative to `value`) whose whole-number values are written as
 * floats ("1.0" rather than "1"), see Cell::floatNumberPaths.
 */
QByteArray toJupyterJson(const QJsonValue &value, const QStringList &floatNumberPaths = {});

/**
 * @brief JSON pointers of the whole numbers a document writes with a fraction or exponent ("1.0", "2e3").
 *
 * `json` must already have parsed successfully; on anything else the result is incomplete but the scan
 * never reads out of bounds.
 */
QStringList findFloatWrittenWholeNumbers(const QByteArray &json);

/// One JSON pointer segment, escaped ("~" -> "~0", "/" -> "~1").
QString jsonPointerSegment(const QString &key);

} // namespace GradeDesk::Services
