// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "configpaths.h"
#include "courseconfig.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

// CourseConfigLoader::serialize: a commented course.yaml that the reader parses back to the same config.

namespace GradeDesk::Services {

namespace {

enum class Context {
    Block, ///< A value after "key: " in block style.
    Flow,  ///< An item inside "[...]" or "{...}", where ":" and "," have meaning.
};

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            // Control characters and YAML's extra line breaks are escaped so they survive a reload.
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Plain (unquoted) when the text reads back as the same string in YAML, else double-quoted.
QString scalar(const QString &text, Context context = Context::Block)
{
    static const QRegularExpression block(QStringLiteral("^(~/)?[A-Za-z0-9_./][A-Za-z0-9_./~+@:-]*$"));
    static const QRegularExpression flow(QStringLiteral("^[A-Za-z0-9_./][A-Za-z0-9_./~+@-]*$"));
    static const QStringList reserved = {QStringLiteral("~"),     QStringLiteral("null"), QStringLiteral("true"),
                                         QStringLiteral("false"), QStringLiteral("yes"),  QStringLiteral("no"),
                                         QStringLiteral("on"),    QStringLiteral("off"),  QStringLiteral("y"),
                                         QStringLiteral("n"),     QStringLiteral(".inf"), QStringLiteral(".nan")};
    const QRegularExpression &plain = context == Context::Block ? block : flow;
    const bool isPlain = !text.isEmpty() && !text.front().isDigit() && !text.endsWith(QLatin1Char(':')) &&
                         !reserved.contains(text.toLower()) && plain.match(text).hasMatch();
    return isPlain ? text : quoted(text);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString dueText(const QDateTime &due)
{
    const QDateTime utc = due.toTimeZone(QTimeZone::utc());
    const QString format =
        utc.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    return utc.toString(format) + QLatin1Char('Z');
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString latePenalty(const LatePenalty &penalty)
{
    switch (penalty.kind) {
    case LatePenalty::Kind::None:
        return QStringLiteral("{type: none}");
    case LatePenalty::Kind::Zero:
        return QStringLiteral("{type: zero}");
    case LatePenalty::Kind::PerHour:
    case LatePenalty::Kind::PerDay: {
        QString text = QStringLiteral("{type: %1, points: %2")
                           .arg(penalty.kind == LatePenalty::Kind::PerHour ? QStringLiteral("per_hour")
                                                                           : QStringLiteral("per_day"),
                                number(penalty.points));
        if (penalty.maximum) {
            text += QStringLiteral(", max: ") + number(*penalty.maximum);
        }
        return text + QLatin1Char('}');
    }
    }
    return QStringLiteral("{type: none}");
}

class Writer final
{
public:
    explicit Writer(const QString &baseDir)
        : m_baseDir(baseDir)
    {}

    void line(const QString &text = {}) { m_out += text + QLatin1Char('\n'); }

    void comment(const QString &text) { line(QStringLiteral("# ") + text); }

    // "key: value" at `indent`, skipped when the value is empty.
    void field(int indent, const char *key, const QString &value, bool raw = false)
    {
        if (!value.isEmpty()) {
            line(QString(indent, QLatin1Char(' ')) + QLatin1String(key) + QStringLiteral(": ") +
                 (raw ? value : scalar(value)));
        }
    }

    void path(int indent, const char *key, const QString &absolute)
    {
        field(indent, key, ConfigPaths::portable(absolute, m_baseDir));
    }

    // Like path(), but always with a "/" so the reader takes it for a file, not a command name.
    void filePath(int indent, const char *key, const QString &absolute)
    {
        const QString text = ConfigPaths::portable(absolute, m_baseDir);
        field(indent, key, text.contains(QLatin1Char('/')) ? text : QStringLiteral("./") + text);
    }

    QByteArray result() const { return m_out.toUtf8(); }

private:
    QString m_baseDir;
    QString m_out;
};

void writeExchange(Writer &w, const ExchangeConfig &exchange)
{
    w.comment(
        QStringLiteral("Where assignments are released and submissions collected. type: local (a folder on this"));
    w.comment(
        QStringLiteral("machine or a shared drive) or ngshare (url of the hub and prefix of the ngshare service)."));
    w.comment(QStringLiteral("directory: the nbgrader course folder (source/, release/, submitted/, ...)."));
    w.line(QStringLiteral("exchange:"));
    if (exchange.kind == ExchangeConfig::Kind::Local) {
        w.field(2, "type", QStringLiteral("local"));
        w.path(2, "directory", exchange.directory);
    } else {
        w.field(2, "type", QStringLiteral("ngshare"));
        w.field(2, "url", urlText(exchange.url));
        w.field(2, "prefix", exchange.prefix);
        w.path(2, "directory", exchange.directory);
    }
    w.line();
}

void writeGradebook(Writer &w, const GradebookConfig &gradebook)
{
    w.comment(QStringLiteral("The gradebook database. type: sqlite (path of the file) or postgresql (host, port,"));
    w.comment(QStringLiteral("database, user, sslmode). The database password is kept in the system keychain."));
    w.line(QStringLiteral("gradebook:"));
    if (gradebook.kind == GradebookConfig::Kind::Sqlite) {
        w.field(2, "type", QStringLiteral("sqlite"));
        w.path(2, "path", gradebook.sqlitePath);
    } else {
        w.field(2, "type", QStringLiteral("postgresql"));
        w.field(2, "host", gradebook.host);
        w.field(2, "port", QString::number(gradebook.port), true);
        w.field(2, "database", gradebook.database);
        w.field(2, "user", gradebook.user);
        w.field(2, "sslmode", gradebook.sslMode);
    }
    w.line();
}

void writeAssignments(Writer &w, const QList<AssignmentConfig> &assignments)
{
    w.comment(QStringLiteral("Assignments. due: ISO 8601 in UTC (\"Z\") or with an offset such as +01:00."));
    w.comment(QStringLiteral("notebooks: names without .ipynb. late_penalty type: none, zero, per_hour or per_day;"));
    w.comment(QStringLiteral("points are deducted per started hour or day late, up to max in total."));
    w.comment(QStringLiteral("image: the container image the autograder runs for this assignment."));
    w.comment(
        QStringLiteral("dataset: a PersistentVolumeClaim with large read-only data, mounted at path (Kubernetes)."));
    if (assignments.isEmpty()) {
        w.line(QStringLiteral("assignments: []"));
        w.comment(QStringLiteral("  - name: ps1"));
        w.comment(QStringLiteral("    due: 2026-01-15T17:00:00Z"));
        w.comment(QStringLiteral("    notebooks: [problem1, problem2]"));
        w.comment(QStringLiteral("    late_penalty: {type: per_hour, points: 1, max: 5}"));
        w.line();
        return;
    }
    w.line(QStringLiteral("assignments:"));
    for (const AssignmentConfig &assignment : assignments) {
        w.line(QStringLiteral("  - name: ") + scalar(assignment.name));
        if (assignment.due.isValid()) {
            w.field(4, "due", dueText(assignment.due), true);
        }
        QStringList notebooks;
        for (const QString &notebook : assignment.notebooks) {
            notebooks.append(scalar(notebook, Context::Flow));
        }
        w.line(QStringLiteral("    notebooks: [") + notebooks.join(QStringLiteral(", ")) + QLatin1Char(']'));
        w.field(4, "late_penalty", latePenalty(assignment.latePenalty), true);
        w.field(4, "image", assignment.image);
        if (!assignment.dataset.claim.isEmpty()) {
            w.line(QStringLiteral("    dataset: {claim: ") + scalar(assignment.dataset.claim, Context::Flow) +
                   QStringLiteral(", path: ") + scalar(assignment.dataset.path, Context::Flow) + QLatin1Char('}'));
        }
    }
    w.line();
}

void writeKubernetes(Writer &w, const KubernetesConfig &kubernetes)
{
    w.comment(QStringLiteral("Kubernetes cluster for autograding: kubeconfig file, context and namespace (empty: the"));
    w.comment(QStringLiteral("kubectl defaults). Cluster credentials stay in the kubeconfig or the system keychain."));
    if (kubernetes == KubernetesConfig()) {
        w.comment(QStringLiteral("kubernetes: {kubeconfig: ~/.kube/config, context: prod, namespace: grading}"));
    } else {
        w.line(QStringLiteral("kubernetes:"));
        w.path(2, "kubeconfig", kubernetes.kubeconfig);
        w.field(2, "context", kubernetes.context);
        w.field(2, "namespace", kubernetes.ns);
    }
    w.line();
}

void writeAutograde(Writer &w, const AutogradeConfig &autograde)
{
    w.comment(
        QStringLiteral("How autograde runs notebooks. executor: local or kubernetes. parallelism: submissions at"));
    w.comment(QStringLiteral("once (0: the cores locally, 10 on Kubernetes). cell_timeout and submission_timeout in"));
    w.comment(QStringLiteral("seconds, max_output in bytes per cell. memory and cpu: Kubernetes limits. image: the"));
    w.comment(QStringLiteral("course's container image. python: the local interpreter (a command or a path)."));
    if (autograde == AutogradeConfig()) {
        w.comment(QStringLiteral("autograde: {executor: local, parallelism: 0, cell_timeout: 60, submission_timeout: "
                                 "600}"));
    } else {
        w.line(QStringLiteral("autograde:"));
        w.field(2, "executor", AutogradeConfig::executorName(autograde.executor));
        w.field(2, "parallelism", QString::number(autograde.parallelism), true);
        w.field(2, "cell_timeout", QString::number(autograde.cellTimeoutSeconds), true);
        w.field(2, "submission_timeout", QString::number(autograde.submissionTimeoutSeconds), true);
        w.field(2, "max_output", QString::number(autograde.maxOutputBytes), true);
        w.field(2, "memory", autograde.memory);
        w.field(2, "cpu", autograde.cpu);
        w.field(2, "image", autograde.image);
        if (autograde.python.contains(QLatin1Char('/'))) {
            w.filePath(2, "python", autograde.python);
        } else {
            w.field(2, "python", autograde.python);
        }
    }
    w.line();
}

QString identityText(CanvasConfig::IdentityRule rule)
{
    switch (rule) {
    case CanvasConfig::IdentityRule::LoginId:
        return QStringLiteral("login_id");
    case CanvasConfig::IdentityRule::SisId:
        return QStringLiteral("sis_id");
    case CanvasConfig::IdentityRule::EmailLocalPart:
        return QStringLiteral("email");
    case CanvasConfig::IdentityRule::Mapping:
        return QStringLiteral("mapping");
    }
    return QStringLiteral("login_id");
}

void writeCanvas(Writer &w, const CanvasConfig &canvas)
{
    w.comment(QStringLiteral("Canvas LMS for roster import and grade upload: the Canvas address and the course id (a"));
    w.comment(QStringLiteral("number, quoted). identity: how a Canvas user becomes a hub username: login_id, sis_id,"));
    w.comment(QStringLiteral("email (the part before @) or mapping (mapping_file: CSV with username,canvas_user)."));
    w.comment(QStringLiteral("regrade_keyword (default REGRADE): submission comments starting with it are regrade"));
    w.comment(QStringLiteral("requests, e.g. \"REGRADE nb:q3: please look again\"."));
    w.comment(QStringLiteral("The Canvas access token is kept in the system keychain."));
    if (canvas == CanvasConfig()) {
        w.comment(
            QStringLiteral("canvas: {url: https://canvas.example.edu, course_id: \"12345\", identity: login_id}"));
    } else {
        w.line(QStringLiteral("canvas:"));
        w.field(2, "url", urlText(canvas.url));
        w.field(2, "course_id", canvas.courseId);
        w.field(2, "identity", identityText(canvas.identity));
        if (canvas.identity == CanvasConfig::IdentityRule::Mapping) {
            w.path(2, "mapping_file", canvas.mappingFile);
        }
        if (canvas.regradeKeyword != CanvasConfig::defaultRegradeKeyword()) {
            w.field(2, "regrade_keyword", canvas.regradeKeyword);
        }
    }
}

} // namespace

QByteArray CourseConfigLoader::serialize(const CourseConfig &config)
{
    Writer w(config.filePath.isEmpty() ? QString() : QFileInfo(config.filePath).absolutePath());
    w.comment(QStringLiteral("GradeDesk course configuration."));
    w.comment(QStringLiteral("Relative paths start at the folder of this file; \"~/\" is your home folder."));
    w.comment(QStringLiteral("Never put tokens or passwords here: GradeDesk asks for them when needed and keeps them"));
    w.comment(QStringLiteral("in the system keychain. A key that looks like a secret makes loading fail."));
    w.field(0, "version", QString::number(formatVersion), true);
    w.line();
    w.comment(QStringLiteral("The nbgrader course id and the title shown in GradeDesk."));
    w.line(QStringLiteral("course:"));
    w.line(QStringLiteral("  id: ") + scalar(config.id));
    w.field(2, "title", config.title);
    w.line();
    w.comment(QStringLiteral("Your identity as a grader, e.g. your JupyterHub user name."));
    if (config.grader.isEmpty()) {
        w.comment(QStringLiteral("grader: alice"));
    }
    w.field(0, "grader", config.grader);
    w.line();
    writeExchange(w, config.exchange);
    writeGradebook(w, config.gradebook);
    writeAssignments(w, config.assignments);
    writeKubernetes(w, config.kubernetes);
    writeAutograde(w, config.autograde);
    writeCanvas(w, config.canvas);
    return w.result();
}

} // namespace GradeDesk::Services
