// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastokenstore.h"

#include <services/secrets/secretstore.h>

#include <QPointer>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// Runs `call` from the event loop while `context` lives, as the keychain would.
void later(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

Result<void> withoutValue(const Result<QString> &result)
{
    if (!result) {
        return result.error();
    }
    return {};
}

} // namespace

CanvasTokenStore::CanvasTokenStore(QObject *parent)
    : QObject(parent)
{}

CanvasTokenStore::~CanvasTokenStore() = default;

CanvasKeychainTokenStore::CanvasKeychainTokenStore(QObject *parent)
    : CanvasTokenStore(parent)
    , m_store(new SecretStore(this))
{}

CanvasKeychainTokenStore::~CanvasKeychainTokenStore() = default;

void CanvasKeychainTokenStore::read(const QString &key, QObject *context, ReadDone done)
{
    SecretJob *job = m_store->read(key);
    connect(job, &SecretJob::finished, context,
            [done = std::move(done)](SecretJob *finished) { done(finished->result()); });
}

void CanvasKeychainTokenStore::write(const QString &key, const QString &token, QObject *context, WriteDone done)
{
    SecretJob *job = m_store->write(key, token);
    connect(job, &SecretJob::finished, context,
            [done = std::move(done)](SecretJob *finished) { done(withoutValue(finished->result())); });
}

void CanvasKeychainTokenStore::remove(const QString &key, QObject *context, WriteDone done)
{
    SecretJob *job = m_store->remove(key);
    connect(job, &SecretJob::finished, context, [done = std::move(done)](SecretJob *finished) {
        const Result<QString> &result = finished->result();
        // Forgetting a token that was never stored is what the user asked for.
        if (!result && result.error().kind == ServiceError::Kind::NotFound) {
            done(Result<void>());
            return;
        }
        done(withoutValue(result));
    });
}

CanvasMemoryTokenStore::CanvasMemoryTokenStore(QObject *parent)
    : CanvasTokenStore(parent)
{}

CanvasMemoryTokenStore::~CanvasMemoryTokenStore() = default;

void CanvasMemoryTokenStore::read(const QString &key, QObject *context, ReadDone done)
{
    Result<QString> result = m_failure ? Result<QString>(*m_failure)
                             : m_tokens.contains(key)
                                 ? Result<QString>(m_tokens.value(key))
                                 : Result<QString>(ServiceError::make(ServiceError::Kind::NotFound,
                                                                      tr("No Canvas token is stored for this course."),
                                                                      QStringLiteral("memory store: no %1").arg(key)));
    later(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void CanvasMemoryTokenStore::write(const QString &key, const QString &token, QObject *context, WriteDone done)
{
    Result<void> result;
    if (m_failure) {
        result = *m_failure;
    } else {
        m_tokens.insert(key, token);
    }
    later(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void CanvasMemoryTokenStore::remove(const QString &key, QObject *context, WriteDone done)
{
    Result<void> result;
    if (m_failure) {
        result = *m_failure;
    } else {
        m_tokens.remove(key);
    }
    later(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace GradeDesk::Models
