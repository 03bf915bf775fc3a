// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubejobschema.h"

#include <services/kube/kubejobinputs.h>
#include <services/kube/kubejobmanifest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::KubeSchemaOracle;

namespace {

const QString kJob = QStringLiteral("ag-ps1-7f3c9a");
const QString kUid = QStringLiteral("5b0c4c52-7a43-4a8e-9b1d-0c8f3b0f6e11");

QList<KubeTaskInput> makeTasks(const QList<int> &sizes)
{
    QList<KubeTaskInput> tasks;
    for (int i = 0; i < sizes.size(); ++i) {
        // Text with characters JSON must escape, so the size accounting is exercised.
        QByteArray content(sizes.at(i), 'a');
        for (int k = 0; k < content.size(); k += 97) {
            content[k] = k % 2 ? '"' : '\n';
        }
        tasks.append({i, i, QStringLiteral("s%1").arg(i), {{u"ps1.ipynb"_qs, content}}});
    }
    return tasks;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const QByteArray kNotebookWithOutputs = R"NB({
 "cells": [
  {"cell_type": "code", "execution_count": 3, "id": "a1", "metadata": {}, "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["hello\n"]}], "source": ["print('hello')"]},
  {"cell_type": "markdown", "id": "m1", "metadata": {}, "source": ["# Title"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
)NB";

} // namespace

class KubeJobInputsTest : public QObject
{
    Q_OBJECT

private slots:
    void pack_chunksUnderLimit_data();
    void pack_chunksUnderLimit();
    void pack_boundary_oneByteMoreOpensNextConfigMap();
    void pack_submissionLargerThanConfigMap_failsNamingStudent();
    void pack_commonFilesTooLarge_fails();
    void pack_binaryFilesGoToBinaryData();
    void pack_fullSizeConfigMapsPassStrictSchema();
    void manifest_mapsKeysToStudentNames();
    void fileKey_isValidConfigMapKey_data();
    void fileKey_isValidConfigMapKey();
    void stripOutputs_removesOutputsAndCounts();
    void stripOutputs_keepsUnreadableNotebook_data();
    void stripOutputs_keepsUnreadableNotebook();
    void readSubmission_readsSubfoldersSkipsHiddenAndLinks();
    void isSafeRelativePath_data();
    void isSafeRelativePath();
    void pack_unsafeFileName_failsNamingStudent_data();
    void pack_unsafeFileName_failsNamingStudent();
    void readSubmission_hugeFile_fails();
};

void KubeJobInputsTest::pack_chunksUnderLimit_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("expectedChunks");
    const qint64 mib = KubeJobInputs::kMaxConfigMapBytes;
    QTest::newRow("no tasks: only the common ConfigMap") << QList<int>{} << mib << 1;
    QTest::newRow("small tasks share one ConfigMap") << QList<int>(50, 2000) << mib << 1;
    QTest::newRow("three tasks of 400k need two") << QList<int>{400000, 400000, 400000} << mib << 2;
    QTest::newRow("a 1,000,000-byte task fits beside the common files") << QList<int>{1000000} << mib << 1;
    QTest::newRow("two near-limit tasks need two") << QList<int>{1000000, 1000000} << mib << 2;
    QTest::newRow("a near-limit task after a small one opens a new ConfigMap")
        << QList<int>{100000, 1000000} << mib << 2;
    QTest::newRow("many tasks in a small budget") << QList<int>(40, 1000) << qint64(10000) << 5;
    QTest::newRow("1000 submissions of 40k") << QList<int>(1000, 40000) << mib << 41;
}

void KubeJobInputsTest::pack_chunksUnderLimit()
{
    QFETCH(QList<int>, sizes);
    QFETCH(qint64, maxBytes);
    QFETCH(int, expectedChunks);
    const QList<KubeTaskInput> tasks = makeTasks(sizes);
    const Result<KubeInputBundle> bundle =
        KubeJobInputs::pack(kJob, u"grading"_qs, {}, "# harness\n", "{\"version\":1}", tasks, maxBytes);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle.value().configMaps.size(), expectedChunks);
    QCOMPARE(bundle.value().configMapNames.size(), expectedChunks);

    QSet<QString> keys;
    for (int k = 0; k < bundle.value().configMaps.size(); ++k) {
        const QJsonObject owned = KubeJobManifest::withOwner(bundle.value().configMaps.at(k), kJob, kUid);
        QVERIFY2(KubeJobInputs::jsonSize(owned) <= maxBytes,
                 qPrintable(QStringLiteral("ConfigMap %1 has %2 bytes").arg(k).arg(KubeJobInputs::jsonSize(owned))));
        QCOMPARE(owned[u"metadata"_qs][u"name"_qs].toString(), kJob + u"-in-" + QString::number(k));
        const QJsonObject data = owned.value(u"data"_qs).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            QVERIFY2(!keys.contains(it.key()), qPrintable(it.key()));
            keys.insert(it.key());
        }
    }
    QVERIFY(keys.contains(KubeJobInputs::kHarnessKey));
    QVERIFY(keys.contains(KubeJobInputs::kSpecKey));
    QVERIFY(keys.contains(KubeJobInputs::kManifestKey));
    for (const KubeTaskInput &task : tasks) {
        QVERIFY(keys.contains(KubeJobInputs::fileKey(task.taskIndex, 0)));
    }
    QCOMPARE(keys.size(), tasks.size() + 3);
    // The content survives: the first task's file is in some ConfigMap unchanged.
    if (!tasks.isEmpty()) {
        bool found = false;
        for (const QJsonObject &map : bundle.value().configMaps) {
            const QJsonValue value = map[u"data"_qs][KubeJobInputs::fileKey(0, 0)];
            if (value.isString()) {
                QCOMPARE(value.toString().toUtf8(), tasks.first().files.first().content);
                found = true;
            }
        }
        QVERIFY(found);
    }
}

void KubeJobInputsTest::pack_boundary_oneByteMoreOpensNextConfigMap()
{
    // The largest first task that still shares the first ConfigMap with the common files.
    auto chunks = [](int size) {
        const Result<KubeInputBundle> bundle =
            KubeJobInputs::pack(kJob, u"grading"_qs, {}, "# h\n", "{}", makeTasks({size}));
        return bundle.ok() ? int(bundle.value().configMaps.size()) : -1;
    };
    int low = 1000;
    int high = int(KubeJobInputs::kMaxConfigMapBytes);
    QCOMPARE(chunks(low), 1);
    QCOMPARE(chunks(high), -1);
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        (chunks(middle) == 1 ? low : high) = middle;
    }
    QCOMPARE(chunks(low + 1), 2);
    const Result<KubeInputBundle> full = KubeJobInputs::pack(kJob, u"grading"_qs, {}, "# h\n", "{}", makeTasks({low}));
    QVERIFY(full.ok());
    const qint64 size =
        KubeJobInputs::jsonSize(KubeJobManifest::withOwner(full.value().configMaps.first(), kJob, kUid));
    // Exact accounting: full means within a few bytes of the limit, never over it.
    QVERIFY2(size <= KubeJobInputs::kMaxConfigMapBytes, qPrintable(QString::number(size)));
    QVERIFY2(size >= KubeJobInputs::kMaxConfigMapBytes - 64, qPrintable(QString::number(size)));
}

