// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/ngshare/ngsharesimtestbase.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace GradeDesk::Tests {

QJsonObject NgReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QString NgReply::message() const
{
    return object().value(QStringLiteral("message")).toString();
}

bool NgReply::success() const
{
    return object().value(QStringLiteral("success")).toBool();
}

bool NgshareSimTestBase::setUpCourse()
{
    m_sim = std::make_unique<NgshareSimulator>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_sim->addToken(AdminToken, QStringLiteral("root"), true);
    m_sim->addToken(InstructorToken, QStringLiteral("instr"));
    m_sim->addToken(AliceToken, QStringLiteral("alice"));
    m_sim->addToken(BobToken, QStringLiteral("bob"));
    m_sim->addToken(QStringLiteral("carol-token"), QStringLiteral("carol"));
    m_sim->addCourse(CourseId, {QStringLiteral("instr")});
    m_sim->addStudent(CourseId, {QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("Liddell"),
                                 QStringLiteral("alice@example.edu")});
    m_sim->addStudent(CourseId, {QStringLiteral("bob")});
    m_sim->releaseAssignment(CourseId, QStringLiteral("ps1"),
                             {{QStringLiteral("ps1.ipynb"), QByteArray("{\"cells\": []}")},
                              {QStringLiteral("data/in.csv"), QByteArray("a,b\n1,2\n")}});
    return m_sim->start();
}

void NgshareSimTestBase::tearDown()
{
    m_nam.reset();
    m_sim.reset();
}

QByteArray NgshareSimTestBase::encodeForm(const FormItems &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString NgshareSimTestBase::filesJson(const QList<NgshareSimulator::File> &files)
{
    QJsonArray array;
    for (const NgshareSimulator::File &file : files) {
        array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("content"), QString::fromLatin1(file.content.toBase64())}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QHash<QString, std::pair<QByteArray, QString>> NgshareSimTestBase::decodeFiles(const QJsonArray &files)
{
    QHash<QString, std::pair<QByteArray, QString>> out;
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        out.insert(file.value(QStringLiteral("path")).toString(),
                   {QByteArray::fromBase64(file.value(QStringLiteral("content")).toString().toLatin1()),
                    file.value(QStringLiteral("checksum")).toString()});
    }
    return out;
}

NgReply NgshareSimTestBase::send(const QByteArray &method, const QString &path, const QString &token,
                                 const FormItems &query, const FormItems &form,
                                 const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    QString url = path.startsWith(u'/') ? QString(m_sim->serverUrl().toString() + path)
                                        : QString(m_sim->baseUrl().toString() + u'/' + path);
    if (!query.isEmpty()) {
        url += u'?' + QString::fromLatin1(encodeForm(query));
    }
    QNetworkRequest request(QUrl(url, QUrl::StrictMode));
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "token " + token.toUtf8());
    }
    const QByteArray body = encodeForm(form);
    if (!form.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    for (const auto &[name, value] : extraHeaders) {
        request.setRawHeader(name, value);
    }
    // A custom "HEAD" would make QNetworkAccessManager wait for a body that never comes.
    QNetworkReply *reply = method == "HEAD" ? m_nam->head(request) : m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        [&finished] { QVERIFY(finished.wait(15000)); }();
    }
    NgReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

} // namespace GradeDesk::Tests
