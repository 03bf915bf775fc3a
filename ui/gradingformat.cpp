// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingformat.h"

#include <services/gradebook/rubricscore.h>

#include <QLocale>

#include <cmath>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

constexpr QChar Minus = u'\u2212';

QString magnitude(double value)
{
    QString text = QLocale().toString(std::abs(value), 'f', 2);
    const QChar decimal = QLocale().decimalPoint().at(0);
    if (text.contains(decimal)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(decimal)) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace

QString GradingFormat::number(double value)
{
    const QString text = magnitude(value);
    return value < 0 && text != QLatin1String("0") ? Minus + text : text;
}

QString GradingFormat::score(std::optional<double> score, double maxScore)
{
    return tr("%1 / %2").arg(score ? number(*score) : QStringLiteral("–"), number(maxScore));
}

std::optional<double> GradingFormat::parsePoints(const QString &text)
{
    QString cleaned = text.trimmed();
    cleaned.replace(Minus, QLatin1Char('-'));
    if (cleaned.startsWith(QLatin1Char('+'))) {
        cleaned.remove(0, 1);
    }
    if (cleaned.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    double value = QLocale().toDouble(cleaned, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(QString(cleaned).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    }
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

QString GradingFormat::arithmetic(double maxScore, const QuestionSettings &settings, const QList<double> &appliedPoints,
                                  std::optional<double> adjustment)
{
    QList<double> terms = appliedPoints;
    if (adjustment && *adjustment != 0.0) {
        terms.append(*adjustment);
    }
    const double base = settings.mode == ScoringMode::Negative ? maxScore : 0.0;
    QString text;
    double raw = base;
    if (settings.mode == ScoringMode::Negative || terms.isEmpty()) {
        text = number(base);
    }
    for (const double term : std::as_const(terms)) {
        raw += term;
        if (text.isEmpty()) {
            text = number(term);
        } else {
            text += (term < 0 ? QStringLiteral(" %1 ").arg(Minus) : QStringLiteral(" + ")) + magnitude(term);
        }
    }
    const double result = RubricScore::compute(maxScore, settings, appliedPoints, adjustment);
    if (!terms.isEmpty()) {
        text += QStringLiteral(" = ") + number(raw);
    }
    if (std::abs(result - raw) > 1e-9) {
        text += QStringLiteral(" → ") + number(result);
    }
    return text + QStringLiteral(" / ") + number(maxScore);
}

} // namespace GradeDesk::Ui
