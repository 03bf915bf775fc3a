// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <tests/support/testsupport.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

namespace GradeDesk::Tests {

/**
 * The second schema oracle of kubernetes.md §5: Debian's python3-jsonschema (Draft 4) against the
 * Kubernetes 1.36 swagger.json, with the spec's two patches (IntOrString as string|integer, and
 * additionalProperties false on every definition with properties = strict field validation).
 */
class KubeSchemaOracle
{
public:
    static QString swaggerPath()
    {
        const QString dir = fixturesDir();
        if (dir.isEmpty()) {
            return {};
        }
        const QString path = QDir::cleanPath(dir + QStringLiteral("/../k8s/swagger.json"));
        return QFileInfo::exists(path) ? path : QString();
    }

    /// Empty when the oracle can run; otherwise why not (for QSKIP).
    static QString unavailableReason()
    {
        if (swaggerPath().isEmpty()) {
            return QStringLiteral("k8s/swagger.json is not in the shared folder");
        }
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
            return QStringLiteral("python3-jsonschema is not installed");
        }
        return {};
    }

    /// Validates each (definition, object) pair; returns "<n>: <path>: <message>" per error.
    static QStringList validate(const QList<std::pair<QString, QJsonObject>> &objects)
    {
        QJsonArray list;
        for (const auto &[definition, object] : objects) {
            list.append(QJsonArray{definition, object});
        }
        QTemporaryFile input;
        if (!input.open()) {
            return {QStringLiteral("cannot write a temporary file")};
        }
        input.write(QJsonDocument(list).toJson(QJsonDocument::Compact));
        input.flush();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kScript), swaggerPath(), input.fileName()});
        if (!python.waitForFinished(120000)) {
            return {QStringLiteral("python3 did not finish")};
        }
        const QString out = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
        QStringList errors = out.isEmpty() ? QStringList() : out.split(u'\n');
        if (python.exitCode() != 0) {
            errors.append(QStringLiteral("python3 failed: ") + QString::fromUtf8(python.readAllStandardError()));
        }
        return errors;
    }

private:
    static constexpr const char *kScript = R"PY(
import json, sys
from jsonschema import Draft4Validator
swagger = json.load(open(sys.argv[1]))
defs = swagger["definitions"]
defs["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
for d in defs.values():
    if "properties" in d:
        d["additionalProperties"] = False
for n, (name, obj) in enumerate(json.load(open(sys.argv[2]))):
    v = Draft4Validator({"$ref": "#/definitions/" + name, "definitions": defs})
    for e in v.iter_errors(obj):
        print("%d: %s: %s" % (n, "/".join(str(p) for p in e.absolute_path), e.message[:300]))
)PY";
};

} // namespace GradeDesk::Tests
