// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubevalidator.h"
#include "kubevalidatortestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Tests;
using KubeTestData::setPath;
using KubeTestData::summary;

Q_DECLARE_METATYPE(QJsonValue)

// Schema-level checks (types, required, unknown fields, decoder limits), the fieldValidation
// modes and the Status replies. Cross-field rules: kuberules_test; the jsonschema oracle:
// kubevalidatororacle_test.
class KubeValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadSchema_indexesDefinitionsAndKinds();
    void loadMissingOrCorruptFile_reportsError();
    void compactDefinitions_equalTheOriginalWithoutDescriptions();
    void sampleManifests_haveNoCauses();
    void threeErrorJob_givesExactlyThoseThree();
    void schemaChecks_data();
    void schemaChecks();
    void numericQuantity_refusedUnlessAccepted();
    void fieldValidationModes_decideUnknownFields();
    void verdict_strictUnknownFieldIs400();
    void verdict_decodeErrorWinsAndStopsValidation();
    void verdict_invalidIs422WithCauses();
    void verdict_warnAcceptsWithWarnings();
    void validateObject_findsDefinitionFromKind();
    void validate_unknownDefinitionIsInternalError();

private:
    std::shared_ptr<const KubeValidator> m_validator;
};

void KubeValidatorTest::initTestCase()
{
    QString reason;
    m_validator = KubeTestData::validator(&reason);
    if (!m_validator) {
        QSKIP(qPrintable(reason));
    }
}

void KubeValidatorTest::loadSchema_indexesDefinitionsAndKinds()
{
    const KubeSchema &schema = m_validator->schema();
    QCOMPARE(schema.definitionCount(), 771);
    QCOMPARE(schema.definitionFor(QStringLiteral("batch/v1"), QStringLiteral("Job")),
             QStringLiteral("io.k8s.api.batch.v1.Job"));
    QCOMPARE(schema.definitionFor(QStringLiteral("v1"), QStringLiteral("ConfigMap")),
             QStringLiteral("io.k8s.api.core.v1.ConfigMap"));
    QCOMPARE(schema.definitionFor(QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy")),
             QStringLiteral("io.k8s.api.networking.v1.NetworkPolicy"));
    QVERIFY(schema.definitionFor(QStringLiteral("batch/v2"), QStringLiteral("Job")).isEmpty());
    QVERIFY(schema.hasDefinition(QStringLiteral("io.k8s.api.core.v1.PodSpec")));
    qInfo("swagger.json loaded in %lld ms", static_cast<long long>(schema.loadMilliseconds()));
    // shared() hands out the same instance for the same path.
    QCOMPARE(KubeSchema::shared(schema.path()).get(), &schema);
}

void KubeValidatorTest::loadMissingOrCorruptFile_reportsError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!KubeSchema::load(dir.filePath(QStringLiteral("absent.json")), &error));
    QVERIFY2(error.contains(QLatin1String("cannot open")), qPrintable(error));

    const QList<QByteArray> bad{"{\"definitions\": {", "[]", "{\"definitions\": {}}"};
    for (const QByteArray &content : bad) {
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        error.clear();
        QVERIFY(!KubeSchema::load(file.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }
}

namespace {

QJsonValue withoutDescriptions(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("description") || !it.value().isString()) {
                result.insert(it.key(), withoutDescriptions(it.value()));
            }
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray()) {
            result.append(withoutDescriptions(item));
        }
        return result;
    }
    return value;
}

} // namespace

void KubeValidatorTest::compactDefinitions_equalTheOriginalWithoutDescriptions()
{
    const KubeSchema &compact = m_validator->schema();
    if (compact.path() == KubeSchema::swaggerPath()) {
        QSKIP("the build made no compacted definitions (no python3 at configure time)");
    }
    QString error;
    const auto original = KubeSchema::load(KubeSchema::swaggerPath(), &error);
    QVERIFY2(original, qPrintable(error));
    qInfo("original swagger.json loaded in %lld ms", static_cast<long long>(original->loadMilliseconds()));
    QCOMPARE(compact.definitionCount(), original->definitionCount());
    const QStringList names{
        QStringLiteral("io.k8s.api.batch.v1.JobSpec"), QStringLiteral("io.k8s.api.core.v1.Container"),
        QStringLiteral("io.k8s.api.core.v1.PodSpec"), QStringLiteral("io.k8s.api.core.v1.ConfigMap"),
        QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")};
    for (const QString &name : names) {
        QCOMPARE(QJsonValue(compact.definition(name)), withoutDescriptions(original->definition(name)));
    }
    KubeValidator fromOriginal(original);
    QCOMPARE(fromOriginal.validate(QStringLiteral("io.k8s.api.batch.v1.Job"), KubeTestData::threeErrorJob()),
             m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), KubeTestData::threeErrorJob()));
}

