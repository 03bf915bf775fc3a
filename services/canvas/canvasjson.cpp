// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasjson.h"

#include "canvaserrors.h"

#include <QJsonDocument>

#include <cmath>

namespace GradeDesk::Services::CanvasJson {

Result<QJsonObject> parseObject(const QByteArray &body, const QString &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return CanvasErrors::badReply(request, error.errorString());
    }
    if (!document.isObject()) {
        return CanvasErrors::badReply(request, QStringLiteral("expected a JSON object"));
    }
    return document.object();
}

QString id(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        text.toULongLong(&ok);
        return ok ? text : QString();
    }
    if (value.isDouble()) {
        // Exact only below 2^53; larger ids need the string form, which GradeDesk always asks for.
        const double number = value.toDouble();
        if (number >= 0 && number < 9007199254740992.0 && std::floor(number) == number) {
            return QString::number(qint64(number));
        }
    }
    return {};
}

std::optional<QString> optionalText(const QJsonObject &object, const QString &key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        return std::nullopt;
    }
    if (it->isString()) {
        return it->toString();
    }
    if (it->isDouble()) {
        return QString::number(it->toDouble(), 'g', 17);
    }
    return QString();
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok && std::isfinite(parsed)) {
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<CanvasAssignment> assignment(const QJsonObject &object)
{
    CanvasAssignment result;
    result.id = id(object.value(QLatin1String("id")));
    result.name = object.value(QLatin1String("name")).toString();
    if (result.id.isEmpty() || result.name.isEmpty()) {
        return std::nullopt;
    }
    result.pointsPossible = number(object.value(QLatin1String("points_possible"))).value_or(0.0);
    const QJsonValue published = object.value(QLatin1String("published"));
    result.published = published.isBool()
                           ? published.toBool()
                           : object.value(QLatin1String("workflow_state")).toString() == QLatin1String("published");
    result.gradingType = object.value(QLatin1String("grading_type")).toString(QStringLiteral("points"));
    const QJsonValue postManually = object.value(QLatin1String("post_manually"));
    if (postManually.isBool()) {
        result.postManually = postManually.toBool();
    }
    result.htmlUrl = QUrl(object.value(QLatin1String("html_url")).toString());
    return result;
}

} // namespace GradeDesk::Services::CanvasJson
