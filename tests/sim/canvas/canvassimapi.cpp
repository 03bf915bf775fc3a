// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimapi.h"

#include "tests/sim/http/simhttpserver.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <climits>

namespace GradeDesk::Tests {

namespace {

void flattenJson(const QString &prefix, const QJsonValue &value, QList<std::pair<QString, QString>> &out)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flattenJson(prefix.isEmpty() ? it.key() : prefix + u'[' + it.key() + u']', it.value(), out);
        }
        return;
    }
    case QJsonValue::Array:
        for (const QJsonValue element : value.toArray()) {
            flattenJson(prefix + QStringLiteral("[]"), element, out);
        }
        return;
    case QJsonValue::String:
        out.append({prefix, value.toString()});
        return;
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(LLONG_MIN);
        out.append({prefix, whole != LLONG_MIN ? QString::number(whole) : QString::number(value.toDouble(), 'g', 17)});
        return;
    }
    case QJsonValue::Bool:
        out.append({prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append({prefix, QStringLiteral("")});
        return;
    }
}

// multipart/form-data as `curl -F` sends it: only the name="..." of each part is kept.
QList<std::pair<QString, QString>> parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<std::pair<QString, QString>> items;
    const QByteArray delimiter = "--" + boundary;
    static const QRegularExpression namePattern(QStringLiteral("name=\"([^\"]*)\""));
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            break;
        }
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (headEnd < 0 || next < 0 || headEnd > next) {
            break;
        }
        const QString head = QString::fromUtf8(body.mid(pos, headEnd - pos));
        const QRegularExpressionMatch match = namePattern.match(head);
        if (match.hasMatch()) {
            items.append({match.captured(1), QString::fromUtf8(body.mid(headEnd + 4, next - headEnd - 4))});
        }
        pos = next + 2;
    }
    return items;
}

QList<std::pair<QString, QString>> parseBody(const SimHttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    if (type.startsWith("application/json")) {
        QList<std::pair<QString, QString>> items;
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (document.isObject()) {
            flattenJson(QString(), document.object(), items);
        }
        return items;
    }
    if (type.startsWith("multipart/form-data")) {
        const qsizetype at = type.indexOf("boundary=");
        if (at >= 0) {
            // The boundary is case-sensitive: take it from the original header.
            QByteArray boundary = request.header("Content-Type").mid(at + 9).trimmed();
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2) {
                boundary = boundary.mid(1, boundary.size() - 2);
            }
            return parseMultipart(request.body, boundary);
        }
        return {};
    }
    return simHttpDecodeForm(request.body);
}

QString queryWithoutToken(const SimHttpRequest &request)
{
    const qsizetype question = request.target.indexOf('?');
    if (question < 0) {
        return QString();
    }
    const QList<QByteArray> parts = request.target.mid(question + 1).split('&');
    QStringList kept;
    for (const QByteArray &part : parts) {
        if (!part.startsWith("access_token=") && part != "access_token") {
            kept.append(QString::fromUtf8(part));
        }
    }
    return kept.join(u'&');
}

// A body the client can only receive part of: what a dropped connection cuts short.
QByteArray filler()
{
    QByteArray body = "[";
    for (int i = 0; i < 64; ++i) {
        body += "{\"id\":" + QByteArray::number(i) + ",\"padding\":\"xxxxxxxxxxxxxxxx\"},";
    }
    body.chop(1);
    return body + "]";
}

} // namespace