void KubeJobInputsTest::pack_submissionLargerThanConfigMap_failsNamingStudent()
{
    QList<KubeTaskInput> tasks = makeTasks({1000, 2000});
    tasks[1].studentId = QStringLiteral("bigstudent");
    tasks[1].files.append({u"huge.csv"_qs, QByteArray(KubeJobInputs::kMaxConfigMapBytes, 'x')});
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(kJob, u"grading"_qs, {}, "# h\n", "{}", tasks);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().kind, ServiceError::Kind::Validation);
    QVERIFY2(bundle.error().message.contains(u"bigstudent"_qs), qPrintable(bundle.error().message));
}

void KubeJobInputsTest::pack_commonFilesTooLarge_fails()
{
    const QByteArray harness(KubeJobInputs::kMaxConfigMapBytes, 'h');
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(kJob, {}, {}, harness, "{}", makeTasks({10}));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().kind, ServiceError::Kind::Validation);
}

void KubeJobInputsTest::pack_binaryFilesGoToBinaryData()
{
    QList<KubeTaskInput> tasks = makeTasks({10});
    const QByteArray binary("\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", 12);
    const QByteArray invalidUtf8("caf\xe9", 4);
    tasks[0].files.append({u"plot.png"_qs, binary});
    tasks[0].files.append({u"latin1.txt"_qs, invalidUtf8});
    tasks[0].files.append({u"utf8.txt"_qs, QStringLiteral("Grüße").toUtf8()});
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(kJob, {}, {}, "# h\n", "{}", tasks);
    QVERIFY(bundle.ok());
    const QJsonObject map = bundle.value().configMaps.first();
    QCOMPARE(QByteArray::fromBase64(map[u"binaryData"_qs][u"t0-f1"_qs].toString().toLatin1()), binary);
    QCOMPARE(QByteArray::fromBase64(map[u"binaryData"_qs][u"t0-f2"_qs].toString().toLatin1()), invalidUtf8);
    QCOMPARE(map[u"data"_qs][u"t0-f3"_qs].toString(), u"Grüße"_qs);
    QVERIFY(!map[u"data"_qs].toObject().contains(u"t0-f1"_qs));
}

