// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Self-test of the ngshare simulator's contract (/work/shared/specs/ngshare-api.md): the simulator
// refuses what ngshare refuses, in ngshare's order, with its status codes and bodies, and keeps its
// quirks. Faults, timing, mock/debug modes and seeding are in ngsharesimfaults_test.cpp.

#include "tests/sim/ngshare/ngsharesimtestbase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace GradeDesk::Tests;

namespace {

const QString Ps1Files = QStringLiteral("assignment/course101/ps1");

} // namespace

class NgshareSimTest final : public NgshareSimTestBase
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(setUpCourse()); }

    void cleanup() { tearDown(); }

    void courses_jsonAsHtmlInPythonLayout();
    void authentication_data();
    void authentication();
    void hubUser_namesTheTokenOwner();
    void permissions_data();
    void permissions();
    void routing_data();
    void routing();
    void release_refusesReReleaseBeforeCheckingFiles();
    void upload_data();
    void upload();
    void download_wrapsBase64AndComputesMd5();
    void submissions_severalPerStudentAndExactTimestamps();
    void feedback_data();
    void feedback();
    void feedback_downloadNeedsQueryTimestamp();
    void arguments_placementAndCleanup();
    void students_bulkAddReportsPerEntry();
    void deleteAssignment_removesSubmissionsAndFeedback();
};

void NgshareSimTest::courses_jsonAsHtmlInPythonLayout()
{
    m_sim->addCourse(QStringLiteral("Café"), {QStringLiteral("instr")});
    m_sim->addCourse(QStringLiteral("B course"), {QStringLiteral("instr")});
    const NgReply reply = get(QStringLiteral("courses"), InstructorToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("text/html; charset=UTF-8"));
    // Python's json.dumps: ", " and ": " separators, non-ASCII escaped, code point order.
    QCOMPARE(reply.body, QByteArray(R"({"success": true, "courses": ["B course", "Caf\u00e9", "course101"]})"));

    QCOMPARE(get(QStringLiteral("courses"), QStringLiteral("carol-token")).body,
             QByteArray(R"({"success": true, "courses": []})"));
    m_sim->addCourse(QStringLiteral("other"));
    QCOMPARE(get(QStringLiteral("courses"), AdminToken).object().value(QStringLiteral("courses")).toArray().size(), 4);
    QCOMPARE(get(QStringLiteral("/healthz"), QString()).body, QByteArray(R"({"success": true})"));
    QCOMPARE(get(QStringLiteral("healthz"), QString()).status, 200);
}

void NgshareSimTest::authentication_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyStart");

    QTest::newRow("no token, GET (A): redirect to the hub's OAuth")
        << QByteArray("GET") << QStringLiteral("courses") << QByteArray() << 302 << QByteArray();
    QTest::newRow("unknown token, POST (A): HTML 403")
        << QByteArray("POST") << QStringLiteral("course/new") << QByteArray("token nope") << 403
        << QByteArray("<html><title>403: Forbidden</title>");
    QTest::newRow("unknown token, DELETE (A): HTML 403")
        << QByteArray("DELETE") << QStringLiteral("course/course101") << QByteArray("token nope") << 403
        << QByteArray("<html><title>403: Forbidden</title>");
    QTest::newRow("scheme word unchecked: Bearer works")
        << QByteArray("GET") << QStringLiteral("courses") << QByteArray("Bearer instr-token") << 200
        << QByteArray(R"({"success": true)");
    QTest::newRow("six characters dropped blindly")
        << QByteArray("GET") << QStringLiteral("courses") << QByteArray("tok instr-token") << 302 << QByteArray();
    QTest::newRow("no token, unknown course first: JSON 404")
        << QByteArray("GET") << QStringLiteral("assignment/nope/ps1") << QByteArray() << 404
        << QByteArray(R"({"success": false, "message": "Course not found"})");
    QTest::newRow("no token, known course: 500 from the missing user")
        << QByteArray("GET") << Ps1Files << QByteArray() << 500
        << QByteArray("<html><title>500: Internal Server Error</title>");
    QTest::newRow("no token, student submissions: 500")
        << QByteArray("GET") << QStringLiteral("submissions/course101/ps1/alice") << QByteArray() << 500
        << QByteArray("<html>");
    QTest::newRow("no token, submit: 500") << QByteArray("POST") << QStringLiteral("submission/course101/ps1")
                                           << QByteArray() << 500 << QByteArray("<html>");
    QTest::newRow("?token= in the query never authenticates")
        << QByteArray("GET") << QStringLiteral("courses?token=instr-token") << QByteArray() << 302 << QByteArray();
}

