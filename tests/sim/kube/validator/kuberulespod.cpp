// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubefield.h"
#include "kubenames.h"
#include "kuberules.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <optional>

namespace GradeDesk::Tests::KubeRules {

using namespace KubeField;

namespace {

const QString fileModeError = QStringLiteral("must be a number between 0 and 0777 (octal), both inclusive");

void checkFileMode(const QJsonObject &object, const QString &member, const QString &path, QList<KubeCause> &out)
{
    const QJsonValue mode = object.value(member);
    if (mode.isDouble() && (integer(mode) < 0 || integer(mode) > 0777)) {
        out << invalid(child(path, member), goValue(mode), fileModeError);
    }
}

// ValidateLocalNonReservedPath: relative, no ".." element, base name not starting with "..".
void checkLocalPath(const QString &target, const QString &path, QList<KubeCause> &out)
{
    if (target.startsWith(u'/')) {
        out << invalid(path, quoted(target), QStringLiteral("must be a relative path"));
    }
    if (target.split(u'/').contains(QLatin1String(".."))) {
        out << invalid(path, quoted(target), QStringLiteral("must not contain '..'"));
    }
    if (target.section(u'/', -1).startsWith(QLatin1String(".."))) {
        out << invalid(path, quoted(target), QStringLiteral("must not start with '..'"));
    }
}

void validateKeyToPaths(const QJsonArray &items, const QString &path, QSet<QString> *allPaths, QList<KubeCause> &out)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString itemPath = index(path, i);
        if (item.value(QLatin1String("key")).toString().isEmpty()) {
            out << required(child(itemPath, QStringLiteral("key")));
        }
        const QString target = item.value(QLatin1String("path")).toString();
        if (target.isEmpty()) {
            out << required(child(itemPath, QStringLiteral("path")));
        }
        checkLocalPath(target, child(itemPath, QStringLiteral("path")), out);
        checkFileMode(item, QStringLiteral("mode"), itemPath, out);
        if (allPaths) {
            if (allPaths->contains(target)) {
                out << invalid(child(itemPath, QStringLiteral("path")), quoted(target),
                               QStringLiteral("conflicting duplicate paths"));
            }
            allPaths->insert(target);
        }
    }
}

void validateProjected(const QJsonObject &projected, const QString &path, QList<KubeCause> &out)
{
    checkFileMode(projected, QStringLiteral("defaultMode"), path, out);
    QSet<QString> allPaths;
    const QJsonArray sources = projected.value(QLatin1String("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject source = sources.at(i).toObject();
        const QString sourcePath = index(child(path, QStringLiteral("sources")), i);
        if (source.size() > 1) {
            out << forbidden(sourcePath, QStringLiteral("may not specify more than 1 volume type per source"));
        }
        for (const char *kind : {"configMap", "secret"}) {
            if (!source.contains(QLatin1String(kind))) {
                continue;
            }
            const QJsonObject reference = source.value(QLatin1String(kind)).toObject();
            const QString referencePath = child(sourcePath, QLatin1String(kind));
            if (reference.value(QLatin1String("name")).toString().isEmpty()) {
                out << required(child(referencePath, QStringLiteral("name")));
            }
            validateKeyToPaths(reference.value(QLatin1String("items")).toArray(),
                               child(referencePath, QStringLiteral("items")), &allPaths, out);
        }
    }
}

QSet<QString> validateVolumes(const QJsonArray &volumes, const QString &path, QList<KubeCause> &out)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QJsonObject volume = volumes.at(i).toObject();
        const QString volumePath = index(path, i);
        const qsizetype sources = volume.size() - (volume.contains(QLatin1String("name")) ? 1 : 0);
        if (sources == 0) {
            out << required(volumePath, QStringLiteral("must specify a volume type"));
        } else if (sources > 1) {
            out << forbidden(volumePath, QStringLiteral("may not specify more than 1 volume type"));
        }
        if (volume.contains(QLatin1String("configMap"))) {
            const QJsonObject configMap = volume.value(QLatin1String("configMap")).toObject();
            const QString configMapPath = child(volumePath, QStringLiteral("configMap"));
            if (configMap.value(QLatin1String("name")).toString().isEmpty()) {
                out << required(child(configMapPath, QStringLiteral("name")));
            }
            checkFileMode(configMap, QStringLiteral("defaultMode"), configMapPath, out);
            validateKeyToPaths(configMap.value(QLatin1String("items")).toArray(),
                               child(configMapPath, QStringLiteral("items")), nullptr, out);
        }
        if (volume.contains(QLatin1String("projected"))) {
            validateProjected(volume.value(QLatin1String("projected")).toObject(),
                              child(volumePath, QStringLiteral("projected")), out);
        }
        const QString name = volume.value(QLatin1String("name")).toString();
        const QString namePath = child(volumePath, QStringLiteral("name"));
        if (name.isEmpty()) {
            out << required(namePath);
        } else {
            for (const QString &message : KubeNames::dns1123Label(name)) {
                out << invalid(namePath, quoted(name), message);
            }
        }
        if (names.contains(name)) {
            out << duplicate(namePath, quoted(name));
        }
        names.insert(name);
    }
    return names;
}

