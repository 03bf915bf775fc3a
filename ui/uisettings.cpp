// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "uisettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace GradeDesk::Ui {

namespace {

const auto RecentKey = QStringLiteral("courses/recent");
const auto NotebookKey = QStringLiteral("selection/notebook");

QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString selectionKey(const QString &courseFile, const QString &what)
{
    // Paths may hold '/' and other characters QSettings treats specially: key by a hash instead.
    return QStringLiteral("selection/%1/%2").arg(hashed(courseFile), what);
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

QVariant UiSettings::gradingValue(const QString &what, const QVariant &fallback)
{
    return QSettings().value(QStringLiteral("grading/") + what, fallback);
}

void UiSettings::setGradingValue(const QString &what, const QVariant &value)
{
    QSettings().setValue(QStringLiteral("grading/") + what, value);
}

qint64 UiSettings::lastQuestion(const QString &courseFile, const QString &assignment)
{
    // Assignment names are nbgrader folder names, but hash them too: one key shape for any text.
    return QSettings().value(selectionKey(courseFile, QStringLiteral("question/") + hashed(assignment))).toLongLong();
}

void UiSettings::setLastQuestion(const QString &courseFile, const QString &assignment, qint64 cellId)
{
    QSettings().setValue(selectionKey(courseFile, QStringLiteral("question/") + hashed(assignment)), cellId);
}

} // namespace GradeDesk::Ui
