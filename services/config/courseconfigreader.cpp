// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "configpaths.h"
#include "configyamlreader.h"
#include "courseconfig.h"
#include "courseconfigautograde.h"

#include <services/core/logging.h>

#include <QFileInfo>

#include <algorithm>
#include <string>
#include <vector>

// CourseConfigLoader::parse: the sections of course.yaml (layout in courseconfig.h).

namespace GradeDesk::Services {

namespace {

using Reader = ConfigYamlReader;

const QString defaultNgsharePrefix = QStringLiteral("/services/ngshare");

// A key that is valid in the section but means nothing with the chosen type.
void ignoreFor(Reader &reader, Reader::Map &map, const char *key, const QString &type)
{
    if (const Reader::Entry *entry = reader.take(map, key)) {
        reader.warn(Reader::positionOf(entry->keyNode, entry->position),
                    CourseConfigLoader::tr("\u201c%1\u201d has no effect with type %2 and is ignored.")
                        .arg(Reader::join(map.path, entry->key), type));
    }
}

// An optional section: false on error; `present` tells whether it is there (and `map` was opened).
bool openSection(Reader &reader, Reader::Map &root, const char *key, Reader::Map &map, bool &present)
{
    const Reader::Entry *entry = reader.take(root, key);
    present = entry != nullptr;
    return !present || reader.openMap(entry->value, entry->position, QString::fromLatin1(key), map);
}

bool readVersion(Reader &reader, Reader::Map &root)
{
    const Reader::Entry *entry = reader.take(root, "version");
    if (!entry) {
        return true;
    }
    bool ok = false;
    const int version = entry->value.IsScalar() ? QString::fromStdString(entry->value.Scalar()).toInt(&ok) : 0;
    if (!ok || version < 1) {
        return reader.failValue(*entry, QStringLiteral("version"), CourseConfigLoader::tr("a whole number such as 1"));
    }
    if (version > CourseConfigLoader::formatVersion) {
        return reader.fail(
            ServiceError::Kind::Unsupported, entry->position,
            CourseConfigLoader::tr("The course file has format version %1, but this GradeDesk reads version %2 at "
                                   "most. Update GradeDesk to open this course.")
                .arg(version)
                .arg(CourseConfigLoader::formatVersion),
            QStringLiteral("format version %1 > %2").arg(version).arg(CourseConfigLoader::formatVersion));
    }
    return true;
}

bool readCourse(Reader &reader, Reader::Map &root, CourseConfig &config)
{
    const Reader::Entry *entry = reader.take(root, "course");
    if (!entry) {
        return reader.fail(ServiceError::Kind::Validation, root.position,
                           CourseConfigLoader::tr("'course.id' is missing. Add a line such as 'course: {id: demo101, "
                                                  "title: \"Data Analysis 101\"}' and open the course again."),
                           QStringLiteral("missing 'course'"));
    }
    Reader::Map course;
    if (!reader.openMap(entry->value, entry->position, QStringLiteral("course"), course) ||
        !reader.readString(course, "id", config.id, true) || !reader.readString(course, "title", config.title)) {
        return false;
    }
    reader.finish(course);
    return true;
}

bool readExchange(Reader &reader, Reader::Map &root, const QString &baseDir, ExchangeConfig &exchange)
{
    exchange = {};
    Reader::Map map;
    bool present = false;
    if (!openSection(reader, root, "exchange", map, present)) {
        return false;
    }
    int kind = 0;
    if (present) {
        if (!reader.readChoice(map, "type", {QStringLiteral("local"), QStringLiteral("ngshare")}, kind) ||
            !reader.readPath(map, "directory", exchange.directory)) {
            return false;
        }
    }
    exchange.kind = kind == 1 ? ExchangeConfig::Kind::Ngshare : ExchangeConfig::Kind::Local;
    if (exchange.kind == ExchangeConfig::Kind::Local) {
        if (exchange.directory.isEmpty()) {
            exchange.directory = ConfigPaths::resolve(QStringLiteral("."), baseDir);
        }
        if (present) {
            ignoreFor(reader, map, "url", QStringLiteral("local"));
            ignoreFor(reader, map, "prefix", QStringLiteral("local"));
        }
    } else {
        exchange.prefix = defaultNgsharePrefix;
        if (!reader.readUrl(map, "url", exchange.url, true) || !reader.readString(map, "prefix", exchange.prefix)) {
            return false;
        }
        if (!exchange.prefix.startsWith(QLatin1Char('/'))) {
            return reader.failValue(
                *reader.take(map, "prefix"), QStringLiteral("exchange.prefix"),
                CourseConfigLoader::tr("a path starting with \u201c/\u201d, such as /services/ngshare"));
        }
    }
    if (present) {
        reader.finish(map);
    }
    return true;
}

bool readGradebook(Reader &reader, Reader::Map &root, const QString &baseDir, GradebookConfig &gradebook)
{
    gradebook = {};
    Reader::Map map;
    bool present = false;
    if (!openSection(reader, root, "gradebook", map, present)) {
        return false;
    }
    int kind = 0;
    if (present && !reader.readChoice(map, "type", {QStringLiteral("sqlite"), QStringLiteral("postgresql")}, kind)) {
        return false;
    }
    gradebook.kind = kind == 1 ? GradebookConfig::Kind::Postgresql : GradebookConfig::Kind::Sqlite;
    if (gradebook.kind == GradebookConfig::Kind::Sqlite) {
        if (present && !reader.readPath(map, "path", gradebook.sqlitePath)) {
            return false;
        }
        if (gradebook.sqlitePath.isEmpty()) {
            gradebook.sqlitePath = ConfigPaths::resolve(QStringLiteral("gradebook.sqlite"), baseDir);
        }
        if (present) {
            for (const char *key : {"host", "port", "database", "user", "sslmode"}) {
                ignoreFor(reader, map, key, QStringLiteral("sqlite"));
            }
        }
    } else {
        static const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                             QStringLiteral("prefer"),    QStringLiteral("require"),
                                             QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        int sslMode = -1;
        if (!reader.readString(map, "host", gradebook.host, true) || !reader.readPort(map, "port", gradebook.port) ||
            !reader.readString(map, "database", gradebook.database, true) ||
            !reader.readString(map, "user", gradebook.user) || !reader.readChoice(map, "sslmode", sslModes, sslMode)) {
            return false;
        }
        gradebook.sslMode = sslMode >= 0 ? sslModes.at(sslMode) : QString();
        ignoreFor(reader, map, "path", QStringLiteral("postgresql"));
    }
    if (present) {
        reader.finish(map);
    }
    return true;
}

bool readLatePenalty(Reader &reader, Reader::Map &assignment, LatePenalty &penalty)
{
    static const QStringList kinds = {QStringLiteral("none"), QStringLiteral("zero"), QStringLiteral("per_hour"),
                                      QStringLiteral("per_day")};
    const Reader::Entry *entry = reader.take(assignment, "late_penalty");
    if (!entry) {
        return true;
    }
    const QString path = Reader::join(assignment.path, QStringLiteral("late_penalty"));
    int kind = 0;
    Reader::Map map;
    if (entry->value.IsScalar()) {
        // Shorthand for the kinds without parameters: "late_penalty: zero".
        Reader::Map wrapper{assignment.path, assignment.position, {*entry}, {}};
        if (!reader.readChoice(wrapper, "late_penalty", {kinds.at(0), kinds.at(1)}, kind)) {
            return false;
        }
    } else if (!reader.openMap(entry->value, entry->position, path, map) ||
               !reader.readChoice(map, "type", kinds, kind)) {
        return false;
    }
    penalty.kind = static_cast<LatePenalty::Kind>(kind);
    if (!entry->value.IsMap()) {
        return true;
    }
    const QString typeName = kinds.at(kind);
    if (penalty.kind == LatePenalty::Kind::PerHour || penalty.kind == LatePenalty::Kind::PerDay) {
        std::optional<double> points;
        if (!reader.readNumber(map, "points", points) || !reader.readNumber(map, "max", penalty.maximum)) {
            return false;
        }
        if (!points) {
            return reader.fail(
                ServiceError::Kind::Validation, map.position,
                CourseConfigLoader::tr("\u201c%1.points\u201d is missing: a %2 penalty needs the points to deduct. Add "
                                       "it and open the course again.")
                    .arg(path, typeName),
                QStringLiteral("missing '%1.points'").arg(path));
        }
        penalty.points = *points;
    } else {
        ignoreFor(reader, map, "points", typeName);
        ignoreFor(reader, map, "max", typeName);
    }
    reader.finish(map);
    return true;
}

bool readNotebooks(Reader &reader, Reader::Map &assignment, QStringList &notebooks)
{
    const Reader::Entry *entry = reader.take(assignment, "notebooks");
    if (!entry) {
        return true;
    }
    const QString path = Reader::join(assignment.path, QStringLiteral("notebooks"));
    if (!entry->value.IsSequence()) {
        return reader.failValue(*entry, path,
                                CourseConfigLoader::tr("a list of notebook names such as [problem1, problem2]"));
    }
    for (const YAML::Node &item : entry->value) {
        const Reader::Position at = Reader::positionOf(item, entry->position);
        // Each item is read like a one-key mapping so it gets the same checks and messages as other names.
        Reader::Map wrapper{assignment.path, at, {{QStringLiteral("notebooks"), {}, item, at}}, {}};
        QString name;
        if (!reader.readName(wrapper, "notebooks", name, CourseConfigLoader::tr("notebook name"))) {
            return false;
        }
        if (name.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive)) {
            name.chop(6);
        }
        if (name.isEmpty() || notebooks.contains(name)) {
            return reader.failValue(wrapper.entries.front(), path,
                                    CourseConfigLoader::tr("a list of different notebook names"));
        }
        notebooks.append(name);
    }
    return true;
}

bool readAssignments(Reader &reader, Reader::Map &root, QList<AssignmentConfig> &assignments)
{
    const Reader::Entry *entry = reader.take(root, "assignments");
    if (!entry) {
        return true;
    }
    if (!entry->value.IsSequence()) {
        return reader.failValue(
            *entry, QStringLiteral("assignments"),
            CourseConfigLoader::tr("a list of assignments, each starting with \u201c- name:\u201d"));
    }
    for (const YAML::Node &item : entry->value) {
        const QString path = QStringLiteral("assignments[%1]").arg(assignments.size() + 1);
        Reader::Map map;
        AssignmentConfig assignment;
        if (!reader.openMap(item, entry->position, path, map) ||
            !reader.readName(map, "name", assignment.name, CourseConfigLoader::tr("assignment name"))) {
            return false;
        }
        for (const AssignmentConfig &other : std::as_const(assignments)) {
            if (other.name == assignment.name) {
                return reader.failValue(*reader.take(map, "name"), Reader::join(path, QStringLiteral("name")),
                                        CourseConfigLoader::tr("a name no other assignment has"));
            }
        }
        if (!reader.readDue(map, "due", assignment.due) || !readNotebooks(reader, map, assignment.notebooks) ||
            !readLatePenalty(reader, map, assignment.latePenalty) ||
            !reader.readString(map, "image", assignment.image) ||
            !CourseConfigAutograde::readDataset(reader, map, assignment.dataset)) {
            return false;
        }
        reader.finish(map);
        assignments.append(assignment);
    }
    return true;
}

bool readKubernetes(Reader &reader, Reader::Map &root, KubernetesConfig &kubernetes)
{
    Reader::Map map;
    bool present = false;
    if (!openSection(reader, root, "kubernetes", map, present)) {
        return false;
    }
    if (present) {
        if (!reader.readPath(map, "kubeconfig", kubernetes.kubeconfig) ||
            !reader.readString(map, "context", kubernetes.context) ||
            !reader.readString(map, "namespace", kubernetes.ns)) {
            return false;
        }
        reader.finish(map);
    }
    return true;
}

bool readCanvas(Reader &reader, Reader::Map &root, CanvasConfig &canvas)
{
    Reader::Map map;
    bool present = false;
    if (!openSection(reader, root, "canvas", map, present)) {
        return false;
    }
    if (!present) {
        return true;
    }
    // The order matches CanvasConfig::IdentityRule.
    static const QStringList rules = {QStringLiteral("login_id"), QStringLiteral("sis_id"), QStringLiteral("email"),
                                      QStringLiteral("mapping")};
    int rule = 0;
    if (!reader.readUrl(map, "url", canvas.url, true) || !reader.readString(map, "course_id", canvas.courseId, true) ||
        !reader.readChoice(map, "identity", rules, rule)) {
        return false;
    }
    canvas.identity = static_cast<CanvasConfig::IdentityRule>(rule);
    if (canvas.identity == CanvasConfig::IdentityRule::Mapping) {
        if (!reader.readPath(map, "mapping_file", canvas.mappingFile)) {
            return false;
        }
        if (canvas.mappingFile.isEmpty()) {
            return reader.fail(
                ServiceError::Kind::Validation, map.position,
                CourseConfigLoader::tr("“canvas.mapping_file\u201d is missing: \u201cidentity: mapping\u201d needs "
                                       "a CSV file with the columns username and canvas_user. Add it, or choose "
                                       "another identity rule (login_id, sis_id or email), and open the course again."),
                QStringLiteral("missing 'canvas.mapping_file'"));
        }
    } else if (const Reader::Entry *entry = reader.take(map, "mapping_file")) {
        reader.warn(
            Reader::positionOf(entry->keyNode, entry->position),
            CourseConfigLoader::tr("“canvas.mapping_file\u201d has no effect with identity %1 and is ignored; it is "
                                   "read only with \u201cidentity: mapping\u201d.")
                .arg(rules.at(rule)));
    }
    if (const Reader::Entry *entry = reader.take(map, "regrade_keyword")) {
        const Reader::Position position = entry->position;
        if (!reader.readString(map, "regrade_keyword", canvas.regradeKeyword)) {
            return false;
        }
        canvas.regradeKeyword = canvas.regradeKeyword.trimmed();
        if (canvas.regradeKeyword.isEmpty() ||
            std::any_of(canvas.regradeKeyword.cbegin(), canvas.regradeKeyword.cend(),
                        [](QChar c) { return c.isSpace() || c == QLatin1Char(':'); })) {
            return reader.fail(ServiceError::Kind::Validation, position,
                               CourseConfigLoader::tr("“canvas.regrade_keyword\u201d must be one word without "
                                                      "spaces or colons, such as REGRADE. Fix it and open the course "
                                                      "again."),
                               QStringLiteral("bad 'canvas.regrade_keyword'"));
        }
    }
    reader.finish(map);
    return true;
}

bool readDocument(Reader &reader, const YAML::Node &document, const QString &baseDir, CourseConfig &config)
{
    // A file with nothing but comments reads as an empty mapping (and then lacks course.id).
    const YAML::Node root = document.IsNull() ? YAML::Node(YAML::NodeType::Map) : document;
    Reader::Map map;
    if (!reader.scanForSecrets(root) || !reader.openMap(root, {1, 1}, QString(), map) || !readVersion(reader, map) ||
        !readCourse(reader, map, config) || !reader.readString(map, "grader", config.grader) ||
        !readExchange(reader, map, baseDir, config.exchange) ||
        !readGradebook(reader, map, baseDir, config.gradebook) || !readAssignments(reader, map, config.assignments) ||
        !readKubernetes(reader, map, config.kubernetes) || !readCanvas(reader, map, config.canvas) ||
        !CourseConfigAutograde::readSection(reader, map, baseDir, config.autograde)) {
        return false;
    }
    reader.finish(map);
    return true;
}

} // namespace