void KubeJobInputsTest::pack_fullSizeConfigMapsPassStrictSchema()
{
    const QString reason = KubeSchemaOracle::unavailableReason();
    if (!reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QList<KubeTaskInput> tasks = makeTasks({600000, 600000});
    tasks[1].files.append({u"b.bin"_qs, QByteArray("\x00\x01", 2)});
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(
        kJob, u"grading"_qs, QJsonObject{{u"gradedesk.io/run-id"_qs, u"7f3c9a"_qs}}, "# h\n", "{}", tasks);
    QVERIFY(bundle.ok());
    QList<std::pair<QString, QJsonObject>> objects;
    for (const QJsonObject &map : bundle.value().configMaps) {
        objects.append({u"io.k8s.api.core.v1.ConfigMap"_qs, KubeJobManifest::withOwner(map, kJob, kUid)});
    }
    const QStringList errors = KubeSchemaOracle::validate(objects);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void KubeJobInputsTest::manifest_mapsKeysToStudentNames()
{
    QList<KubeTaskInput> tasks;
    tasks.append({0, 3, u"alice"_qs, {{u"ps1.ipynb"_qs, "{}"}, {u"data file.csv"_qs, "a,b\n"}}});
    tasks.append({1, 7, u"bob"_qs, {}});
    const QJsonObject manifest = QJsonDocument::fromJson(KubeJobInputs::manifest(tasks)).object();
    QCOMPARE(manifest[u"version"_qs].toInt(), 1);
    QCOMPARE(manifest[u"spec"_qs].toString(), u"spec.json"_qs);
    const QJsonArray list = manifest[u"tasks"_qs].toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][u"index"_qs].toInt(), 0);
    QCOMPARE(list[0][u"task"_qs].toInt(), 3);
    QCOMPARE(list[0][u"student"_qs].toString(), u"alice"_qs);
    QCOMPARE(list[0][u"files"_qs][u"ps1.ipynb"_qs].toString(), u"t3-f0"_qs);
    QCOMPARE(list[0][u"files"_qs][u"data file.csv"_qs].toString(), u"t3-f1"_qs);
    QCOMPARE(list[1][u"index"_qs].toInt(), 1);
    QCOMPARE(list[1][u"task"_qs].toInt(), 7);
    QVERIFY(list[1][u"files"_qs].toObject().isEmpty());
}

void KubeJobInputsTest::fileKey_isValidConfigMapKey_data()
{
    QTest::addColumn<int>("task");
    QTest::addColumn<int>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << 0 << 0 << "t0-f0";
    QTest::newRow("large indexes") << 99999 << 12 << "t99999-f12";
}

void KubeJobInputsTest::fileKey_isValidConfigMapKey()
{
    QFETCH(int, task);
    QFETCH(int, file);
    QFETCH(QString, expected);
    const QString key = KubeJobInputs::fileKey(task, file);
    QCOMPARE(key, expected);
    QVERIFY(QRegularExpression(u"^[-._a-zA-Z0-9]+$"_qs).match(key).hasMatch());
}

