// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubenames.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace GradeDesk::Tests::KubeNames {

namespace {

const QString dns1123LabelFmt = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
const QString dns1123SubdomainFmt = dns1123LabelFmt + QStringLiteral("(\\.") + dns1123LabelFmt + u')' + u'*';
const QString labelKeyFmt = QStringLiteral("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
const QString labelValueFmt = u'(' + labelKeyFmt + QStringLiteral(")?");
const QString configMapKeyFmt = QStringLiteral("[-._a-zA-Z0-9]+");
const QString quantityFmt = QStringLiteral("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$");

bool matches(const QString &pattern, const QString &value)
{
    // Patterns are few and fixed; QRegularExpression caches nothing, so keep one per pattern.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    }
    return it->match(value).hasMatch();
}

QString maxLenError(int length)
{
    return QStringLiteral("must be no more than %1 characters").arg(length);
}

// validation.RegexError: "<msg> (e.g. 'a',  or 'b', regex used for validation is '<fmt>')".
QString regexError(const QString &message, const QString &format, const QStringList &examples)
{
    QString text = message + QLatin1String(" (e.g. ");
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (i > 0) {
            text += QLatin1String(" or ");
        }
        text += u'\'' + examples.at(i) + QLatin1String("', ");
    }
    return text + QLatin1String("regex used for validation is '") + format + QLatin1String("')");
}

QStringList chDirPrefix(const QString &value)
{
    if (value == QLatin1String(".")) {
        return {QStringLiteral("must not be '.'")};
    }
    if (value == QLatin1String("..")) {
        return {QStringLiteral("must not be '..'")};
    }
    if (value.startsWith(QLatin1String(".."))) {
        return {QStringLiteral("must not start with '..'")};
    }
    return {};
}

} // namespace

QStringList dns1123Label(const QString &value)
{
    QStringList errors;
    if (value.toUtf8().size() > 63) {
        errors << maxLenError(63);
    }
    if (!matches(dns1123LabelFmt, value)) {
        if (matches(dns1123SubdomainFmt, value)) {
            errors << QStringLiteral("must not contain dots");
        } else {
            errors << regexError(QStringLiteral("a lowercase RFC 1123 label must consist of lower case alphanumeric "
                                                "characters or '-', and must start and end with an alphanumeric "
                                                "character"),
                                 dns1123LabelFmt, {QStringLiteral("my-name"), QStringLiteral("123-abc")});
        }
    }
    return errors;
}

QStringList dns1123Subdomain(const QString &value)
{
    QStringList errors;
    if (value.toUtf8().size() > 253) {
        errors << maxLenError(253);
    }
    if (!matches(dns1123SubdomainFmt, value)) {
        errors << regexError(QStringLiteral("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                                            "characters, '-' or '.', and must start and end with an alphanumeric "
                                            "character"),
                             dns1123SubdomainFmt, {QStringLiteral("example.com")});
    }
    return errors;
}

QStringList labelKey(const QString &value)
{
    static const QString keyMessage = QStringLiteral("must consist of alphanumeric characters, '-', '_' or '.', and "
                                                     "must start and end with an alphanumeric character");
    const QStringList examples{QStringLiteral("MyName"), QStringLiteral("my.name"), QStringLiteral("123-abc")};
    QStringList errors;
    const QStringList parts = value.split(u'/');
    QString name;
    if (parts.size() == 1) {
        name = parts.at(0);
    } else if (parts.size() == 2) {
        name = parts.at(1);
        if (parts.at(0).isEmpty()) {
            errors << QStringLiteral("prefix part must be non-empty");
        } else {
            for (const QString &message : dns1123Subdomain(parts.at(0))) {
                errors << QLatin1String("prefix part ") + message;
            }
        }
    } else {
        return {QLatin1String("a valid label key ") + regexError(keyMessage, labelKeyFmt, examples) +
                QLatin1String(" with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")};
    }
    if (name.isEmpty()) {
        errors << QStringLiteral("name part must be non-empty");
    } else if (name.toUtf8().size() > 63) {
        errors << QLatin1String("name part ") + maxLenError(63);
    }
    if (!matches(labelKeyFmt, name)) {
        errors << QLatin1String("name part ") + regexError(keyMessage, labelKeyFmt, examples);
    }
    return errors;
}

