// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <ui/remote/remotedialogsupport.h>

namespace GradeDesk::Ui {

/// RemoteDialogSupport with the wording of ngshare's errors (the Exchange dialogs, the window's Collect).
class ExchangeDialogSupport final : public RemoteDialogSupport
{
public:
    static QString errorText(const Services::ServiceError &error)
    {
        return RemoteDialogSupport::errorText(error, Service::Ngshare);
    }

    static bool needsNewToken(const Services::ServiceError &error)
    {
        return RemoteDialogSupport::needsNewToken(error, Service::Ngshare);
    }
};

} // namespace GradeDesk::Ui