void KubeJobInputsTest::stripOutputs_removesOutputsAndCounts()
{
    const QByteArray stripped = KubeJobInputs::stripOutputs(kNotebookWithOutputs);
    const QJsonObject notebook = QJsonDocument::fromJson(stripped).object();
    const QJsonArray cells = notebook[u"cells"_qs].toArray();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells[0][u"outputs"_qs].toArray().size(), 0);
    QVERIFY(cells[0][u"execution_count"_qs].isNull());
    QCOMPARE(cells[0][u"source"_qs].toArray().first().toString(), u"print('hello')"_qs);
    QCOMPARE(cells[1][u"cell_type"_qs].toString(), u"markdown"_qs);
    QVERIFY(!stripped.contains("hello\\n"));
}

void KubeJobInputsTest::stripOutputs_keepsUnreadableNotebook_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("this is not a notebook");
    QTest::newRow("truncated json") << kNotebookWithOutputs.left(40);
    QTest::newRow("nbformat 3") << QByteArray(R"({"nbformat": 3, "nbformat_minor": 0, "worksheets": []})");
    QTest::newRow("cells of the wrong type") << QByteArray(R"({"nbformat": 4, "nbformat_minor": 5, "cells": 7})");
    QTest::newRow("empty file") << QByteArray();
}

void KubeJobInputsTest::stripOutputs_keepsUnreadableNotebook()
{
    QFETCH(QByteArray, content);
    QCOMPARE(KubeJobInputs::stripOutputs(content), content);
}

void KubeJobInputsTest::readSubmission_readsSubfoldersSkipsHiddenAndLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(writeFile(dir.filePath(u"ps1.ipynb"_qs), kNotebookWithOutputs));
    QVERIFY(writeFile(dir.filePath(u"data.csv"_qs), "x,y\n1,2\n"));
    QVERIFY(writeFile(dir.filePath(u".hidden"_qs), "secret"));
    QVERIFY(root.mkdir(u".ipynb_checkpoints"_qs));
    QVERIFY(writeFile(dir.filePath(u".ipynb_checkpoints/ps1-checkpoint.ipynb"_qs), kNotebookWithOutputs));
    QVERIFY(root.mkpath(u"data/deep"_qs));
    QVERIFY(writeFile(dir.filePath(u"data/values.csv"_qs), "x\n1\n"));
    QVERIFY(writeFile(dir.filePath(u"data/.secret"_qs), "hidden in a folder"));
    QVERIFY(writeFile(dir.filePath(u"data/deep/inner.ipynb"_qs), kNotebookWithOutputs));
    QVERIFY(writeFile(dir.filePath(u"data/back\\slash.txt"_qs), "a name the harness refuses"));
    QVERIFY(root.mkdir(u"empty"_qs));
    QVERIFY(QFile::link(u"/etc/passwd"_qs, dir.filePath(u"link.txt"_qs)));
    QVERIFY(QFile::link(u"/etc"_qs, dir.filePath(u"etc"_qs)));
    QVERIFY(QFile::link(dir.filePath(u"data"_qs), dir.filePath(u"data-link"_qs)));

    AutogradeTask task;
    task.index = 4;
    task.studentId = QStringLiteral("alice");
    task.submissionDir = dir.path();
    const Result<KubeTaskInput> input = KubeJobInputs::readSubmission(task, 1);
    QVERIFY(input.ok());
    QCOMPARE(input.value().jobIndex, 1);
    QCOMPARE(input.value().taskIndex, 4);
    QCOMPARE(input.value().studentId, u"alice"_qs);
    QStringList names;
    for (const KubeInputFile &file : input.value().files) {
        names.append(file.name);
    }
    const QStringList expected{u"data/deep/inner.ipynb"_qs, u"data/values.csv"_qs, u"data.csv"_qs, u"ps1.ipynb"_qs};
    QCOMPARE(names, expected);
    QCOMPARE(input.value().files.at(0).content, KubeJobInputs::stripOutputs(kNotebookWithOutputs));
    QCOMPARE(input.value().files.at(1).content, QByteArray("x\n1\n"));
    QCOMPARE(input.value().files.at(3).content, KubeJobInputs::stripOutputs(kNotebookWithOutputs));

    // The manifest carries the relative paths; the keys stay plain.
    const QJsonObject manifest = QJsonDocument::fromJson(KubeJobInputs::manifest({input.value()})).object();
    const QJsonObject files = manifest[u"tasks"_qs].toArray().at(0)[u"files"_qs].toObject();
    QCOMPARE(files[u"data/values.csv"_qs].toString(), u"t4-f1"_qs);
    QCOMPARE(files[u"data/deep/inner.ipynb"_qs].toString(), u"t4-f0"_qs);
    QVERIFY(KubeJobInputs::pack(kJob, u"grading"_qs, {}, "h", "{}", {input.value()}).ok());

    task.submissionDir = dir.filePath(u"missing"_qs);
    const Result<KubeTaskInput> missing = KubeJobInputs::readSubmission(task, 0);
    QVERIFY(missing.ok());
    QVERIFY(missing.value().files.isEmpty());
}