void KubeValidatorTest::sampleManifests_haveNoCauses()
{
    QCOMPARE(summary(m_validator->validateObject(KubeTestData::sampleJob())), QStringList());
    QCOMPARE(summary(m_validator->validateObject(KubeTestData::sampleConfigMap())), QStringList());
    QCOMPARE(summary(m_validator->validateObject(KubeTestData::sampleNetworkPolicy())), QStringList());
}

void KubeValidatorTest::threeErrorJob_givesExactlyThoseThree()
{
    const QList<KubeCause> causes =
        m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), KubeTestData::threeErrorJob());
    QCOMPARE(causes.size(), 3);
    QCOMPARE(summary(causes), QStringList({QStringLiteral("spec.backoffLimitPerIndx|UnknownField"),
                                           QStringLiteral("spec.template.spec.containers[0].imagePullPolicy|"
                                                          "FieldValueTypeInvalid"),
                                           QStringLiteral("spec.template.spec.imagePullPolicy|UnknownField")}));
    QStringList messages;
    for (const KubeCause &cause : causes) {
        messages << cause.message;
    }
    QVERIFY(messages.contains(QStringLiteral("unknown field \"spec.backoffLimitPerIndx\"")));
    QVERIFY(messages.contains(QStringLiteral("unknown field \"spec.template.spec.imagePullPolicy\"")));
    QVERIFY(
        messages.contains(QStringLiteral("json: cannot unmarshal number 1 into Go struct field "
                                         "Container.spec.template.spec.containers.imagePullPolicy of type string")));
}

void KubeValidatorTest::schemaChecks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *path, const QJsonValue &value, const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << expected;
    };
    row("string where int32", "spec.completions", QStringLiteral("240"),
        {QStringLiteral("spec.completions|FieldValueTypeInvalid")});
    row("fraction where int32", "spec.parallelism", 2.5, {QStringLiteral("spec.parallelism|FieldValueTypeInvalid")});
    row("int32 overflow", "spec.completions", 3000000000.0, {QStringLiteral("spec.completions|FieldValueTypeInvalid")});
    row("int64 field takes a large number", "spec.activeDeadlineSeconds", 3000000000.0, {});
    row("string where boolean", "spec.suspend", QStringLiteral("true"),
        {QStringLiteral("spec.suspend|FieldValueTypeInvalid")});
    row("null is a type error", "spec.suspend", QJsonValue(QJsonValue::Null),
        {QStringLiteral("spec.suspend|FieldValueTypeInvalid")});
    row("object where array", "spec.template.spec.containers", QJsonObject(),
        {QStringLiteral("spec.template.spec.containers|FieldValueTypeInvalid")});
    row("number in a string array", "spec.template.spec.containers[0].args[1]", 7,
        {QStringLiteral("spec.template.spec.containers[0].args[1]|FieldValueTypeInvalid")});
    row("missing required container name", "spec.template.spec.containers[0].name", QJsonValue(QJsonValue::Undefined),
        {QStringLiteral("spec.template.spec.containers[0].name|FieldValueRequired")});
    row("missing required template", "spec.template", QJsonValue(QJsonValue::Undefined),
        {QStringLiteral("spec.template|FieldValueRequired")});
    row("unknown field deep in a list", "spec.template.spec.volumes[0].emptyDir.size", QStringLiteral("1Gi"),
        {QStringLiteral("spec.template.spec.volumes[0].emptyDir.size|UnknownField")});
    row("unknown top-level field", "status2", QJsonObject(), {QStringLiteral("status2|UnknownField")});
    row("map value must be a string", "metadata.labels.tier", 3,
        {QStringLiteral("metadata.labels[tier]|FieldValueTypeInvalid")});
    row("any key allowed in a map", "metadata.annotations.anything", QStringLiteral("x"), {});
    row("IntOrString takes an integer", "spec.template.spec.containers[0].livenessProbe.httpGet",
        QJsonObject{{QStringLiteral("port"), 8080}}, {});
    row("IntOrString takes a string", "spec.template.spec.containers[0].livenessProbe.httpGet",
        QJsonObject{{QStringLiteral("port"), QStringLiteral("http")}}, {});
    row("IntOrString refuses a boolean", "spec.template.spec.containers[0].livenessProbe.httpGet",
        QJsonObject{{QStringLiteral("port"), true}},
        {QStringLiteral("spec.template.spec.containers[0].livenessProbe.httpGet.port|FieldValueTypeInvalid")});
    row("Quantity must parse", "spec.template.spec.containers[0].resources.limits.cpu", QStringLiteral("1 core"),
        {QStringLiteral("spec.template.spec.containers[0].resources.limits[cpu]|FieldValueInvalid")});
    row("Quantity suffix must be known", "spec.template.spec.containers[0].resources.limits.memory",
        QStringLiteral("2Gb"),
        {QStringLiteral("spec.template.spec.containers[0].resources.limits[memory]|FieldValueInvalid")});
    row("Quantity exponent form", "spec.template.spec.containers[0].resources.limits.memory", QStringLiteral("2e9"),
        {});
    row("RawExtension-like free object", "metadata.managedFields[0].fieldsV1",
        QJsonObject{{QStringLiteral("f:metadata"), QJsonObject()}}, {});
}

