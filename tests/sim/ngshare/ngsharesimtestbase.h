// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the ngshare simulator self-tests: a seeded simulator, a real QNetworkAccessManager that
// never follows redirects, and small request helpers.

#include "tests/sim/ngshare/ngsharesimulator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace GradeDesk::Tests {

inline const QString AdminToken = QStringLiteral("root-token");
inline const QString InstructorToken = QStringLiteral("instr-token");
inline const QString AliceToken = QStringLiteral("alice-token");
inline const QString BobToken = QStringLiteral("bob-token");
inline const QString CourseId = QStringLiteral("course101");

using FormItems = QList<std::pair<QString, QString>>;

/// One finished reply, read completely.
struct NgReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const;
    QString message() const;
    bool success() const;
};

/// Base of the simulator self-tests: setUpCourse() in init(), tearDown() in cleanup(). Users: admin
/// "root", instructor "instr", students "alice" and "bob" (tokens above; "carol" has a token but no
/// course). Course "course101" has "ps1" released with ps1.ipynb and data/in.csv.
class NgshareSimTestBase : public QObject
{
protected:
    bool setUpCourse();
    void tearDown();

    /// `path` is below the prefix and already percent-encoded ("courses", "course/NBG%20101");
    /// a leading "/" makes it server-absolute ("/healthz"). An empty token sends no Authorization.
    NgReply send(const QByteArray &method, const QString &path, const QString &token, const FormItems &query = {},
                 const FormItems &form = {}, const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});

    NgReply get(const QString &path, const QString &token, const FormItems &query = {})
    {
        return send("GET", path, token, query);
    }

    NgReply post(const QString &path, const QString &token, const FormItems &form = {})
    {
        return send("POST", path, token, {}, form);
    }

    static QByteArray encodeForm(const FormItems &items);
    /// `[{"path": p, "content": base64(bytes)}, …]`.
    static QString filesJson(const QList<NgshareSimulator::File> &files);
    /// path -> (decoded content, checksum) of a `files` array.
    static QHash<QString, std::pair<QByteArray, QString>> decodeFiles(const QJsonArray &files);

    std::unique_ptr<NgshareSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace GradeDesk::Tests