void NgshareSimTest::authentication()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyStart);

    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    const NgReply reply = send(method, path, QString(), {}, {}, headers);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.body.startsWith(bodyStart), reply.body.constData());
    if (status == 302) {
        QVERIFY(reply.body.isEmpty());
        QVERIFY(reply.headers.value("location").startsWith("/hub/api/oauth2/authorize?client_id=service-ngshare&"));
    }
}

void NgshareSimTest::hubUser_namesTheTokenOwner()
{
    const NgReply mine = get(QStringLiteral("/hub/api/user"), AliceToken);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.object().value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
    const NgReply bad = get(QStringLiteral("/hub/api/user"), QStringLiteral("nope"));
    QCOMPARE(bad.status, 403);
    QCOMPARE(bad.body, QByteArray(R"({"status": 403, "message": "Forbidden"})"));
}

void NgshareSimTest::permissions_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<FormItems>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const FormItems names{{QStringLiteral("first_name"), QStringLiteral("F")},
                          {QStringLiteral("last_name"), QStringLiteral("L")},
                          {QStringLiteral("email"), QString()}};
    const QString denied = QStringLiteral("Permission denied");
    QTest::newRow("instructor cannot create a course")
        << QByteArray("POST") << QStringLiteral("course/new") << InstructorToken << FormItems{} << 403 << denied;
    QTest::newRow("admin: existing course") << QByteArray("POST") << QStringLiteral("course/course101") << AdminToken
                                            << FormItems{} << 409 << QStringLiteral("Course already exists");
    QTest::newRow("admin: instructors not JSON") << QByteArray("POST") << QStringLiteral("course/new") << AdminToken
                                                 << FormItems{{QStringLiteral("instructors"), QStringLiteral("[x")}}
                                                 << 400 << QStringLiteral("Instructors cannot be JSON decoded");
    QTest::newRow("permission checked before the course exists")
        << QByteArray("DELETE") << QStringLiteral("course/nope") << InstructorToken << FormItems{} << 403 << denied;
    QTest::newRow("course checked before permission")
        << QByteArray("GET") << QStringLiteral("students/nope") << AliceToken << FormItems{} << 404
        << QStringLiteral("Course not found");
    QTest::newRow("student cannot list students")
        << QByteArray("GET") << QStringLiteral("students/course101") << AliceToken << FormItems{} << 403 << denied;
    QTest::newRow("outsider cannot list assignments") << QByteArray("GET") << QStringLiteral("assignments/course101")
                                                      << QStringLiteral("carol-token") << FormItems{} << 403 << denied;
    QTest::newRow("instructor: names required in order")
        << QByteArray("POST") << QStringLiteral("instructor/course101/instr") << InstructorToken
        << FormItems{{QStringLiteral("last_name"), QStringLiteral("L")}} << 400
        << QStringLiteral("Please supply first name");
    QTest::newRow("instructor on a student: 400, not 403")
        << QByteArray("POST") << QStringLiteral("instructor/course101/alice") << InstructorToken << names << 400
        << QStringLiteral("Permission denied (cannot modify instructors)");
    QTest::newRow("instructor on a stranger: 400")
        << QByteArray("POST") << QStringLiteral("instructor/course101/zed") << InstructorToken << names << 400
        << QStringLiteral("Permission denied (cannot modify instructors)");
    QTest::newRow("instructor updates self") << QByteArray("POST") << QStringLiteral("instructor/course101/instr")
                                             << InstructorToken << names << 200 << QString();
    QTest::newRow("only admins remove instructors")
        << QByteArray("DELETE") << QStringLiteral("instructor/course101/instr") << InstructorToken << FormItems{} << 403
        << denied;
    QTest::newRow("admin: unknown instructor")
        << QByteArray("GET") << QStringLiteral("instructor/course101/alice") << AdminToken << FormItems{} << 404
        << QStringLiteral("Instructor not found");
    QTest::newRow("instructor as student refused")
        << QByteArray("POST") << QStringLiteral("student/course101/instr") << InstructorToken << names << 409
        << QStringLiteral("Cannot add instructor as student");
    QTest::newRow("student sees self") << QByteArray("GET") << QStringLiteral("student/course101/alice") << AliceToken
                                       << FormItems{} << 200 << QString();
    QTest::newRow("student cannot see another")
        << QByteArray("GET") << QStringLiteral("student/course101/bob") << AliceToken << FormItems{} << 403 << denied;
    QTest::newRow("student cannot release") << QByteArray("POST") << QStringLiteral("assignment/course101/ps2")
                                            << AliceToken << FormItems{} << 403 << denied;
    QTest::newRow("student cannot list all submissions")
        << QByteArray("GET") << QStringLiteral("submissions/course101/ps1") << AliceToken << FormItems{} << 403
        << denied;
    QTest::newRow("student lists own submissions")
        << QByteArray("GET") << QStringLiteral("submissions/course101/ps1/alice") << AliceToken << FormItems{} << 200
        << QString();
    QTest::newRow("student cannot download own submission")
        << QByteArray("GET") << QStringLiteral("submission/course101/ps1/alice") << AliceToken << FormItems{} << 403
        << denied;
    QTest::newRow("own-submissions list needs a current member")
        << QByteArray("GET") << QStringLiteral("submissions/course101/ps1/carol") << InstructorToken << FormItems{}
        << 404 << QStringLiteral("Student not found");
    QTest::newRow("download: assignment before student")
        << QByteArray("GET") << QStringLiteral("submission/course101/nope/carol") << InstructorToken << FormItems{}
        << 404 << QStringLiteral("Assignment not found");
    QTest::newRow("download: nothing submitted")
        << QByteArray("GET") << QStringLiteral("submission/course101/ps1/bob") << InstructorToken << FormItems{} << 404
        << QStringLiteral("Submission not found");
    QTest::newRow("outsider cannot submit") << QByteArray("POST") << QStringLiteral("submission/course101/ps1")
                                            << QStringLiteral("carol-token") << FormItems{} << 403 << denied;
}

