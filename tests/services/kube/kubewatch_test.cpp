// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simhttpstream.h"

#include <services/kube/kubeclient.h>
#include <services/kube/kubewatch.h>

#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

QByteArray eventLine(const QString &type, const QString &name, const QString &resourceVersion)
{
    const QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("resourceVersion"), resourceVersion}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), object}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

QByteArray errorLine(int code, const QString &reason, const QString &message)
{
    const QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                             {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("status"), QStringLiteral("Failure")},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("code"), code}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("type"), QStringLiteral("ERROR")}, {QStringLiteral("object"), status}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class KubeWatchTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void events_splitOnNewlinesAcrossChunks_data();
    void events_splitOnNewlinesAcrossChunks();
    void bookmark_updatesResourceVersion();
    void errorEvent410_isExpired();
    void http410_isExpired();
    void errorEventOtherCode_closesWithError();
    void garbageLine_closesWithParseError();
    void droppedStream_closesWithNetworkError();
    void httpError_closesWithStatusMessage();
    void tooManyRequests_isRetriedBeforeStreaming();
    void stop_closesCancelled();

private:
    KubeWatch *startWatch(KubeClient &client);
    std::unique_ptr<SimHttpServer> m_server;
    std::function<SimHttpResponse(const SimHttpRequest &)> m_handle;
    QList<SimHttpRequest> m_requests;
    QPointer<SimHttpStream> m_stream;
};

void KubeWatchTest::init()
{
    m_requests.clear();
    m_handle = [this](const SimHttpRequest &) {
        SimHttpResponse response = SimHttpResponse::streamed(200, "application/json");
        m_stream = response.stream;
        return response;
    };
    m_server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &request) {
        m_requests.append(request);
        return m_handle(request);
    });
    QVERIFY(m_server->listen());
}

void KubeWatchTest::cleanup()
{
    m_server.reset();
}

KubeWatch *KubeWatchTest::startWatch(KubeClient &client)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("resourceVersion"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    return client.watch(QStringLiteral("/api/v1/namespaces/grading/pods"), query);
}

static KubeContext simContext(const QUrl &server)
{
    KubeContext context;
    context.contextName = QStringLiteral("sim");
    context.ns = QStringLiteral("grading");
    context.server = server;
    context.auth.token = QStringLiteral("tok");
    return context;
}

void KubeWatchTest::events_splitOnNewlinesAcrossChunks_data()
{
    QTest::addColumn<int>("cut"); // where the second event is cut; < 0 counts from its end
    QTest::newRow("inside the JSON") << 17;
    QTest::newRow("right after the first byte") << 1;
    QTest::newRow("just before the newline") << -1;
    QTest::newRow("inside a multi-byte UTF-8 character") << -9;
    QTest::newRow("exactly at the line end (the next chunk starts a line)") << 0;
}

void KubeWatchTest::events_splitOnNewlinesAcrossChunks()
{
    QFETCH(int, cut);
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_VERIFY(m_stream);
    QCOMPARE(m_requests.first().queryValue(QStringLiteral("watch")), QStringLiteral("1"));
    QCOMPARE(m_requests.first().header("Authorization"), QByteArray("Bearer tok"));

    const QByteArray first = eventLine(QStringLiteral("ADDED"), QStringLiteral("p-0"), QStringLiteral("101"));
    const QByteArray second =
        eventLine(QStringLiteral("MODIFIED"), QStringLiteral("p-\u00e9\u00e8"), QStringLiteral("102"));
    const QByteArray third = eventLine(QStringLiteral("DELETED"), QStringLiteral("p-2"), QStringLiteral("103"));
    const qsizetype at = cut > 0 ? cut : cut < 0 ? second.size() + cut - 1 : second.size();
    m_stream->write(first + second.left(at));
    QTRY_COMPARE(events.size(), cut == 0 ? 2 : 1);
    m_stream->write(second.mid(at) + third.left(5));
    QTRY_COMPARE(events.size(), 2);
    m_stream->write(third.mid(5));
    QTRY_COMPARE(events.size(), 3);
    m_stream->end();
    QTRY_COMPARE(closed.size(), 1);

    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("ADDED"));
    QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("MODIFIED"));
    QCOMPARE(events.at(1)
                 .at(1)
                 .toJsonObject()
                 .value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("p-\u00e9\u00e8"));
    QCOMPARE(events.at(2).at(0).toString(), QStringLiteral("DELETED"));
    QVERIFY(!closed.first().first().value<std::optional<ServiceError>>().has_value());
}

void KubeWatchTest::bookmark_updatesResourceVersion()
{
    KubeClient client(simContext(m_server->baseUrl()));
    QPointer<KubeWatch> watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QTRY_VERIFY(m_stream);
    m_stream->write(eventLine(QStringLiteral("ADDED"), QStringLiteral("p"), QStringLiteral("7")));
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(watch->lastResourceVersion(), QStringLiteral("7"));
    m_stream->write(
        QByteArray("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"resourceVersion\":\"12\"}}}") +
        "\n\n");
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("BOOKMARK"));
    QCOMPARE(watch->lastResourceVersion(), QStringLiteral("12"));
    QCOMPARE(watch->eventCount(), 2);
    watch->stop();
}

