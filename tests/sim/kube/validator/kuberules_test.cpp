// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubevalidator.h"
#include "kubevalidatortestdata.h"

#include <QJsonArray>
#include <QTest>

using namespace GradeDesk::Tests;
using KubeTestData::setPath;

namespace {

struct Mutation {
    QString path;
    QJsonValue value; // Undefined removes the member
};

using Mutations = QList<Mutation>;

const QJsonValue removed(QJsonValue::Undefined);

QJsonArray range(int from, int to)
{
    QJsonArray values;
    for (int i = from; i <= to; ++i) {
        values.append(i);
    }
    return values;
}

QJsonArray rules(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        list.append(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("Ignore")},
                        {QStringLiteral("onPodConditions"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("DisruptionTarget")}}}}});
    }
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Mutations)

// The cross-field rules of the real validation code, one row per rule (plus the rows proving the
// rule does not fire on the allowed neighbour). Expected causes are "field|reason|message", or
// "field|reason" where the message is the long regex text already pinned by another row.
class KubeRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jobRules_data();
    void jobRules();
    void configMapRules_data();
    void configMapRules();
    void networkPolicyRules_data();
    void networkPolicyRules();

private:
    void check(QJsonObject body, const Mutations &mutations, QStringList expected);

    std::shared_ptr<const KubeValidator> m_validator;
};

void KubeRulesTest::initTestCase()
{
    QString reason;
    m_validator = KubeTestData::validator(&reason);
    if (!m_validator) {
        QSKIP(qPrintable(reason));
    }
}

void KubeRulesTest::check(QJsonObject body, const Mutations &mutations, QStringList expected)
{
    for (const Mutation &m : mutations) {
        setPath(body, m.path, m.value);
    }
    const QList<KubeCause> causes = m_validator->validateObject(body);
    QStringList actual;
    for (const KubeCause &cause : causes) {
        QCOMPARE(cause.origin, KubeCause::Origin::Validation);
        actual << cause.field + u'|' + cause.reason + u'|' + cause.message;
    }
    actual.sort();
    expected.sort();
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        if (expected.at(i).count(u'|') == 1) {
            actual[i] = actual.at(i).section(u'|', 0, 1);
        }
    }
    QCOMPARE(actual, expected);
}

