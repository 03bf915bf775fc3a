// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchange.h"

#include "localexchange.h"

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

Result<std::unique_ptr<Exchange>> createExchange(const CourseConfig &config, Gradebook &gradebook)
{
    switch (config.exchange.kind) {
    case ExchangeConfig::Kind::Local:
        return std::unique_ptr<Exchange>(std::make_unique<LocalExchange>(config, gradebook));
    case ExchangeConfig::Kind::Ngshare:
        break;
    }
    return ServiceError::make(
        ServiceError::Kind::Unsupported,
        ExchangeText::tr("This version of GradeDesk cannot collect from ngshare yet. Use a local course folder "
                         "(exchange type \"local\") in the course settings."),
        QStringLiteral("exchange kind ngshare not implemented"));
}

} // namespace GradeDesk::Services