void KubeWatchTest::errorEvent410_isExpired()
{
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy expired(watch, &KubeWatch::expired);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QSignalSpy destroyed(watch, &QObject::destroyed);
    QTRY_VERIFY(m_stream);
    m_stream->write(eventLine(QStringLiteral("ADDED"), QStringLiteral("p"), QStringLiteral("7")) +
                    errorLine(410, QStringLiteral("Expired"), QStringLiteral("too old resource version: 100 (200)")));
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(events.size(), 1);
    QTRY_COMPARE(destroyed.size(), 1);
    QCOMPARE(closed.size(), 0);
}

void KubeWatchTest::http410_isExpired()
{
    m_handle = [](const SimHttpRequest &) {
        SimHttpResponse response =
            SimHttpResponse::json(410, QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                                                 {QStringLiteral("code"), 410},
                                                                 {QStringLiteral("reason"), QStringLiteral("Gone")}}));
        return response;
    };
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy expired(watch, &KubeWatch::expired);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(closed.size(), 0);
}

void KubeWatchTest::errorEventOtherCode_closesWithError()
{
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QSignalSpy expired(watch, &KubeWatch::expired);
    QTRY_VERIFY(m_stream);
    m_stream->write(errorLine(500, QStringLiteral("InternalError"), QStringLiteral("etcd is sad")));
    QTRY_COMPARE(closed.size(), 1);
    const auto error = closed.first().first().value<std::optional<ServiceError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->httpStatus, 500);
    QVERIFY(error->message.contains(QLatin1String("etcd is sad")));
    QCOMPARE(expired.size(), 0);
}

void KubeWatchTest::garbageLine_closesWithParseError()
{
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_VERIFY(m_stream);
    m_stream->write(eventLine(QStringLiteral("ADDED"), QStringLiteral("p"), QStringLiteral("7")) +
                    "<html>oops</html>\n" +
                    eventLine(QStringLiteral("ADDED"), QStringLiteral("q"), QStringLiteral("8")));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(events.size(), 1); // nothing after the bad line is delivered
    const auto error = closed.first().first().value<std::optional<ServiceError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ServiceError::Kind::Parse);
}

void KubeWatchTest::droppedStream_closesWithNetworkError()
{
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_VERIFY(m_stream);
    m_stream->write(eventLine(QStringLiteral("ADDED"), QStringLiteral("p"), QStringLiteral("7")));
    QTRY_COMPARE(events.size(), 1);
    m_stream->drop();
    QTRY_COMPARE(closed.size(), 1);
    const auto error = closed.first().first().value<std::optional<ServiceError>>();
    QVERIFY(error.has_value());
    QVERIFY(error->kind == ServiceError::Kind::Network || error->kind == ServiceError::Kind::Timeout);
}

void KubeWatchTest::httpError_closesWithStatusMessage()
{
    m_handle = [](const SimHttpRequest &) {
        return SimHttpResponse::json(
            403,
            QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                      {QStringLiteral("code"), 403},
                                      {QStringLiteral("reason"), QStringLiteral("Forbidden")},
                                      {QStringLiteral("message"), QStringLiteral("pods is forbidden: cannot watch")}}));
    };
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_COMPARE(closed.size(), 1);
    const auto error = closed.first().first().value<std::optional<ServiceError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ServiceError::Kind::Auth);
    QVERIFY(error->message.contains(QLatin1String("cannot watch")));
}

void KubeWatchTest::tooManyRequests_isRetriedBeforeStreaming()
{
    int served = 0;
    m_handle = [this, &served](const SimHttpRequest &) {
        if (served++ == 0) {
            SimHttpResponse busy =
                SimHttpResponse::json(429, QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                                                     {QStringLiteral("code"), 429}}));
            busy.setHeader("Retry-After", "1");
            return busy;
        }
        SimHttpResponse response = SimHttpResponse::streamed(200, "application/json");
        m_stream = response.stream;
        return response;
    };
    KubeClient client(simContext(m_server->baseUrl()));
    client.setRetryPolicy(3, 1, 10);
    KubeWatch *watch = startWatch(client);
    QSignalSpy events(watch, &KubeWatch::event);
    QTRY_VERIFY(m_stream);
    m_stream->write(eventLine(QStringLiteral("ADDED"), QStringLiteral("p"), QStringLiteral("7")));
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(m_requests.size(), 2);
    QCOMPARE(client.requestCount(), 2);
    watch->stop();
}

void KubeWatchTest::stop_closesCancelled()
{
    KubeClient client(simContext(m_server->baseUrl()));
    KubeWatch *watch = startWatch(client);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QSignalSpy destroyed(watch, &QObject::destroyed);
    QTRY_VERIFY(m_stream);
    watch->stop();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().value<std::optional<ServiceError>>()->kind, ServiceError::Kind::Cancelled);
    QTRY_COMPARE(destroyed.size(), 1);
    QTRY_VERIFY(!m_stream || !m_stream->isOpen()); // the server sees the connection go
}

QTEST_GUILESS_MAIN(KubeWatchTest)
#include "kubewatch_test.moc"