void validateSeccomp(const QJsonObject &securityContext, const QString &path, QList<KubeCause> &out)
{
    if (!securityContext.contains(QLatin1String("seccompProfile"))) {
        return;
    }
    const QJsonObject profile = securityContext.value(QLatin1String("seccompProfile")).toObject();
    const QString profilePath = child(path, QStringLiteral("seccompProfile"));
    const QString type = profile.value(QLatin1String("type")).toString();
    const bool hasLocalhost = profile.contains(QLatin1String("localhostProfile"));
    if (type == QLatin1String("Localhost")) {
        if (!hasLocalhost) {
            out << required(child(profilePath, QStringLiteral("localhostProfile")),
                            QStringLiteral("must be set when seccomp type is Localhost"));
        }
    } else if (type == QLatin1String("RuntimeDefault") || type == QLatin1String("Unconfined")) {
        if (hasLocalhost) {
            out << invalidNoValue(child(profilePath, QStringLiteral("localhostProfile")),
                                  QStringLiteral("can only be set when seccomp type is Localhost"));
        }
    } else {
        out << notSupported(
            child(profilePath, QStringLiteral("type")), quoted(type),
            {QStringLiteral("Localhost"), QStringLiteral("RuntimeDefault"), QStringLiteral("Unconfined")});
    }
}

void validateResources(const QJsonObject &resources, const QString &path, QList<KubeCause> &out)
{
    const QJsonObject limits = resources.value(QLatin1String("limits")).toObject();
    const QJsonObject requests = resources.value(QLatin1String("requests")).toObject();
    const auto amount = [](const QJsonValue &v) {
        return v.isDouble() ? std::optional<double>(v.toDouble()) : KubeNames::parseQuantity(v.toString());
    };
    const auto text = [](const QJsonValue &v) { return v.isDouble() ? goValue(v) : v.toString(); };
    for (const auto &[member, list] :
         {std::pair{QStringLiteral("limits"), limits}, std::pair{QStringLiteral("requests"), requests}}) {
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (amount(it.value()).value_or(0) < 0) {
                out << invalid(key(child(path, member), it.key()), quoted(text(it.value())),
                               QStringLiteral("must be greater than or equal to 0"));
            }
        }
    }
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!limits.contains(it.key())) {
            continue;
        }
        const auto request = amount(it.value());
        const auto limit = amount(limits.value(it.key()));
        if (request && limit && *request > *limit) {
            out << invalid(key(child(path, QStringLiteral("requests")), it.key()), quoted(text(it.value())),
                           QStringLiteral("must be less than or equal to %1 limit of %2")
                               .arg(it.key(), text(limits.value(it.key()))));
        }
    }
}

void validateEnv(const QJsonArray &env, const QString &path, QList<KubeCause> &out)
{
    for (qsizetype i = 0; i < env.size(); ++i) {
        const QString name = env.at(i).toObject().value(QLatin1String("name")).toString();
        const QString namePath = child(index(path, i), QStringLiteral("name"));
        if (name.isEmpty()) {
            out << required(namePath);
            continue;
        }
        // RelaxedEnvironmentVariableValidation (on by default since 1.32): printable ASCII except '='.
        const bool printable = std::all_of(
            name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'='; });
        if (!printable) {
            out << invalid(namePath, quoted(name),
                           QStringLiteral("a valid environment variable name must consist only of printable ASCII "
                                          "characters other than '='"));
        }
    }
}