void NgshareSimTest::permissions()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(FormItems, form);
    QFETCH(int, status);
    QFETCH(QString, message);

    const NgReply reply = send(method, path, token, {}, form);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("text/html; charset=UTF-8"));
    QCOMPARE(reply.success(), status == 200);
    if (!message.isEmpty()) {
        QCOMPARE(reply.message(), message);
    }
}

void NgshareSimTest::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray notFound = "<h1>404 Not Found</h1>\n";
    QTest::newRow("trailing slash") << QByteArray("GET") << QStringLiteral("courses/") << 404 << notFound;
    QTest::newRow("double slash") << QByteArray("GET") << QStringLiteral("/services/ngshare//courses") << 404
                                  << notFound;
    QTest::newRow("missing prefix") << QByteArray("GET") << QStringLiteral("/courses") << 404 << notFound;
    QTest::newRow("prefix without slash")
        << QByteArray("GET") << QStringLiteral("/services/ngshare") << 404 << notFound;
    QTest::newRow("another service name: the hub's redirect")
        << QByteArray("GET") << QStringLiteral("/services/ngshare2/healthz") << 302 << QByteArray();
    QTest::newRow("POST to an unknown path: 405") << QByteArray("POST") << QStringLiteral("nothing") << 405
                                                  << QByteArray("<html><title>405: Method Not Allowed</title>");
    QTest::newRow("PUT") << QByteArray("PUT") << QStringLiteral("courses") << 405 << QByteArray("<html>");
    QTest::newRow("DELETE on a GET-only handler")
        << QByteArray("DELETE") << QStringLiteral("courses") << 405 << QByteArray("<html>");
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QStringLiteral("courses") << 405 << QByteArray("<html>");
    QTest::newRow("HEAD") << QByteArray("HEAD") << QStringLiteral("courses") << 405 << QByteArray();
}

