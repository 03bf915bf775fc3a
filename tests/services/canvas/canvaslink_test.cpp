// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/canvas/canvaserrors.h>
#include <services/canvas/canvaslink.h>

#include <QTest>

using namespace GradeDesk::Services;

class CanvasLinkTest final : public QObject
{
    Q_OBJECT

private slots:
    void next_findsRelNext_data();
    void next_findsRelNext();
    void parse_readsEveryRel();
    void fromHttp_classifiesCanvasReplies_data();
    void fromHttp_classifiesCanvasReplies();
    void canvasMessage_readsEveryErrorShape_data();
    void canvasMessage_readsEveryErrorShape();
};

void CanvasLinkTest::next_findsRelNext_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("next");
    const QByteArray base = "https://canvas.example.edu/api/v1/courses/1/users";
    QTest::newRow("Canvas style: comma without space, no last")
        << QByteArray("<" + base + "?page=1&per_page=10>; rel=\"current\",<" + base +
                      "?page=2&per_page=10>; rel=\"next\",<" + base + "?page=1&per_page=10>; rel=\"first\"")
        << QString::fromLatin1(base + "?page=2&per_page=10");
    QTest::newRow("comma and space, next last")
        << QByteArray("<" + base + "?page=1>; rel=\"first\", <" + base + "?page=3>; rel=\"next\"")
        << QString::fromLatin1(base + "?page=3");
    QTest::newRow("opaque bookmark is taken as it is")
        << QByteArray("<" + base + "?page=bookmark:WzEyMzQ1XQ&per_page=100>; rel=\"next\"")
        << QString::fromLatin1(base + "?page=bookmark:WzEyMzQ1XQ&per_page=100");
    QTest::newRow("no next on the last page")
        << QByteArray("<" + base + "?page=3>; rel=\"current\",<" + base + "?page=1>; rel=\"first\"") << QString();
    QTest::newRow("unquoted rel and extra parameters")
        << QByteArray("<" + base + "?page=2>; title=\"x, y\"; rel=next") << QString::fromLatin1(base + "?page=2");
    QTest::newRow("several rels in one link")
        << QByteArray("<" + base + "?page=2>; rel=\"next last\"") << QString::fromLatin1(base + "?page=2");
    QTest::newRow("relative URL resolves against the request")
        << QByteArray("</api/v1/courses/1/users?page=2>; rel=\"next\"") << QString::fromLatin1(base + "?page=2");
    QTest::newRow("empty header") << QByteArray() << QString();
    QTest::newRow("unterminated bracket is ignored") << QByteArray("<" + base + "?page=2; rel=\"next\"") << QString();
    QTest::newRow("next named in a later link after a broken one")
        << QByteArray("garbage; rel=\"prev\",<" + base + "?page=5>; rel=\"next\"")
        << QString::fromLatin1(base + "?page=5");
}

void CanvasLinkTest::next_findsRelNext()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, next);
    const QUrl request(QStringLiteral("https://canvas.example.edu/api/v1/courses/1/users?per_page=10"));
    QCOMPARE(CanvasLink::next(header, request).toString(QUrl::FullyEncoded), next);
}

void CanvasLinkTest::parse_readsEveryRel()
{
    const QList<CanvasLink::Entry> entries =
        CanvasLink::parse("<https://c.example.edu/a?page=1>; rel=\"current\",<https://c.example.edu/a?page=9>; "
                          "rel=\"last\"",
                          QUrl(QStringLiteral("https://c.example.edu/a")));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).rels, QStringList{QStringLiteral("current")});
    QCOMPARE(entries.at(1).rels, QStringList{QStringLiteral("last")});
    QCOMPARE(entries.at(1).url, QUrl(QStringLiteral("https://c.example.edu/a?page=9")));
}

void CanvasLinkTest::fromHttp_classifiesCanvasReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("wwwAuthenticate");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<bool>("rateLimited");
    QTest::newRow("401 with WWW-Authenticate is the token")
        << 401 << QByteArray(R"({"errors":[{"message":"Invalid access token."}]})") << true << ServiceError::Kind::Auth
        << false;
    QTest::newRow("401 unauthorized without it is a permission")
        << 401 << QByteArray(R"({"status":"unauthorized","errors":[{"message":"user not authorized"}]})") << false
        << ServiceError::Kind::Http << false;
    QTest::newRow("403 with a JSON permission error is not throttling")
        << 403 << QByteArray(R"({"errors":[{"message":"forbidden"}]})") << false << ServiceError::Kind::Http << false;
    QTest::newRow("403 Rate Limit Exceeded is throttling")
        << 403 << QByteArray("403 Forbidden (Rate Limit Exceeded)\n") << false << ServiceError::Kind::Http << true;
    QTest::newRow("429 is throttling") << 429 << QByteArray() << false << ServiceError::Kind::Http << true;
    QTest::newRow("404 is not found") << 404
                                      << QByteArray(
                                             R"({"errors":[{"message":"The specified resource does not exist."}]})")
                                      << false << ServiceError::Kind::NotFound << false;
    QTest::newRow("500 is Canvas' problem")
        << 500 << QByteArray(R"({"errors":[{"message":"An error occurred."}],"error_report_id":7})") << false
        << ServiceError::Kind::Http << false;
}

void CanvasLinkTest::fromHttp_classifiesCanvasReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, wwwAuthenticate);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(bool, rateLimited);
    QCOMPARE(CanvasErrors::isRateLimited(status, body), rateLimited);
    const ServiceError error = CanvasErrors::fromHttp(status, body, wwwAuthenticate, QStringLiteral("GET /x"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.detail.startsWith(QLatin1String("GET /x")));
}

void CanvasLinkTest::canvasMessage_readsEveryErrorShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("errors list") << QByteArray(R"({"errors":[{"message":"a"},{"message":"b"}]})")
                                 << QStringLiteral("a; b");
    QTest::newRow("validation errors by field")
        << QByteArray(R"({"errors":{"name":[{"message":"blank"}]}})") << QStringLiteral("name: blank");
    QTest::newRow("message key") << QByteArray(R"({"message":"nope"})") << QStringLiteral("nope");
    QTest::newRow("status only") << QByteArray(R"({"status":"unauthorized"})") << QStringLiteral("unauthorized");
    QTest::newRow("plain text") << QByteArray("403 Forbidden (Rate Limit Exceeded)\n")
                                << QStringLiteral("403 Forbidden (Rate Limit Exceeded)");
    QTest::newRow("an HTML error page says nothing useful")
        << QByteArray("<html><body>Oops</body></html>") << QString();
}

void CanvasLinkTest::canvasMessage_readsEveryErrorShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(CanvasErrors::canvasMessage(body), message);
}

QTEST_GUILESS_MAIN(CanvasLinkTest)
#include "canvaslink_test.moc"
