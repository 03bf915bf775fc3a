// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/exchange/ngsharetree.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

QJsonObject entry(const QString &path, const QByteArray &content, const QString &checksum = {})
{
    // ngshare's download form: MIME base64, a newline every 76 characters and at the end.
    QByteArray mime;
    const QByteArray plain = content.toBase64();
    for (qsizetype i = 0; i < plain.size(); i += 76) {
        mime += plain.mid(i, 76) + '\n';
    }
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("content"), QString::fromLatin1(mime)},
                       {QStringLiteral("checksum"), checksum.isNull() ? NgshareTree::md5Hex(content) : checksum}};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class NgshareTreeTest final : public QObject
{
    Q_OBJECT

private slots:
    void sanitizePath_data();
    void sanitizePath();
    void decode_mimeBase64_verifiesMd5();
    void decode_badEntries_data();
    void decode_badEntries();
    void decode_duplicatePath_lastWinsWithWarning();
    void encode_strictBase64_refusesDuplicatesAndOddPaths();
    void readDirectory_skipsHiddenAndRefusesLinksOutside();
    void readDirectory_missingFolder_notFound();
};

void NgshareTreeTest::sanitizePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // null: refused

    QTest::newRow("plain file") << "ps1.ipynb"
                                << "ps1.ipynb";
    QTest::newRow("nested file") << "data/in.csv"
                                 << "data/in.csv";
    QTest::newRow("empty middle component is normalised") << "a//b"
                                                          << "a/b";
    QTest::newRow("hidden file allowed") << ".keep"
                                         << ".keep";
    QTest::newRow("unicode allowed") << QStringLiteral("r\u00e9sum\u00e9.ipynb")
                                     << QStringLiteral("r\u00e9sum\u00e9.ipynb");
    QTest::newRow("empty refused") << "" << QString();
    QTest::newRow("parent refused") << "../x" << QString();
    QTest::newRow("parent inside refused") << "a/../../x" << QString();
    QTest::newRow("dot component refused") << "./x" << QString();
    QTest::newRow("absolute refused") << "/etc/passwd" << QString();
    QTest::newRow("backslash refused") << "..\\x" << QString();
    QTest::newRow("drive letter refused") << "C:x" << QString();
    QTest::newRow("trailing slash refused") << "dir/" << QString();
    QTest::newRow("NUL refused") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b") << QString();
    QTest::newRow("newline refused") << "a\nb" << QString();
}

void NgshareTreeTest::sanitizePath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const Result<QString> clean = NgshareTree::sanitizePath(path);
    if (expected.isNull()) {
        QVERIFY(!clean.ok());
        QCOMPARE(clean.error().kind, ServiceError::Kind::Security);
    } else {
        QVERIFY2(clean.ok(), clean.ok() ? "" : qPrintable(clean.error().message));
        QCOMPARE(clean.value(), expected);
    }
}

void NgshareTreeTest::decode_mimeBase64_verifiesMd5()
{
    const QByteArray big(500, 'z');
    const QJsonArray files{entry(QStringLiteral("nb.ipynb"), big), entry(QStringLiteral("empty.txt"), QByteArray()),
                           entry(QStringLiteral("d//in.csv"), QByteArray("a,b\n1,2\n"))};
    QStringList warnings;
    const Result<QList<NgshareFile>> decoded = NgshareTree::decode(files, &warnings);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().detail));
    QCOMPARE(decoded.value().size(), 3);
    QCOMPARE(decoded.value().at(0).content, big);
    QCOMPARE(decoded.value().at(1).content, QByteArray());
    QCOMPARE(decoded.value().at(2).path, QStringLiteral("d/in.csv"));
    QVERIFY(warnings.isEmpty());
}