QString SimCall::formValue(const QString &key) const
{
    for (const auto &[k, v] : form) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

bool SimCall::hasForm(const QString &key) const
{
    return std::any_of(form.cbegin(), form.cend(), [&key](const auto &item) { return item.first == key; });
}

CanvasSimulator::Api::Api(CanvasSimulator *simulator, State &state)
    : m_simulator(simulator)
    , m_state(state)
{
    const auto add = [this](const char *method, const QString &path, Handler handler, bool needsCourse = true) {
        m_routes.append({QByteArray(method), path.split(u'/', Qt::SkipEmptyParts),
                         QString::fromLatin1(method) + QStringLiteral(" /api/v1/") + path, handler, needsCourse});
    };
    add("GET", QStringLiteral("users/self"), &Api::getSelf, false);
    add("GET", QStringLiteral("courses/:course_id"), &Api::getCourse);
    add("GET", QStringLiteral("courses/:course_id/users"), &Api::listUsers);
    add("GET", QStringLiteral("courses/:course_id/enrollments"), &Api::listEnrollments);
    add("GET", QStringLiteral("sections/:section_id/enrollments"), &Api::listEnrollments);
    add("GET", QStringLiteral("courses/:course_id/sections"), &Api::listSections);
    add("GET", QStringLiteral("courses/:course_id/assignments"), &Api::listAssignments);
    add("POST", QStringLiteral("courses/:course_id/assignments"), &Api::createAssignment);
    add("GET", QStringLiteral("courses/:course_id/assignments/:assignment_id"), &Api::getAssignment);
    add("PUT", QStringLiteral("courses/:course_id/assignments/:assignment_id"), &Api::updateAssignment);
    add("GET", QStringLiteral("courses/:course_id/assignments/:assignment_id/submissions"), &Api::listSubmissions);
    add("POST", QStringLiteral("courses/:course_id/assignments/:assignment_id/submissions/update_grades"),
        &Api::updateGrades);
    add("POST", QStringLiteral("sections/:section_id/assignments/:assignment_id/submissions/update_grades"),
        &Api::updateGrades);
    add("GET", QStringLiteral("courses/:course_id/assignments/:assignment_id/submissions/:user_id"),
        &Api::getSubmission);
    add("PUT", QStringLiteral("courses/:course_id/assignments/:assignment_id/submissions/:user_id"),
        &Api::putSubmission);
    add("GET", QStringLiteral("progress/:progress_id"), &Api::getProgress, false);
    add("POST", QStringLiteral("progress/:progress_id/cancel"), &Api::cancelProgress, false);
}

CanvasSimulator::Api::~Api() = default;

QUrl CanvasSimulator::Api::baseUrl() const
{
    return m_simulator->baseUrl();
}

const CanvasSimulator::Api::Route *CanvasSimulator::Api::match(const SimHttpRequest &request,
                                                               QHash<QString, QString> &params) const
{
    QString path = request.path;
    if (path.endsWith(QStringLiteral(".json"))) {
        path.chop(5); // Rails accepts a format suffix.
    }
    if (!path.startsWith(QStringLiteral("/api/v1/"))) {
        return nullptr;
    }
    const QStringList segments = path.mid(8).split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.method != request.method || route.segments.size() != segments.size()) {
            continue;
        }
        QHash<QString, QString> captured;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &expected = route.segments[i];
            if (expected.startsWith(u':')) {
                captured.insert(expected.mid(1), segments[i]);
            } else {
                ok = expected == segments[i];
            }
        }
        if (ok) {
            params = captured;
            return &route;
        }
    }
    return nullptr;
}

SimHttpResponse CanvasSimulator::Api::handle(const SimHttpRequest &request)
{
    const qsizetype logIndex = m_state.log.size();
    m_state.log.append({request.method, request.path, queryWithoutToken(request), QString(), 0, request.body,
                        QDateTime::currentDateTimeUtc()});
    const auto finish = [this, logIndex, &request](SimHttpResponse response) {
        const bool answered = response.fault == SimHttpResponse::Fault::None;
        const int status = answered ? response.status : 0;
        m_state.log[logIndex].status = status;
        response.delay = m_state.latency;
        Q_EMIT m_simulator->requestHandled(request.method, request.path, status);
        return response;
    };

    std::optional<SimConnectionFault> fault;
    for (qsizetype i = 0; i < m_state.connectionFaults.size(); ++i) {
        const SimConnectionFault &candidate = m_state.connectionFaults[i];
        if ((candidate.method.isEmpty() || candidate.method == request.method) &&
            request.path.contains(candidate.pathContains)) {
            fault = m_state.connectionFaults.takeAt(i);
            break;
        }
    }
    const auto applyFault = [&fault](SimHttpResponse &response) {
        if (fault->afterBodyBytes < 0) {
            response.fault = SimHttpResponse::Fault::CloseWithoutReply;
        } else {
            response.fault = SimHttpResponse::Fault::DropMidBody;
            response.dropAfterBodyBytes = fault->afterBodyBytes;
        }
    };

    QHash<QString, QString> params;
    const Route *route = match(request, params);
    m_state.log[logIndex].route = route ? route->name : QString();
    m_state.routeCounts[route ? route->name : QStringLiteral("(unknown)")] += 1;

    if (fault && (fault->hang || !fault->processFirst)) {
        SimHttpResponse response = SimHttpResponse::json(200, QJsonDocument::fromJson(filler()));
        if (fault->hang) {
            response.fault = SimHttpResponse::Fault::Hang;
        } else {
            applyFault(response);
        }
        return finish(response);
    }
    if (m_state.failNext > 0) {
        --m_state.failNext;
        return finish(canvasInternalError(m_state.failNextStatus, ++m_state.errorReportId));
    }
    if (!route) {
        return finish(canvasNotFound());
    }

    SimCall call{request, nullptr, params, parseBody(request)};
    SimHttpResponse response = process(call, *route);
    if (fault) {
        applyFault(response);
    }
    return finish(response);
}

SimHttpResponse CanvasSimulator::Api::process(SimCall &call, const Route &route)
{
    if (std::optional<SimHttpResponse> refused = authenticate(call)) {
        return *refused;
    }
    SimToken &token = *call.token;
    if (chargeAndCheckThrottle(token)) {
        ++m_state.throttled;
        SimHttpResponse response =
            SimHttpResponse::text(m_state.throttleStatus, QByteArrayLiteral("403 Forbidden (Rate Limit Exceeded)\n"));
        response.setHeader("X-Request-Cost", "0");
        response.setHeader("X-Rate-Limit-Remaining",
                           QByteArray::number(m_state.throttle.highWaterMark - token.bucket.level, 'f', 3));
        return response;
    }
    SimHttpResponse response;
    if (route.needsCourse && !resolveContext(call)) {
        response = canvasNotFound();
    } else {
        response = (this->*route.handler)(call);
    }
    finishCharge(token, response, m_state.throttle.requestCost + call.extraCost);
    return response;
}

