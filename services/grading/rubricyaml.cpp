// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubricyaml.h"

#include <services/config/yamlnode.h>
#include <services/core/logging.h>

#include <QLocale>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <optional>
#include <string>

namespace GradeDesk::Services {

namespace {

std::string toYaml(const QString &text)
{
    return text.toStdString();
}

using Position = YamlPosition;

struct Entry {
    QString key;
    YAML::Node value;
    Position position; ///< Of the value, or of the key when the value is empty.
};

/**
 * Reads one rubric document. Unlike course.yaml, unknown keys are errors: a misspelt optional key
 * ("descripton") would otherwise drop what the grader wrote without a word.
 */
class Reader final
{
public:
    explicit Reader(const QString &file)
        : m_file(file.isEmpty() ? QStringLiteral("rubric.yaml") : file)
    {}

    const std::optional<ServiceError> &error() const { return m_error; }

    bool fail(ServiceError::Kind kind, Position at, const QString &message, const QString &detail)
    {
        m_error = YamlNode::error(kind, m_file, at, message, detail);
        return false;
    }

    bool failValue(const Entry &entry, const QString &path, const QString &expected)
    {
        return fail(
            ServiceError::Kind::Validation, entry.position,
            RubricYaml::tr("\u201c%1\u201d must be %2, but it is %3. Correct the rubric file and import it again.")
                .arg(path, expected, YamlNode::describe(entry.value)),
            QStringLiteral("%1: expected %2").arg(path, expected));
    }

    bool checkEncoding(const QByteArray &yaml)
    {
        const std::optional<int> line = YamlNode::firstInvalidUtf8Line(yaml);
        return !line || fail(ServiceError::Kind::Parse, {*line, 1},
                             RubricYaml::tr("The file is not valid UTF-8 text. Save it as UTF-8 and import it again."),
                             QStringLiteral("invalid UTF-8 on line %1").arg(*line));
    }

    /// The entries of the mapping `node`; refuses non-mappings, duplicate keys and keys not in `allowed`.
    bool openMap(const YAML::Node &node, Position at, const QString &path, const QStringList &allowed,
                 QList<Entry> &entries)
    {
        const Position here = YamlNode::positionOf(node, at);
        if (!node.IsMap()) {
            return failValue({path, node, here}, path.isEmpty() ? RubricYaml::tr("the rubric file") : path,
                             RubricYaml::tr("a mapping of keys to values"));
        }
        for (const auto &pair : node) {
            const Position keyAt = YamlNode::positionOf(pair.first, here);
            const QString key = pair.first.IsScalar() ? YamlNode::text(pair.first.Scalar()) : QString();
            const QString name = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (!allowed.contains(key)) {
                return fail(
                    ServiceError::Kind::Validation, keyAt,
                    RubricYaml::tr("Unknown key \u201c%1\u201d. Allowed here: %2. Check its spelling and indentation "
                                   "and import the rubric again.")
                        .arg(name, allowed.join(QStringLiteral(", "))),
                    QStringLiteral("unknown key '%1'").arg(name));
            }
            for (const Entry &seen : std::as_const(entries)) {
                if (seen.key == key) {
                    return fail(
                        ServiceError::Kind::Validation, keyAt,
                        RubricYaml::tr("\u201c%1\u201d is set twice. Remove one of them and import the rubric again.")
                            .arg(name),
                        QStringLiteral("duplicate key '%1'").arg(name));
                }
            }
            entries.append({key, pair.second, YamlNode::positionOf(pair.second, keyAt)});
        }
        return true;
    }

    static const Entry *find(const QList<Entry> &entries, const char *key)
    {
        for (const Entry &entry : entries) {
            if (entry.key == QLatin1String(key)) {
                return entry.value.IsNull() ? nullptr : &entry;
            }
        }
        return nullptr;
    }

    bool readText(const QList<Entry> &entries, const char *key, const QString &path, QString &out,
                  bool required = false, Position mapAt = {})
    {
        const Entry *entry = find(entries, key);
        const QString name = path + QLatin1Char('.') + QLatin1String(key);
        if (!entry) {
            return !required ||
                   fail(ServiceError::Kind::Validation, mapAt,
                        RubricYaml::tr("\u201c%1\u201d is missing. Add it and import the rubric again.").arg(name),
                        QStringLiteral("missing '%1'").arg(name));
        }
        if (!entry->value.IsScalar() || (required && YamlNode::text(entry->value.Scalar()).trimmed().isEmpty())) {
            return failValue(*entry, name, required ? RubricYaml::tr("non-empty text") : RubricYaml::tr("text"));
        }
        out = YamlNode::text(entry->value.Scalar());
        return true;
    }

