// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "yamlnode.h"

#include <QStringDecoder>

namespace GradeDesk::Services {

QString YamlNode::text(const std::string &yaml)
{
    return QString::fromUtf8(yaml.data(), qsizetype(yaml.size()));
}

YamlPosition YamlNode::positionOf(const YAML::Node &node, YamlPosition fallback)
{
    if (!node.IsDefined() || node.Mark().is_null()) {
        return fallback;
    }
    return positionOf(node.Mark());
}

YamlPosition YamlNode::positionOf(const YAML::Mark &mark)
{
    return mark.is_null() ? YamlPosition() : YamlPosition{mark.line + 1, mark.column + 1};
}

QString YamlNode::describe(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull()) {
        return tr("empty");
    }
    if (node.IsMap()) {
        return tr("a mapping");
    }
    if (node.IsSequence()) {
        return tr("a list");
    }
    QString scalar = text(node.Scalar());
    if (scalar.size() > 60) {
        scalar = scalar.left(57) + QStringLiteral("...");
    }
    return QStringLiteral("\u201c%1\u201d").arg(scalar);
}

QString YamlNode::location(const QString &file, YamlPosition at)
{
    if (at.line <= 0) {
        return file;
    }
    return QStringLiteral("%1:%2:%3").arg(file).arg(at.line).arg(at.column);
}

ServiceError YamlNode::error(ServiceError::Kind kind, const QString &file, YamlPosition at, const QString &message,
                             const QString &detail)
{
    const QString where = location(file, at);
    return ServiceError::make(kind, where + QStringLiteral(": ") + message, where + QStringLiteral(": ") + detail);
}

std::optional<int> YamlNode::firstInvalidUtf8Line(const QByteArray &yaml)
{
    int line = 1;
    for (const QByteArray &bytes : yaml.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            return line;
        }
        ++line;
    }
    return std::nullopt;
}

} // namespace GradeDesk::Services
