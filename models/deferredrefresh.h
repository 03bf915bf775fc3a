// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "modelslogging.h"

#include <QTimer>

namespace GradeDesk::Models {

/**
 * Coalesces a burst of gradebook signals (a collect, a retroactive rubric edit) into one
 * `model->refresh()` on the next event-loop turn. `queued` is the model's flag, which refresh() clears,
 * so an explicit refresh in between makes the queued one a no-op. A failure is logged as "refreshing
 * <what> failed" and emitted as `model->refreshFailed(error)`.
 */
template <typename Model>
void scheduleRefresh(Model *model, bool &queued, const char *what)
{
    if (queued) {
        return;
    }
    queued = true;
    // `queued` is a member of `model`, the timer's context: the lambda never outlives it.
    QTimer::singleShot(0, model, [model, &queued, what] {
        if (!queued) {
            return;
        }
        if (auto result = model->refresh(); !result) {
            qCWarning(lcModels) << "refreshing" << what << "failed:" << result.error().detail;
            emit model->refreshFailed(result.error());
        }
    });
}

} // namespace GradeDesk::Models
