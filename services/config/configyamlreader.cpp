// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "configyamlreader.h"

#include "configpaths.h"

#include <services/core/logging.h>
#include <services/core/timestamp.h>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <string>

namespace GradeDesk::Services {

namespace {

// Key names are compared without case and punctuation, so "apiKey", "API-KEY" and "api_key" all match.
bool looksLikeSecret(const QString &key)
{
    static const char *const fragments[] = {"token",      "password", "passwd",       "passphrase",
                                            "secret",     "apikey",   "privatekey",   "accesskey",
                                            "credential", "bearer",   "authorization"};
    QString normalized;
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            normalized += c.toLower();
        }
    }
    return std::any_of(std::begin(fragments), std::end(fragments),
                       [&](const char *fragment) { return normalized.contains(QLatin1String(fragment)); });
}

// Messages about a reader without a file name (a string, in tests) still say which file they mean.
QString shownFile(const QString &file)
{
    return file.isEmpty() ? QStringLiteral("course.yaml") : file;
}

bool isLocalHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

ConfigYamlReader::ConfigYamlReader(const QString &file, const QString &baseDir)
    : m_file(file)
    , m_baseDir(baseDir)
{}

ConfigYamlReader::Position ConfigYamlReader::positionOf(const YAML::Node &node, Position fallback)
{
    return YamlNode::positionOf(node, fallback);
}

QString ConfigYamlReader::location(Position at) const
{
    return YamlNode::location(shownFile(m_file), at);
}

bool ConfigYamlReader::fail(ServiceError::Kind kind, Position at, const QString &message, const QString &detail)
{
    m_error = YamlNode::error(kind, shownFile(m_file), at, message, detail);
    return false;
}

bool ConfigYamlReader::failValue(const Entry &entry, const QString &path, const QString &expected)
{
    return fail(
        ServiceError::Kind::Validation, entry.position,
        CourseConfigLoader::tr("\u201c%1\u201d must be %2, but it is %3. Correct the value and open the course again.")
            .arg(path, expected, YamlNode::describe(entry.value)),
        QStringLiteral("%1: expected %2").arg(path, expected));
}

void ConfigYamlReader::warn(Position at, const QString &message)
{
    m_warnings.append({m_file, at.line, at.column, message});
    qCInfo(lcConfig).noquote() << location(at) << message;
}

QString ConfigYamlReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool ConfigYamlReader::checkEncoding(const QByteArray &yaml)
{
    const std::optional<int> line = YamlNode::firstInvalidUtf8Line(yaml);
    return !line ||
           fail(ServiceError::Kind::Parse, {*line, 1},
                CourseConfigLoader::tr("The file is not valid UTF-8 text. Save it as UTF-8 and open the course again."),
                QStringLiteral("invalid UTF-8 on line %1").arg(*line));
}

bool ConfigYamlReader::scanForSecrets(const YAML::Node &node)
{
    QSet<int> visited;
    return scanForSecrets(node, {}, visited);
}

// `visited` holds the offsets of collections already seen: an alias shares its anchor's node, so
// documents that repeat a collection many times (the "billion laughs" shape) cost nothing extra.
bool ConfigYamlReader::scanForSecrets(const YAML::Node &node, Position fallback, QSet<int> &visited)
{
    if (!node.IsMap() && !node.IsSequence()) {
        return true;
    }
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
        if (visited.contains(mark.pos)) {
            return true;
        }
        visited.insert(mark.pos);
    }
    const Position here = positionOf(node, fallback);
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (!scanForSecrets(item, here, visited)) {
                return false;
            }
        }
        return true;
    }
    for (const auto &pair : node) {
        const Position keyAt = positionOf(pair.first, here);
        if (pair.first.IsScalar() && looksLikeSecret(YamlNode::text(pair.first.Scalar()))) {
            const QString key = YamlNode::text(pair.first.Scalar());
            return fail(ServiceError::Kind::Validation, keyAt,
                        CourseConfigLoader::tr(
                            "The key \u201c%1\u201d looks like a secret (a token, password or key). Secrets must "
                            "not be kept in the course file, where everyone with access to the course folder can "
                            "read them. Remove the key: GradeDesk asks for the secret when it needs it and keeps "
                            "it in the system keychain (GNOME Keyring, KWallet).")
                            .arg(key),
                        QStringLiteral("secret-like key '%1'").arg(key));
        }
        if (!scanForSecrets(pair.first, keyAt, visited) || !scanForSecrets(pair.second, keyAt, visited)) {
            return false;
        }
    }
    return true;
}