Result<LoadedCourseConfig> CourseConfigLoader::parse(const QByteArray &yaml, const QString &pathForMessages)
{
    const QString baseDir = pathForMessages.isEmpty() ? QString() : QFileInfo(pathForMessages).absolutePath();
    Reader reader(pathForMessages, baseDir);
    if (!reader.checkEncoding(yaml)) {
        return *reader.error();
    }
    LoadedCourseConfig loaded;
    loaded.config.filePath = pathForMessages.isEmpty() ? QString() : QFileInfo(pathForMessages).absoluteFilePath();
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        if (documents.size() > 1) {
            reader.fail(ServiceError::Kind::Validation, Reader::positionOf(documents.at(1)),
                        tr("The course file holds more than one YAML document (a line \u201c---\u201d starts the "
                           "second one). Keep one document and open the course again."),
                        QStringLiteral("%1 YAML documents").arg(documents.size()));
            return *reader.error();
        }
        if (!readDocument(reader, documents.empty() ? YAML::Node() : documents.front(), baseDir, loaded.config)) {
            return *reader.error();
        }
    } catch (const YAML::Exception &e) {
        const Reader::Position at = YamlNode::positionOf(e.mark);
        const QString what = QString::fromStdString(e.msg);
        reader.fail(ServiceError::Kind::Parse, at,
                    tr("The course file is not valid YAML: %1. Fix the text at this place (check indentation, "
                       "colons and closing brackets) and open the course again.")
                        .arg(what),
                    QStringLiteral("yaml-cpp: %1").arg(what));
        qCWarning(lcConfig).noquote() << reader.error()->detail;
        return *reader.error();
    }
    loaded.warnings = reader.warnings();
    return loaded;
}

} // namespace GradeDesk::Services