    bool readPoints(const QList<Entry> &entries, const QString &path, double &out, Position mapAt)
    {
        const Entry *entry = find(entries, "points");
        const QString name = path + QStringLiteral(".points");
        if (!entry) {
            return fail(ServiceError::Kind::Validation, mapAt,
                        RubricYaml::tr("\u201c%1\u201d is missing. Add it and import the rubric again.").arg(name),
                        QStringLiteral("missing '%1'").arg(name));
        }
        bool ok = false;
        const double value =
            entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(value)) {
            return failValue(*entry, name, RubricYaml::tr("a number such as 2, -0.5 or 1.25"));
        }
        out = value;
        return true;
    }

    bool readBool(const QList<Entry> &entries, const char *key, const QString &path, bool &out)
    {
        const Entry *entry = find(entries, key);
        if (!entry) {
            return true;
        }
        const QString text =
            entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toLower() : QString();
        if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on")) {
            out = true;
        } else if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off")) {
            out = false;
        } else {
            return failValue(*entry, path + QLatin1Char('.') + QLatin1String(key), RubricYaml::tr("true or false"));
        }
        return true;
    }

private:
    QString m_file;
    std::optional<ServiceError> m_error;
};

bool readVersion(Reader &reader, const QList<Entry> &root)
{
    const Entry *entry = Reader::find(root, "version");
    if (!entry) {
        return reader.fail(
            ServiceError::Kind::Validation, {1, 1},
            RubricYaml::tr("This is not a GradeDesk rubric file: \u201cversion\u201d is missing. Export a "
                           "rubric from GradeDesk to see the expected form."),
            QStringLiteral("missing 'version'"));
    }
    bool ok = false;
    const int version = entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toInt(&ok) : 0;
    if (!ok || version < 1) {
        return reader.failValue(*entry, QStringLiteral("version"), RubricYaml::tr("a whole number of 1 or more"));
    }
    if (version > RubricYaml::kVersion) {
        return reader.fail(
            ServiceError::Kind::Unsupported, entry->position,
            RubricYaml::tr("This rubric was written by a newer GradeDesk (format version %1; this version reads "
                           "up to %2). Update GradeDesk to import it.")
                .arg(version)
                .arg(RubricYaml::kVersion),
            QStringLiteral("rubric format version %1 > %2").arg(version).arg(RubricYaml::kVersion));
    }
    return true;
}

bool readScoring(Reader &reader, const QList<Entry> &root, QuestionSettings &settings)
{
    const Entry *entry = Reader::find(root, "scoring");
    if (!entry) {
        return true;
    }
    const QString path = QStringLiteral("scoring");
    QList<Entry> entries;
    if (!reader.openMap(entry->value, entry->position, path,
                        {QStringLiteral("mode"), QStringLiteral("floor_at_zero"), QStringLiteral("ceiling_at_max")},
                        entries)) {
        return false;
    }
    QString mode;
    if (!reader.readText(entries, "mode", path, mode)) {
        return false;
    }
    const QString normalized = mode.trimmed().toLower();
    if (normalized == QLatin1String("positive")) {
        settings.mode = ScoringMode::Positive;
    } else if (normalized == QLatin1String("negative")) {
        settings.mode = ScoringMode::Negative;
    } else if (!normalized.isEmpty()) {
        return reader.failValue(
            *Reader::find(entries, "mode"), QStringLiteral("scoring.mode"),
            RubricYaml::tr("\u201cpositive\u201d (start at 0 and add) or \u201cnegative\u201d (start at "
                           "full marks and deduct)"));
    }
    return reader.readBool(entries, "floor_at_zero", path, settings.floorAtZero) &&
           reader.readBool(entries, "ceiling_at_max", path, settings.ceilingAtMax);
}

bool isValidShortcut(const QString &shortcut)
{
    return shortcut.size() == 1 && shortcut.front().unicode() < 128 && shortcut.front().isLetterOrNumber();
}

bool readItem(Reader &reader, const YAML::Node &node, Position fallback, const QString &path, RubricItemRecord &item)
{
    QList<Entry> entries;
    const Position at = YamlNode::positionOf(node, fallback);
    if (!reader.openMap(node, fallback, path,
                        {QStringLiteral("title"), QStringLiteral("points"), QStringLiteral("description"),
                         QStringLiteral("shortcut"), QStringLiteral("group")},
                        entries) ||
        !reader.readText(entries, "title", path, item.title, true, at) ||
        !reader.readPoints(entries, path, item.points, at) ||
        !reader.readText(entries, "description", path, item.description) ||
        !reader.readText(entries, "shortcut", path, item.shortcut) ||
        !reader.readText(entries, "group", path, item.group)) {
        return false;
    }
    item.title = item.title.trimmed();
    item.shortcut = item.shortcut.trimmed();
    item.group = item.group.trimmed();
    if (!item.shortcut.isEmpty() && !isValidShortcut(item.shortcut)) {
        return reader.failValue(*Reader::find(entries, "shortcut"), path + QStringLiteral(".shortcut"),
                                RubricYaml::tr("one digit or letter"));
    }
    return true;
}