bool ConfigYamlReader::openMap(const YAML::Node &node, Position at, const QString &path, Map &map)
{
    const QString name = path.isEmpty() ? CourseConfigLoader::tr("the course file") : path;
    map.path = path;
    map.position = positionOf(node, at);
    if (!node.IsMap()) {
        return failValue({path, {}, node, map.position}, name, CourseConfigLoader::tr("a mapping of keys to values"));
    }
    for (const auto &pair : node) {
        const Position keyAt = positionOf(pair.first, map.position);
        if (!pair.first.IsScalar()) {
            return fail(ServiceError::Kind::Validation, keyAt,
                        CourseConfigLoader::tr(
                            "Keys in %1 must be plain names, not lists or mappings. Correct the key and open the "
                            "course again.")
                            .arg(name),
                        QStringLiteral("non-scalar key in '%1'").arg(path));
        }
        const QString key = YamlNode::text(pair.first.Scalar());
        for (const Entry &seen : std::as_const(map.entries)) {
            if (seen.key == key) {
                return fail(ServiceError::Kind::Validation, keyAt,
                            CourseConfigLoader::tr(
                                "\u201c%1\u201d is set twice (first on line %2). Remove one of them and open the "
                                "course again.")
                                .arg(join(path, key))
                                .arg(positionOf(seen.keyNode).line),
                            QStringLiteral("duplicate key '%1'").arg(join(path, key)));
            }
        }
        map.entries.append({key, pair.first, pair.second, positionOf(pair.second, keyAt)});
    }
    return true;
}

const ConfigYamlReader::Entry *ConfigYamlReader::take(Map &map, const char *key)
{
    const QString name = QString::fromLatin1(key);
    for (const Entry &entry : std::as_const(map.entries)) {
        if (entry.key == name) {
            map.used.insert(name);
            return entry.value.IsNull() ? nullptr : &entry;
        }
    }
    return nullptr;
}

void ConfigYamlReader::finish(const Map &map)
{
    for (const Entry &entry : map.entries) {
        if (!map.used.contains(entry.key)) {
            warn(positionOf(entry.keyNode, entry.position),
                 CourseConfigLoader::tr("Unknown key \u201c%1\u201d is ignored. Check its spelling and indentation.")
                     .arg(join(map.path, entry.key)));
        }
    }
}

bool ConfigYamlReader::readString(Map &map, const char *key, QString &out, bool required)
{
    const Entry *entry = take(map, key);
    const QString path = join(map.path, QString::fromLatin1(key));
    if (!entry) {
        if (required) {
            return fail(
                ServiceError::Kind::Validation, map.position,
                CourseConfigLoader::tr("\u201c%1\u201d is missing. Add it and open the course again.").arg(path),
                QStringLiteral("missing '%1'").arg(path));
        }
        return true;
    }
    if (!entry->value.IsScalar()) {
        return failValue(*entry, path, CourseConfigLoader::tr("text"));
    }
    // Not trimmed: YAML already strips plain scalars, and spaces inside quotes are meant.
    const QString text = YamlNode::text(entry->value.Scalar());
    if (required && text.trimmed().isEmpty()) {
        return failValue(*entry, path, CourseConfigLoader::tr("non-empty text"));
    }
    out = text;
    return true;
}

bool ConfigYamlReader::readName(Map &map, const char *key, QString &out, const QString &what)
{
    if (!readString(map, key, out, true)) {
        return false;
    }
    const bool bad =
        out.startsWith(QLatin1Char('.')) || out.contains(QLatin1Char('/')) || out.contains(QLatin1Char('\\')) ||
        std::any_of(out.cbegin(), out.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (bad) {
        return failValue(
            *take(map, key), join(map.path, QString::fromLatin1(key)),
            CourseConfigLoader::tr("a %1 usable as a file name (no \u201c/\u201d or \u201c\\\u201d, no leading dot)")
                .arg(what));
    }
    return true;
}

bool ConfigYamlReader::readNumber(Map &map, const char *key, std::optional<double> &out)
{
    const Entry *entry = take(map, key);
    if (!entry) {
        return true;
    }
    bool ok = false;
    const double value = entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(value) || value < 0) {
        return failValue(*entry, join(map.path, QString::fromLatin1(key)),
                         CourseConfigLoader::tr("a number of 0 or more"));
    }
    out = value;
    return true;
}

