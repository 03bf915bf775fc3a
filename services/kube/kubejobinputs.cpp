// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubejobinputs.h"

#include "kubelogging.h"

#include <services/notebook/notebookreader.h>
#include <services/notebook/notebookwriter.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

/// Bytes of `bytes` (UTF-8) as a JSON string literal written by QJsonDocument, quotes included.
qint64 jsonStringSize(const QByteArray &bytes)
{
    qint64 size = 2;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
            size += 2;
        } else if (c < 0x20) {
            size += 6;
        } else {
            size += 1;
        }
    }
    return size;
}

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

struct Entry {
    QString key;
    QByteArray content;
    bool text = true;

    qint64 size() const
    {
        const qint64 value = text ? jsonStringSize(content) : 2 + ((content.size() + 2) / 3) * 4;
        return jsonStringSize(key.toUtf8()) + value + 2; // ':' and ','
    }
};

class ChunkBuilder
{
public:
    ChunkBuilder(const QString &jobName, const QString &ns, const QJsonObject &labels)
        : m_jobName(jobName)
        , m_ns(ns)
        , m_labels(labels)
    {}

    /// Bytes of an empty ConfigMap of this Job, with room for the ownerReference added later.
    qint64 baseSize(int number) const
    {
        QJsonObject object = build(number, {});
        QJsonObject meta = object.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("ownerReferences"),
                    QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
                                           {QStringLiteral("kind"), QStringLiteral("Job")},
                                           {QStringLiteral("name"), m_jobName},
                                           {QStringLiteral("uid"), QString(36, u'0')}}});
        object.insert(QStringLiteral("metadata"), meta);
        return KubeJobInputs::jsonSize(object) + 32; // the "data"/"binaryData" keys when non-empty
    }

    QString name(int number) const { return m_jobName + u"-in-" + QString::number(number); }

    QJsonObject build(int number, const QList<Entry> &entries) const
    {
        QJsonObject data;
        QJsonObject binary;
        for (const Entry &entry : entries) {
            if (entry.text) {
                data.insert(entry.key, QString::fromUtf8(entry.content));
            } else {
                binary.insert(entry.key, QString::fromLatin1(entry.content.toBase64()));
            }
        }
        QJsonObject meta{{QStringLiteral("name"), name(number)}, {QStringLiteral("labels"), m_labels}};
        if (!m_ns.isEmpty()) {
            meta.insert(QStringLiteral("namespace"), m_ns);
        }
        QJsonObject object{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                           {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                           {QStringLiteral("metadata"), meta},
                           {QStringLiteral("immutable"), true}};
        if (!data.isEmpty()) {
            object.insert(QStringLiteral("data"), data);
        }
        if (!binary.isEmpty()) {
            object.insert(QStringLiteral("binaryData"), binary);
        }
        return object;
    }

private:
    QString m_jobName;
    QString m_ns;
    QJsonObject m_labels;
};

} // namespace

QByteArray KubeJobInputs::stripOutputs(const QByteArray &ipynb)
{
    Result<Notebook> notebook = NotebookReader::parse(ipynb);
    if (!notebook) {
        return ipynb;
    }
    Notebook stripped = std::move(notebook).value();
    for (Cell &cell : stripped.cells) {
        cell.outputs.clear();
        cell.executionCount.reset();
    }
    return NotebookWriter::serialize(stripped);
}

QString KubeJobInputs::fileKey(int taskIndex, int fileIndex)
{
    return u't' + QString::number(taskIndex) + u"-f" + QString::number(fileIndex);
}

bool KubeJobInputs::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.contains(u'\\') || path.contains(QChar(0))) {
        return false;
    }
    const QStringList components = path.split(u'/');
    return std::none_of(components.cbegin(), components.cend(), [](const QString &component) {
        return component.isEmpty() || component == u"." || component == u"..";
    });
}

