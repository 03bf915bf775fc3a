// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeschema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>

namespace GradeDesk::Tests {

namespace {

QString gvkKey(const QString &group, const QString &version, const QString &kind)
{
    return group + u'/' + version + u'/' + kind;
}

} // namespace

std::shared_ptr<const KubeSchema> KubeSchema::load(const QString &path, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        }
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject definitions = document.object().value(QLatin1String("definitions")).toObject();
    if (parseError.error != QJsonParseError::NoError || definitions.isEmpty()) {
        if (error) {
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("%1: %2 at offset %3").arg(path, parseError.errorString()).arg(parseError.offset)
                    : QStringLiteral("%1: no \"definitions\" object").arg(path);
        }
        return nullptr;
    }

    std::shared_ptr<KubeSchema> schema(new KubeSchema);
    schema->m_path = path;
    schema->m_definitions.reserve(definitions.size());
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const QJsonObject definition = it.value().toObject();
        schema->m_definitions.insert(it.key(), definition);
        const QJsonArray gvks = definition.value(QLatin1String("x-kubernetes-group-version-kind")).toArray();
        for (const QJsonValue &gvk : gvks) {
            const QJsonObject g = gvk.toObject();
            schema->m_byGroupVersionKind.insert(gvkKey(g.value(QLatin1String("group")).toString(),
                                                       g.value(QLatin1String("version")).toString(),
                                                       g.value(QLatin1String("kind")).toString()),
                                                it.key());
        }
    }
    schema->m_loadMs = timer.elapsed();
    return schema;
}

std::shared_ptr<const KubeSchema> KubeSchema::shared(const QString &path, QString *error)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const KubeSchema>> cache;
    const QMutexLocker locker(&mutex);
    if (auto found = cache.value(path)) {
        return found;
    }
    auto loaded = load(path, error);
    if (loaded) {
        cache.insert(path, loaded);
    }
    return loaded;
}

QString KubeSchema::defaultPath()
{
    if (qEnvironmentVariableIsEmpty("GRADEDESK_KUBE_SWAGGER")) {
        const QString compact = QStringLiteral(GRADEDESK_KUBE_DEFINITIONS_COMPACT);
        if (QFileInfo::exists(compact)) {
            return compact;
        }
    }
    return swaggerPath();
}

QString KubeSchema::swaggerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("GRADEDESK_KUBE_SWAGGER");
    return fromEnvironment.isEmpty() ? QStringLiteral(GRADEDESK_KUBE_SWAGGER_DEFAULT) : fromEnvironment;
}

QString KubeSchema::definitionFor(const QString &apiVersion, const QString &kind) const
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    return m_byGroupVersionKind.value(gvkKey(group, version, kind));
}

} // namespace GradeDesk::Tests
