// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <services/core/logging.h>

#include <QSettings>
#include <qt6keychain/keychain.h>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

// An operation still running after this long usually waits for an unlock prompt nobody sees.
constexpr int slowOperationMs = 5000;

const QStringList kindNames = {QStringLiteral("hub"), QStringLiteral("canvas"), QStringLiteral("kube"),
                               QStringLiteral("postgres")};

QString operationName(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Read:
        return QStringLiteral("read");
    case SecretJob::Operation::Write:
        return QStringLiteral("write");
    case SecretJob::Operation::Remove:
        return QStringLiteral("remove");
    }
    return QString();
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &key, const QString &secret, int retryDelayMs, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
    , m_secret(secret)
    , m_retryDelayMs(retryDelayMs)
    , m_result(ServiceError::make(ServiceError::Kind::Cancelled, QString(), QStringLiteral("not finished")))
{
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(slowOperationMs);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSecrets).noquote() << "keychain" << operationName(m_operation) << "of" << m_key
                                       << "is taking more than" << slowOperationMs / 1000
                                       << "s; is the keyring waiting to be unlocked?";
    });
}

void SecretJob::start()
{
    if (!SecretStore::isValidKey(m_key)) {
        finish(ServiceError::make(ServiceError::Kind::Validation,
                                  tr("\u201c%1\u201d is not a valid keychain key. This is a bug in GradeDesk; please "
                                     "report it.")
                                      .arg(m_key),
                                  QStringLiteral("invalid secret key '%1'").arg(m_key)));
        return;
    }
    ++m_attempt;
    const QString service = QString::fromLatin1(SecretStore::serviceName);
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service, this);
        writeJob->setTextData(m_secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    // No insecure fallback: secrets go to the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        onKeychainFinished(finished->error(), finished->errorString(), readJob ? readJob->textData() : QString());
    });
    m_slowTimer.start();
    job->start();
}

void SecretJob::onKeychainFinished(int error, const QString &errorString, const QString &text)
{
    m_slowTimer.stop();
    const QString detail = QStringLiteral("keychain %1 of %2: QKeychain error %3: %4")
                               .arg(operationName(m_operation), m_key)
                               .arg(error)
                               .arg(errorString);
    switch (error) {
    case QKeychain::NoError:
        finish(m_operation == Operation::Read ? text : QString());
        return;
    case QKeychain::EntryNotFound:
        if (m_operation == Operation::Remove) {
            finish(QString()); // removing what is not there is done already
        } else {
            finish(ServiceError::make(
                ServiceError::Kind::NotFound,
                tr("No secret is stored in the system keychain for %1. Enter it again.").arg(m_key), detail));
        }
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finish(ServiceError::make(ServiceError::Kind::Auth,
                                  tr("The system keychain refused access to the secret for %1. Unlock the keyring "
                                     "(or allow GradeDesk access) and try again.")
                                      .arg(m_key),
                                  detail));
        return;
    case QKeychain::NoBackendAvailable:
        if (m_attempt == 1) {
            // The Secret Service may still be starting with the desktop session.
            qCInfo(lcSecrets).noquote() << detail << "- retrying in" << m_retryDelayMs << "ms";
            QTimer::singleShot(m_retryDelayMs, this, &SecretJob::start);
            return;
        }
        break;
    default:
        break;
    }
    // OtherError, NoBackendAvailable twice, CouldNotDeleteEntry, NotImplemented: the keychain cannot be used.
    finish(ServiceError::make(ServiceError::Kind::Io,
                              tr("The system keychain is not available (%1), so GradeDesk cannot keep the secret "
                                 "for %2. Make sure a keyring such as GNOME Keyring or KWallet is running and "
                                 "unlocked in your session, then try again. GradeDesk never stores secrets "
                                 "anywhere else.")
                                  .arg(errorString, m_key),
                              detail));
}

void SecretJob::finish(const Result<QString> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_slowTimer.stop();
    m_secret.clear(); // keep the value in memory no longer than the operation
    m_result = result;
    if (!result.ok() && result.error().kind == ServiceError::Kind::NotFound) {
        qCInfo(lcSecrets).noquote() << result.error().detail; // normal before the first sign-in
    } else if (!result.ok()) {
        qCWarning(lcSecrets).noquote() << result.error().detail;
    }
    // Queued: a job that fails at once (invalid key) still answers after the caller connected.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(Kind kind, const QString &host, const QString &account)
{
    return kindNames.at(int(kind)) + QLatin1Char(':') + host + QLatin1Char(':') + account;
}

bool SecretStore::isValidKey(const QString &key)
{
    const qsizetype first = key.indexOf(QLatin1Char(':'));
    const qsizetype last = key.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first + 1 || last == key.size() - 1 || !kindNames.contains(key.left(first))) {
        return false;
    }
    return std::none_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control;
    });
}

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &key, const QString &secret)
{
    auto *job = new SecretJob(operation, key, secret, m_retryDelayMs, this);
    // Connected before the caller's slots, so the key list is current when they run.
    connect(job, &SecretJob::finished, this, &SecretStore::recordKey);
    QMetaObject::invokeMethod(job, &SecretJob::start, Qt::QueuedConnection);
    return job;
}

SecretJob *SecretStore::read(const QString &key)
{
    return createJob(SecretJob::Operation::Read, key, QString());
}

SecretJob *SecretStore::write(const QString &key, const QString &secret)
{
    return createJob(SecretJob::Operation::Write, key, secret);
}

SecretJob *SecretStore::remove(const QString &key)
{
    return createJob(SecretJob::Operation::Remove, key, QString());
}

void SecretStore::recordKey(const SecretJob *job)
{
    const bool stored = job->result().ok() && job->operation() == SecretJob::Operation::Write;
    const bool gone = (job->result().ok() && job->operation() == SecretJob::Operation::Remove) ||
                      (!job->result().ok() && job->result().error().kind == ServiceError::Kind::NotFound);
    if (!stored && !gone) {
        return;
    }
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    // Just a list of names: the value carries no meaning and never holds the secret.
    if (stored) {
        settings.setValue(job->key(), true);
    } else {
        settings.remove(job->key());
    }
}

QStringList SecretStore::storedKeys() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    QStringList keys = settings.childKeys();
    keys.sort();
    return keys;
}

} // namespace GradeDesk::Services
