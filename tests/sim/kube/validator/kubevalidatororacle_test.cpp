// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubevalidator.h"
#include "kubevalidatortestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Tests;
using KubeTestData::setPath;

namespace {

const QString job = QStringLiteral("io.k8s.api.batch.v1.Job");

struct Case {
    QString name;
    QString definition;
    QJsonObject body;
};

QJsonObject mutated(QJsonObject body, const QList<std::pair<const char *, QJsonValue>> &changes)
{
    for (const auto &[path, value] : changes) {
        setPath(body, QString::fromLatin1(path), value);
    }
    return body;
}

QList<Case> cases()
{
    using KubeTestData::sampleJob;
    const QJsonValue removed(QJsonValue::Undefined);
    const QString c0 = QStringLiteral("spec.template.spec.containers[0]");
    QJsonObject pod{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                    {QStringLiteral("kind"), QStringLiteral("Pod")},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}}},
                    {QStringLiteral("spec"), sampleJob()
                                                 .value(QLatin1String("spec"))
                                                 .toObject()
                                                 .value(QLatin1String("template"))
                                                 .toObject()
                                                 .value(QLatin1String("spec"))}};
    setPath(pod, QStringLiteral("spec.containers[0].stdinOnce"), QStringLiteral("no"));
    setPath(pod, QStringLiteral("spec.hostNetwrk"), true);
    return {
        {QStringLiteral("sample Job"), job, sampleJob()},
        {QStringLiteral("three-error Job"), job, KubeTestData::threeErrorJob()},
        {QStringLiteral("sample ConfigMap"), QStringLiteral("io.k8s.api.core.v1.ConfigMap"),
         KubeTestData::sampleConfigMap()},
        {QStringLiteral("sample NetworkPolicy"), QStringLiteral("io.k8s.api.networking.v1.NetworkPolicy"),
         KubeTestData::sampleNetworkPolicy()},
        {QStringLiteral("wrong scalar types"), job,
         mutated(sampleJob(), {{"spec.completions", QStringLiteral("240")},
                               {"spec.suspend", 1},
                               {"spec.template.spec.terminationGracePeriodSeconds", 2.5},
                               {"metadata.labels.tier", 3}})},
        {QStringLiteral("missing required members"), job,
         mutated(sampleJob(), {{"spec.template.spec.containers[0].name", removed},
                               {"spec.podFailurePolicy.rules[1].action", removed},
                               {"spec.podFailurePolicy.rules[1].onExitCodes.operator", removed},
                               {"spec.template.spec.volumes[0].name", removed}})},
        {QStringLiteral("unknown fields at several depths"), job,
         mutated(sampleJob(),
                 {{"spec.a", 1},
                  {"spec.b", QJsonObject()},
                  {"spec.template.spec.volumes[0].emptyDir.size", QStringLiteral("1Gi")},
                  {"spec.template.spec.containers[0].env[0].valueFrom.fieldRef.fieldPth", QStringLiteral("x")},
                  {"metadata.label", QJsonObject()}})},
        {QStringLiteral("IntOrString variants"), job,
         mutated(sampleJob(), {{"spec.template.spec.containers[0].livenessProbe.httpGet.port", 8080},
                               {"spec.template.spec.containers[0].readinessProbe.httpGet.port", QStringLiteral("http")},
                               {"spec.template.spec.initContainers[0].livenessProbe.httpGet.port", true},
                               {"spec.template.spec.initContainers[0].readinessProbe.tcpSocket.port", 1.5}})},
        {QStringLiteral("null values"), job, mutated(sampleJob(), {{"spec.suspend", QJsonValue(QJsonValue::Null)}})},
        {QStringLiteral("containers of the wrong shape"), job,
         mutated(sampleJob(), {{"metadata.annotations", QJsonArray()},
                               {"spec.template.spec.securityContext", QJsonArray()},
                               {"spec.template.spec.initContainers[0].args", QStringLiteral("--x")},
                               {"spec.template.spec.containers[0].command", QJsonArray{QStringLiteral("a"), 2}}})},
        {QStringLiteral("Quantity as a JSON number"), job,
         mutated(sampleJob(), {{"spec.template.spec.containers[0].resources.limits.cpu", 2}})},
        {QStringLiteral("NetworkPolicy ports"), QStringLiteral("io.k8s.api.networking.v1.NetworkPolicy"),
         mutated(KubeTestData::sampleNetworkPolicy(),
                 {{"spec.ingress[0].ports[0].port", 80},
                  {"spec.ingress[0].ports[1].port", QStringLiteral("http")},
                  {"spec.ingress[0].ports[2].port", QJsonObject()},
                  {"spec.ingress[0].ports[2].protocol", 6},
                  {"spec.egress[0].to[0].ipBlock.except", QJsonArray{QStringLiteral("10.0.0.0/8")}}})},
        {QStringLiteral("ConfigMap with a number and a typo"), QStringLiteral("io.k8s.api.core.v1.ConfigMap"),
         mutated(KubeTestData::sampleConfigMap(), {{"data.count", 3}, {"imutable", true}})},
        {QStringLiteral("Pod with typos"), QStringLiteral("io.k8s.api.core.v1.Pod"), pod},
        {QStringLiteral("three-error Job without its unknown fields"), job,
         mutated(KubeTestData::threeErrorJob(), {{"spec.backoffLimitPerIndx", removed},
                                                 {"spec.template.spec.imagePullPolicy", removed},
                                                 {"spec.template.spec.containers[0].name", removed}})},
    };
}

