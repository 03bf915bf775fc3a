// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace GradeDesk::Services {

/*
 * A course is described by one YAML file, `course.yaml`, kept next to the nbgrader course folders:
 *
 *   version: 1                                        # optional; files of a newer version are refused
 *   course: {id: demo101, title: "Data Analysis 101"} # id is required
 *   grader: alice                                     # the grader's identity, e.g. the hub user name
 *   exchange: {type: local, directory: .}             # or {type: ngshare, url: https://hub.example.edu,
 *                                                     #     prefix: /services/ngshare[, directory: .]}
 *   gradebook: {type: sqlite, path: gradebook.sqlite} # or {type: postgresql, host: db.example.edu,
 *                                                     #     port: 5432, database: grades, user: alice,
 *                                                     #     sslmode: verify-full}
 *   assignments:
 *     - name: ps1                                     # required, unique, usable as a folder name
 *       due: 2026-01-15T17:00:00Z                     # ISO 8601 with Z or an offset; stored as UTC
 *       notebooks: [problem1, problem2]               # names without ".ipynb" (a suffix is dropped)
 *       late_penalty: {type: per_hour, points: 1, max: 5}  # none | zero | per_hour | per_day
 *       image: registry.example.edu/course/grader:2026
 *       dataset: {claim: ps1-data, path: /data}      # Kubernetes: a PersistentVolumeClaim mounted read-only
 *   autograde:                                        # all keys optional; the defaults are shown
 *     executor: local                                 # local | kubernetes
 *     parallelism: 0                                  # submissions at once; 0 = cores locally, 10 on Kubernetes
 *     cell_timeout: 60                                # seconds per cell
 *     submission_timeout: 600                         # seconds per submission
 *     max_output: 1048576                             # bytes of output per cell
 *     memory: 2Gi                                     # Kubernetes quantity (Ki, Mi, Gi, Ti, k, M, G, T)
 *     cpu: "1"                                        # Kubernetes quantity ("1", "500m")
 *     image: registry.example.edu/course/grader:2026  # the course's default image
 *     python: python3                                 # local interpreter: a command or a path
 *   kubernetes: {kubeconfig: ~/.kube/config, context: prod, namespace: grading}
 *   canvas: {url: https://canvas.example.edu, course_id: "12345",
 *            identity: login_id,                     # login_id | sis_id | email | mapping
 *            mapping_file: canvas-users.csv}         # with identity: mapping (layout in CanvasConfig)
 *
 * Every section except `course` is optional. Missing sections get defaults: exchange local ".",
 * gradebook sqlite "gradebook.sqlite", no assignments, empty kubernetes and canvas settings.
 * Paths may start with "~/" (the home folder); relative paths resolve against the folder that holds
 * the YAML file, and every path is absolute after loading.
 *
 * The file never holds secrets. Any key that looks like one (token, password, secret, api_key, ...)
 * anywhere in the file, and any URL with a password in it, makes the load fail, so a token pasted
 * into a shared course folder is caught before it spreads. Secrets live in the system keychain
 * (services/secrets).
 */

struct LatePenalty {
    enum class Kind {
        None,    ///< Late work is graded like on-time work.
        Zero,    ///< Late work scores zero.
        PerHour, ///< `points` are deducted per started hour late, up to `maximum` in total.
        PerDay,  ///< `points` are deducted per started day late, up to `maximum` in total.
    };

    Kind kind = Kind::None;
    double points = 0.0;
    std::optional<double> maximum; ///< Cap on the total deduction; none means uncapped.

    friend bool operator==(const LatePenalty &, const LatePenalty &) = default;
};

/// Large read-only data an assignment's notebooks read (Kubernetes: a PersistentVolumeClaim).
struct DatasetConfig {
    QString claim; ///< The claim's name (a DNS-1123 subdomain); empty when the assignment has none.
    QString path;  ///< Absolute mount path in the grading container; "/data" when not given.

    friend bool operator==(const DatasetConfig &, const DatasetConfig &) = default;
};

struct AssignmentConfig {
    QString name;
    QDateTime due;         ///< UTC; invalid when the assignment has no due date.
    QStringList notebooks; ///< Notebook names without the ".ipynb" suffix, in file order.
    LatePenalty latePenalty;
    QString image; ///< Container image the autograder runs; empty for the course default.
    DatasetConfig dataset;

    friend bool operator==(const AssignmentConfig &, const AssignmentConfig &) = default;
};

struct ExchangeConfig {
    enum class Kind { Local, Ngshare };

    Kind kind = Kind::Local;
    QString directory; ///< Absolute after load: the local nbgrader course root. May be empty for ngshare.
    QUrl url;          ///< ngshare: the hub's base URL (http or https).
    QString prefix;    ///< ngshare: the service path below `url`, starting with "/".

    friend bool operator==(const ExchangeConfig &, const ExchangeConfig &) = default;
};

struct GradebookConfig {
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; ///< Absolute after load.
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; ///< libpq's sslmode; empty means libpq's default ("prefer").

    friend bool operator==(const GradebookConfig &, const GradebookConfig &) = default;
};

struct KubernetesConfig {
    QString kubeconfig; ///< Absolute after load; empty means the kubectl default ($KUBECONFIG, ~/.kube/config).
    QString context;    ///< Empty means the kubeconfig's current context.
    QString ns;         ///< `namespace` in the file; empty means the context's namespace.

    friend bool operator==(const KubernetesConfig &, const KubernetesConfig &) = default;
};

/// How `autograde` runs the grading harness (the `autograde:` section).
struct AutogradeConfig {
    enum class Executor { Local, Kubernetes };