void KubeValidatorTest::schemaChecks()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    QJsonObject job = KubeTestData::sampleJob();
    setPath(job, path, value);
    const QList<KubeCause> causes = m_validator->validateSchema(QStringLiteral("io.k8s.api.batch.v1.Job"), job);
    QCOMPARE(summary(causes), expected);
}

void KubeValidatorTest::numericQuantity_refusedUnlessAccepted()
{
    QJsonObject job = KubeTestData::sampleJob();
    setPath(job, QStringLiteral("spec.template.spec.containers[0].resources.limits.cpu"), 1);
    const QString job1 = QStringLiteral("io.k8s.api.batch.v1.Job");
    const QList<KubeCause> causes = m_validator->validateSchema(job1, job);
    QCOMPARE(summary(causes), QStringList{QStringLiteral(
                                  "spec.template.spec.containers[0].resources.limits[cpu]|FieldValueTypeInvalid")});
    KubeValidator lenient(KubeSchema::shared(m_validator->schema().path()));
    lenient.setNumericQuantitiesAccepted(true);
    QCOMPARE(summary(lenient.validateSchema(job1, job)), QStringList());
}

void KubeValidatorTest::fieldValidationModes_decideUnknownFields()
{
    QJsonObject job = KubeTestData::sampleJob();
    setPath(job, QStringLiteral("spec.backoffLimitPerIndx"), 1);
    const QString job1 = QStringLiteral("io.k8s.api.batch.v1.Job");
    const QList<KubeCause> strict = m_validator->validate(job1, job, KubeFieldValidation::Strict);
    QCOMPARE(strict.size(), 1);
    QCOMPARE(strict.first().origin, KubeCause::Origin::UnknownField);
    QCOMPARE(m_validator->validate(job1, job, KubeFieldValidation::Warn), strict);
    QCOMPARE(m_validator->validate(job1, job, KubeFieldValidation::Ignore), QList<KubeCause>());
}

void KubeValidatorTest::verdict_strictUnknownFieldIs400()
{
    const QList<KubeCause> causes = m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), [] {
        QJsonObject job = KubeTestData::sampleJob();
        setPath(job, QStringLiteral("spec.backoffLimitPerIndx"), 1);
        setPath(job, QStringLiteral("spec.template.spec.imagePullPolicy"), QStringLiteral("Always"));
        return job;
    }());
    const KubeVerdict verdict = KubeValidator::verdict(causes, KubeFieldValidation::Strict, QStringLiteral("batch/v1"),
                                                       QStringLiteral("Job"), QStringLiteral("ag-ps3-7f3c9a"));
    QCOMPARE(verdict.httpStatus, 400);
    QCOMPARE(verdict.status.value(QLatin1String("reason")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(verdict.status.value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(verdict.status.value(QLatin1String("message")).toString(),
             QStringLiteral("Job in version \"v1\" cannot be handled as a Job: strict decoding error: unknown field "
                            "\"spec.backoffLimitPerIndx\", unknown field \"spec.template.spec.imagePullPolicy\""));
    QVERIFY(verdict.warnings.isEmpty());
}

void KubeValidatorTest::verdict_decodeErrorWinsAndStopsValidation()
{
    QJsonObject job = KubeTestData::threeErrorJob();
    setPath(job, QStringLiteral("spec.template.spec.restartPolicy"), QStringLiteral("Always")); // a 422 rule
    const QList<KubeCause> causes = m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), job);
    QCOMPARE(causes.size(), 3); // rules do not run after a decode error
    const KubeVerdict verdict = KubeValidator::verdict(causes, KubeFieldValidation::Ignore, QStringLiteral("batch/v1"),
                                                       QStringLiteral("Job"), QStringLiteral("x"));
    QCOMPARE(verdict.httpStatus, 400);
    QCOMPARE(verdict.status.value(QLatin1String("message")).toString(),
             QStringLiteral("Job in version \"v1\" cannot be handled as a Job: json: cannot unmarshal number 1 into Go "
                            "struct field Container.spec.template.spec.containers.imagePullPolicy of type string"));
}