void KubeJobInputsTest::isSafeRelativePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain name") << u"ps1.ipynb"_qs << true;
    QTest::newRow("name in a subfolder") << u"data/values.csv"_qs << true;
    QTest::newRow("deep subfolders") << u"a/b/c/d.txt"_qs << true;
    QTest::newRow("two dots inside a name") << u"v1..2.csv"_qs << true;
    QTest::newRow("spaces and unicode") << u"données/mes valeurs.csv"_qs << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("parent folder") << u".."_qs << false;
    QTest::newRow("climbs out from a subfolder") << u"data/../../x"_qs << false;
    QTest::newRow("ends in a parent folder") << u"data/.."_qs << false;
    QTest::newRow("current folder") << u"./ps1.ipynb"_qs << false;
    QTest::newRow("absolute") << u"/etc/passwd"_qs << false;
    QTest::newRow("empty component") << u"data//values.csv"_qs << false;
    QTest::newRow("trailing slash") << u"data/"_qs << false;
    QTest::newRow("backslash") << u"data\\values.csv"_qs << false;
    QTest::newRow("windows parent") << u"..\\x"_qs << false;
    QTest::newRow("NUL") << QString(u"a" + QString(QChar(0)) + u"b") << false;
}

void KubeJobInputsTest::isSafeRelativePath()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(KubeJobInputs::isSafeRelativePath(path), safe);
}

void KubeJobInputsTest::pack_unsafeFileName_failsNamingStudent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent folder") << u"../escaped.py"_qs;
    QTest::newRow("absolute") << u"/tmp/x.py"_qs;
    QTest::newRow("empty component") << u"a//b"_qs;
    QTest::newRow("backslash") << u"a\\b"_qs;
    QTest::newRow("NUL") << QString(u"a" + QString(QChar(0)) + u"b");
}

void KubeJobInputsTest::pack_unsafeFileName_failsNamingStudent()
{
    QFETCH(QString, name);
    const QList<KubeTaskInput> tasks{{0, 2, u"mallory"_qs, {{u"ps1.ipynb"_qs, "{}"}, {name, "x"}}}};
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(kJob, u"grading"_qs, {}, "h", "{}", tasks);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().kind, ServiceError::Kind::Validation);
    QVERIFY(bundle.error().message.contains(u"mallory"_qs));
}

void KubeJobInputsTest::readSubmission_hugeFile_fails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(u"big.bin"_qs));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(KubeJobInputs::kMaxConfigMapBytes + 1));
    big.close();
    AutogradeTask task;
    task.index = 0;
    task.studentId = QStringLiteral("bob");
    task.submissionDir = dir.path();
    const Result<KubeTaskInput> input = KubeJobInputs::readSubmission(task, 0);
    QVERIFY(!input.ok());
    QCOMPARE(input.error().kind, ServiceError::Kind::Validation);
    QVERIFY(input.error().message.contains(u"bob"_qs));
    QVERIFY(input.error().message.contains(u"big.bin"_qs));
}

QTEST_GUILESS_MAIN(KubeJobInputsTest)
#include "kubejobinputs_test.moc"