void NgshareSimTest::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    const NgReply reply = send(method, path, InstructorToken);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.body.startsWith(body), reply.body.constData());
}

void NgshareSimTest::release_refusesReReleaseBeforeCheckingFiles()
{
    const NgReply again = post(QStringLiteral("assignment/course101/ps1"), InstructorToken,
                               {{QStringLiteral("files"), QStringLiteral("not json")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.message(), QStringLiteral("Assignment already exists"));

    const QString files = filesJson({{QStringLiteral("a.ipynb"), QByteArray("{}")}});
    QCOMPARE(
        post(QStringLiteral("assignment/course101/ps2"), InstructorToken, {{QStringLiteral("files"), files}}).status,
        200);
    QCOMPARE(m_sim->assignments(CourseId), (QStringList{QStringLiteral("ps1"), QStringLiteral("ps2")}));
    QCOMPARE(get(QStringLiteral("assignments/course101"), AliceToken).body,
             QByteArray(R"({"success": true, "assignments": ["ps1", "ps2"]})"));
}

void NgshareSimTest::upload_data()
{
    QTest::addColumn<std::optional<QString>>("files");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("stored");

    QTest::newRow("missing") << std::optional<QString>() << 400 << QStringLiteral("Please supply files") << 0;
    QTest::newRow("not JSON") << std::optional<QString>(QStringLiteral("[{")) << 400
                              << QStringLiteral("Files cannot be JSON decoded") << 0;
    const QString illegal = QStringLiteral("Illegal path");
    const auto one = [](const QString &path, const QString &content = QStringLiteral("QUJD")) {
        return std::optional<QString>(QStringLiteral("[{\"path\": \"%1\", \"content\": \"%2\"}]").arg(path, content));
    };
    QTest::newRow("../x") << one(QStringLiteral("../x")) << 400 << illegal << 0;
    QTest::newRow("a/../b") << one(QStringLiteral("a/../b")) << 400 << illegal << 0;
    QTest::newRow("absolute") << one(QStringLiteral("/etc/passwd")) << 400 << illegal << 0;
    QTest::newRow("trailing slash") << one(QStringLiteral("dir/")) << 400 << illegal << 0;
    QTest::newRow("./a") << one(QStringLiteral("./a")) << 400 << illegal << 0;
    QTest::newRow("empty path") << one(QString()) << 400 << illegal << 0;
    QTest::newRow("null path is falsy: Illegal path")
        << std::optional<QString>(QStringLiteral(R"([{"path": null, "content": ""}])")) << 400 << illegal << 0;
    QTest::newRow("a//b accepted") << one(QStringLiteral("a//b")) << 200 << QString() << 1;
    QTest::newRow("backslash accepted") << one(QStringLiteral("a\\\\b")) << 200 << QString() << 1;
    QTest::newRow("duplicate paths both stored")
        << std::optional<QString>(QStringLiteral(R"([{"path": "a", "content": ""}, {"path": "a", "content": ""}])"))
        << 200 << QString() << 2;
    QTest::newRow("bad padding") << one(QStringLiteral("a"), QStringLiteral("QQ")) << 400
                                 << QStringLiteral("Content cannot be base64 decoded") << 0;
    QTest::newRow("non-alphabet skipped: @@@ is an empty file")
        << one(QStringLiteral("a"), QStringLiteral("@@@")) << 200 << QString() << 1;
    QTest::newRow("empty list") << std::optional<QString>(QStringLiteral("[]")) << 200 << QString() << 0;
    QTest::newRow("object, not list: 500")
        << std::optional<QString>(QStringLiteral(R"({"path": "a"})")) << 500 << QString() << 0;
    QTest::newRow("entry not an object: 500") << std::optional<QString>(QStringLiteral("[5]")) << 500 << QString() << 0;
    QTest::newRow("missing content: 500")
        << std::optional<QString>(QStringLiteral(R"([{"path": "a"}])")) << 500 << QString() << 0;
    QTest::newRow("numeric path: 500") << std::optional<QString>(QStringLiteral(R"([{"path": 5, "content": ""}])"))
                                       << 500 << QString() << 0;
    QTest::newRow("all or nothing: a later bad entry stores nothing")
        << std::optional<QString>(QStringLiteral(R"([{"path": "ok", "content": ""}, {"path": "..", "content": ""}])"))
        << 400 << illegal << 0;
}

void NgshareSimTest::upload()
{
    QFETCH(std::optional<QString>, files);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(int, stored);

    FormItems form{{QStringLiteral("dummy"), QStringLiteral("1")}};
    if (files) {
        form.append({QStringLiteral("files"), *files});
    }
    const NgReply reply = post(QStringLiteral("submission/course101/ps1"), AliceToken, form);
    QCOMPARE(reply.status, status);
    if (!message.isEmpty()) {
        QCOMPARE(reply.message(), message);
    }
    const QList<NgshareSimulator::Submission> submissions = m_sim->submissions(CourseId, QStringLiteral("ps1"));
    QCOMPARE(submissions.size(), status == 200 ? 1 : 0);
    if (status == 200) {
        QCOMPARE(submissions.first().files.size(), stored);
    }
}

void NgshareSimTest::download_wrapsBase64AndComputesMd5()
{
    QByteArray big(200, '\0');
    for (int i = 0; i < big.size(); ++i) {
        big[i] = static_cast<char>(i);
    }
    const QString files = QStringLiteral(R"([{"path": "big.bin", "content": "%1", "checksum": "ignored"},
                                              {"path": "empty.txt", "content": ""}])")
                              .arg(QString::fromLatin1(big.toBase64()));
    QCOMPARE(post(QStringLiteral("submission/course101/ps1"), AliceToken, {{QStringLiteral("files"), files}}).status,
             200);

    const NgReply reply = get(QStringLiteral("submission/course101/ps1/alice"), InstructorToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray tree = reply.object().value(QStringLiteral("files")).toArray();
    QCOMPARE(tree.size(), 2);
    const QString content = tree[0].toObject().value(QStringLiteral("content")).toString();
    QCOMPARE(content, QString::fromLatin1(NgshareSimulator::mimeBase64(big)));
    QCOMPARE(content.indexOf(u'\n'), 76);
    QVERIFY(content.endsWith(u'\n'));
    QCOMPARE(tree[0].toObject().value(QStringLiteral("checksum")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Md5).toHex()));
    QCOMPARE(tree[1].toObject().value(QStringLiteral("content")).toString(), QString());
    QCOMPARE(tree[1].toObject().value(QStringLiteral("checksum")).toString(),
             QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));
    QVERIFY(reply.body.contains("{\"path\": \"big.bin\", \"checksum\": \""));

    const NgReply listed = get(QStringLiteral("submission/course101/ps1/alice"), InstructorToken,
                               {{QStringLiteral("list_only"), QStringLiteral("true")}});
    QVERIFY(
        !listed.object().value(QStringLiteral("files")).toArray().at(0).toObject().contains(QStringLiteral("content")));
    const NgReply notTrue = get(Ps1Files, AliceToken, {{QStringLiteral("list_only"), QStringLiteral("True")}});
    QVERIFY(
        notTrue.object().value(QStringLiteral("files")).toArray().at(0).toObject().contains(QStringLiteral("content")));
    QCOMPARE(m_sim->fetchedBy(CourseId, QStringLiteral("ps1")), QStringList{QStringLiteral("alice")});
}

