// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchange.h"

#include "localexchange.h"
#include "ngshareexchange.h"

#include <services/config/courseconfig.h>

namespace GradeDesk::Services {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

} // namespace

ExchangeJob::ExchangeJob(QObject *parent)
    : QObject(parent)
{}

ExchangeJob::~ExchangeJob() = default;

void ExchangeJob::cancel()
{
    if (m_finished || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    emit cancelRequested();
}

void ExchangeJob::emitFinished()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished();
    deleteLater();
}

CollectJob::CollectJob(QObject *parent)
    : ExchangeJob(parent)
{}

CollectJob::~CollectJob() = default;

const Result<CollectReport> &CollectJob::result() const
{
    Q_ASSERT(m_result);
    return *m_result;
}

void CollectJob::finish(Result<CollectReport> result)
{
    if (isFinished()) {
        return;
    }
    m_result.emplace(std::move(result));
    emitFinished();
}

AssignmentListJob::AssignmentListJob(QObject *parent)
    : ExchangeJob(parent)
{}

AssignmentListJob::~AssignmentListJob() = default;

const Result<QStringList> &AssignmentListJob::result() const
{
    Q_ASSERT(m_result);
    return *m_result;
}

void AssignmentListJob::finish(Result<QStringList> result)
{
    if (isFinished()) {
        return;
    }
    m_result.emplace(std::move(result));
    emitFinished();
}

Exchange::Exchange(QObject *parent)
    : QObject(parent)
{}

Exchange::~Exchange() = default;

bool Exchange::supports(Feature) const
{
    return false;
}

template <typename T>
ExchangeTask<T> *Exchange::unsupported(const QString &what)
{
    auto *job = new ExchangeTask<T>(this);
    job->finishLater(ServiceError::make(
        ServiceError::Kind::Unsupported,
        ExchangeText::tr("A local course folder exchange cannot %1: students work from the course folder itself. "
                         "Use an ngshare exchange (exchange type \"ngshare\" in course.yaml) for that.")
            .arg(what),
        QStringLiteral("%1 not supported by this exchange").arg(what)));
    return job;
}

ExchangeTask<ExchangeReleaseReport> *Exchange::release(const QString &, const QString &, ReleaseMode)
{
    return unsupported<ExchangeReleaseReport>(ExchangeText::tr("release assignments"));
}

ExchangeTask<QList<ExchangePerson>> *Exchange::listStudents()
{
    return unsupported<QList<ExchangePerson>>(ExchangeText::tr("list students"));
}

ExchangeTask<QList<ExchangePersonStatus>> *Exchange::addStudents(const QList<ExchangePerson> &)
{
    return unsupported<QList<ExchangePersonStatus>>(ExchangeText::tr("add students"));
}

ExchangeTask<void> *Exchange::removeStudent(const QString &)
{
    return unsupported<void>(ExchangeText::tr("remove students"));
}

ExchangeTask<ExchangeFeedbackReport> *Exchange::releaseFeedback(const QString &, const QString &)
{
    return unsupported<ExchangeFeedbackReport>(ExchangeText::tr("release feedback"));
}

Result<std::unique_ptr<Exchange>> createExchange(const CourseConfig &config, Gradebook &gradebook,
                                                 QNetworkAccessManager *network)
{
    switch (config.exchange.kind) {
    case ExchangeConfig::Kind::Local:
        return std::unique_ptr<Exchange>(std::make_unique<LocalExchange>(config, gradebook));
    case ExchangeConfig::Kind::Ngshare:
        break;
    }
    if (const Result<void> secure = NgshareClient::checkUrl(NgshareClient::serviceUrl(config.exchange)); !secure) {
        return secure.error();
    }
    return std::unique_ptr<Exchange>(std::make_unique<NgshareExchange>(config, gradebook, network));
}

} // namespace GradeDesk::Services
