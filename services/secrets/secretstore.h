// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace GradeDesk::Services {

/**
 * @brief One keychain operation; emits `finished(this)` exactly once, always from the event loop.
 *
 * Read `result()` in the slot connected to `finished`: the job deletes itself (deleteLater) right
 * after emitting it. For reads the value is the secret; for writes and removals it is empty.
 */
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Operation { Read, Write, Remove };

    const QString &key() const { return m_key; }

    Operation operation() const { return m_operation; }

    const Result<QString> &result() const { return m_result; }

signals:
    void finished(GradeDesk::Services::SecretJob *job);

private:
    friend class SecretStore;

    SecretJob(Operation operation, const QString &key, const QString &secret, int retryDelayMs, QObject *parent);
    void start();
    void onKeychainFinished(int error, const QString &errorString, const QString &text);
    void finish(const Result<QString> &result);

    Operation m_operation;
    QString m_key;
    QString m_secret;
    int m_retryDelayMs;
    int m_attempt = 0;
    bool m_done = false;
    QTimer m_slowTimer;
    Result<QString> m_result;
};

/**
 * @brief Tokens and passwords in the system keychain (Secret Service on Linux) through QtKeychain.
 *
 * Items live under the service name "GradeDesk" with the key `<kind>:<host>:<account>`, for example
 * `hub:hub.example.edu:alice` or `postgres:db.example.edu:grader`. There is no insecure fallback:
 * if the keychain cannot be used the operation fails with a message saying so, and nothing is
 * written anywhere else. QSettings group "secrets/keys" holds the key *names* written through this
 * class (never a value), so the app can list and clean up what it stored.
 *
 * Failures in `SecretJob::result()`:
 *  - Validation: the key is malformed (see `isValidKey`);
 *  - NotFound: reading a key that holds no secret;
 *  - Auth: the keychain refused access (locked, or the user said no);
 *  - Io: the keychain is unavailable (no Secret Service on the session bus, no bus at all, the
 *    keyring cannot be unlocked) or failed otherwise. "No backend" gets one delayed retry first,
 *    because the service may still be starting with the session.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Kind { Hub, Canvas, Kube, Postgres };

    static constexpr auto serviceName = "GradeDesk";
    static constexpr auto settingsGroup = "secrets/keys";

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// `<kind>:<host>:<account>` with kind hub, canvas, kube or postgres.
    static QString keyFor(Kind kind, const QString &host, const QString &account);
    /// A known kind, non-empty host and account, no "/", "\" or control characters (QSettings and
    /// the keychain both see the key).
    static bool isValidKey(const QString &key);

    SecretJob *read(const QString &key);
    SecretJob *write(const QString &key, const QString &secret);
    SecretJob *remove(const QString &key);

    /// Key names written through this class and not removed since, sorted.
    QStringList storedKeys() const;

    /// Delay before the one retry after "no backend available" (default 2000 ms).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    int retryDelay() const { return m_retryDelayMs; }

private:
    SecretJob *createJob(SecretJob::Operation operation, const QString &key, const QString &secret);
    void recordKey(const SecretJob *job);

    int m_retryDelayMs = 2000;
};

} // namespace GradeDesk::Services