void NgshareSimTest::submissions_severalPerStudentAndExactTimestamps()
{
    const QString first = filesJson({{QStringLiteral("ps1.ipynb"), QByteArray("one")}});
    const QString second = filesJson({{QStringLiteral("ps1.ipynb"), QByteArray("two")}});
    const NgReply a = post(QStringLiteral("submission/course101/ps1"), AliceToken, {{QStringLiteral("files"), first}});
    const NgReply b = post(QStringLiteral("submission/course101/ps1"), AliceToken, {{QStringLiteral("files"), second}});
    QCOMPARE(
        post(QStringLiteral("submission/course101/ps1"), InstructorToken, {{QStringLiteral("files"), first}}).status,
        200);
    const QString t1 = a.object().value(QStringLiteral("timestamp")).toString();
    const QString t2 = b.object().value(QStringLiteral("timestamp")).toString();
    static const QRegularExpression format(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"));
    QVERIFY2(format.match(t1).hasMatch(), qPrintable(t1));
    QVERIFY(t1 < t2);

    // Every submission, instructors' included, in submission order.
    const QJsonArray all = get(QStringLiteral("submissions/course101/ps1"), InstructorToken)
                               .object()
                               .value(QStringLiteral("submissions"))
                               .toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[2].toObject().value(QStringLiteral("student_id")).toString(), QStringLiteral("instr"));
    QCOMPARE(get(QStringLiteral("submissions/course101/ps1/alice"), AliceToken)
                 .object()
                 .value(QStringLiteral("submissions"))
                 .toArray()
                 .size(),
             2);

    const auto contentOf = [this](const FormItems &query) {
        const NgReply reply = get(QStringLiteral("submission/course101/ps1/alice"), InstructorToken, query);
        return std::make_pair(reply.status, decodeFiles(reply.object().value(QStringLiteral("files")).toArray())
                                                .value(QStringLiteral("ps1.ipynb"))
                                                .first);
    };
    QCOMPARE(contentOf({}), std::make_pair(200, QByteArray("two")));
    QCOMPARE(contentOf({{QStringLiteral("timestamp"), t1}}), std::make_pair(200, QByteArray("one")));
    QCOMPARE(contentOf({{QStringLiteral("timestamp"), t1 + QStringLiteral(" UTC")}}).first, 404);
    QCOMPARE(contentOf({{QStringLiteral("timestamp"), QString(t1).replace(u' ', u'T')}}).first, 404);
    QCOMPARE(contentOf({{QStringLiteral("timestamp"), QString()}}), std::make_pair(200, QByteArray("two")));
}