bool ConfigYamlReader::readPort(Map &map, const char *key, int &out)
{
    const Entry *entry = take(map, key);
    if (!entry) {
        return true;
    }
    bool ok = false;
    const int value = entry->value.IsScalar() ? YamlNode::text(entry->value.Scalar()).trimmed().toInt(&ok) : 0;
    if (!ok || value < 1 || value > 65535) {
        return failValue(*entry, join(map.path, QString::fromLatin1(key)),
                         CourseConfigLoader::tr("a port number between 1 and 65535"));
    }
    out = value;
    return true;
}

bool ConfigYamlReader::readUrl(Map &map, const char *key, QUrl &out, bool required)
{
    QString text;
    if (!readString(map, key, text, required)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    const Entry &entry = *take(map, key);
    const QString path = join(map.path, QString::fromLatin1(key));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty()) {
        return failValue(entry, path, CourseConfigLoader::tr("a web address starting with https://"));
    }
    if (!url.password().isEmpty()) {
        return fail(ServiceError::Kind::Validation, entry.position,
                    CourseConfigLoader::tr(
                        "The address in \u201c%1\u201d contains a password. Secrets must not be kept in the course "
                        "file: remove the user name and password from the address. GradeDesk asks for the secret "
                        "when it needs it and keeps it in the system keychain.")
                        .arg(path),
                    QStringLiteral("password in URL '%1'").arg(path));
    }
    if (scheme == QLatin1String("http") && !isLocalHost(url.host())) {
        warn(entry.position,
             CourseConfigLoader::tr("\u201c%1\u201d uses plain http, so sign-in tokens would travel unencrypted. Use "
                                    "https unless this is a test server.")
                 .arg(path));
    }
    out = url.adjusted(QUrl::StripTrailingSlash);
    return true;
}

bool ConfigYamlReader::readPath(Map &map, const char *key, QString &out)
{
    QString text;
    if (!readString(map, key, text)) {
        return false;
    }
    if (!text.isEmpty()) {
        out = ConfigPaths::resolve(text, m_baseDir);
    }
    return true;
}

bool ConfigYamlReader::readDue(Map &map, const char *key, QDateTime &out)
{
    QString text;
    if (!readString(map, key, text)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    const Entry &entry = *take(map, key);
    const std::optional<Timestamp> due = Timestamp::parse(text);
    if (!due) {
        return failValue(entry, join(map.path, QString::fromLatin1(key)),
                         CourseConfigLoader::tr("a date and time such as 2026-01-15T17:00:00Z"));
    }
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2}|[A-Za-z_/]{3,})\\s*$"));
    if (!zone.match(text).hasMatch()) {
        warn(entry.position,
             CourseConfigLoader::tr("The due date \u201c%1\u201d has no time zone and is read as UTC. Add "
                                    "\u201cZ\u201d or an offset such as +01:00 to make this explicit.")
                 .arg(text));
    }
    out = due->toDateTime().toUTC();
    return true;
}

bool ConfigYamlReader::readChoice(Map &map, const char *key, const QStringList &choices, int &index)
{
    QString text;
    if (!readString(map, key, text)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    const auto normalize = [](const QString &value) {
        return value.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    };
    const auto found = std::find_if(choices.cbegin(), choices.cend(),
                                    [&](const QString &choice) { return normalize(choice) == normalize(text); });
    if (found == choices.cend()) {
        return failValue(*take(map, key), join(map.path, QString::fromLatin1(key)),
                         CourseConfigLoader::tr("one of %1").arg(choices.join(QStringLiteral(", "))));
    }
    index = int(found - choices.cbegin());
    return true;
}

} // namespace GradeDesk::Services
