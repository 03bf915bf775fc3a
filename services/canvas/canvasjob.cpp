// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasjob.h"

#include "canvaserrors.h"

namespace GradeDesk::Services {

CanvasJob::CanvasJob(QObject *parent)
    : QObject(parent)
{}

CanvasJob::~CanvasJob() = default;

void CanvasJob::cancel()
{
    if (m_finished || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    onCancel();
}

void CanvasJob::emitFinished()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished();
    deleteLater();
}

ServiceError canvasCancelledError()
{
    return CanvasErrors::cancelled();
}

} // namespace GradeDesk::Services
