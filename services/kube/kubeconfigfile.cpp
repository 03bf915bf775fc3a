// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeconfigfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace GradeDesk::Services {

namespace {

QString fieldText(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

Result<KubeConfigFile> KubeConfigFile::read(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The kubeconfig file %1 cannot be read (%2). Check the file and its permissions.")
                                      .arg(file, in.errorString()),
                                  QStringLiteral("open %1: %2").arg(file, in.errorString()));
    }
    const QByteArray bytes = in.readAll();
    if (const auto line = YamlNode::firstInvalidUtf8Line(bytes)) {
        return YamlNode::error(ServiceError::Kind::Parse, file, YamlPosition{*line, 1},
                               tr("The kubeconfig is not UTF-8 text."), QStringLiteral("invalid UTF-8"));
    }
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return YamlNode::error(ServiceError::Kind::Parse, file, YamlNode::positionOf(e.mark),
                               tr("The kubeconfig is not valid YAML: %1").arg(YamlNode::text(e.msg)),
                               YamlNode::text(e.msg));
    }

    KubeConfigFile result;
    result.path = file;
    if (!root.IsDefined() || root.IsNull()) {
        return result; // kubectl treats an empty file as an empty configuration
    }
    KubeFieldReader reader(file, YamlPosition{1, 1});
    if (!root.IsMap()) {
        reader.fail(ServiceError::Kind::Validation, root,
                    tr("A kubeconfig must be a mapping (apiVersion, clusters, users, contexts), but it is %1.")
                        .arg(YamlNode::describe(root)),
                    QStringLiteral("top level is not a mapping"));
        return reader.error();
    }
    if (!reader.string(root, "current-context", result.currentContext)) {
        return reader.error();
    }

    const auto readList = [&](const char *key, const char *inner, QList<KubeConfigEntry> &out) {
        const YAML::Node list = root[key];
        if (!list.IsDefined() || list.IsNull()) {
            return true;
        }
        if (!list.IsSequence()) {
            return reader.fail(
                ServiceError::Kind::Validation, list,
                tr("\u201c%1\u201d must be a list, but it is %2.").arg(fieldText(key), YamlNode::describe(list)),
                QStringLiteral("%1 is not a sequence").arg(fieldText(key)));
        }
        QSet<QString> seen;
        for (const YAML::Node &item : list) {
            if (!item.IsMap()) {
                return reader.fail(ServiceError::Kind::Validation, item,
                                   tr("Each item of \u201c%1\u201d must be a mapping with a name, but this one is %2.")
                                       .arg(fieldText(key), YamlNode::describe(item)),
                                   QStringLiteral("%1 item is not a mapping").arg(fieldText(key)));
            }
            KubeConfigEntry entry;
            entry.file = file;
            entry.at = reader.positionOf(item);
            if (!reader.string(item, "name", entry.name)) {
                return false;
            }
            if (entry.name.isEmpty()) {
                return reader.fail(ServiceError::Kind::Validation, item,
                                   tr("An item of \u201c%1\u201d has no name.").arg(fieldText(key)),
                                   QStringLiteral("%1 item without name").arg(fieldText(key)));
            }
            if (seen.contains(entry.name)) {
                // client-go refuses duplicate names within one file when it converts the lists.
                return reader.fail(ServiceError::Kind::Validation, item,
                                   tr("\u201c%1\u201d appears twice in \u201c%2\u201d. Remove one of them.")
                                       .arg(entry.name, fieldText(key)),
                                   QStringLiteral("duplicate name %1 in %2").arg(entry.name, fieldText(key)));
            }
            seen.insert(entry.name);
            entry.body = item[inner];
            if (entry.body.IsDefined() && !entry.body.IsNull() && !entry.body.IsMap()) {
                return reader.fail(ServiceError::Kind::Validation, entry.body,
                                   tr("\u201c%1\u201d of \u201c%2\u201d must be a mapping, but it is %3.")
                                       .arg(fieldText(inner), entry.name, YamlNode::describe(entry.body)),
                                   QStringLiteral("%1 is not a mapping").arg(fieldText(inner)));
            }
            out.append(entry);
        }
        return true;
    };
    if (!readList("clusters", "cluster", result.clusters) || !readList("users", "user", result.users) ||
        !readList("contexts", "context", result.contexts)) {
        return reader.error();
    }
    return result;
}

