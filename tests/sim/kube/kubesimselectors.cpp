// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/kube/kubesimselectors.h"

#include "tests/sim/kube/kubesimstore.h"

#include <QJsonValue>

namespace GradeDesk::Tests {

namespace {

// Splits on commas outside parentheses.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        }
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool validKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 253 + 1 + 63) {
        return false;
    }
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'/')) {
            return false;
        }
    }
    return true;
}

bool validValue(const QString &value)
{
    for (const QChar c : value) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')) {
            return false;
        }
    }
    return value.size() <= 63;
}

} // namespace

std::optional<KubeSimLabelSelector> KubeSimLabelSelector::parse(const QString &text, QString *error)
{
    KubeSimLabelSelector selector;
    if (text.trimmed().isEmpty()) {
        return selector;
    }
    for (const QString &rawPart : splitTopLevel(text)) {
        const QString part = rawPart.trimmed();
        Requirement requirement{QString(), Op::Exists, {}};
        auto fail = [&](const QString &why) {
            *error = QStringLiteral("unable to parse requirement: ") + why;
            return std::nullopt;
        };
        qsizetype at = -1;
        if (part.startsWith(u'!')) {
            requirement.key = part.mid(1).trimmed();
            requirement.op = Op::DoesNotExist;
        } else if ((at = part.indexOf(QLatin1String("!="))) > 0) {
            requirement = {part.left(at).trimmed(), Op::NotEquals, {part.mid(at + 2).trimmed()}};
        } else if ((at = part.indexOf(QLatin1String("=="))) > 0) {
            requirement = {part.left(at).trimmed(), Op::Equals, {part.mid(at + 2).trimmed()}};
        } else if ((at = part.indexOf(u'=')) > 0) {
            requirement = {part.left(at).trimmed(), Op::Equals, {part.mid(at + 1).trimmed()}};
        } else if (part.contains(u'(')) {
            const qsizetype open = part.indexOf(u'(');
            if (!part.endsWith(u')')) {
                return fail(QStringLiteral("found '', expected: ')'"));
            }
            const QStringList words = part.left(open).simplified().split(u' ');
            if (words.size() != 2 || (words[1] != QLatin1String("in") && words[1] != QLatin1String("notin"))) {
                return fail(QStringLiteral("found '%1', expected: in, notin").arg(part.left(open).trimmed()));
            }
            requirement.key = words[0];
            requirement.op = words[1] == QLatin1String("in") ? Op::In : Op::NotIn;
            for (const QString &value : part.mid(open + 1, part.size() - open - 2).split(u',')) {
                requirement.values.append(value.trimmed());
            }
        } else {
            requirement.key = part;
        }
        if (!validKey(requirement.key)) {
            return fail(QStringLiteral("invalid label key \"%1\"").arg(requirement.key));
        }
        for (const QString &value : std::as_const(requirement.values)) {
            if (!validValue(value)) {
                return fail(QStringLiteral("invalid label value: \"%1\"").arg(value));
            }
        }
        selector.m_requirements.append(requirement);
    }
    return selector;
}

bool KubeSimLabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key).toString();
        bool ok = false;
        switch (r.op) {
        case Op::Equals:
        case Op::In:
            ok = has && r.values.contains(value);
            break;
        case Op::NotEquals:
        case Op::NotIn:
            ok = !has || !r.values.contains(value);
            break;
        case Op::Exists:
            ok = has;
            break;
        case Op::DoesNotExist:
            ok = !has;
            break;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

QString kubeSimFieldValue(const QJsonObject &object, const QString &field)
{
    QJsonValue current = object;
    for (const QString &part : field.split(u'.')) {
        current = current.toObject().value(part);
    }
    if (current.isDouble()) {
        return QString::number(current.toInteger());
    }
    return current.toString();
}

std::optional<KubeSimFieldSelector> KubeSimFieldSelector::parse(const QString &text, const KubeSimResource &resource,
                                                                QString *error)
{
    QStringList supported{QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace")};
    if (resource.plural == QLatin1String("pods")) {
        supported << QStringLiteral("status.phase") << QStringLiteral("spec.nodeName")
                  << QStringLiteral("spec.restartPolicy");
    } else if (resource.plural == QLatin1String("events")) {
        supported << QStringLiteral("involvedObject.kind") << QStringLiteral("involvedObject.name")
                  << QStringLiteral("involvedObject.namespace") << QStringLiteral("involvedObject.uid")
                  << QStringLiteral("reason") << QStringLiteral("type");
    } else if (resource.plural == QLatin1String("jobs")) {
        supported << QStringLiteral("status.successful");
    }
    KubeSimFieldSelector selector;
    if (text.trimmed().isEmpty()) {
        return selector;
    }
    for (const QString &rawPart : text.split(u',')) {
        const QString part = rawPart.trimmed();
        Requirement requirement{QString(), true, QString()};
        qsizetype at = -1;
        if ((at = part.indexOf(QLatin1String("!="))) > 0) {
            requirement = {part.left(at), false, part.mid(at + 2)};
        } else if ((at = part.indexOf(QLatin1String("=="))) > 0) {
            requirement = {part.left(at), true, part.mid(at + 2)};
        } else if ((at = part.indexOf(u'=')) > 0) {
            requirement = {part.left(at), true, part.mid(at + 1)};
        } else {
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part);
            return std::nullopt;
        }
        requirement.field = requirement.field.trimmed();
        if (!supported.contains(requirement.field)) {
            *error = QStringLiteral("field label not supported: ") + requirement.field;
            return std::nullopt;
        }
        selector.m_requirements.append(requirement);
    }
    return selector;
}

bool KubeSimFieldSelector::matches(const QJsonObject &object) const
{
    for (const Requirement &r : m_requirements) {
        if ((kubeSimFieldValue(object, r.field) == r.value) != r.equals) {
            return false;
        }
    }
    return true;
}

} // namespace GradeDesk::Tests
