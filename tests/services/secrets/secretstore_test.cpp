// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/secrets/secretstore.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

// Keychain calls go over D-Bus to gnome-keyring; the machine may be busy with builds.
constexpr int waitMs = 20000;

} // namespace

class SecretStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFor_buildsKindHostAccount_data();
    void keyFor_buildsKindHostAccount();
    void isValidKey_data();
    void isValidKey();
    void invalidKey_failsWithValidationWithoutKeychain();
    void writeReadOverwriteRemove_roundTrip();
    void readMissingKey_reportsNotFound();
    void secretToolSeesItem_underServiceGradeDesk();
    void unavailableKeychain_reportsClearError();

private:
    bool m_expectNoKeychain = false;
    QString m_noKeyringReason;
};

// The result of `job`, taken inside its finished() slot (the job deletes itself right after).
static Result<QString> run(SecretJob *job, int *emissions = nullptr)
{
    Result<QString> result = ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("no answer"));
    int count = 0;
    QPointer<SecretJob> guard(job);
    QObject context;
    QObject::connect(job, &SecretJob::finished, &context, [&](SecretJob *finished) {
        ++count;
        result = finished->result();
    });
    // Waits for the emission and the job's self-deletion; a second emission before that is counted.
    if (!QTest::qWaitFor([&] { return count > 0 && guard.isNull(); }, waitMs)) {
        return ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("job did not finish and go away"));
    }
    if (emissions) {
        *emissions = count;
    }
    return result;
}

void SecretStoreTest::initTestCase()
{
    m_expectNoKeychain = qEnvironmentVariableIsSet("GRADEDESK_EXPECT_NO_KEYCHAIN");
    m_noKeyringReason = qEnvironmentVariable("GRADEDESK_NO_KEYRING");
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("secretstore_test"));
}

#define REQUIRE_KEYRING()                                                                                              \
    do {                                                                                                               \
        if (m_expectNoKeychain) {                                                                                      \
            QSKIP("this run checks the behaviour without a keychain");                                                 \
        }                                                                                                              \
        if (!m_noKeyringReason.isEmpty()) {                                                                            \
            QSKIP(qPrintable(m_noKeyringReason));                                                                      \
        }                                                                                                              \
    } while (false)

void SecretStoreTest::keyFor_buildsKindHostAccount_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("hub") << int(SecretStore::Kind::Hub) << QStringLiteral("hub:hub.example.edu:alice");
    QTest::newRow("canvas") << int(SecretStore::Kind::Canvas) << QStringLiteral("canvas:hub.example.edu:alice");
    QTest::newRow("kube") << int(SecretStore::Kind::Kube) << QStringLiteral("kube:hub.example.edu:alice");
    QTest::newRow("postgres") << int(SecretStore::Kind::Postgres) << QStringLiteral("postgres:hub.example.edu:alice");
}

void SecretStoreTest::keyFor_buildsKindHostAccount()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    const QString built =
        SecretStore::keyFor(SecretStore::Kind(kind), QStringLiteral("hub.example.edu"), QStringLiteral("alice"));
    QCOMPARE(built, key);
    QVERIFY(SecretStore::isValidKey(built));
}

void SecretStoreTest::isValidKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("kind, host, account") << QStringLiteral("hub:h.example.edu:alice") << true;
    QTest::newRow("host with a port") << QStringLiteral("postgres:db:5432:grader") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no account") << QStringLiteral("hub:h.example.edu:") << false;
    QTest::newRow("no host") << QStringLiteral("hub::alice") << false;
    QTest::newRow("only a kind") << QStringLiteral("hub") << false;
    QTest::newRow("unknown kind") << QStringLiteral("ftp:h:alice") << false;
    QTest::newRow("slash would nest a settings group") << QStringLiteral("hub:h/x:alice") << false;
    QTest::newRow("backslash") << QStringLiteral("hub:h\\x:alice") << false;
    QTest::newRow("control character") << QStringLiteral("hub:h:ali\nce") << false;
}