void NgshareSimTest::feedback_data()
{
    QTest::addColumn<QString>("bodyTimestamp"); // "<none>": left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    // The seeded submission's key is "2026-11-22 23:30:50.373000".
    const QString stored = QStringLiteral("2026-11-22 23:30:50.373000");
    const QString incorrect = QStringLiteral("Time format incorrect");
    QTest::newRow("exact") << stored << 200 << QString();
    QTest::newRow("with UTC") << stored + QStringLiteral(" UTC") << 200 << QString();
    QTest::newRow("with gmt, any case") << stored + QStringLiteral(" gmt") << 200 << QString();
    QTest::newRow("parsed, so three fraction digits match")
        << QStringLiteral("2026-11-22 23:30:50.373") << 200 << QString();
    QTest::newRow("another time") << QStringLiteral("2026-11-22 23:30:50.37") << 404
                                  << QStringLiteral("Submission not found");
    QTest::newRow("ISO T") << QStringLiteral("2026-11-22T23:30:50.373000") << 400 << incorrect;
    QTest::newRow("no fraction") << QStringLiteral("2026-11-22 23:30:50") << 400 << incorrect;
    QTest::newRow("+0000") << stored + QStringLiteral("+0000") << 400 << incorrect;
    QTest::newRow("nbgrader's local zone") << stored + QStringLiteral(" America/Los_Angeles") << 400 << incorrect;
    QTest::newRow("impossible date") << QStringLiteral("2026-02-30 23:30:50.373000") << 400 << incorrect;
    QTest::newRow("missing") << QStringLiteral("<none>") << 400 << QStringLiteral("Please supply timestamp");
}

