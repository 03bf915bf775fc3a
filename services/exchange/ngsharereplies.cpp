// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngsharereplies.h"

#include "ngshareerrors.h"
#include "ngshareexchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

Result<QJsonArray> array(const NgshareReply &reply, const QString &key, const QString &request)
{
    const QJsonValue value = reply.json.value(key);
    if (!value.isArray()) {
        return NgshareErrors::badReply(request, QStringLiteral("\"%1\" is not a list").arg(key));
    }
    return value.toArray();
}

// A string, or "" for null (ngshare's unset names).
bool optionalString(const QJsonValue &value, QString &out)
{
    if (value.isNull() || value.isUndefined()) {
        out.clear();
        return true;
    }
    if (!value.isString()) {
        return false;
    }
    out = value.toString();
    return true;
}

} // namespace

Result<QStringList> NgshareReplies::strings(const NgshareReply &reply, const QString &key, const QString &request)
{
    const Result<QJsonArray> items = array(reply, key, request);
    if (!items) {
        return items.error();
    }
    QStringList out;
    for (const QJsonValue &item : items.value()) {
        if (!item.isString()) {
            return NgshareErrors::badReply(request,
                                           QStringLiteral("\"%1\" holds a value that is not a string").arg(key));
        }
        out.append(item.toString());
    }
    return out;
}

Result<QList<ExchangePerson>> NgshareReplies::people(const NgshareReply &reply, const QString &key,
                                                     const QString &request)
{
    const Result<QJsonArray> items = array(reply, key, request);
    if (!items) {
        return items.error();
    }
    QList<ExchangePerson> out;
    for (const QJsonValue &item : items.value()) {
        const QJsonObject object = item.toObject();
        ExchangePerson person;
        const QJsonValue username = object.value(QLatin1String("username"));
        if (!item.isObject() || !username.isString() ||
            !optionalString(object.value(QLatin1String("first_name")), person.firstName) ||
            !optionalString(object.value(QLatin1String("last_name")), person.lastName) ||
            !optionalString(object.value(QLatin1String("email")), person.email)) {
            return NgshareErrors::badReply(request, QStringLiteral("\"%1\" holds a malformed person record").arg(key));
        }
        person.username = username.toString();
        out.append(person);
    }
    std::sort(out.begin(), out.end(),
              [](const ExchangePerson &a, const ExchangePerson &b) { return a.username < b.username; });
    return out;
}

Result<QList<NgshareSubmission>> NgshareReplies::submissions(const NgshareReply &reply, const QString &request)
{
    const Result<QJsonArray> items = array(reply, QStringLiteral("submissions"), request);
    if (!items) {
        return items.error();
    }
    QList<NgshareSubmission> out;
    for (const QJsonValue &item : items.value()) {
        const QJsonValue student = item.toObject().value(QLatin1String("student_id"));
        const QJsonValue timestamp = item.toObject().value(QLatin1String("timestamp"));
        if (!student.isString() || !timestamp.isString()) {
            return NgshareErrors::badReply(request, QStringLiteral("a submission lacks student_id or timestamp"));
        }
        out.append({student.toString(), timestamp.toString()});
    }
    return out;
}

Result<QList<ExchangePersonStatus>> NgshareReplies::statuses(const NgshareReply &reply, const QString &request)
{
    const Result<QJsonArray> items = array(reply, QStringLiteral("status"), request);
    if (!items) {
        return items.error();
    }
    QList<ExchangePersonStatus> out;
    for (const QJsonValue &item : items.value()) {
        const QJsonObject object = item.toObject();
        const QJsonValue username = object.value(QLatin1String("username"));
        const QJsonValue success = object.value(QLatin1String("success"));
        if (!username.isString() || !success.isBool()) {
            return NgshareErrors::badReply(request, QStringLiteral("a status lacks username or success"));
        }
        out.append({username.toString(), success.toBool(), object.value(QLatin1String("message")).toString()});
    }
    return out;
}

bool NgshareReplies::isServerTimestamp(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
    return form.match(text).hasMatch();
}

} // namespace GradeDesk::Services
