// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace GradeDesk::Tests {

/**
 * @brief The definitions of a Kubernetes OpenAPI v2 document (the 1.36 swagger.json), read once.
 *
 * Only `definitions` are kept (paths are not needed to validate bodies). Parsing the 4 MB original
 * costs 300-500 ms, the compacted copy of defaultPath() about 30 ms; callers share one instance
 * through `shared()`, which loads each path once per process and is safe to call from any thread.
 * Instances are immutable.
 */
class KubeSchema final
{
public:
    /// Reads and indexes `path`; nullptr and a technical message in `error` when it cannot.
    static std::shared_ptr<const KubeSchema> load(const QString &path, QString *error = nullptr);

    /// `load(path)` remembered per path for the whole process (a failure is not remembered).
    static std::shared_ptr<const KubeSchema> shared(const QString &path = defaultPath(), QString *error = nullptr);

    /// What to load: $GRADEDESK_KUBE_SWAGGER when set, otherwise the build's compacted definitions
    /// (swagger.json without descriptions, made by kubeschema_compact.py; ~15x faster to load), otherwise
    /// swaggerPath().
    static QString defaultPath();

    /// The unmodified swagger.json: $GRADEDESK_KUBE_SWAGGER when set, otherwise the shared folder's
    /// k8s/swagger.json as CMake found it (what the jsonschema oracle reads).
    static QString swaggerPath();

    bool hasDefinition(const QString &name) const { return m_definitions.contains(name); }

    /// The definition's schema as written in the file (an empty object when unknown).
    QJsonObject definition(const QString &name) const { return m_definitions.value(name); }

    /// The definition whose `x-kubernetes-group-version-kind` names this apiVersion ("batch/v1",
    /// "v1") and kind; empty when none does.
    QString definitionFor(const QString &apiVersion, const QString &kind) const;

    qsizetype definitionCount() const { return m_definitions.size(); }

    /// Wall-clock milliseconds the load took (read + parse + index), for the figures.
    qint64 loadMilliseconds() const { return m_loadMs; }

    QString path() const { return m_path; }

private:
    KubeSchema() = default;

    QHash<QString, QJsonObject> m_definitions;
    QHash<QString, QString> m_byGroupVersionKind; // "group/version/kind" -> definition
    QString m_path;
    qint64 m_loadMs = 0;
};

} // namespace GradeDesk::Tests
