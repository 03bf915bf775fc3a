// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/grading/autogradetypes.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace GradeDesk::Services {

/// One file of a submission as shipped to the pod.
struct KubeInputFile {
    /// Path relative to the submission folder, components joined by "/" ("data/values.csv"); see
    /// KubeJobInputs::isSafeRelativePath() for what the harness accepts.
    QString name;
    QByteArray content;
};

/// One task of a Job: job index -> plan task, with the files it gets.
struct KubeTaskInput {
    int jobIndex = 0;
    int taskIndex = 0;
    QString studentId;
    QList<KubeInputFile> files;
};

/// The input ConfigMaps of one Job (without ownerReferences: the Job's uid is not known yet).
struct KubeInputBundle {
    QList<QJsonObject> configMaps;
    QStringList configMapNames;
    QByteArray manifestJson; ///< manifest.json, also inside the first ConfigMap.
};

/**
 * @brief Ships submissions to the pods in ConfigMaps (kubernetes.md §2.4).
 *
 * The first ConfigMap holds the harness, spec.json and manifest.json; then the tasks' files follow
 * in job order, packed into as few ConfigMaps as fit, each ConfigMap's JSON under kMaxConfigMapBytes
 * (the API server's 1 MiB object limit, with room for metadata and the ownerReference). A task's
 * files stay together; a task larger than one ConfigMap is an error that names the student. Keys
 * are `t<task index>-f<k>` (never the student's names, which may not be valid keys); manifest.json
 * maps them back to relative paths, subfolders included ("data/values.csv"), and the harness
 * recreates the folders. UTF-8 text goes into `data`, anything else into `binaryData`.
 */
class KubeJobInputs final
{
    Q_DECLARE_TR_FUNCTIONS(KubeJobInputs)

public:
    KubeJobInputs() = delete;

    static constexpr qint64 kMaxConfigMapBytes = 1024 * 1024 - 4096;
    static inline const QString kHarnessKey = QStringLiteral("gradedesk_harness.py");
    static inline const QString kSpecKey = QStringLiteral("spec.json");
    static inline const QString kManifestKey = QStringLiteral("manifest.json");

    /// The regular files of `task.submissionDir` and its subfolders, by relative path in name order,
    /// notebooks with outputs and execution counts removed (a notebook that does not parse is
    /// shipped as it is: the harness reports it invalid). Hidden files and folders and symbolic
    /// links are skipped, as are names the harness would refuse (a backslash in a file name: the
    /// local harness skips those too).
    static Result<KubeTaskInput> readSubmission(const AutogradeTask &task, int jobIndex);
    /// Whether the harness accepts `path` as a manifest file name: relative, components joined by
    /// "/", none empty, "." or "..", no backslash and no NUL.
    static bool isSafeRelativePath(const QString &path);
    /// `ipynb` without outputs and execution counts; unchanged when it is not a readable notebook.
    static QByteArray stripOutputs(const QByteArray &ipynb);
    /// The ConfigMap key of file `fileIndex` of plan task `taskIndex`.
    static QString fileKey(int taskIndex, int fileIndex);
    /// manifest.json for these tasks (kubernetes.md / issue5 contract).
    static QByteArray manifest(const QList<KubeTaskInput> &tasks);
    /// Packs everything into ConfigMaps named `<jobName>-in-<k>`, labelled with `labels`. A file
    /// name that is not isSafeRelativePath() is a Validation error naming the student.
    static Result<KubeInputBundle> pack(const QString &jobName, const QString &ns, const QJsonObject &labels,
                                        const QByteArray &harnessScript, const QByteArray &specJson,
                                        const QList<KubeTaskInput> &tasks, qint64 maxBytes = kMaxConfigMapBytes);
    /// Bytes `object` takes as compact JSON (what the size limit is checked against).
    static qint64 jsonSize(const QJsonObject &object);
};

} // namespace GradeDesk::Services
