// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimtestbase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace GradeDesk::Tests {

QJsonArray SimReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QJsonObject SimReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QString SimReply::firstError() const
{
    return object()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QHash<QString, QString> SimReply::links() const
{
    QHash<QString, QString> result;
    static const QRegularExpression pattern(QStringLiteral("<([^>]*)>; rel=\"(\\w+)\""));
    auto it = pattern.globalMatch(QString::fromUtf8(headers.value("link")));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.insert(match.captured(2), match.captured(1));
    }
    return result;
}

bool CanvasSimTestBase::setUpCourse()
{
    m_sim = std::make_unique<CanvasSimulator>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_sim->setCourse(0, QStringLiteral("Course 101"), QStringLiteral("C101"), QStringLiteral("SIS-C101"));
    m_students = m_sim->seedDemoCourse(25, 2);
    m_ps1 = *m_sim->assignmentIdByName(QStringLiteral("ps1"));
    m_ps2 = *m_sim->assignmentIdByName(QStringLiteral("ps2"));
    m_sim->addToken(QString::fromLatin1(TeacherToken));
    m_sim->addToken(QString::fromLatin1(TaToken), CanvasSimulator::Role::Ta);
    m_sim->addToken(QString::fromLatin1(StudentToken), CanvasSimulator::Role::Student, m_students.first());
    return m_sim->start();
}

void CanvasSimTestBase::tearDown()
{
    m_nam.reset();
    m_sim.reset();
}

QString CanvasSimTestBase::course(const QString &tail) const
{
    return QStringLiteral("/api/v1/courses/") + QString::number(m_sim->courseId()) + tail;
}

QString CanvasSimTestBase::gradesPath(qint64 assignment) const
{
    return course(QStringLiteral("/assignments/") + QString::number(assignment) +
                  QStringLiteral("/submissions/update_grades"));
}

SimReply CanvasSimTestBase::send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                                 const QByteArray &token, const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    const QUrl url =
        pathOrUrl.startsWith(QStringLiteral("http")) ? QUrl(pathOrUrl) : QUrl(m_sim->baseUrl().toString() + pathOrUrl);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    for (const auto &[name, value] : extra) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        [&finished] { QVERIFY(finished.wait(10000)); }();
    }
    SimReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

QJsonObject CanvasSimTestBase::pollUntilDone(qint64 progressId)
{
    QJsonObject progress;
    for (int i = 0; i < 10; ++i) {
        progress = get(QStringLiteral("/api/v1/progress/") + QString::number(progressId)).object();
        const QString state = progress.value(QStringLiteral("workflow_state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running")) {
            break;
        }
    }
    return progress;
}

} // namespace GradeDesk::Tests
