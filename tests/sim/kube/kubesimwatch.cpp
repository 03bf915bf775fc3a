// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Watches: one chunked stream per watch, a JSON event per line, replayed from the store's history.

#include "tests/sim/http/simhttpstream.h"
#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimselectors.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

struct KubeSimWatchHub::Watcher {
    const KubeSimResource *resource = nullptr;
    QString ns;
    KubeSimLabelSelector labels;
    KubeSimFieldSelector fields;
    QPointer<SimHttpStream> stream;
    bool bookmarks = false;
    bool closed = false;
    std::unique_ptr<QTimer> timeout;

    bool matches(const QJsonObject &object) const
    {
        return !object.isEmpty() && (ns.isEmpty() || kNamespace(object) == ns) && labels.matches(kLabels(object)) &&
               fields.matches(object);
    }

    void send(const QString &type, const QJsonObject &object)
    {
        if (stream && !closed) {
            stream->write(
                QJsonDocument(QJsonObject{{u"type"_s, type}, {u"object"_s, object}}).toJson(QJsonDocument::Compact) +
                '\n');
        }
    }
};

KubeSimWatchHub::KubeSimWatchHub(KubeSimCore &core)
    : m_core(core)
{
    connect(&m_core.store, &KubeSimStore::changed, this, &KubeSimWatchHub::onChanged);
    auto *bookmarkTimer = new QTimer(this);
    connect(bookmarkTimer, &QTimer::timeout, this, [this, bookmarkTimer] {
        sendBookmarks();
        bookmarkTimer->setInterval(m_core.bookmarkInterval);
    });
    bookmarkTimer->start(m_core.bookmarkInterval);
}

KubeSimWatchHub::~KubeSimWatchHub() = default;

int KubeSimWatchHub::openCount() const
{
    return int(
        std::count_if(m_watchers.cbegin(), m_watchers.cend(), [](const auto &w) { return !w->closed && w->stream; }));
}

void KubeSimWatchHub::dropAll()
{
    QList<QPointer<SimHttpStream>> streams;
    for (const auto &watcher : m_watchers) {
        streams.append(watcher->stream);
    }
    for (const QPointer<SimHttpStream> &stream : std::as_const(streams)) {
        if (stream) {
            stream->drop();
        }
    }
}

SimHttpResponse KubeSimWatchHub::start(const KubeSimResource &resource, const QString &ns,
                                       const SimHttpRequest &request)
{
    QString error;
    auto labels = KubeSimLabelSelector::parse(request.queryValue(u"labelSelector"_s), &error);
    auto fields = KubeSimFieldSelector::parse(request.queryValue(u"fieldSelector"_s), resource, &error);
    if (!labels || !fields) {
        return kubeStatusResponse(400, u"BadRequest"_s, error);
    }
    const QString rvText = request.queryValue(u"resourceVersion"_s);
    bool rvOk = true;
    const qint64 rv = rvText.isEmpty() ? 0 : rvText.toLongLong(&rvOk);
    if (!rvOk) {
        return kubeStatusResponse(
            400, u"BadRequest"_s,
            u"resourceVersion: Invalid value: \"%1\": strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(rvText));
    }
    const bool fromNow = rvText.isEmpty() || rvText == "0"_L1;
    const std::optional<QList<KubeSimEvent>> replay = fromNow ? QList<KubeSimEvent>() : m_core.store.eventsAfter(rv);
    const QString expiredMessage =
        u"too old resource version: %1 (%2)"_s.arg(rvText).arg(m_core.store.currentResourceVersion());
    const bool expire = expireNext || !replay;
    if (expireNext && expirePlain) {
        expireNext = false;
        return kubeStatusResponse(410, u"Gone"_s, expiredMessage);
    }
    expireNext = false;

    SimHttpResponse response = SimHttpResponse::streamed(200, "application/json");
    response.setHeader("Cache-Control", "no-cache, private");
    auto watcher = std::make_unique<Watcher>();
    watcher->resource = &resource;
    watcher->ns = ns;
    watcher->labels = *labels;
    watcher->fields = *fields;
    watcher->stream = response.stream;
    watcher->bookmarks = request.queryValue(u"allowWatchBookmarks"_s) == "true"_L1 ||
                         request.queryValue(u"allowWatchBookmarks"_s) == "1"_L1;
    if (expire) {
        watcher->send(u"ERROR"_s, kubeStatus(410, u"Expired"_s, expiredMessage));
        response.stream->end();
        return response;
    }
    Watcher *raw = watcher.get();
    connect(response.stream, &SimHttpStream::closed, this, [this, raw] {
        raw->closed = true;
        QTimer::singleShot(0, this, [this] { std::erase_if(m_watchers, [](const auto &w) { return w->closed; }); });
    });
    if (fromNow) {
        for (const QJsonObject &object : m_core.store.list(resource, ns)) {
            if (raw->matches(object)) {
                raw->send(u"ADDED"_s, object);
            }
        }
    } else {
        for (const KubeSimEvent &event : *replay) {
            deliver(*raw, event);
        }
    }
    const qint64 timeoutSeconds = request.queryValue(u"timeoutSeconds"_s).toLongLong();
    if (timeoutSeconds > 0) {
        raw->timeout = std::make_unique<QTimer>();
        raw->timeout->setSingleShot(true);
        connect(raw->timeout.get(), &QTimer::timeout, this, [raw] {
            if (raw->stream) {
                raw->stream->end();
            }
        });
        raw->timeout->start(std::chrono::seconds(timeoutSeconds));
    }
    m_watchers.push_back(std::move(watcher));
    return response;
}

void KubeSimWatchHub::onChanged(const KubeSimEvent &event)
{
    for (const auto &watcher : m_watchers) {
        if (!watcher->closed && watcher->resource == event.resource) {
            deliver(*watcher, event);
        }
    }
}

void KubeSimWatchHub::deliver(Watcher &watcher, const KubeSimEvent &event)
{
    if (watcher.resource != event.resource) {
        return;
    }
    const bool before = event.type != "ADDED"_L1 && watcher.matches(event.previous);
    const bool after = event.type != "DELETED"_L1 && watcher.matches(event.object);
    if (before && after) {
        watcher.send(u"MODIFIED"_s, event.object);
    } else if (after) {
        watcher.send(u"ADDED"_s, event.object);
    } else if (before) {
        watcher.send(u"DELETED"_s, event.object);
    }
}

void KubeSimWatchHub::sendBookmarks()
{
    const QString rv = QString::number(m_core.store.currentResourceVersion());
    for (const auto &watcher : m_watchers) {
        if (watcher->bookmarks && !watcher->closed) {
            watcher->send(u"BOOKMARK"_s, {{u"kind"_s, watcher->resource->kind},
                                          {u"apiVersion"_s, watcher->resource->apiVersion()},
                                          {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, rv},
                                                                      {u"creationTimestamp"_s, QJsonValue::Null}}}});
        }
    }
}

} // namespace GradeDesk::Tests
