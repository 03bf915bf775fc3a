// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The fake kubelet's containers: volumes materialised into a temporary folder, paths rewritten,
// the command run as a local process.

#include "tests/sim/kube/kubesimkubeletrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

bool KubeSimKubelet::materialise(const std::shared_ptr<PodRun> &run, QString *error)
{
    if (run->dir) {
        return true;
    }
    run->dir = std::make_unique<QTemporaryDir>();
    if (!run->dir->isValid()) {
        *error = u"cannot create a folder for the pod"_s;
        return false;
    }
    QDir root(run->dir->path());
    root.mkpath(u"root"_s);
    const KubeSimResource &configMaps = *kubeSimResource(QString(), u"configmaps"_s);
    auto writeConfigMap = [&](const QJsonObject &source, const QString &folder) {
        const QString name = source.value("name"_L1).toString();
        const auto cm = m_core.store.get(configMaps, run->ns, name);
        if (!cm) {
            if (source.value("optional"_L1).toBool()) {
                return true;
            }
            *error = u"configmap \"%1\" not found"_s.arg(name);
            return false;
        }
        QHash<QString, QByteArray> files;
        const QJsonObject data = cm->value("data"_L1).toObject();
        const QJsonObject binary = cm->value("binaryData"_L1).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            files.insert(it.key(), it.value().toString().toUtf8());
        }
        for (auto it = binary.begin(); it != binary.end(); ++it) {
            files.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
        }
        QList<std::pair<QString, QString>> items; // key -> relative path
        if (source.contains("items"_L1)) {
            for (const QJsonValue &item : source.value("items"_L1).toArray()) {
                items.append({item["key"_L1].toString(), item["path"_L1].toString()});
            }
        } else {
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                items.append({it.key(), it.key()});
            }
        }
        for (const auto &[key, relative] : std::as_const(items)) {
            const QString path = QDir::cleanPath(folder + u'/' + relative);
            if (!path.startsWith(folder + u'/') || !files.contains(key)) {
                *error = u"configmap \"%1\": bad item \"%2\""_s.arg(name, key);
                return false;
            }
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(files.value(key)) != files.value(key).size()) {
                *error = u"cannot write "_s + path;
                return false;
            }
        }
        return true;
    };
    for (const QJsonValue &value : run->spec.value("volumes"_L1).toArray()) {
        const QJsonObject volume = value.toObject();
        const QString name = volume.value("name"_L1).toString();
        QString folder = root.filePath(u"volumes/"_s + name);
        root.mkpath(u"volumes/"_s + name);
        if (volume.contains("configMap"_L1)) {
            if (!writeConfigMap(volume.value("configMap"_L1).toObject(), folder)) {
                return false;
            }
        } else if (volume.contains("projected"_L1)) {
            for (const QJsonValue &source : volume.value("projected"_L1)["sources"_L1].toArray()) {
                if (source.toObject().contains("configMap"_L1) &&
                    !writeConfigMap(source["configMap"_L1].toObject(), folder)) {
                    return false;
                }
            }
        } else if (volume.contains("persistentVolumeClaim"_L1)) {
            const QString claim = volume.value("persistentVolumeClaim"_L1)["claimName"_L1].toString();
            if (!m_core.pvcFolders.contains(claim)) {
                *error = u"persistentvolumeclaim \"%1\" not found"_s.arg(claim);
                return false;
            }
            folder = m_core.pvcFolders.value(claim);
        }
        run->volumes.insert(name, folder);
    }
    return true;
}