// The oracle renders map keys like struct fields ("metadata.labels.tier").
QString oracleKind(const KubeCause &cause)
{
    if (cause.reason == QLatin1String("UnknownField")) {
        return QStringLiteral("unknown");
    }
    if (cause.reason == QLatin1String("FieldValueRequired")) {
        return QStringLiteral("required");
    }
    return cause.reason == QLatin1String("FieldValueTypeInvalid") ? QStringLiteral("type") : cause.reason;
}

QString oraclePath(QString field)
{
    static const QRegularExpression mapKey(QStringLiteral("\\[([^\\]0-9][^\\]]*)\\]"));
    return field.replace(mapKey, QStringLiteral(".\\1"));
}

} // namespace

// The jsonschema oracle of specs/kubernetes.md §5: Debian's python3-jsonschema Draft4Validator on the
// unmodified 1.36 swagger with the two patches must give the same schema-level verdicts (same fields,
// same kind of problem) as KubeValidator::validateSchema for every case, and the documented
// differences stay documented.
class KubeValidatorOracleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaVerdicts_matchDraft4Validator_data();
    void schemaVerdicts_matchDraft4Validator();
    void documentedDifferences_decoderLimitsBeyondTheSchema();

private:
    QJsonArray runOracle(const QList<Case> &list);

    std::shared_ptr<const KubeValidator> m_validator;
    QJsonArray m_verdicts;
};

QJsonArray KubeValidatorOracleTest::runOracle(const QList<Case> &list)
{
    QTemporaryDir dir;
    QJsonArray input;
    for (const Case &c : list) {
        // The oracle reads exactly the bytes GradeDesk would send.
        input.append(QJsonObject{{QStringLiteral("definition"), c.definition}, {QStringLiteral("body"), c.body}});
    }
    QFile file(dir.filePath(QStringLiteral("cases.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    file.close();
    QProcess python;
    python.start(qEnvironmentVariable("GRADEDESK_ORACLE_PYTHON"),
                 {qEnvironmentVariable("GRADEDESK_ORACLE_SCRIPT"), KubeSchema::swaggerPath(), file.fileName()});
    if (!python.waitForFinished(180000) || python.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    if (python.exitCode() == 3) {
        return QJsonArray{QStringLiteral("no-jsonschema")};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

void KubeValidatorOracleTest::initTestCase()
{
    QString reason;
    m_validator = KubeTestData::validator(&reason);
    if (!m_validator) {
        QSKIP(qPrintable(reason));
    }
    if (qEnvironmentVariableIsEmpty("GRADEDESK_ORACLE_PYTHON")) {
        QSKIP("no python3 found at configure time");
    }
    m_verdicts = runOracle(cases());
    if (m_verdicts == QJsonArray{QStringLiteral("no-jsonschema")}) {
        QSKIP("python3-jsonschema is not installed (apt-get install python3-jsonschema)");
    }
    QCOMPARE(m_verdicts.size(), cases().size());
}

void KubeValidatorOracleTest::schemaVerdicts_matchDraft4Validator_data()
{
    QTest::addColumn<int>("caseIndex");
    const QList<Case> list = cases();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QTest::newRow(qPrintable(list.at(i).name)) << int(i);
    }
}

void KubeValidatorOracleTest::schemaVerdicts_matchDraft4Validator()
{
    QFETCH(int, caseIndex);
    const Case c = cases().at(caseIndex);
    QStringList expected;
    for (const QJsonValue &v : m_verdicts.at(caseIndex).toArray()) {
        expected << v.toString();
    }
    QStringList actual;
    for (const KubeCause &cause : m_validator->validateSchema(c.definition, c.body)) {
        actual << oraclePath(cause.field) + u'|' + oracleKind(cause);
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    // The sample manifests are clean; every other case has to find something, or it proves little.
    QCOMPARE(expected.isEmpty(), c.name.startsWith(QLatin1String("sample")));
}

void KubeValidatorOracleTest::documentedDifferences_decoderLimitsBeyondTheSchema()
{
    // The Go decoder refuses these; Draft4Validator ignores `format` and Quantity syntax.
    const QList<Case> differences{
        {QStringLiteral("int32 overflow"), job,
         mutated(KubeTestData::sampleJob(), {{"spec.completions", 3000000000.0}})},
        {QStringLiteral("bad quantity"), job,
         mutated(KubeTestData::sampleJob(),
                 {{"spec.template.spec.containers[0].resources.limits.cpu", QStringLiteral("lots")}})},
    };
    const QJsonArray verdicts = runOracle(differences);
    QCOMPARE(verdicts.size(), differences.size());
    for (qsizetype i = 0; i < differences.size(); ++i) {
        QCOMPARE(verdicts.at(i).toArray(), QJsonArray());
        const QList<KubeCause> causes = m_validator->validateSchema(job, differences.at(i).body);
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.first().origin, KubeCause::Origin::Decode);
    }
}

QTEST_GUILESS_MAIN(KubeValidatorOracleTest)

#include "kubevalidatororacle_test.moc"