void KubeValidatorTest::verdict_invalidIs422WithCauses()
{
    QJsonObject job = KubeTestData::sampleJob();
    setPath(job, QStringLiteral("spec.completions"), QJsonValue(QJsonValue::Undefined));
    setPath(job, QStringLiteral("spec.template.spec.restartPolicy"), QStringLiteral("Always"));
    const QList<KubeCause> causes = m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), job);
    const KubeVerdict verdict = KubeValidator::verdict(causes, KubeFieldValidation::Strict, QStringLiteral("batch/v1"),
                                                       QStringLiteral("Job"), QStringLiteral("ag-ps3-7f3c9a"));
    QCOMPARE(verdict.httpStatus, 422);
    QCOMPARE(verdict.status.value(QLatin1String("reason")).toString(), QStringLiteral("Invalid"));
    QCOMPARE(
        verdict.status.value(QLatin1String("message")).toString(),
        QStringLiteral("Job.batch \"ag-ps3-7f3c9a\" is invalid: [spec.completions: Required value: when completion "
                       "mode is Indexed, spec.template.spec.restartPolicy: Required value: valid values: "
                       "\"OnFailure\", \"Never\"]"));
    const QJsonObject details = verdict.status.value(QLatin1String("details")).toObject();
    QCOMPARE(details.value(QLatin1String("group")).toString(), QStringLiteral("batch"));
    QCOMPARE(details.value(QLatin1String("kind")).toString(), QStringLiteral("Job"));
    const QJsonArray causeList = details.value(QLatin1String("causes")).toArray();
    QCOMPARE(causeList.size(), 2);
    QCOMPARE(
        causeList.at(0).toObject(),
        QJsonObject({{QStringLiteral("reason"), QStringLiteral("FieldValueRequired")},
                     {QStringLiteral("message"), QStringLiteral("Required value: when completion mode is Indexed")},
                     {QStringLiteral("field"), QStringLiteral("spec.completions")}}));
}

void KubeValidatorTest::verdict_warnAcceptsWithWarnings()
{
    QJsonObject job = KubeTestData::sampleJob();
    setPath(job, QStringLiteral("spec.backoffLimitPerIndx"), 1);
    const QList<KubeCause> causes =
        m_validator->validate(QStringLiteral("io.k8s.api.batch.v1.Job"), job, KubeFieldValidation::Warn);
    const KubeVerdict verdict = KubeValidator::verdict(causes, KubeFieldValidation::Warn, QStringLiteral("batch/v1"),
                                                       QStringLiteral("Job"), QStringLiteral("x"));
    QCOMPARE(verdict.httpStatus, 0);
    QCOMPARE(verdict.warnings, QStringList{QStringLiteral("unknown field \"spec.backoffLimitPerIndx\"")});
    // A ConfigMap (core group) names its kind without a group in a 422.
    QJsonObject configMap = KubeTestData::sampleConfigMap();
    setPath(configMap, QStringLiteral("data.bad key"), QStringLiteral("x"));
    const KubeVerdict invalid =
        KubeValidator::verdict(m_validator->validateObject(configMap), KubeFieldValidation::Strict,
                               QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("cm"));
    QCOMPARE(invalid.httpStatus, 422);
    QVERIFY(invalid.status.value(QLatin1String("message"))
                .toString()
                .startsWith(QLatin1String("ConfigMap \"cm\" is invalid: data[bad key]: ")));
    QVERIFY(!invalid.status.value(QLatin1String("details")).toObject().contains(QLatin1String("group")));
}

void KubeValidatorTest::validateObject_findsDefinitionFromKind()
{
    QJsonObject job = KubeTestData::sampleJob();
    job.insert(QStringLiteral("kind"), QStringLiteral("Jobb"));
    const QList<KubeCause> causes = m_validator->validateObject(job);
    QCOMPARE(causes.size(), 1);
    QCOMPARE(causes.first().origin, KubeCause::Origin::Decode);
    QCOMPARE(causes.first().message, QStringLiteral("no kind \"Jobb\" is registered for version \"batch/v1\""));
    job.remove(QStringLiteral("kind"));
    QVERIFY(m_validator->validateObject(job).first().message.startsWith(QLatin1String("Object 'Kind' is missing")));
}

void KubeValidatorTest::validate_unknownDefinitionIsInternalError()
{
    const QList<KubeCause> causes = m_validator->validate(QStringLiteral("io.k8s.api.batch.v9.Nope"), QJsonObject());
    QCOMPARE(causes.size(), 1);
    QCOMPARE(causes.first().reason, QStringLiteral("InternalError"));
}

QTEST_GUILESS_MAIN(KubeValidatorTest)

#include "kubevalidator_test.moc"
