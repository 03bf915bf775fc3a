// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvastypes.h"

#include <services/core/result.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace GradeDesk::Services::CanvasJson {

// Reading Canvas objects. Callers check the document's shape (object/array) first; these helpers
// never throw and treat wrong types as absent.

/// The body as a JSON object (Parse error naming `request` otherwise).
Result<QJsonObject> parseObject(const QByteArray &body, const QString &request);

/// An id as text: Canvas sends strings with the canvas-string-ids Accept header; plain JSON numbers
/// are accepted when they are exact integers. Empty when absent or not an id.
QString id(const QJsonValue &value);
/// The key's string value; nullopt when the key is absent (hidden by permissions), "" when null.
std::optional<QString> optionalText(const QJsonObject &object, const QString &key);
/// A number (Canvas sends scores as numbers, some installs as strings); nullopt when null/absent.
std::optional<double> number(const QJsonValue &value);

/// An assignment object; nullopt when it has no id or name.
std::optional<CanvasAssignment> assignment(const QJsonObject &object);

} // namespace GradeDesk::Services::CanvasJson