KubeFieldReader::KubeFieldReader(const QString &file, YamlPosition fallback)
    : m_file(file)
    , m_fallback(fallback)
{}

bool KubeFieldReader::fail(ServiceError::Kind kind, const YAML::Node &at, const QString &message, const QString &detail)
{
    m_error = YamlNode::error(kind, m_file, positionOf(at), message, detail);
    return false;
}

bool KubeFieldReader::expectType(const YAML::Node &node, const char *key, bool ok, const QString &expected)
{
    if (ok) {
        return true;
    }
    return fail(ServiceError::Kind::Validation, node,
                tr("\u201c%1\u201d must be %2, but it is %3.").arg(fieldText(key), expected, YamlNode::describe(node)),
                QStringLiteral("%1: expected %2").arg(fieldText(key), expected));
}

bool KubeFieldReader::string(const YAML::Node &map, const char *key, QString &out)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        return true;
    }
    if (!expectType(node, key, node.IsScalar(), tr("text"))) {
        return false;
    }
    out = YamlNode::text(node.Scalar());
    return true;
}

bool KubeFieldReader::boolean(const YAML::Node &map, const char *key, bool &out)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        return true;
    }
    bool value = false;
    const bool ok = node.IsScalar() && YAML::convert<bool>::decode(node, value);
    if (!expectType(node, key, ok, tr("true or false"))) {
        return false;
    }
    out = value;
    return true;
}

bool KubeFieldReader::stringList(const YAML::Node &map, const char *key, QStringList &out)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        return true;
    }
    if (!expectType(node, key, node.IsSequence(), tr("a list of text"))) {
        return false;
    }
    QStringList values;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar()) {
            return expectType(item, key, false, tr("a list of text"));
        }
        values.append(YamlNode::text(item.Scalar()));
    }
    out = values;
    return true;
}

bool KubeFieldReader::base64(const YAML::Node &map, const char *key, QByteArray &out)
{
    QString text;
    if (!string(map, key, text)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return fail(ServiceError::Kind::Validation, map[key],
                    tr("\u201c%1\u201d is not valid base64. Copy the value again from the cluster's kubeconfig.")
                        .arg(fieldText(key)),
                    QStringLiteral("%1: invalid base64").arg(fieldText(key)));
    }
    out = *decoded;
    return true;
}

bool KubeFieldReader::stringListMap(const YAML::Node &map, const char *key, QMap<QString, QStringList> &out)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        return true;
    }
    if (!expectType(node, key, node.IsMap(), tr("a mapping of lists"))) {
        return false;
    }
    QMap<QString, QStringList> values;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = YamlNode::text(it->first.Scalar());
        QStringList list;
        if (it->second.IsScalar()) {
            list.append(YamlNode::text(it->second.Scalar()));
        } else if (it->second.IsSequence()) {
            for (const YAML::Node &item : it->second) {
                if (!item.IsScalar()) {
                    return expectType(item, key, false, tr("a mapping of lists"));
                }
                list.append(YamlNode::text(item.Scalar()));
            }
        } else if (!it->second.IsNull()) {
            return expectType(it->second, key, false, tr("a mapping of lists"));
        }
        values.insert(name, list);
    }
    out = values;
    return true;
}

QJsonValue KubeFieldReader::toJson(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull()) {
        return QJsonValue::Null;
    }
    if (node.IsMap()) {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            object.insert(YamlNode::text(it->first.Scalar()), toJson(it->second));
        }
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            array.append(toJson(item));
        }
        return array;
    }
    // Plain scalars that YAML reads as numbers or booleans stay typed, as sigs.k8s.io/yaml does.
    const QString text = YamlNode::text(node.Scalar());
    if (node.Tag() != "!") {
        bool flag = false;
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            YAML::convert<bool>::decode(node, flag);
            return flag;
        }
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber) {
            return number;
        }
    }
    return text;
}

} // namespace GradeDesk::Services