void KubeSimKubelet::runContainer(const std::shared_ptr<PodRun> &run, const QJsonObject &container, bool init)
{
    const QString name = container.value("name"_L1).toString();
    QDir root(run->dir->path());

    // Mount paths, longest first so /a/b wins over /a.
    QList<std::pair<QString, QString>> mounts;
    for (const QJsonValue &m : container.value("volumeMounts"_L1).toArray()) {
        QString local = run->volumes.value(m["name"_L1].toString());
        const QString sub = m["subPath"_L1].toString();
        if (!sub.isEmpty()) {
            local = QDir::cleanPath(local + u'/' + sub);
            QDir().mkpath(local);
        }
        mounts.append({QDir::cleanPath(m["mountPath"_L1].toString()), local});
    }
    const QString terminationPath = container.value("terminationMessagePath"_L1).toString(u"/dev/termination-log"_s);
    const QString terminationFile = root.filePath(u"termination-"_s + name);
    QFile::remove(terminationFile);
    QFile(terminationFile).open(QIODevice::WriteOnly);
    run->terminationFiles.insert(name, terminationFile);
    std::sort(mounts.begin(), mounts.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    auto rewrite = [&](const QString &value) -> QString {
        if (value == terminationPath) {
            return terminationFile;
        }
        for (const auto &[mountPath, local] : std::as_const(mounts)) {
            if (value == mountPath || value.startsWith(mountPath + u'/')) {
                return local + value.mid(mountPath.size());
            }
        }
        const qsizetype eq = value.indexOf(u'=');
        if (value.startsWith("--"_L1) && eq > 0) {
            const QString rest = value.mid(eq + 1);
            for (const auto &[mountPath, local] : std::as_const(mounts)) {
                if (rest == mountPath || rest.startsWith(mountPath + u'/')) {
                    return value.left(eq + 1) + local + rest.mid(mountPath.size());
                }
            }
            if (rest == terminationPath) {
                return value.left(eq + 1) + terminationFile;
            }
        }
        return value;
    };

    QStringList argv;
    for (const QString &list : {u"command"_s, u"args"_s}) {
        for (const QJsonValue &v : container.value(list).toArray()) {
            argv.append(rewrite(v.toString()));
        }
    }
    run->startedAt.insert(name, KubeSimStore::nowTimestamp());
    if (argv.isEmpty()) {
        m_logs[run->key].insert(name, QByteArray());
        containerFinished(run, name, 128, u"StartError"_s);
        return;
    }
    QString program = argv.takeFirst();
    if (program == "python3"_L1 || program == "python"_L1) {
        program = m_core.python;
    }

    QProcessEnvironment env;
    const QProcessEnvironment host = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, host.value(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, root.filePath(u"root"_s));
    env.insert(u"HOSTNAME"_s, run->spec.value("hostname"_L1).toString(run->name));
    env.insert(u"KUBERNETES_SERVICE_HOST"_s, u"127.0.0.1"_s);
    env.insert(u"KUBERNETES_SERVICE_PORT"_s, QString::number(m_core.server ? m_core.server->port() : 0));
    const KubeSimResource &configMaps = *kubeSimResource(QString(), u"configmaps"_s);
    for (const QJsonValue &e : container.value("env"_L1).toArray()) {
        const QString envName = e["name"_L1].toString();
        if (e.toObject().contains("value"_L1)) {
            env.insert(envName, rewrite(e["value"_L1].toString()));
            continue;
        }
        const QJsonObject from = e["valueFrom"_L1].toObject();
        QString value;
        if (from.contains("fieldRef"_L1)) {
            const QString path = from.value("fieldRef"_L1)["fieldPath"_L1].toString();
            const auto bracket = [&path](const QString &prefix) {
                return path.mid(prefix.size() + 2, path.size() - prefix.size() - 4);
            };
            if (path == "metadata.name"_L1) {
                value = run->name;
            } else if (path == "metadata.namespace"_L1) {
                value = run->ns;
            } else if (path == "metadata.uid"_L1) {
                value = run->meta.value("uid"_L1).toString();
            } else if (path == "spec.nodeName"_L1) {
                value = u"sim-node"_s;
            } else if (path == "status.podIP"_L1) {
                value = u"127.0.0.1"_s;
            } else if (path.startsWith("metadata.annotations["_L1)) {
                value =
                    run->meta.value("annotations"_L1).toObject().value(bracket(u"metadata.annotations"_s)).toString();
            } else if (path.startsWith("metadata.labels["_L1)) {
                value = run->meta.value("labels"_L1).toObject().value(bracket(u"metadata.labels"_s)).toString();
            }
        } else if (from.contains("configMapKeyRef"_L1)) {
            const QJsonObject ref = from.value("configMapKeyRef"_L1).toObject();
            const auto cm = m_core.store.get(configMaps, run->ns, ref.value("name"_L1).toString());
            value = cm ? cm->value("data"_L1).toObject().value(ref.value("key"_L1).toString()).toString() : QString();
        }
        env.insert(envName, value);
    }

    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QString workingDir = container.value("workingDir"_L1).toString();
    process->setWorkingDirectory(workingDir.isEmpty() ? root.filePath(u"root"_s) : rewrite(workingDir));
    run->processes.insert(name, process);
    m_logs[run->key].insert(name, QByteArray());
    connect(process, &QProcess::readyRead, this, [this, run, name, process] {
        QByteArray &log = m_logs[run->key][name];
        log += process->readAll();
        if (log.size() > KubeSimMaxLogBytes) {
            log.remove(0, log.size() - KubeSimMaxLogBytes);
        }
    });
    connect(process, &QProcess::finished, this, [this, run, name, process](int exitCode, QProcess::ExitStatus status) {
        if (m_logs.contains(run->key)) {
            m_logs[run->key][name] += process->readAll();
        }
        run->processes.remove(name);
        process->deleteLater();
        if (run->finished) {
            return;
        }
        int code = exitCode;
        if (status == QProcess::CrashExit) {
            code = run->killReason == "Error"_L1 ? 143 : 137;
        }
        containerFinished(run, name, code, run->killReason);
    });
    connect(process, &QProcess::errorOccurred, this, [this, run, name, process, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart) {
            return;
        }
        m_logs[run->key][name] += "exec: \"" + program.toUtf8() + "\": executable file not found\n";
        run->processes.remove(name);
        process->deleteLater();
        if (!run->finished) {
            containerFinished(run, name, 128, u"StartError"_s);
        }
    });
    process->start(program, argv);
    run->states.insert(name, {{u"running"_s, QJsonObject{{u"startedAt"_s, run->startedAt.value(name)}}}});
    if (!init) {
        run->phase = u"Running"_s;
    }
    writeStatus(run);
}

} // namespace GradeDesk::Tests