bool readItems(Reader &reader, const QList<Entry> &root, QList<RubricItemRecord> &items)
{
    const Entry *entry = Reader::find(root, "items");
    if (!entry) {
        return true;
    }
    if (!entry->value.IsSequence()) {
        return reader.failValue(*entry, QStringLiteral("items"), RubricYaml::tr("a list of rubric items"));
    }
    QList<Position> shortcutAt;
    for (std::size_t i = 0; i < entry->value.size(); ++i) {
        const YAML::Node node = entry->value[i];
        const QString path = QStringLiteral("items[%1]").arg(i + 1);
        RubricItemRecord item;
        if (!readItem(reader, node, entry->position, path, item)) {
            return false;
        }
        item.position = int(items.size());
        const Position here = YamlNode::positionOf(node, entry->position);
        for (qsizetype j = 0; j < items.size(); ++j) {
            if (!item.shortcut.isEmpty() && items.at(j).shortcut == item.shortcut) {
                return reader.fail(
                    ServiceError::Kind::Validation, here,
                    RubricYaml::tr("The shortcut \u201c%1\u201d of %2 is already used by items[%3] (line %4). "
                                   "Give each item its own shortcut, or none, and import the rubric again.")
                        .arg(item.shortcut, path)
                        .arg(j + 1)
                        .arg(shortcutAt.at(j).line),
                    QStringLiteral("duplicate shortcut '%1'").arg(item.shortcut));
            }
        }
        items.append(item);
        shortcutAt.append(here);
    }
    return true;
}

/// Points in the shortest form that reads back to the same double ("2", "-0.5", "0.1").
std::string pointsText(double points)
{
    return QString::number(points, 'g', QLocale::FloatingPointShortest).toStdString();
}

} // namespace

QByteArray RubricYaml::serialize(const RubricDocument &rubric)
{
    YAML::Emitter out;
    out.SetIndent(2);
    // Text is always double-quoted: a title such as "yes", "null" or "1" must read back as that text.
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << kVersion;
    out << YAML::Key << "scoring" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "mode" << YAML::Value
        << (rubric.settings.mode == ScoringMode::Negative ? "negative" : "positive");
    out << YAML::Key << "floor_at_zero" << YAML::Value << rubric.settings.floorAtZero;
    out << YAML::Key << "ceiling_at_max" << YAML::Value << rubric.settings.ceilingAtMax;
    out << YAML::EndMap;
    out << YAML::Key << "items" << YAML::Value;
    if (rubric.items.isEmpty()) {
        out << YAML::Flow; // "items: []" rather than a dangling "[]" on the next line
    }
    out << YAML::BeginSeq;
    for (const RubricItemRecord &item : rubric.items) {
        out << YAML::BeginMap;
        out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << toYaml(item.title);
        out << YAML::Key << "points" << YAML::Value << pointsText(item.points);
        const std::pair<const char *, const QString *> optional[] = {
            {"description", &item.description}, {"shortcut", &item.shortcut}, {"group", &item.group}};
        for (const auto &[key, value] : optional) {
            if (!value->isEmpty()) {
                out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << toYaml(*value);
            }
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    QByteArray yaml(out.c_str(), qsizetype(out.size()));
    yaml.append('\n');
    return yaml;
}

Result<RubricDocument> RubricYaml::parse(const QByteArray &yaml, const QString &pathForMessages)
{
    Reader reader(pathForMessages);
    if (!reader.checkEncoding(yaml)) {
        return *reader.error();
    }
    RubricDocument rubric;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        if (documents.size() > 1) {
            reader.fail(ServiceError::Kind::Validation, YamlNode::positionOf(documents.at(1), {}),
                        tr("The file holds more than one YAML document (a line \u201c---\u201d starts the second "
                           "one). Keep one rubric per file and import it again."),
                        QStringLiteral("%1 YAML documents").arg(documents.size()));
            return *reader.error();
        }
        const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
        QList<Entry> entries;
        if (!root.IsDefined() || root.IsNull()) {
            reader.fail(ServiceError::Kind::Validation, {},
                        tr("The file is empty. Export a rubric from GradeDesk to see the expected form."),
                        QStringLiteral("empty document"));
            return *reader.error();
        }
        if (!reader.openMap(root, {1, 1}, QString(),
                            {QStringLiteral("version"), QStringLiteral("scoring"), QStringLiteral("items")}, entries) ||
            !readVersion(reader, entries) || !readScoring(reader, entries, rubric.settings) ||
            !readItems(reader, entries, rubric.items)) {
            return *reader.error();
        }
    } catch (const YAML::Exception &e) {
        const Position at = YamlNode::positionOf(e.mark);
        const QString what = QString::fromStdString(e.msg);
        reader.fail(ServiceError::Kind::Parse, at,
                    tr("The file is not valid YAML: %1. Fix the text at this place (check indentation, colons and "
                       "closing brackets) and import it again.")
                        .arg(what),
                    QStringLiteral("yaml-cpp: %1").arg(what));
        qCWarning(lcGrading).noquote() << reader.error()->detail;
        return *reader.error();
    }
    return rubric;
}

} // namespace GradeDesk::Services