void validateContainer(const QJsonObject &container, const QString &path, const QSet<QString> &volumes,
                       QSet<QString> &names, QList<KubeCause> &out)
{
    const QString name = container.value(QLatin1String("name")).toString();
    const QString namePath = child(path, QStringLiteral("name"));
    if (name.isEmpty()) {
        out << required(namePath);
    } else {
        for (const QString &message : KubeNames::dns1123Label(name)) {
            out << invalid(namePath, quoted(name), message);
        }
    }
    if (names.contains(name)) {
        out << duplicate(namePath, quoted(name));
    }
    names.insert(name);
    if (container.value(QLatin1String("image")).toString().isEmpty()) {
        out << required(child(path, QStringLiteral("image")));
    }
    const QString pullPolicy = container.value(QLatin1String("imagePullPolicy")).toString();
    const QStringList pullPolicies{QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never")};
    if (!pullPolicy.isEmpty() && !pullPolicies.contains(pullPolicy)) {
        out << notSupported(child(path, QStringLiteral("imagePullPolicy")), quoted(pullPolicy), pullPolicies);
    }
    const QString messagePolicy = container.value(QLatin1String("terminationMessagePolicy")).toString();
    if (!messagePolicy.isEmpty() && messagePolicy != QLatin1String("File") &&
        messagePolicy != QLatin1String("FallbackToLogsOnError")) {
        out << invalid(child(path, QStringLiteral("terminationMessagePolicy")), quoted(messagePolicy),
                       QStringLiteral("must be 'File' or 'FallbackToLogsOnError'"));
    }
    const QJsonArray mounts = container.value(QLatin1String("volumeMounts")).toArray();
    QSet<QString> mountPoints;
    for (qsizetype i = 0; i < mounts.size(); ++i) {
        const QJsonObject mount = mounts.at(i).toObject();
        const QString mountPath = index(child(path, QStringLiteral("volumeMounts")), i);
        const QString volume = mount.value(QLatin1String("name")).toString();
        if (volume.isEmpty()) {
            out << required(child(mountPath, QStringLiteral("name")));
        }
        if (!volumes.contains(volume)) {
            out << notFound(child(mountPath, QStringLiteral("name")), quoted(volume));
        }
        const QString point = mount.value(QLatin1String("mountPath")).toString();
        if (point.isEmpty()) {
            out << required(child(mountPath, QStringLiteral("mountPath")));
        }
        if (mountPoints.contains(point)) {
            out << invalid(child(mountPath, QStringLiteral("mountPath")), quoted(point),
                           QStringLiteral("must be unique"));
        }
        mountPoints.insert(point);
        const QString subPath = mount.value(QLatin1String("subPath")).toString();
        if (!subPath.isEmpty()) {
            checkLocalPath(subPath, child(mountPath, QStringLiteral("subPath")), out);
        }
    }
    validateEnv(container.value(QLatin1String("env")).toArray(), child(path, QStringLiteral("env")), out);
    validateResources(container.value(QLatin1String("resources")).toObject(), child(path, QStringLiteral("resources")),
                      out);
    validateSeccomp(container.value(QLatin1String("securityContext")).toObject(),
                    child(path, QStringLiteral("securityContext")), out);
}

} // namespace

void validatePodTemplateSpec(const QJsonObject &templateSpec, const QString &path, QList<KubeCause> &out)
{
    // ValidatePodTemplateSpec reports template labels at "<template>.labels" (no "metadata").
    const QJsonObject meta = templateSpec.value(QLatin1String("metadata")).toObject();
    validateLabels(meta.value(QLatin1String("labels")).toObject(), child(path, QStringLiteral("labels")), out);
    validateAnnotations(meta.value(QLatin1String("annotations")).toObject(), child(path, QStringLiteral("annotations")),
                        out);
    validatePodSpec(templateSpec.value(QLatin1String("spec")).toObject(), child(path, QStringLiteral("spec")), out);
}

void validatePodSpec(const QJsonObject &spec, const QString &path, QList<KubeCause> &out)
{
    const QSet<QString> volumes =
        validateVolumes(spec.value(QLatin1String("volumes")).toArray(), child(path, QStringLiteral("volumes")), out);
    const QJsonArray containers = spec.value(QLatin1String("containers")).toArray();
    const QString containersPath = child(path, QStringLiteral("containers"));
    QSet<QString> names;
    if (containers.isEmpty()) {
        out << required(containersPath);
    }
    for (qsizetype i = 0; i < containers.size(); ++i) {
        validateContainer(containers.at(i).toObject(), index(containersPath, i), volumes, names, out);
    }
    // Init container names must differ from each other and from the app containers.
    const QJsonArray initContainers = spec.value(QLatin1String("initContainers")).toArray();
    for (qsizetype i = 0; i < initContainers.size(); ++i) {
        validateContainer(initContainers.at(i).toObject(), index(child(path, QStringLiteral("initContainers")), i),
                          volumes, names, out);
    }
    const QString restartPolicy = spec.value(QLatin1String("restartPolicy")).toString();
    const QStringList restartPolicies{QStringLiteral("Always"), QStringLiteral("OnFailure"), QStringLiteral("Never")};
    if (!restartPolicy.isEmpty() && !restartPolicies.contains(restartPolicy)) {
        out << notSupported(child(path, QStringLiteral("restartPolicy")), quoted(restartPolicy), restartPolicies);
    }
    const QJsonValue deadline = spec.value(QLatin1String("activeDeadlineSeconds"));
    if (deadline.isDouble() && (integer(deadline) < 1 || integer(deadline) > 2147483647)) {
        out << invalid(child(path, QStringLiteral("activeDeadlineSeconds")), goValue(deadline),
                       QStringLiteral("must be between 1 and 2147483647, inclusive"));
    }
    validateSeccomp(spec.value(QLatin1String("securityContext")).toObject(),
                    child(path, QStringLiteral("securityContext")), out);
}

} // namespace GradeDesk::Tests::KubeRules