    Executor executor = Executor::Local;
    int parallelism = 0;                    ///< 0: the executor's default (local: the cores; Kubernetes: 10).
    int cellTimeoutSeconds = 60;            ///< At least 1.
    int submissionTimeoutSeconds = 600;     ///< At least 1.
    qint64 maxOutputBytes = 1 << 20;        ///< At least 1.
    QString memory = QStringLiteral("2Gi"); ///< A Kubernetes quantity, checked by memoryBytes().
    QString cpu = QStringLiteral("1");      ///< A Kubernetes quantity, checked by isCpuQuantity().
    QString image;                          ///< The course's default image; empty when none.
    /// The local interpreter: a command looked up in PATH, or an absolute path after load.
    QString python = QStringLiteral("python3");

    /// Bytes of a Kubernetes memory quantity ("2Gi", "512Mi", "1G", "1e9", "1048576"); nullopt when invalid or 0.
    static std::optional<qint64> memoryBytes(const QString &quantity);
    /// True for a positive Kubernetes CPU quantity ("1", "0.5", "500m").
    static bool isCpuQuantity(const QString &quantity);
    /// "local" / "kubernetes".
    static QString executorName(Executor executor);

    friend bool operator==(const AutogradeConfig &, const AutogradeConfig &) = default;
};

struct CanvasConfig {
    /// How a Canvas user is matched to a hub username (a gradebook student id).
    enum class IdentityRule {
        LoginId,        ///< Canvas `login_id` (needs permission to see login ids).
        SisId,          ///< Canvas `sis_user_id` (needs permission to see SIS data).
        EmailLocalPart, ///< The part of the e-mail address before "@" (`identity: email`).
        Mapping,        ///< An explicit CSV file `mapping_file` with the columns `username,canvas_user`.
    };

    QUrl url;
    QString courseId; ///< The Canvas course id, or an alternate id such as "sis_course_id:BIO101".
    IdentityRule identity = IdentityRule::LoginId;
    /**
     * Absolute after load; required with IdentityRule::Mapping. UTF-8 CSV with a header row holding
     * `username` and `canvas_user`; `canvas_user` is a Canvas user id or `sis_user_id:<x>`,
     * `login_id:<x>` or `email:<x>`.
     */
    QString mappingFile;
    /**
     * `regrade_keyword`: a submission comment whose text starts with this word (any case) is a
     * regrade request ("REGRADE nb:q3: message"). One word without spaces.
     */
    QString regradeKeyword = defaultRegradeKeyword();

    static QString defaultRegradeKeyword() { return QStringLiteral("REGRADE"); }

    friend bool operator==(const CanvasConfig &, const CanvasConfig &) = default;
};

struct CourseConfig {
    QString filePath; ///< Absolute path of course.yaml ("" for an unsaved config).
    QString id;
    QString title;
    QString grader; ///< The grader's identity, e.g. the hub user name.
    ExchangeConfig exchange;
    GradebookConfig gradebook;
    QList<AssignmentConfig> assignments;
    KubernetesConfig kubernetes;
    CanvasConfig canvas;
    AutogradeConfig autograde;

    /// The local nbgrader course root: `exchange.directory`, else the folder of `filePath`, else "".
    QString courseDirectory() const;
    /// The assignment called `name`, or nullptr. The pointer is valid until `assignments` changes.
    const AssignmentConfig *assignment(const QString &name) const;

    friend bool operator==(const CourseConfig &, const CourseConfig &) = default;
};

/// Something in the file that GradeDesk ignores (an unknown key, a value that has no effect).
struct ConfigWarning {
    QString file;
    int line = 0;    ///< 1-based; 0 when unknown.
    int column = 0;  ///< 1-based; 0 when unknown.
    QString message; ///< Translated.

    friend bool operator==(const ConfigWarning &, const ConfigWarning &) = default;
};

struct LoadedCourseConfig {
    CourseConfig config;
    QList<ConfigWarning> warnings;
};

/**
 * @brief Reads and writes course.yaml (layout above).
 *
 * Failures, all with "file:line:column:" in the message when the place is known:
 *  - Io / NotFound: the file cannot be read (or is larger than 1 MiB);
 *  - Parse: not UTF-8, or not valid YAML (yaml-cpp's description of what it expected);
 *  - Validation: a wrong type or value, a missing required key, a duplicate key or assignment,
 *    a key that looks like a secret;
 *  - Unsupported: `version` newer than this build understands.
 * Unknown keys are not errors: they come back as warnings so a newer file still opens.
 */
class CourseConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CourseConfigLoader)

public:
    /// The format version this build writes and the newest it reads.
    static constexpr int formatVersion = 1;

    static Result<LoadedCourseConfig> load(const QString &path);
    /**
     * Parses `yaml` as if read from `pathForMessages`: the path names the file in messages and its
     * folder is the base for relative paths (the current folder when the path is empty, in which
     * case `filePath` stays empty).
     */
    static Result<LoadedCourseConfig> parse(const QByteArray &yaml, const QString &pathForMessages);
    /**
     * Commented, readable YAML that `parse` reads back to an equal config. Paths inside the folder
     * of `config.filePath` are written relative to it, paths in the home folder as "~/...".
     * User comments of a loaded file are not kept.
     */
    static QByteArray serialize(const CourseConfig &config);
    /**
     * Writes `config` to `path` atomically (QSaveFile): on failure the old file is untouched. The
     * output is parsed back first, so a config that would not load again (e.g. no course id) is
     * refused with that Validation error instead of being written.
     */
    static Result<void> save(const CourseConfig &config, const QString &path);
};

} // namespace GradeDesk::Services