QStringList labelValue(const QString &value)
{
    QStringList errors;
    if (value.toUtf8().size() > 63) {
        errors << maxLenError(63);
    }
    if (!matches(labelValueFmt, value)) {
        errors << regexError(QStringLiteral("a valid label must be an empty string or consist of alphanumeric "
                                            "characters, '-', '_' or '.', and must start and end with an "
                                            "alphanumeric character"),
                             labelValueFmt,
                             {QStringLiteral("MyValue"), QStringLiteral("my_value"), QStringLiteral("12345")});
    }
    return errors;
}

QStringList configMapKey(const QString &value)
{
    QStringList errors;
    if (value.toUtf8().size() > 253) {
        errors << maxLenError(253);
    }
    if (!matches(configMapKeyFmt, value)) {
        errors << regexError(QStringLiteral("a valid config key must consist of alphanumeric characters, '-', '_' or "
                                            "'.'"),
                             configMapKeyFmt,
                             {QStringLiteral("key.name"), QStringLiteral("KEY_NAME"), QStringLiteral("key-name")});
    }
    return errors + chDirPrefix(value);
}

QStringList portName(const QString &value)
{
    QStringList errors;
    if (value.size() > 15) {
        errors << maxLenError(15);
    }
    if (!matches(QStringLiteral("[-a-z0-9]+"), value)) {
        errors << QStringLiteral("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!value.contains(QRegularExpression(QStringLiteral("[a-z]")))) {
        errors << QStringLiteral("must contain at least one letter (a-z)");
    }
    if (value.contains(QLatin1String("--"))) {
        errors << QStringLiteral("must not contain consecutive hyphens");
    }
    if (value.startsWith(u'-') || value.endsWith(u'-')) {
        errors << QStringLiteral("must not begin or end with a hyphen");
    }
    return errors;
}

std::optional<double> parseQuantity(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QString formatError = QLatin1String("quantities must match the regular expression '") + quantityFmt + u'\'';
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(formatError);
    }
    static const QRegularExpression pattern(quantityFmt);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return fail(formatError);
    }
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok) {
        return fail(formatError);
    }
    const QString suffix = match.captured(2);
    static const QHash<QString, double> multipliers{{QString(), 1.0},
                                                    {QStringLiteral("n"), 1e-9},
                                                    {QStringLiteral("u"), 1e-6},
                                                    {QStringLiteral("m"), 1e-3},
                                                    {QStringLiteral("k"), 1e3},
                                                    {QStringLiteral("M"), 1e6},
                                                    {QStringLiteral("G"), 1e9},
                                                    {QStringLiteral("T"), 1e12},
                                                    {QStringLiteral("P"), 1e15},
                                                    {QStringLiteral("E"), 1e18},
                                                    {QStringLiteral("Ki"), 1024.0},
                                                    {QStringLiteral("Mi"), std::pow(1024.0, 2)},
                                                    {QStringLiteral("Gi"), std::pow(1024.0, 3)},
                                                    {QStringLiteral("Ti"), std::pow(1024.0, 4)},
                                                    {QStringLiteral("Pi"), std::pow(1024.0, 5)},
                                                    {QStringLiteral("Ei"), std::pow(1024.0, 6)}};
    if (multipliers.contains(suffix)) {
        return number * multipliers.value(suffix);
    }
    static const QRegularExpression exponent(QStringLiteral("^[eE]([-+]?[0-9]+)$"));
    const QRegularExpressionMatch e = exponent.match(suffix);
    if (e.hasMatch()) {
        return number * std::pow(10.0, e.captured(1).toDouble());
    }
    return fail(QStringLiteral("unable to parse quantity's suffix"));
}

} // namespace GradeDesk::Tests::KubeNames