void NgshareSimTest::feedback()
{
    QFETCH(QString, bodyTimestamp);
    QFETCH(int, status);
    QFETCH(QString, message);

    const QDateTime when(QDate(2026, 11, 22), QTime(23, 30, 50, 373), Qt::UTC);
    const QString key = m_sim->addSubmission(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), {}, when);
    QCOMPARE(key, QStringLiteral("2026-11-22 23:30:50.373000"));
    m_sim->addSubmission(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), {}, when.addSecs(60));

    FormItems form{{QStringLiteral("files"), filesJson({{QStringLiteral("ps1.html"), QByteArray("<html>")}})}};
    if (bodyTimestamp != QLatin1String("<none>")) {
        form.append({QStringLiteral("timestamp"), bodyTimestamp});
    }
    const NgReply reply = post(QStringLiteral("feedback/course101/ps1/alice"), InstructorToken, form);
    QCOMPARE(reply.status, status);
    if (!message.isEmpty()) {
        QCOMPARE(reply.message(), message);
    }
    const QList<NgshareSimulator::File> stored =
        *m_sim->feedback(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), key);
    QCOMPARE(stored.size(), status == 200 ? 1 : 0);
    // Feedback belongs to that one submission only.
    QVERIFY(m_sim->submissions(CourseId, QStringLiteral("ps1")).at(1).feedback.isEmpty());
}

void NgshareSimTest::feedback_downloadNeedsQueryTimestamp()
{
    const QString key = m_sim->addSubmission(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"),
                                             {{QStringLiteral("ps1.ipynb"), QByteArray("x")}});
    const QString path = QStringLiteral("feedback/course101/ps1/alice");
    const NgReply none = get(path, AliceToken, {{QStringLiteral("timestamp"), key}});
    QCOMPARE(none.status, 200);
    QCOMPARE(none.body, QByteArray("{\"success\": true, \"files\": [], \"timestamp\": \"") + key.toLatin1() + "\"}");

    QVERIFY(m_sim->setFeedback(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), key,
                               {{QStringLiteral("ps1.html"), QByteArray("<p>8/10</p>")}}));
    const NgReply mine = get(path, AliceToken, {{QStringLiteral("timestamp"), key}});
    QCOMPARE(
        decodeFiles(mine.object().value(QStringLiteral("files")).toArray()).value(QStringLiteral("ps1.html")).first,
        QByteArray("<p>8/10</p>"));
    QCOMPARE(get(path, BobToken, {{QStringLiteral("timestamp"), key}}).status, 403);

    // The timestamp in a body does not count for GET feedback.
    const NgReply inBody = send("GET", path, AliceToken, {}, {{QStringLiteral("timestamp"), key}});
    QCOMPARE(inBody.status, 400);
    QCOMPARE(inBody.message(), QStringLiteral("Please supply timestamp"));

    // Uploading again replaces every feedback file of the submission.
    QCOMPARE(post(path, InstructorToken,
                  {{QStringLiteral("timestamp"), key},
                   {QStringLiteral("files"), filesJson({{QStringLiteral("other.html"), QByteArray("o")}})}})
                 .status,
             200);
    const QList<NgshareSimulator::File> replaced =
        *m_sim->feedback(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), key);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.first().path, QStringLiteral("other.html"));
}