void NgshareTreeTest::decode_badEntries_data()
{
    QTest::addColumn<QJsonValue>("files");
    QTest::addColumn<int>("kind");

    const int parse = int(ServiceError::Kind::Parse);
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("[]")) << parse;
    QTest::newRow("entry not an object") << QJsonValue(QJsonArray{1}) << parse;
    QTest::newRow("missing checksum") << QJsonValue(
                                             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("a")},
                                                                    {QStringLiteral("content"), QString()}}})
                                      << parse;
    QTest::newRow("content not base64") << QJsonValue(QJsonArray{
                                               QJsonObject{{QStringLiteral("path"), QStringLiteral("a")},
                                                           {QStringLiteral("content"), QStringLiteral("@@@")},
                                                           {QStringLiteral("checksum"), NgshareTree::md5Hex({})}}})
                                        << parse;
    QTest::newRow("md5 mismatch") << QJsonValue(
                                         QJsonArray{entry(QStringLiteral("a"), "abc", NgshareTree::md5Hex("abd"))})
                                  << int(ServiceError::Kind::Validation);
    QTest::newRow("escaping path") << QJsonValue(QJsonArray{entry(QStringLiteral("../x"), "abc")})
                                   << int(ServiceError::Kind::Security);
}

void NgshareTreeTest::decode_badEntries()
{
    QFETCH(QJsonValue, files);
    QFETCH(int, kind);
    const Result<QList<NgshareFile>> decoded = NgshareTree::decode(files, nullptr);
    QVERIFY(!decoded.ok());
    QCOMPARE(int(decoded.error().kind), kind);
}

void NgshareTreeTest::decode_duplicatePath_lastWinsWithWarning()
{
    const QJsonArray files{entry(QStringLiteral("a.txt"), "one"), entry(QStringLiteral("b.txt"), "b"),
                           entry(QStringLiteral("a.txt"), "two")};
    QStringList warnings;
    const Result<QList<NgshareFile>> decoded = NgshareTree::decode(files, &warnings);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().size(), 2);
    QCOMPARE(decoded.value().at(0).content, QByteArray("two"));
    QCOMPARE(warnings.size(), 1);
}

void NgshareTreeTest::encode_strictBase64_refusesDuplicatesAndOddPaths()
{
    const Result<QByteArray> encoded =
        NgshareTree::encode({{QStringLiteral("a.ipynb"), QByteArray("hello?"), QString()},
                             {QStringLiteral("d/b.bin"), QByteArray(1, '\xff'), QString()}});
    QVERIFY(encoded.ok());
    const QJsonArray array = QJsonDocument::fromJson(encoded.value()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("aGVsbG8/"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("/w=="));

    QVERIFY(!NgshareTree::encode({{QStringLiteral("a"), {}, {}}, {QStringLiteral("a"), {}, {}}}).ok());
    QVERIFY(!NgshareTree::encode({{QStringLiteral("a//b"), {}, {}}}).ok());
    QVERIFY(!NgshareTree::encode({{QStringLiteral("../b"), {}, {}}}).ok());
}

void NgshareTreeTest::readDirectory_skipsHiddenAndRefusesLinksOutside()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString root = dir.filePath(QStringLiteral("release"));
    writeFile(root + QStringLiteral("/b.ipynb"), "{}");
    writeFile(root + QStringLiteral("/data/in.csv"), "1");
    writeFile(root + QStringLiteral("/.ipynb_checkpoints/b-checkpoint.ipynb"), "{}");
    writeFile(root + QStringLiteral("/.hidden"), "x");
    const Result<QList<NgshareFile>> files = NgshareTree::readDirectory(root);
    QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message));
    QCOMPARE(files.value().size(), 2);
    QCOMPARE(files.value().at(0).path, QStringLiteral("b.ipynb"));
    QCOMPARE(files.value().at(1).path, QStringLiteral("data/in.csv"));
    QCOMPARE(files.value().at(1).md5, NgshareTree::md5Hex("1"));

    writeFile(outside.filePath(QStringLiteral("secret")), "s");
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret")), root + QStringLiteral("/leak")));
    const Result<QList<NgshareFile>> refused = NgshareTree::readDirectory(root);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ServiceError::Kind::Security);
}

void NgshareTreeTest::readDirectory_missingFolder_notFound()
{
    QTemporaryDir dir;
    const Result<QList<NgshareFile>> files = NgshareTree::readDirectory(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!files.ok());
    QCOMPARE(files.error().kind, ServiceError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(NgshareTreeTest)
#include "ngsharetree_test.moc"
