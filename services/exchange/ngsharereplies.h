// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"
#include "ngshareclient.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

struct NgshareSubmission;

/// Shape checks for ngshare's success replies: every field is validated before it is used, and a
/// reply of the wrong shape is a Parse error naming the field.
class NgshareReplies final
{
    Q_DECLARE_TR_FUNCTIONS(NgshareReplies)

public:
    NgshareReplies() = delete;

    /// `key` holds a list of strings (courses, assignments).
    static Result<QStringList> strings(const NgshareReply &reply, const QString &key, const QString &request);
    /// `key` holds person records (null names become empty strings), sorted by username.
    static Result<QList<ExchangePerson>> people(const NgshareReply &reply, const QString &key, const QString &request);
    /// `submissions`: {student_id, timestamp} objects, in the server's order.
    static Result<QList<NgshareSubmission>> submissions(const NgshareReply &reply, const QString &request);
    /// `status` of a bulk student add.
    static Result<QList<ExchangePersonStatus>> statuses(const NgshareReply &reply, const QString &request);
    /// ngshare's timestamp form `YYYY-MM-DD HH:MM:SS.ffffff` (no zone), exactly.
    static bool isServerTimestamp(const QString &text);
};

} // namespace GradeDesk::Services
