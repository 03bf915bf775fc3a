// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Tests {

struct KubeSimResource;

/// A parsed `labelSelector`: comma-separated requirements `k=v`, `k==v`, `k!=v`, `k in (a,b)`,
/// `k notin (a,b)`, `k` (exists) and `!k` (does not exist), all of which must hold. `!=` and
/// `notin` also match objects without the label, as on the real server. Set-based `gt`/`lt` are
/// left out.
class KubeSimLabelSelector final
{
public:
    /// nullopt and the server's 400 message in `error` for a malformed selector.
    static std::optional<KubeSimLabelSelector> parse(const QString &text, QString *error);

    bool matches(const QJsonObject &labels) const;

    bool isEmpty() const { return m_requirements.isEmpty(); }

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };

    struct Requirement {
        QString key;
        Op op;
        QStringList values;
    };

    QList<Requirement> m_requirements;
};

/// A parsed `fieldSelector`: `f=v`, `f==v`, `f!=v`, comma = AND, over the fields the real server
/// indexes: metadata.name and metadata.namespace everywhere, plus status.phase, spec.nodeName and
/// spec.restartPolicy for pods, involvedObject.{kind,name,namespace,uid}, reason, type for events,
/// and status.successful for jobs.
class KubeSimFieldSelector final
{
public:
    /// nullopt and the server's 400 message ("field label not supported: x") in `error`.
    static std::optional<KubeSimFieldSelector> parse(const QString &text, const KubeSimResource &resource,
                                                     QString *error);

    bool matches(const QJsonObject &object) const;

private:
    struct Requirement {
        QString field;
        bool equals;
        QString value;
    };

    QList<Requirement> m_requirements;
};

/// The value a field selector compares for `field` of `object` (numbers as decimal text).
QString kubeSimFieldValue(const QJsonObject &object, const QString &field);

} // namespace GradeDesk::Tests