void SecretStoreTest::isValidKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(SecretStore::isValidKey(key), valid);
}

void SecretStoreTest::invalidKey_failsWithValidationWithoutKeychain()
{
    SecretStore store;
    int emissions = 0;
    const Result<QString> result = run(store.write(QStringLiteral("hub:../x"), QStringLiteral("s3cr3t")), &emissions);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::Validation);
    QVERIFY(!result.error().message.contains(QLatin1String("s3cr3t")));
    QCOMPARE(emissions, 1);
    QVERIFY(!store.storedKeys().contains(QStringLiteral("hub:../x")));
}

void SecretStoreTest::writeReadOverwriteRemove_roundTrip()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const QString key =
        SecretStore::keyFor(SecretStore::Kind::Hub, QStringLiteral("hub.example.edu"), QStringLiteral("alice"));
    const QString first = QStringLiteral("token-\u00e9\u6f22-\U0001F511-") + QString(4000, QLatin1Char('x'));
    const QString second = QStringLiteral("second token");

    int emissions = 0;
    Result<QString> result = run(store.write(key, first), &emissions);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(emissions, 1);
    QCOMPARE(store.storedKeys(), QStringList{key});
    // Only the name is in the settings, never the value.
    QSettings settings;
    settings.beginGroup(QLatin1String(SecretStore::settingsGroup));
    QCOMPARE(settings.value(key).toString(), QStringLiteral("true"));
    settings.endGroup();

    result = run(store.read(key));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), first);

    QVERIFY(run(store.write(key, second)).ok());
    result = run(store.read(key));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), second);

    result = run(store.remove(key), &emissions);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(emissions, 1);
    QVERIFY(store.storedKeys().isEmpty());
    result = run(store.read(key));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::NotFound);

    // Removing again is not an error: the secret is gone either way.
    QVERIFY(run(store.remove(key)).ok());
}

void SecretStoreTest::readMissingKey_reportsNotFound()
{
    REQUIRE_KEYRING();
    SecretStore store;
    const Result<QString> result = run(
        store.read(SecretStore::keyFor(SecretStore::Kind::Canvas, QStringLiteral("nowhere"), QStringLiteral("bob"))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(result.error().message.contains(QLatin1String("canvas:nowhere:bob")));
}

void SecretStoreTest::secretToolSeesItem_underServiceGradeDesk()
{
    REQUIRE_KEYRING();
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
        QSKIP("secret-tool is not installed (package libsecret-tools)");
    }
    SecretStore store;
    const QString key =
        SecretStore::keyFor(SecretStore::Kind::Kube, QStringLiteral("k8s.example.edu"), QStringLiteral("grader"));
    QVERIFY(run(store.write(key, QStringLiteral("kube-token"))).ok());
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("GradeDesk"), QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(waitMs));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), QStringLiteral("kube-token"));
    QVERIFY(run(store.remove(key)).ok());
}

void SecretStoreTest::unavailableKeychain_reportsClearError()
{
    if (!m_expectNoKeychain) {
        QSKIP("runs only as secretstore_nobus_test, without a session bus");
    }
    SecretStore store;
    store.setRetryDelay(10);
    QElapsedTimer timer;
    timer.start();
    const QString key = SecretStore::keyFor(SecretStore::Kind::Hub, QStringLiteral("h"), QStringLiteral("a"));
    const Result<QString> written = run(store.write(key, QStringLiteral("s3cr3t")));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ServiceError::Kind::Io);
    QVERIFY2(written.error().message.contains(QLatin1String("keychain is not available")),
             qPrintable(written.error().message));
    QVERIFY(!written.error().message.contains(QLatin1String("s3cr3t")));
    // No insecure fallback: nothing was recorded or written elsewhere.
    QVERIFY(store.storedKeys().isEmpty());
    const Result<QString> read = run(store.read(key));
    QVERIFY(!read.ok());
    QVERIFY(read.error().kind == ServiceError::Kind::Io || read.error().kind == ServiceError::Kind::NotFound);
    qInfo("keychain unavailable reported after %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "secretstore_test.moc"
