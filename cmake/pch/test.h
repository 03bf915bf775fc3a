// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Precompiled for the test executables (see GradeDeskPch.cmake): Qt Test and what a test links,
// chosen by the layer macros of the libraries it links. Never include this file directly.
#if defined(QT_WIDGETS_LIB) && defined(GRADEDESK_PCH_UI)
#include "widgets.h"
#elif defined(QT_GUI_LIB) && defined(GRADEDESK_PCH_MODELS)
#include "gui.h"
#elif defined(GRADEDESK_PCH_SERVICES)
#include "core.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
