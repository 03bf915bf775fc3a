// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "uisettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace GradeDesk::Ui {

namespace {

const auto RecentKey = QStringLiteral("courses/recent");
const auto NotebookKey = QStringLiteral("selection/notebook");

QString selectionKey(const QString &courseFile, const QString &what)
{
    // Paths may hold '/' and other characters QSettings treats specially: key by a hash instead.
    const QByteArray hash = QCryptographicHash::hash(courseFile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("selection/%1/%2").arg(QString::fromLatin1(hash), what);
}

} // namespace

QStringList UiSettings::recentCourses()
{
    return QSettings().value(RecentKey).toStringList();
}

void UiSettings::addRecentCourse(const QString &courseFile)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(courseFile);
    recent.prepend(courseFile);
    settings.setValue(RecentKey, recent.mid(0, maxRecentCourses));
}

QString UiSettings::lastSelection(const QString &courseFile, const QString &what)
{
    return QSettings().value(selectionKey(courseFile, what)).toString();
}

void UiSettings::setLastSelection(const QString &courseFile, const QString &what, const QString &value)
{
    QSettings().setValue(selectionKey(courseFile, what), value);
}

QString UiSettings::preferredNotebook()
{
    return QSettings().value(NotebookKey).toString();
}

void UiSettings::setPreferredNotebook(const QString &name)
{
    QSettings().setValue(NotebookKey, name);
}

QByteArray UiSettings::windowLayout(const QString &what)
{
    return QSettings().value(QStringLiteral("window/") + what).toByteArray();
}

void UiSettings::setWindowLayout(const QString &what, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("window/") + what, state);
}

} // namespace GradeDesk::Ui
