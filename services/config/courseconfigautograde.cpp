// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "courseconfigautograde.h"

#include "configpaths.h"

#include <QDir>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace GradeDesk::Services {

namespace {

using Reader = ConfigYamlReader;

const QString defaultDatasetPath = QStringLiteral("/data");

// Mount paths the grading pod already uses (spec: inputs, work folder, temp, home).
const QStringList reservedMountPaths = {QStringLiteral("/etc/gradedesk"), QStringLiteral("/work"),
                                        QStringLiteral("/tmp")};

bool readInteger(Reader &reader, Reader::Map &map, const char *key, qint64 minimum, qint64 &out)
{
    const Reader::Entry *entry = reader.take(map, key);
    if (!entry) {
        return true;
    }
    bool ok = false;
    const qint64 value = entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toLongLong(&ok) : 0;
    if (!ok || value < minimum || value > std::numeric_limits<int>::max()) {
        return reader.failValue(*entry, Reader::join(map.path, QString::fromLatin1(key)),
                                CourseConfigLoader::tr("a whole number of %1 or more").arg(minimum));
    }
    out = value;
    return true;
}

bool readInt(Reader &reader, Reader::Map &map, const char *key, int minimum, int &out)
{
    qint64 value = out;
    if (!readInteger(reader, map, key, minimum, value)) {
        return false;
    }
    out = int(value);
    return true;
}

bool readQuantity(Reader &reader, Reader::Map &map, const char *key, bool memory, QString &out)
{
    QString text;
    if (!reader.readString(map, key, text)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    text = text.trimmed();
    const bool valid = memory ? AutogradeConfig::memoryBytes(text).has_value() : AutogradeConfig::isCpuQuantity(text);
    if (!valid) {
        return reader.failValue(*reader.take(map, key), Reader::join(map.path, QString::fromLatin1(key)),
                                memory ? CourseConfigLoader::tr("a memory size such as 2Gi or 512Mi")
                                       : CourseConfigLoader::tr("a number of CPUs such as 1, 0.5 or 500m"));
    }
    out = text;
    return true;
}

bool readPython(Reader &reader, Reader::Map &map, const QString &baseDir, QString &out)
{
    QString text;
    if (!reader.readString(map, "python", text)) {
        return false;
    }
    text = text.trimmed();
    if (text.isEmpty()) {
        return true;
    }
    // A bare name is a command looked up in PATH; anything with a slash (or "~") is a file.
    out = text.contains(QLatin1Char('/')) || text.startsWith(QLatin1Char('~')) ? ConfigPaths::resolve(text, baseDir)
                                                                               : text;
    return true;
}

bool isDnsSubdomain(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

} // namespace

std::optional<qint64> AutogradeConfig::memoryBytes(const QString &quantity)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|[eE][0-9]+)?$"));
    const QRegularExpressionMatch match = pattern.match(quantity.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const double number = match.captured(1).toDouble();
    const QString suffix = match.captured(2);
    static const QStringList binary = {QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
                                       QStringLiteral("Ti"), QStringLiteral("Pi"), QStringLiteral("Ei")};
    static const QStringList decimal = {QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G"),
                                        QStringLiteral("T"), QStringLiteral("P"), QStringLiteral("E")};
    double factor = 1.0;
    if (const qsizetype b = binary.indexOf(suffix); b >= 0) {
        factor = std::pow(1024.0, double(b + 1));
    } else if (const qsizetype d = decimal.indexOf(suffix); d >= 0) {
        factor = std::pow(1000.0, double(d + 1));
    } else if (!suffix.isEmpty()) {
        factor = std::pow(10.0, suffix.mid(1).toDouble());
    }
    const double bytes = std::ceil(number * factor);
    if (!std::isfinite(bytes) || bytes < 1.0 || bytes > double(std::numeric_limits<qint64>::max() / 2)) {
        return std::nullopt;
    }
    return qint64(bytes);
}

bool AutogradeConfig::isCpuQuantity(const QString &quantity)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(m)?$"));
    const QRegularExpressionMatch match = pattern.match(quantity.trimmed());
    return match.hasMatch() && match.captured(1).toDouble() > 0.0;
}

QString AutogradeConfig::executorName(Executor executor)
{
    return executor == Executor::Kubernetes ? QStringLiteral("kubernetes") : QStringLiteral("local");
}

namespace CourseConfigAutograde {

bool readSection(ConfigYamlReader &reader, ConfigYamlReader::Map &root, const QString &baseDir,
                 AutogradeConfig &autograde)
{
    autograde = {};
    const Reader::Entry *entry = reader.take(root, "autograde");
    if (!entry) {
        return true;
    }
    Reader::Map map;
    if (!reader.openMap(entry->value, entry->position, QStringLiteral("autograde"), map)) {
        return false;
    }
    int executor = 0;
    if (!reader.readChoice(map, "executor", {QStringLiteral("local"), QStringLiteral("kubernetes")}, executor) ||
        !readInt(reader, map, "parallelism", 0, autograde.parallelism) ||
        !readInt(reader, map, "cell_timeout", 1, autograde.cellTimeoutSeconds) ||
        !readInt(reader, map, "submission_timeout", 1, autograde.submissionTimeoutSeconds) ||
        !readInteger(reader, map, "max_output", 1, autograde.maxOutputBytes) ||
        !readQuantity(reader, map, "memory", true, autograde.memory) ||
        !readQuantity(reader, map, "cpu", false, autograde.cpu) || !reader.readString(map, "image", autograde.image) ||
        !readPython(reader, map, baseDir, autograde.python)) {
        return false;
    }
    autograde.executor = executor == 1 ? AutogradeConfig::Executor::Kubernetes : AutogradeConfig::Executor::Local;
    reader.finish(map);
    return true;
}

bool readDataset(ConfigYamlReader &reader, ConfigYamlReader::Map &assignment, DatasetConfig &dataset)
{
    const Reader::Entry *entry = reader.take(assignment, "dataset");
    if (!entry) {
        return true;
    }
    const QString path = Reader::join(assignment.path, QStringLiteral("dataset"));
    Reader::Map map;
    if (!reader.openMap(entry->value, entry->position, path, map) ||
        !reader.readString(map, "claim", dataset.claim, true) || !reader.readString(map, "path", dataset.path)) {
        return false;
    }
    dataset.claim = dataset.claim.trimmed();
    if (!isDnsSubdomain(dataset.claim)) {
        return reader.failValue(*reader.take(map, "claim"), Reader::join(path, QStringLiteral("claim")),
                                CourseConfigLoader::tr("the name of a PersistentVolumeClaim (lowercase letters, "
                                                       "digits, \u201c-\u201d and \u201c.\u201d)"));
    }
    if (dataset.path.isEmpty()) {
        dataset.path = defaultDatasetPath;
    } else {
        const QString cleaned = QDir::cleanPath(dataset.path.trimmed());
        const bool reserved =
            std::any_of(reservedMountPaths.cbegin(), reservedMountPaths.cend(), [&cleaned](const QString &used) {
                return cleaned == used || cleaned.startsWith(used + QLatin1Char('/'));
            });
        if (!cleaned.startsWith(QLatin1Char('/')) || cleaned == QLatin1String("/") || reserved) {
            return reader.failValue(*reader.take(map, "path"), Reader::join(path, QStringLiteral("path")),
                                    CourseConfigLoader::tr("an absolute folder in the grading container such as "
                                                           "/data (not /, /work, /tmp or /etc/gradedesk)"));
        }
        dataset.path = cleaned;
    }
    reader.finish(map);
    return true;
}

} // namespace CourseConfigAutograde

} // namespace GradeDesk::Services
