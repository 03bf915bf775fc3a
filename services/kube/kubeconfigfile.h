// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/yamlnode.h>
#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace GradeDesk::Services {

/// One named cluster, user or context of a kubeconfig file, kept as YAML until it is selected.
struct KubeConfigEntry {
    QString name;
    YAML::Node body; ///< The inner `cluster:` / `user:` / `context:` mapping (may be null).
    YamlPosition at; ///< Of the list item.
    QString file;    ///< Absolute path of the defining file.
};

/**
 * @brief One kubeconfig file, read structurally (module internal; KubeConfigLoader merges them).
 *
 * Checks the shape kubectl insists on: a mapping at the top, `clusters`/`users`/`contexts` lists
 * of mappings with a string `name`, unique names per list. Field values are checked later, only
 * for the entries a context selects (FieldReader).
 */
struct KubeConfigFile {
    Q_DECLARE_TR_FUNCTIONS(KubeConfigFile)

public:
    QString path;
    QString currentContext;
    QList<KubeConfigEntry> clusters;
    QList<KubeConfigEntry> users;
    QList<KubeConfigEntry> contexts;

    static Result<KubeConfigFile> read(const QString &path);
};

/**
 * @brief Typed reads of kubeconfig fields with file:line:column messages (module internal).
 *
 * Each read returns false after recording the first error (error()); absent and null values leave
 * the output untouched and succeed.
 */
class KubeFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(KubeFieldReader)

public:
    KubeFieldReader(const QString &file, YamlPosition fallback);

    const ServiceError &error() const { return m_error; }

    bool string(const YAML::Node &map, const char *key, QString &out);
    bool boolean(const YAML::Node &map, const char *key, bool &out);
    bool stringList(const YAML::Node &map, const char *key, QStringList &out);
    /// Base64 text (`*-data` fields) decoded.
    bool base64(const YAML::Node &map, const char *key, QByteArray &out);
    /// A mapping whose values are lists of strings (as-user-extra).
    bool stringListMap(const YAML::Node &map, const char *key, QMap<QString, QStringList> &out);
    /// Any YAML value as JSON (extensions).
    static QJsonValue toJson(const YAML::Node &node);

    bool fail(ServiceError::Kind kind, const YAML::Node &at, const QString &message, const QString &detail);

    YamlPosition positionOf(const YAML::Node &node) const { return YamlNode::positionOf(node, m_fallback); }

private:
    bool expectType(const YAML::Node &node, const char *key, bool ok, const QString &expected);

    QString m_file;
    YamlPosition m_fallback;
    ServiceError m_error;
};

} // namespace GradeDesk::Services
