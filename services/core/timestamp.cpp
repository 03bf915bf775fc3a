// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace GradeDesk::Services {

namespace {

constexpr qint64 UsecsPerMsec = 1000;
constexpr qint64 UsecsPerSecond = 1000 * 1000;

} // namespace

Timestamp Timestamp::fromUsecs(qint64 usecsSinceEpoch)
{
    Timestamp t;
    t.m_usecs = usecsSinceEpoch;
    t.m_valid = true;
    return t;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return {};
    }
    return fromUsecs(dateTime.toMSecsSinceEpoch() * UsecsPerMsec);
}

std::optional<Timestamp> Timestamp::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z][A-Za-z0-9_+\-/]*)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QString fraction = m.captured(7);
    const qint64 micros = fraction.isEmpty() ? 0 : fraction.leftJustified(6, QLatin1Char('0')).toLongLong();

    const QString zone = m.captured(8);
    QDateTime local;
    if (zone.isEmpty() || zone == QLatin1String("Z") || zone == QLatin1String("UTC")) {
        local = QDateTime(date, time, QTimeZone::utc());
    } else if (zone.front() == QLatin1Char('+') || zone.front() == QLatin1Char('-')) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offset =
            (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.front() == QLatin1Char('-') ? -1 : 1);
        local = QDateTime(date, time, QTimeZone(offset));
    } else {
        const QTimeZone tz(zone.toUtf8());
        if (!tz.isValid()) {
            return std::nullopt;
        }
        local = QDateTime(date, time, tz);
    }
    if (!local.isValid()) {
        return std::nullopt;
    }
    return fromUsecs(local.toSecsSinceEpoch() * UsecsPerSecond + micros);
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_usecs / UsecsPerMsec, QTimeZone::utc());
}

QString Timestamp::toNbgraderUtc() const
{
    if (!m_valid) {
        return {};
    }
    const qint64 seconds = m_usecs >= 0 ? m_usecs / UsecsPerSecond : (m_usecs - UsecsPerSecond + 1) / UsecsPerSecond;
    const qint64 micros = m_usecs - seconds * UsecsPerSecond;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QLatin1Char('.') + QString::number(micros).rightJustified(6, QLatin1Char('0'));
}

QString Timestamp::toIso() const
{
    if (!m_valid) {
        return {};
    }
    QString text = toNbgraderUtc();
    text[10] = QLatin1Char('T');
    return text + QLatin1Char('Z');
}

} // namespace GradeDesk::Services