void KubeRulesTest::jobRules_data()
{
    QTest::addColumn<Mutations>("mutations");
    QTest::addColumn<QStringList>("expected");
    const QString rp = QStringLiteral("spec.template.spec.restartPolicy");
    const QString exit = QStringLiteral("spec.podFailurePolicy.rules[1].onExitCodes");
    const QString c0 = QStringLiteral("spec.template.spec.containers[0]");
    const QString dnsLabel = QStringLiteral("a lowercase RFC 1123 label must consist of lower case alphanumeric "
                                            "characters or '-', and must start and end with an alphanumeric character "
                                            "(e.g. 'my-name',  or '123-abc', regex used for validation is "
                                            "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    const QString longName = QStringLiteral("ag-") + QString(57, u'a'); // 60 characters
    const auto row = [](const char *name, const Mutations &m, const QStringList &e) { QTest::newRow(name) << m << e; };

    row("sample Job is valid", {}, {});
    row("restartPolicy Always is refused for Jobs", {{rp, QStringLiteral("Always")}},
        {rp + QStringLiteral("|FieldValueRequired|Required value: valid values: \"OnFailure\", \"Never\"")});
    row("restartPolicy absent is refused for Jobs (defaults to Always)", {{rp, removed}},
        {rp + QStringLiteral("|FieldValueRequired|Required value: valid values: \"OnFailure\", \"Never\"")});
    row("unknown restartPolicy fails pod and Job checks", {{rp, QStringLiteral("Sometimes")}},
        {rp + QStringLiteral("|FieldValueNotSupported|Unsupported value: \"Sometimes\": supported values: "
                             "\"Always\", \"OnFailure\", \"Never\""),
         rp + QStringLiteral("|FieldValueNotSupported|Unsupported value: \"Sometimes\": supported values: "
                             "\"OnFailure\", \"Never\"")});
    row("podFailurePolicy needs restartPolicy Never", {{rp, QStringLiteral("OnFailure")}},
        {rp + QStringLiteral("|FieldValueInvalid|Invalid value: \"OnFailure\": only \"Never\" is supported when "
                             "podFailurePolicy is specified")});
    row("backoffLimitPerIndex needs restartPolicy Never",
        {{rp, QStringLiteral("OnFailure")}, {QStringLiteral("spec.podFailurePolicy"), removed}},
        {rp + QStringLiteral("|FieldValueInvalid|Invalid value: \"OnFailure\": only \"Never\" is supported when "
                             "backoffLimitPerIndex is specified")});
    row("OnFailure is fine for a plain Job",
        {{rp, QStringLiteral("OnFailure")},
         {QStringLiteral("spec.podFailurePolicy"), removed},
         {QStringLiteral("spec.backoffLimitPerIndex"), removed}},
        {});
    row("Indexed needs completions", {{QStringLiteral("spec.completions"), removed}},
        {QStringLiteral("spec.completions|FieldValueRequired|Required value: when completion mode is Indexed")});
    row("unknown completionMode", {{QStringLiteral("spec.completionMode"), QStringLiteral("Sparse")}},
        {QStringLiteral("spec.completionMode|FieldValueNotSupported|Unsupported value: \"Sparse\": supported values: "
                        "\"NonIndexed\", \"Indexed\"")});
    row("backoffLimitPerIndex needs Indexed", {{QStringLiteral("spec.completionMode"), removed}},
        {QStringLiteral("spec.backoffLimitPerIndex|FieldValueInvalid|Invalid value: 1: requires indexed completion "
                        "mode")});
    row("maxFailedIndexes needs Indexed",
        {{QStringLiteral("spec.completionMode"), QStringLiteral("NonIndexed")},
         {QStringLiteral("spec.maxFailedIndexes"), 5}},
        {QStringLiteral("spec.backoffLimitPerIndex|FieldValueInvalid|Invalid value: 1: requires indexed completion "
                        "mode"),
         QStringLiteral("spec.maxFailedIndexes|FieldValueInvalid|Invalid value: 5: requires indexed completion mode")});
    row("maxFailedIndexes needs backoffLimitPerIndex; FailIndex too",
        {{QStringLiteral("spec.backoffLimitPerIndex"), removed}, {QStringLiteral("spec.maxFailedIndexes"), 5}},
        {QStringLiteral("spec.backoffLimitPerIndex|FieldValueRequired|Required value: when maxFailedIndexes is "
                        "specified"),
         QStringLiteral("spec.podFailurePolicy.rules[1].action|FieldValueInvalid|Invalid value: \"FailIndex\": "
                        "requires the backoffLimitPerIndex to be set")});
    row("maxFailedIndexes at most completions", {{QStringLiteral("spec.maxFailedIndexes"), 241}},
        {QStringLiteral("spec.maxFailedIndexes|FieldValueInvalid|Invalid value: 241: must be less than or equal to "
                        "completions")});
    row("maxFailedIndexes equal to completions is fine", {{QStringLiteral("spec.maxFailedIndexes"), 240}}, {});
    row("negative parallelism", {{QStringLiteral("spec.parallelism"), -1}},
        {QStringLiteral("spec.parallelism|FieldValueInvalid|Invalid value: -1: must be greater than or equal to 0")});
    row("negative completions", {{QStringLiteral("spec.completions"), -1}},
        {QStringLiteral("spec.completions|FieldValueInvalid|Invalid value: -1: must be greater than or equal to 0")});
    row("zero parallelism is allowed", {{QStringLiteral("spec.parallelism"), 0}}, {});
    row("Indexed parallelism at most 100000", {{QStringLiteral("spec.parallelism"), 100001}},
        {QStringLiteral("spec.parallelism|FieldValueInvalid|Invalid value: 100001: must be less than or equal to "
                        "100000 when completion mode is Indexed")});
    row("over 100000 completions with per-index limit need maxFailedIndexes",
        {{QStringLiteral("spec.completions"), 100001}},
        {QStringLiteral("spec.maxFailedIndexes|FieldValueRequired|Required value: must be specified when completions "
                        "is above 100000")});
    row("exit codes must be ordered", {{exit + QStringLiteral(".values"), QJsonArray{137, 3}}},
        {exit + QStringLiteral(".values|FieldValueInvalid|Invalid value: []int32{137, 3}: must be ordered")});
    row("exit codes must be unique", {{exit + QStringLiteral(".values"), QJsonArray{3, 3}}},
        {exit + QStringLiteral(".values[1]|FieldValueDuplicate|Duplicate value: 3")});
    row("exit code 0 refused with In", {{exit + QStringLiteral(".values"), QJsonArray{0, 3}}},
        {exit + QStringLiteral(".values[0]|FieldValueInvalid|Invalid value: 0: must not be 0 for the In operator")});
    row("exit code 0 allowed with NotIn",
        {{exit + QStringLiteral(".operator"), QStringLiteral("NotIn")},
         {exit + QStringLiteral(".values"), QJsonArray{0}}},
        {});
    row("at least one exit code", {{exit + QStringLiteral(".values"), QJsonArray()}},
        {exit + QStringLiteral(".values|FieldValueInvalid|Invalid value: []int32{}: at least one value is required")});
    row("at most 255 exit codes", {{exit + QStringLiteral(".values"), range(1, 256)}},
        {exit + QStringLiteral(".values|FieldValueTooMany|Too many: 256: must have at most 255 items")});
    row("255 exit codes are fine", {{exit + QStringLiteral(".values"), range(1, 255)}}, {});
    row("containerName must exist", {{exit + QStringLiteral(".containerName"), QStringLiteral("missing")}},
        {exit + QStringLiteral(".containerName|FieldValueInvalid|Invalid value: \"missing\": must be one of the "
                               "container or initContainer names in the pod template")});
    row("containerName may name an init container",
        {{exit + QStringLiteral(".containerName"), QStringLiteral("fetch")}}, {});
    row("unknown exit-code operator", {{exit + QStringLiteral(".operator"), QStringLiteral("Between")}},
        {exit + QStringLiteral(".operator|FieldValueNotSupported|Unsupported value: \"Between\": supported values: "
                               "\"In\", \"NotIn\"")});
    row("unknown action", {{QStringLiteral("spec.podFailurePolicy.rules[0].action"), QStringLiteral("Retry")}},
        {QStringLiteral("spec.podFailurePolicy.rules[0].action|FieldValueNotSupported|Unsupported value: \"Retry\": "
                        "supported values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"")});
    row("a rule cannot match exit codes and conditions",
        {{QStringLiteral("spec.podFailurePolicy.rules[0].onExitCodes"),
          QJsonObject{{QStringLiteral("operator"), QStringLiteral("NotIn")},
                      {QStringLiteral("values"), QJsonArray{0}}}}},
        {QStringLiteral("spec.podFailurePolicy.rules[0]|FieldValueInvalid|Invalid value: specifying both OnExitCodes "
                        "and OnPodConditions is not supported")});
    row("a rule must match something",
        {{QStringLiteral("spec.podFailurePolicy.rules[0].onPodConditions"), QJsonArray()}},
        {QStringLiteral("spec.podFailurePolicy.rules[0]|FieldValueInvalid|Invalid value: specifying one of OnExitCodes "
                        "and OnPodConditions is required")});
    row("unknown condition status",
        {{QStringLiteral("spec.podFailurePolicy.rules[0].onPodConditions[0].status"), QStringLiteral("Maybe")}},
        {QStringLiteral("spec.podFailurePolicy.rules[0].onPodConditions[0].status|FieldValueNotSupported|Unsupported "
                        "value: \"Maybe\": supported values: \"False\", \"True\", \"Unknown\"")});
    row("at most 20 rules", {{QStringLiteral("spec.podFailurePolicy.rules"), rules(21)}},
        {QStringLiteral("spec.podFailurePolicy.rules|FieldValueTooMany|Too many: 21: must have at most 20 items")});
    row("podReplacementPolicy must be Failed with podFailurePolicy",
        {{QStringLiteral("spec.podReplacementPolicy"), QStringLiteral("TerminatingOrFailed")}},
        {QStringLiteral("spec.podReplacementPolicy|FieldValueNotSupported|Unsupported value: \"TerminatingOrFailed\": "
                        "supported values: \"Failed\"")});
    row("Job name must be a DNS subdomain", {{QStringLiteral("metadata.name"), QStringLiteral("Bad_Name")}},
        {QStringLiteral("metadata.name|FieldValueInvalid|Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain "
                        "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with "
                        "an alphanumeric character (e.g. 'example.com', regex used for validation is "
                        "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
         QStringLiteral("metadata.name|FieldValueInvalid|Invalid value: \"Bad_Name\": will not able to create pod with "
                        "invalid DNS label: Bad_Name-239")});
    row("Indexed pod hostnames must fit 63 characters", {{QStringLiteral("metadata.name"), longName}},
        {QStringLiteral("metadata.name|FieldValueInvalid|Invalid value: \"%1\": will not able to create pod with "
                        "invalid DNS label: %1-239")
             .arg(longName)});
    row("name or generateName required", {{QStringLiteral("metadata.name"), removed}},
        {QStringLiteral("metadata.name|FieldValueRequired|Required value: name or generateName is required")});
    row("generateName is enough",
        {{QStringLiteral("metadata.name"), removed}, {QStringLiteral("metadata.generateName"), QStringLiteral("ag-")}},
        {});
    row("label value too long", {{QStringLiteral("metadata.labels.grading/assignment"), QString(64, u'a')}},
        {QStringLiteral("metadata.labels|FieldValueInvalid|Invalid value: \"%1\": must be no more than 63 characters")
             .arg(QString(64, u'a'))});
    row("label key with two slashes", {{QStringLiteral("metadata.labels.a/b/c"), QStringLiteral("x")}},
        {QStringLiteral("metadata.labels|FieldValueInvalid")});
    row("template label checked at template.labels",
        {{QStringLiteral("spec.template.metadata.labels.run"), QStringLiteral("-x")}},
        {QStringLiteral(
            "spec.template.labels|FieldValueInvalid|Invalid value: \"-x\": a valid label must be an empty "
            "string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
            "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation "
            "is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")});
    row("template annotation key must be a qualified name",
        {{QStringLiteral("spec.template.metadata.annotations.a b"), QStringLiteral("x")}},
        {QStringLiteral("spec.template.annotations|FieldValueInvalid")});
    row("init container name must be a DNS label",
        {{QStringLiteral("spec.template.spec.initContainers[0].name"), QStringLiteral("Fetch")}},
        {QStringLiteral("spec.template.spec.initContainers[0].name|FieldValueInvalid|Invalid value: \"Fetch\": ") +
         dnsLabel});
    row("container names unique across init and app containers",
        {{QStringLiteral("spec.template.spec.initContainers[0].name"), QStringLiteral("grader")}},
        {QStringLiteral("spec.template.spec.initContainers[0].name|FieldValueDuplicate|Duplicate value: \"grader\"")});
    row("volume names unique", {{QStringLiteral("spec.template.spec.volumes[1].name"), QStringLiteral("work")}},
        {QStringLiteral("spec.template.spec.volumes[1].name|FieldValueDuplicate|Duplicate value: \"work\""),
         c0 + QStringLiteral(".volumeMounts[1].name|FieldValueNotFound|Not found: \"tmp\"")});
    row("volumeMount must name a volume", {{c0 + QStringLiteral(".volumeMounts[1].name"), QStringLiteral("scratch")}},
        {c0 + QStringLiteral(".volumeMounts[1].name|FieldValueNotFound|Not found: \"scratch\"")});
    row("mount paths unique", {{c0 + QStringLiteral(".volumeMounts[1].mountPath"), QStringLiteral("/work")}},
        {c0 + QStringLiteral(".volumeMounts[1].mountPath|FieldValueInvalid|Invalid value: \"/work\": must be unique")});
    row("one source per volume",
        {{QStringLiteral("spec.template.spec.volumes[0].configMap"),
          QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}},
        {QStringLiteral("spec.template.spec.volumes[0]|FieldValueForbidden|Forbidden: may not specify more than 1 "
                        "volume type")});
    row("configMap item path must be relative",
        {{QStringLiteral("spec.template.spec.volumes[2].configMap.items"),
          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("k")},
                                 {QStringLiteral("path"), QStringLiteral("../x")}}}}},
        {QStringLiteral("spec.template.spec.volumes[2].configMap.items[0].path|FieldValueInvalid|Invalid value: "
                        "\"../x\": must not contain '..'")});
    row("image required", {{c0 + QStringLiteral(".image"), removed}},
        {c0 + QStringLiteral(".image|FieldValueRequired|Required value")});
    row("unknown imagePullPolicy", {{c0 + QStringLiteral(".imagePullPolicy"), QStringLiteral("Sometimes")}},
        {c0 + QStringLiteral(".imagePullPolicy|FieldValueNotSupported|Unsupported value: \"Sometimes\": supported "
                             "values: \"Always\", \"IfNotPresent\", \"Never\"")});
    row("request above limit", {{c0 + QStringLiteral(".resources.requests.cpu"), QStringLiteral("2")}},
        {c0 + QStringLiteral(".resources.requests[cpu]|FieldValueInvalid|Invalid value: \"2\": must be less than or "
                             "equal to cpu limit of 1")});
    row("pod activeDeadlineSeconds at least 1", {{QStringLiteral("spec.template.spec.activeDeadlineSeconds"), 0}},
        {QStringLiteral("spec.template.spec.activeDeadlineSeconds|FieldValueInvalid|Invalid value: 0: must be between "
                        "1 and 2147483647, inclusive")});
    row("unknown seccomp profile type",
        {{QStringLiteral("spec.template.spec.securityContext.seccompProfile.type"), QStringLiteral("Default")}},
        {QStringLiteral("spec.template.spec.securityContext.seccompProfile.type|FieldValueNotSupported|Unsupported "
                        "value: \"Default\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\"")});
    row("selector without manualSelector", {{QStringLiteral("spec.selector.matchLabels.app"), QStringLiteral("x")}},
        {QStringLiteral("spec.selector|FieldValueInvalid|Invalid value: {\"matchLabels\":{\"app\":\"x\"}}: `selector` "
                        "not auto-generated")});
    row("manual selector must match the template labels",
        {{QStringLiteral("spec.manualSelector"), true},
         {QStringLiteral("spec.selector.matchLabels.app"), QStringLiteral("x")}},
        {QStringLiteral(
            "spec.template.metadata.labels|FieldValueInvalid|Invalid value: {\"grading/run-id\":\"7f3c9a\"}: "
            "`selector` does not match template `labels`")});
    row("manual selector required", {{QStringLiteral("spec.manualSelector"), true}},
        {QStringLiteral("spec.selector|FieldValueRequired|Required value")});
}

void KubeRulesTest::jobRules()
{
    QFETCH(Mutations, mutations);
    QFETCH(QStringList, expected);
    check(KubeTestData::sampleJob(), mutations, expected);
}

void KubeRulesTest::configMapRules_data()
{
    QTest::addColumn<Mutations>("mutations");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const Mutations &m, const QStringList &e) { QTest::newRow(name) << m << e; };
    const QJsonObject oneKey{{QStringLiteral("a"), QString(1024 * 1024, u'x')}};
    const QJsonObject tooBig{{QStringLiteral("a"), QString(1024 * 1024 - 2, u'x')},
                             {QStringLiteral("b"), QStringLiteral("xyz")}};

    row("sample ConfigMap is valid", {}, {});
    row("key with a space", {{QStringLiteral("data.bad key"), QStringLiteral("x")}},
        {QStringLiteral(
            "data[bad key]|FieldValueInvalid|Invalid value: \"bad key\": a valid config key must consist of "
            "alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', "
            "regex used for validation is '[-._a-zA-Z0-9]+')")});
    row("key '..'", {{QStringLiteral("data...."), QStringLiteral("x")}}, {});
    row("exactly 1 MiB of data is fine", {{QStringLiteral("data"), oneKey}, {QStringLiteral("binaryData"), removed}},
        {});
    row("one byte over 1 MiB", {{QStringLiteral("data"), tooBig}, {QStringLiteral("binaryData"), removed}},
        {QStringLiteral("|FieldValueTooLong|Too long: must have at most 1048576 bytes")});
    row("binaryData counts decoded bytes",
        {{QStringLiteral("data"), QJsonObject{{QStringLiteral("a"), QString(1024 * 1024 - 4, u'x')}}},
         {QStringLiteral("binaryData.b"), QStringLiteral("aGVsbG8=")}},
        {QStringLiteral("|FieldValueTooLong|Too long: must have at most 1048576 bytes")});
    row("key in both data and binaryData", {{QStringLiteral("binaryData.t0-f0"), QStringLiteral("aGVsbG8=")}},
        {QStringLiteral("binaryData[t0-f0]|FieldValueInvalid|Invalid value: \"t0-f0\": duplicate key in both data and "
                        "binaryData")});
    row("owner reference needs a uid", {{QStringLiteral("metadata.ownerReferences[0].uid"), removed}},
        {QStringLiteral("metadata.ownerReferences[0].uid|FieldValueRequired|Required value")});
    row("owner reference uid not empty", {{QStringLiteral("metadata.ownerReferences[0].uid"), QString()}},
        {QStringLiteral("metadata.ownerReferences.uid|FieldValueInvalid|Invalid value: \"\": uid must not be empty")});
    row("ConfigMap name must be a DNS subdomain", {{QStringLiteral("metadata.name"), QStringLiteral("Inputs")}},
        {QStringLiteral("metadata.name|FieldValueInvalid")});
}

void KubeRulesTest::configMapRules()
{
    QFETCH(Mutations, mutations);
    QFETCH(QStringList, expected);
    // "data.." + "..": setPath splits on dots, so the '..' key row is written through data directly.
    if (QByteArray(QTest::currentDataTag()) == "key '..'") {
        QJsonObject configMap = KubeTestData::sampleConfigMap();
        QJsonObject data = configMap.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral(".."), QStringLiteral("x"));
        configMap.insert(QStringLiteral("data"), data);
        check(configMap, {}, {QStringLiteral("data[..]|FieldValueInvalid|Invalid value: \"..\": must not be '..'")});
        return;
    }
    check(KubeTestData::sampleConfigMap(), mutations, expected);
}

