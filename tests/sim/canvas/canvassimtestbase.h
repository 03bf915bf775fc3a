// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Canvas simulator self-tests: a seeded simulator, a real QNetworkAccessManager and
// small request helpers.

#include "tests/sim/canvas/canvassimulator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace GradeDesk::Tests {

inline const QByteArray TeacherToken = "teacher-token";
inline const QByteArray TaToken = "ta-token";
inline const QByteArray StudentToken = "student-token";

/// One finished reply, read completely.
struct SimReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonArray array() const;
    QJsonObject object() const;
    /// errors[0].message of a Canvas error body.
    QString firstError() const;
    /// rel -> URL, from the Link header.
    QHash<QString, QString> links() const;
};

/// Base of the simulator self-tests: setUpCourse() in init(), tearDown() in cleanup(). The course
/// has 25 demo students in two sections, "ps1" (published, 10 points), "ps2" (unpublished) and
/// three tokens: TeacherToken, TaToken and StudentToken (owned by the first student).
class CanvasSimTestBase : public QObject
{
protected:
    bool setUpCourse();
    void tearDown();

    SimReply send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                  const QByteArray &token = TeacherToken, const QList<std::pair<QByteArray, QByteArray>> &extra = {});

    SimReply get(const QString &pathOrUrl, const QByteArray &token = TeacherToken)
    {
        return send("GET", pathOrUrl, {}, token);
    }

    QString course(const QString &tail) const;
    QString gradesPath(qint64 assignment) const;
    /// Polls GET /progress/:id until it leaves queued/running (at most 10 polls).
    QJsonObject pollUntilDone(qint64 progressId);

    std::unique_ptr<CanvasSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<qint64> m_students;
    qint64 m_ps1 = 0;
    qint64 m_ps2 = 0;
};

} // namespace GradeDesk::Tests