namespace {

/// Appends the files under `dir` (relative names prefixed with `prefix`) to `input`, depth first
/// in name order, so the keys are stable between runs.
Result<void> collectFiles(const QDir &dir, const QString &prefix, const AutogradeTask &task, KubeTaskInput &input)
{
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString name = prefix + info.fileName();
        if (!KubeJobInputs::isSafeRelativePath(name)) {
            qCWarning(lcKube) << "skipping a file name the harness refuses:" << info.absoluteFilePath();
            continue;
        }
        if (info.isDir()) {
            if (Result<void> nested = collectFiles(QDir(info.absoluteFilePath()), name + u'/', task, input);
                !nested.ok()) {
                return nested;
            }
            continue;
        }
        if (info.size() > KubeJobInputs::kMaxConfigMapBytes) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      KubeJobInputs::tr("The file %1 of %2 is %3 KiB; at most %4 KiB fit into the "
                                                        "cluster's input objects. Remove it from the submission or "
                                                        "grade it locally.")
                                          .arg(name, task.studentId)
                                          .arg(info.size() / 1024)
                                          .arg(KubeJobInputs::kMaxConfigMapBytes / 1024),
                                      info.absoluteFilePath());
        }
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            return ServiceError::make(ServiceError::Kind::Io,
                                      KubeJobInputs::tr("Cannot read %1 of %2: %3. Check the file's permissions.")
                                          .arg(name, task.studentId, file.errorString()),
                                      info.absoluteFilePath());
        }
        QByteArray content = file.readAll();
        if (info.suffix().compare(u"ipynb", Qt::CaseInsensitive) == 0) {
            content = KubeJobInputs::stripOutputs(content);
        }
        input.files.append({name, content});
    }
    return {};
}

} // namespace

Result<KubeTaskInput> KubeJobInputs::readSubmission(const AutogradeTask &task, int jobIndex)
{
    KubeTaskInput input{jobIndex, task.index, task.studentId, {}};
    if (Result<void> collected = collectFiles(QDir(task.submissionDir), {}, task, input); !collected.ok()) {
        return collected.error();
    }
    return input;
}

QByteArray KubeJobInputs::manifest(const QList<KubeTaskInput> &tasks)
{
    QJsonArray list;
    for (const KubeTaskInput &task : tasks) {
        QJsonObject files;
        for (qsizetype k = 0; k < task.files.size(); ++k) {
            files.insert(task.files.at(k).name, fileKey(task.taskIndex, int(k)));
        }
        list.append(QJsonObject{{QStringLiteral("index"), task.jobIndex},
                                {QStringLiteral("task"), task.taskIndex},
                                {QStringLiteral("student"), task.studentId},
                                {QStringLiteral("files"), files}});
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1}, {QStringLiteral("spec"), kSpecKey}, {QStringLiteral("tasks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<KubeInputBundle> KubeJobInputs::pack(const QString &jobName, const QString &ns, const QJsonObject &labels,
                                            const QByteArray &harnessScript, const QByteArray &specJson,
                                            const QList<KubeTaskInput> &tasks, qint64 maxBytes)
{
    KubeInputBundle bundle;
    bundle.manifestJson = manifest(tasks);
    const ChunkBuilder builder(jobName, ns, labels);

    QList<Entry> current{{kHarnessKey, harnessScript, isText(harnessScript)},
                         {kSpecKey, specJson, true},
                         {kManifestKey, bundle.manifestJson, true}};
    qint64 used = builder.baseSize(0);
    for (const Entry &entry : std::as_const(current)) {
        used += entry.size();
    }
    if (used > maxBytes) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("The run's harness, specification and manifest take %1 KiB, more than "
                                     "the %2 KiB a ConfigMap can hold. Grade fewer submissions per run.")
                                      .arg(used / 1024)
                                      .arg(maxBytes / 1024),
                                  jobName);
    }
    auto flush = [&] {
        const int number = int(bundle.configMaps.size());
        bundle.configMaps.append(builder.build(number, current));
        bundle.configMapNames.append(builder.name(number));
        current.clear();
        used = builder.baseSize(number + 1);
    };

    for (const KubeTaskInput &task : tasks) {
        for (const KubeInputFile &file : task.files) {
            if (!isSafeRelativePath(file.name)) {
                return ServiceError::make(ServiceError::Kind::Validation,
                                          tr("The submission of %1 has a file name the grading harness refuses "
                                             "(%2). Rename the file or grade the submission locally.")
                                              .arg(task.studentId, file.name),
                                          jobName + u" task " + QString::number(task.taskIndex));
            }
        }
        QList<Entry> entries;
        qint64 taskSize = 0;
        for (qsizetype k = 0; k < task.files.size(); ++k) {
            const QByteArray &content = task.files.at(k).content;
            entries.append({fileKey(task.taskIndex, int(k)), content, isText(content)});
            taskSize += entries.constLast().size();
        }
        if (builder.baseSize(0) + taskSize > maxBytes) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("The submission of %1 takes %2 KiB without outputs; at most %3 KiB fit "
                                         "into one ConfigMap. Remove large files from it or grade it locally.")
                                          .arg(task.studentId)
                                          .arg(taskSize / 1024)
                                          .arg(maxBytes / 1024),
                                      jobName + u" task " + QString::number(task.taskIndex));
        }
        if (used + taskSize > maxBytes) {
            flush();
        }
        current.append(entries);
        used += taskSize;
    }
    flush();
    return bundle;
}

qint64 KubeJobInputs::jsonSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

} // namespace GradeDesk::Services
