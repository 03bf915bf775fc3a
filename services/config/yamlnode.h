// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace GradeDesk::Services {

/// A place in a YAML file, as shown in messages ("course.yaml:3:7").
struct YamlPosition {
    int line = 0; ///< 1-based; 0 when unknown.
    int column = 0;
};

/**
 * @brief What every GradeDesk YAML reader (course.yaml, rubric files) says the same way.
 *
 * Messages about a place in a file always start with location(), so a grader can jump to it.
 */
class YamlNode final
{
    Q_DECLARE_TR_FUNCTIONS(YamlNode)

public:
    YamlNode() = delete;

    /// yaml-cpp hands out UTF-8 bytes (checked beforehand with firstInvalidUtf8Line()).
    static QString text(const std::string &yaml);
    /// The 1-based place of `node`, or `fallback` for nodes without one (undefined or empty values).
    static YamlPosition positionOf(const YAML::Node &node, YamlPosition fallback);
    /// The 1-based place of a parser mark (a YAML::Exception's), unknown for a null mark.
    static YamlPosition positionOf(const YAML::Mark &mark);
    /// What a node holds, for "must be X, but it is Y": scalars quoted and shortened.
    static QString describe(const YAML::Node &node);
    /// "file:line:column", or just `file` when the position is unknown.
    static QString location(const QString &file, YamlPosition at);
    /// An error whose message and detail both start with location(file, at).
    static ServiceError error(ServiceError::Kind kind, const QString &file, YamlPosition at, const QString &message,
                              const QString &detail);
    /// The 1-based number of the first line that is not UTF-8 (yaml-cpp would pass such bytes through).
    static std::optional<int> firstInvalidUtf8Line(const QByteArray &yaml);
};

} // namespace GradeDesk::Services
