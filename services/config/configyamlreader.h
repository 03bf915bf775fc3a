// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/config/yamlnode.h>
#include <services/core/serviceerror.h>

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <yaml-cpp/yaml.h>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief Typed reading of YAML mappings with file:line:column in every message (config internal).
 *
 * Each `read*` returns false once an error is recorded (`error()`); the caller stops then. Values
 * that are absent or empty ("key:" or "key: ~") leave the output untouched, so callers pre-fill
 * defaults. Keys a caller never asked for become "unknown key" warnings in `finish()`.
 */
class ConfigYamlReader final
{
public:
    using Position = YamlPosition;

    struct Entry {
        QString key;
        YAML::Node keyNode;
        YAML::Node value;
        Position position; ///< Of the value, or of the key when the value is empty.
    };

    /// One mapping being read; `path` ("exchange", "assignments[2]") names it in messages.
    struct Map {
        QString path;
        Position position;
        QList<Entry> entries;
        QSet<QString> used;
    };

    ConfigYamlReader(const QString &file, const QString &baseDir);

    const std::optional<ServiceError> &error() const { return m_error; }

    const QList<ConfigWarning> &warnings() const { return m_warnings; }

    /// The 1-based place of `node`, or `fallback` for nodes without one (empty values).
    static Position positionOf(const YAML::Node &node, Position fallback);

    static Position positionOf(const YAML::Node &node) { return positionOf(node, Position()); }

    bool fail(ServiceError::Kind kind, Position at, const QString &message, const QString &detail);
    bool failValue(const Entry &entry, const QString &path, const QString &expected);
    void warn(Position at, const QString &message);

    /// Parse error when `yaml` is not UTF-8 (yaml-cpp would pass the bytes through).
    bool checkEncoding(const QByteArray &yaml);
    /// Validation error at the first key anywhere below `node` that looks like a secret.
    bool scanForSecrets(const YAML::Node &node);

    bool openMap(const YAML::Node &node, Position at, const QString &path, Map &map);
    /// The entry for `key`, marked as used; nullptr when absent or empty.
    const Entry *take(Map &map, const char *key);
    /// Records an "unknown key" warning for every entry nobody took.
    void finish(const Map &map);
    static QString join(const QString &path, const QString &key);

    bool readString(Map &map, const char *key, QString &out, bool required = false);
    bool readName(Map &map, const char *key, QString &out, const QString &what);
    bool readNumber(Map &map, const char *key, std::optional<double> &out);
    bool readPort(Map &map, const char *key, int &out);
    bool readUrl(Map &map, const char *key, QUrl &out, bool required = false);
    bool readPath(Map &map, const char *key, QString &out);
    bool readDue(Map &map, const char *key, QDateTime &out);
    /// The `index` of the value in `choices`, matched without case and with "-" and "_" alike.
    bool readChoice(Map &map, const char *key, const QStringList &choices, int &index);

private:
    QString location(Position at) const;
    bool scanForSecrets(const YAML::Node &node, Position fallback, QSet<int> &visited);

    QString m_file;
    QString m_baseDir;
    std::optional<ServiceError> m_error;
    QList<ConfigWarning> m_warnings;
};

} // namespace GradeDesk::Services