void NgshareSimTest::arguments_placementAndCleanup()
{
    const QString files = filesJson({{QStringLiteral("ps1.ipynb"), QByteArray("{}")}});
    // `files` for a submission is read from the body only.
    const NgReply inQuery = send("POST", QStringLiteral("submission/course101/ps1"), AliceToken,
                                 {{QStringLiteral("files"), files}}, {{QStringLiteral("x"), QStringLiteral("1")}});
    QCOMPARE(inQuery.status, 400);
    QCOMPARE(inQuery.message(), QStringLiteral("Please supply files"));

    // A JSON body is not understood.
    const NgReply json = send("POST", QStringLiteral("submission/course101/ps1"), AliceToken, {}, {},
                              {{"Content-Type", "application/json"}});
    QCOMPARE(json.status, 400);

    // Values are trimmed and control characters become spaces.
    QCOMPARE(send("POST", QStringLiteral("student/course101/dave"), InstructorToken, {},
                  {{QStringLiteral("first_name"), QStringLiteral("  Da\x01ve \n")},
                   {QStringLiteral("last_name"), QString()},
                   {QStringLiteral("email"), QString()}})
                 .status,
             200);
    QCOMPARE(m_sim->students(CourseId).last().firstName, std::optional<QString>(QStringLiteral("Da ve")));

    // Query and body merge for most arguments; the body's value wins.
    QCOMPARE(send("POST", QStringLiteral("student/course101/erin"), InstructorToken,
                  {{QStringLiteral("first_name"), QStringLiteral("Query")}, {QStringLiteral("last_name"), QString()}},
                  {{QStringLiteral("first_name"), QStringLiteral("Body")}, {QStringLiteral("email"), QString()}})
                 .status,
             200);
    QCOMPARE(m_sim->students(CourseId).last().firstName, std::optional<QString>(QStringLiteral("Body")));
}

void NgshareSimTest::students_bulkAddReportsPerEntry()
{
    const QString path = QStringLiteral("students/course101");
    const auto bulk = [this, &path](const QString &json) {
        return post(path, InstructorToken, {{QStringLiteral("students"), json}});
    };
    QCOMPARE(bulk(QString()).message(), QStringLiteral("Please supply students"));
    QCOMPARE(bulk(QStringLiteral("[")).message(), QStringLiteral("Students cannot be JSON decoded"));
    QCOMPARE(bulk(QStringLiteral("{}")).message(), QStringLiteral("Incorrect request format"));
    QCOMPARE(bulk(QStringLiteral("[]")).message(), QStringLiteral("Please supply students"));
    const NgReply partial = bulk(QStringLiteral(
        R"([{"username": "s1", "first_name": "A", "last_name": "B", "email": "e"}, {"username": "s2"}])"));
    QCOMPARE(partial.status, 400);
    QCOMPARE(partial.message(), QStringLiteral("Incorrect request format"));
    QVERIFY(!m_sim->students(CourseId).constLast().username.startsWith(u's'));

    const NgReply reply = bulk(QStringLiteral(
        R"([{"username": "s1", "first_name": "A", "last_name": "B", "email": "e"},
            {"username": "instr", "first_name": "I", "last_name": "N", "email": ""}])"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray(R"({"success": true, "status": [{"username": "s1", "success": true}, )"
                                    R"({"username": "instr", "success": false, "message": )"
                                    R"("Cannot add instructor as student"}]})"));
    const NgReply listed = get(path, InstructorToken);
    QVERIFY(listed.body.contains(R"({"username": "bob", "first_name": null, "last_name": null, "email": null})"));
    QVERIFY(listed.body.contains(R"({"username": "s1", "first_name": "A", "last_name": "B", "email": "e"})"));
}

void NgshareSimTest::deleteAssignment_removesSubmissionsAndFeedback()
{
    const QString key = m_sim->addSubmission(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), {});
    QVERIFY(m_sim->setFeedback(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), key, {}));
    QCOMPARE(send("DELETE", Ps1Files, AliceToken).status, 403);
    QCOMPARE(send("DELETE", Ps1Files, InstructorToken).status, 200);
    QCOMPARE(send("DELETE", Ps1Files, InstructorToken).message(), QStringLiteral("Assignment not found"));
    QVERIFY(m_sim->submissions(CourseId, QStringLiteral("ps1")).isEmpty());
    // Released again under the same id, it starts with no submissions.
    QCOMPARE(post(Ps1Files, InstructorToken, {{QStringLiteral("files"), QStringLiteral("[]")}}).status, 200);
    QCOMPARE(get(QStringLiteral("submissions/course101/ps1"), InstructorToken).body,
             QByteArray(R"({"success": true, "submissions": []})"));
}

QTEST_GUILESS_MAIN(NgshareSimTest)
#include "ngsharesim_test.moc"