std::optional<SimHttpResponse> CanvasSimulator::Api::authenticate(SimCall &call)
{
    const auto refuse = [](const QString &message, bool unauthenticated) {
        SimHttpResponse response = canvasErrors(401, message);
        if (unauthenticated) {
            QJsonObject body = QJsonDocument::fromJson(response.body).object();
            body.insert(QStringLiteral("status"), QStringLiteral("unauthenticated"));
            response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"canvas-lms\"");
        return response;
    };
    QString token;
    const QByteArray authorization = call.request.header("Authorization");
    if (authorization.size() > 7 && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    } else if (call.request.hasQueryItem(QStringLiteral("access_token"))) {
        token = call.request.queryValue(QStringLiteral("access_token"));
    }
    if (token.isEmpty()) {
        return refuse(QStringLiteral("user authorization required"), true);
    }
    const auto it = m_state.tokens.find(token);
    if (it == m_state.tokens.end()) {
        return refuse(QStringLiteral("Invalid access token."), false);
    }
    switch (it->state) {
    case TokenState::Expired:
        return refuse(QStringLiteral("Expired access token."), false);
    case TokenState::Revoked:
        return refuse(QStringLiteral("Revoked access token."), false);
    case TokenState::Valid:
        break;
    }
    call.token = &*it;
    return std::nullopt;
}

void CanvasSimulator::Api::leak(SimBucket &bucket, qint64 nowNs) const
{
    for (qsizetype i = bucket.refunds.size() - 1; i >= 0; --i) {
        if (bucket.refunds[i].first <= nowNs) {
            bucket.level -= bucket.refunds[i].second;
            bucket.refunds.removeAt(i);
        }
    }
    const double elapsed = static_cast<double>(nowNs - bucket.touchedNs) / 1e9;
    bucket.level = std::max(0.0, bucket.level - elapsed * m_state.throttle.outflowPerSecond);
    bucket.touchedNs = nowNs;
}

bool CanvasSimulator::Api::chargeAndCheckThrottle(SimToken &token)
{
    const qint64 now = m_state.clock.nsecsElapsed();
    leak(token.bucket, now);
    if (m_state.throttleNext > 0) {
        --m_state.throttleNext;
        return true;
    }
    if (!m_state.throttle.enabled) {
        return false;
    }
    if (token.bucket.level >= m_state.throttle.highWaterMark) {
        return true;
    }
    // The pre-flight charge stays while the request is "in flight" (its latency), then is refunded.
    token.bucket.level = std::min(m_state.throttle.bucketMaximum, token.bucket.level + m_state.throttle.upFrontCost);
    const qint64 replyAt = now + std::chrono::duration_cast<std::chrono::nanoseconds>(m_state.latency).count();
    token.bucket.refunds.append({replyAt, m_state.throttle.upFrontCost});
    return false;
}

void CanvasSimulator::Api::finishCharge(SimToken &token, SimHttpResponse &response, double cost)
{
    response.setHeader("X-Request-Cost", QByteArray::number(cost, 'f', 4));
    if (!m_state.throttle.enabled) {
        return;
    }
    token.bucket.level = std::min(m_state.throttle.bucketMaximum, token.bucket.level + cost);
    // As the client sees it once this request's own pre-flight charge is refunded.
    const double remaining = m_state.throttle.highWaterMark - (token.bucket.level - m_state.throttle.upFrontCost);
    response.setHeader("X-Rate-Limit-Remaining", QByteArray::number(remaining, 'f', 3));
}

bool CanvasSimulator::Api::resolveContext(SimCall &call)
{
    if (call.params.contains(QStringLiteral("section_id"))) {
        const QString key = call.params.value(QStringLiteral("section_id"));
        for (const SimSection &section : std::as_const(m_state.sections)) {
            const bool bySis = key.startsWith(QStringLiteral("sis_section_id:")) && !section.sisSectionId.isEmpty() &&
                               key.mid(15) == section.sisSectionId;
            if (bySis || key == QString::number(section.id)) {
                call.sectionId = section.id;
                call.courseId = m_state.courseId();
                return true;
            }
        }
        return false;
    }
    const QString key = call.params.value(QStringLiteral("course_id"));
    const bool bySis = key.startsWith(QStringLiteral("sis_course_id:")) && !m_state.course.sisCourseId.isEmpty() &&
                       key.mid(14) == m_state.course.sisCourseId;
    if (bySis || key == QString::number(m_state.courseId())) {
        call.courseId = m_state.courseId();
        return true;
    }
    return false;
}

} // namespace GradeDesk::Tests
