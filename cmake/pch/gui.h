// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Precompiled for the models library (see GradeDeskPch.cmake).
#include "core.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QSortFilterProxyModel>