void KubeRulesTest::networkPolicyRules_data()
{
    QTest::addColumn<Mutations>("mutations");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const Mutations &m, const QStringList &e) { QTest::newRow(name) << m << e; };
    const auto port = [](const QJsonValue &p) {
        return QJsonArray{QJsonObject{{QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("port"), p}}}}}};
    };

    row("sample deny-all policy is valid", {}, {});
    row("empty podSelector selects all pods", {{QStringLiteral("spec.podSelector"), QJsonObject()}}, {});
    row("unknown policy type", {{QStringLiteral("spec.policyTypes[1]"), QStringLiteral("Sideways")}},
        {QStringLiteral("spec.policyTypes[1]|FieldValueNotSupported|Unsupported value: \"Sideways\": supported values: "
                        "\"Ingress\", \"Egress\"")});
    row("at most two policy types", {{QStringLiteral("spec.policyTypes[2]"), QStringLiteral("Ingress")}},
        {QStringLiteral(
            "spec.policyTypes|FieldValueInvalid|Invalid value: [\"Ingress\",\"Egress\",\"Ingress\"]: may not "
            "specify more than two policyTypes")});
    row("bad selector operator",
        {{QStringLiteral("spec.podSelector.matchExpressions"),
          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("app")},
                                 {QStringLiteral("operator"), QStringLiteral("Has")}}}}},
        {QStringLiteral("spec.podSelector.matchExpressions[0].operator|FieldValueInvalid|Invalid value: \"Has\": not a "
                        "valid selector operator")});
    row("In needs values",
        {{QStringLiteral("spec.podSelector.matchExpressions"),
          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("app")},
                                 {QStringLiteral("operator"), QStringLiteral("In")}}}}},
        {QStringLiteral("spec.podSelector.matchExpressions[0].values|FieldValueRequired|Required value: must be "
                        "specified when `operator` is 'In' or 'NotIn'")});
    row("port out of range", {{QStringLiteral("spec.ingress"), port(70000)}},
        {QStringLiteral("spec.ingress[0].ports[0].port|FieldValueInvalid|Invalid value: 70000: must be between 1 and "
                        "65535, inclusive")});
    row("named port", {{QStringLiteral("spec.ingress"), port(QStringLiteral("http"))}}, {});
    row("bad port name", {{QStringLiteral("spec.ingress"), port(QStringLiteral("HTTP"))}},
        {QStringLiteral("spec.ingress[0].ports[0].port|FieldValueInvalid|Invalid value: \"HTTP\": must contain only "
                        "alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
         QStringLiteral(
             "spec.ingress[0].ports[0].port|FieldValueInvalid|Invalid value: \"HTTP\": must contain at least "
             "one letter (a-z)")});
    row("egress peer must say something",
        {{QStringLiteral("spec.egress"), QJsonArray{QJsonObject{{QStringLiteral("to"), QJsonArray{QJsonObject()}}}}}},
        {QStringLiteral("spec.egress[0].to[0]|FieldValueRequired|Required value: must specify a peer")});
}

void KubeRulesTest::networkPolicyRules()
{
    QFETCH(Mutations, mutations);
    QFETCH(QStringList, expected);
    check(KubeTestData::sampleNetworkPolicy(), mutations, expected);
}

QTEST_GUILESS_MAIN(KubeRulesTest)

#include "kuberules_test.moc"
