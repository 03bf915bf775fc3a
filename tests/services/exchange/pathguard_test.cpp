// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/exchange/pathguard.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

class PathGuardTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolveInside_data();
    void resolveInside();
    void resolveInside_missingRoot_isNotFound();
    void resolveInside_refusalNamesThePath();
    void checkPathComponent_data();
    void checkPathComponent();

private:
    QTemporaryDir m_root;
    QTemporaryDir m_outside;
    QString m_canonicalRoot;
};

void PathGuardTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_outside.isValid());
    m_canonicalRoot = QFileInfo(m_root.path()).canonicalFilePath();
    QDir root(m_root.path());
    QVERIFY(root.mkpath(QStringLiteral("submitted/alice/ps1")));
    QFile file(root.filePath(QStringLiteral("submitted/alice/ps1/problem1.ipynb")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir(m_outside.path()).mkpath(QStringLiteral("secret")));

    QVERIFY(QFile::link(root.filePath(QStringLiteral("submitted/alice")), root.filePath(QStringLiteral("alias"))));
    QVERIFY(QFile::link(m_outside.path(), root.filePath(QStringLiteral("submitted/mallory"))));
    QVERIFY(QFile::link(m_outside.path() + QStringLiteral("/secret"),
                        root.filePath(QStringLiteral("submitted/alice/ps1/escape"))));
    QVERIFY(QFile::link(QStringLiteral("/nonexistent/gradedesk-target"), root.filePath(QStringLiteral("dangling"))));
    // A relative link that climbs out of the root.
    QVERIFY(QFile::link(QStringLiteral("../../.."), root.filePath(QStringLiteral("submitted/alice/up"))));
}

void PathGuardTest::resolveInside_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // relative to the canonical root when ok

    QTest::newRow("plain existing file resolves") << QStringLiteral("submitted/alice/ps1/problem1.ipynb") << true
                                                  << QStringLiteral("submitted/alice/ps1/problem1.ipynb");
    QTest::newRow("missing file under existing folder is allowed for writing")
        << QStringLiteral("autograded/alice/ps1/new.ipynb") << true << QStringLiteral("autograded/alice/ps1/new.ipynb");
    QTest::newRow("empty path is the root itself") << QString() << true << QString();
    QTest::newRow("dot segments are removed")
        << QStringLiteral("./submitted/./alice") << true << QStringLiteral("submitted/alice");
    QTest::newRow("inner .. that stays inside is allowed")
        << QStringLiteral("submitted/alice/../alice/ps1") << true << QStringLiteral("submitted/alice/ps1");
    QTest::newRow("link to a folder inside the root is followed")
        << QStringLiteral("alias/ps1/problem1.ipynb") << true << QStringLiteral("submitted/alice/ps1/problem1.ipynb");
    QTest::newRow("leading .. escapes") << QStringLiteral("../etc/passwd") << false << QString();
    QTest::newRow("bare .. escapes") << QStringLiteral("..") << false << QString();
    QTest::newRow(".. hidden behind a folder escapes") << QStringLiteral("submitted/../../x") << false << QString();
    QTest::newRow("absolute path refused") << QStringLiteral("/etc/passwd") << false << QString();
    QTest::newRow("NUL byte refused") << QStringLiteral("submitted/a") + QChar(u'\0') + QStringLiteral("b") << false
                                      << QString();
    QTest::newRow("student folder linked outside refused")
        << QStringLiteral("submitted/mallory/ps1/x.ipynb") << false << QString();
    QTest::newRow("link to outside as last component refused")
        << QStringLiteral("submitted/alice/ps1/escape") << false << QString();
    QTest::newRow("relative link climbing out refused") << QStringLiteral("submitted/alice/up/x") << false << QString();
    QTest::newRow("dangling link refused") << QStringLiteral("dangling") << false << QString();
    QTest::newRow("file below a dangling link refused") << QStringLiteral("dangling/x.ipynb") << false << QString();
}

void PathGuardTest::resolveInside()
{
    QFETCH(QString, relative);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const Result<QString> result = GradeDesk::Services::resolveInside(m_root.path(), relative);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value(), expected.isEmpty() ? m_canonicalRoot : m_canonicalRoot + QLatin1Char('/') + expected);
    } else {
        QCOMPARE(result.error().kind, ServiceError::Kind::Security);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void PathGuardTest::resolveInside_missingRoot_isNotFound()
{
    const Result<QString> result =
        GradeDesk::Services::resolveInside(m_root.path() + QStringLiteral("/no-such-folder"), QStringLiteral("a"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::NotFound);
}

void PathGuardTest::resolveInside_refusalNamesThePath()
{
    const Result<QString> result =
        GradeDesk::Services::resolveInside(m_root.path(), QStringLiteral("submitted/mallory/ps1"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("submitted/mallory/ps1")),
             qPrintable(result.error().message));
    QVERIFY(result.error().detail.contains(QFileInfo(m_outside.path()).canonicalFilePath()));
}

void PathGuardTest::checkPathComponent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    QTest::newRow("hub user name") << QStringLiteral("bitdiddle") << true;
    QTest::newRow("email-like user name") << QStringLiteral("j.doe@example.edu") << true;
    QTest::newRow("inner dots are fine") << QStringLiteral("a..b") << true;
    QTest::newRow("non-ASCII letters are fine") << QStringLiteral("jürgen") << true;
    QTest::newRow("empty refused") << QString() << false;
    QTest::newRow("dot refused") << QStringLiteral(".") << false;
    QTest::newRow("dot-dot refused") << QStringLiteral("..") << false;
    QTest::newRow("dot-dot prefix refused") << QStringLiteral("..evil") << false;
    QTest::newRow("hidden folder refused") << QStringLiteral(".ipynb_checkpoints") << false;
    QTest::newRow("slash refused") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash refused") << QStringLiteral("a\\b") << false;
    QTest::newRow("NUL refused") << QStringLiteral("a") + QChar(u'\0') << false;
    QTest::newRow("newline refused") << QStringLiteral("a\nb") << false;
}

void PathGuardTest::checkPathComponent()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);

    const Result<void> result = GradeDesk::Services::checkPathComponent(name, QStringLiteral("student folder"));
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().kind, ServiceError::Kind::Security);
    }
}

QTEST_GUILESS_MAIN(PathGuardTest)
#include "pathguard_test.moc"
