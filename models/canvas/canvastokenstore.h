// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace GradeDesk::Services {
class SecretStore;
}

namespace GradeDesk::Models {

/**
 * @brief Where the Canvas access token lives between sessions.
 *
 * The app uses CanvasKeychainTokenStore (the system keychain, nothing else); tests and harnesses
 * inject a CanvasMemoryTokenStore. Every operation is asynchronous: `done` runs once, from the
 * event loop, and only while `context` is alive.
 */
class CanvasTokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasTokenStore)

public:
    using ReadDone = std::function<void(const Services::Result<QString> &token)>;
    using WriteDone = std::function<void(const Services::Result<void> &result)>;

    ~CanvasTokenStore() override;

    /// NotFound when nothing is stored under `key`.
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &token, QObject *context, WriteDone done) = 0;
    /// Removing a key that holds nothing succeeds.
    virtual void remove(const QString &key, QObject *context, WriteDone done) = 0;

protected:
    explicit CanvasTokenStore(QObject *parent);
};

/// The system keychain through Services::SecretStore (no insecure fallback).
class CanvasKeychainTokenStore final : public CanvasTokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasKeychainTokenStore)

public:
    explicit CanvasKeychainTokenStore(QObject *parent = nullptr);
    ~CanvasKeychainTokenStore() override;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &token, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;

private:
    Services::SecretStore *m_store;
};

/// Tokens in memory only, gone with the object: for tests and demos, never for real courses.
class CanvasMemoryTokenStore final : public CanvasTokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasMemoryTokenStore)

public:
    explicit CanvasMemoryTokenStore(QObject *parent = nullptr);
    ~CanvasMemoryTokenStore() override;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &token, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;

    /// What is stored under `key` ("" when nothing), for tests.
    QString token(const QString &key) const { return m_tokens.value(key); }

    /// Makes every later operation fail with `error` (a locked or missing keychain); cleared with nullopt.
    void setFailure(std::optional<Services::ServiceError> error) { m_failure = std::move(error); }

private:
    QHash<QString, QString> m_tokens;
    std::optional<Services::ServiceError> m_failure;
};

} // namespace GradeDesk::Models
