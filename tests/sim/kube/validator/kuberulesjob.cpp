// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubefield.h"
#include "kubenames.h"
#include "kuberules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

// The limits and wording of pkg/apis/batch/validation/validation.go (validateJobSpec,
// validatePodFailurePolicy*, validatePodReplacementPolicy, ValidateJob).

namespace GradeDesk::Tests::KubeRules {

using namespace KubeField;

namespace {

constexpr qint64 maxParallelismForIndexedJob = 100000;
constexpr qint64 maxFailedIndexesForIndexedJob = 100000;
constexpr qint64 completionsSoftLimit = 100000;
constexpr qint64 parallelismLimitForHighCompletions = 10000;
constexpr qint64 maxFailedIndexesLimitForHighCompletions = 10000;
constexpr qsizetype maxPodFailurePolicyRules = 20;
constexpr qsizetype maxOnExitCodesValues = 255;
constexpr qsizetype maxOnPodConditionsPatterns = 20;

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

void validateOnExitCodes(const QJsonObject &requirement, const QString &path, const QSet<QString> &containers,
                         QList<KubeCause> &out)
{
    const QStringList operators{QStringLiteral("In"), QStringLiteral("NotIn")};
    const QString op = requirement.value(QLatin1String("operator")).toString();
    if (requirement.contains(QLatin1String("operator")) && op.isEmpty()) {
        out << required(child(path, QStringLiteral("operator")), QStringLiteral("valid values: [\"In\" \"NotIn\"]"));
    } else if (!op.isEmpty() && !operators.contains(op)) {
        out << notSupported(child(path, QStringLiteral("operator")), quoted(op), operators);
    }
    if (requirement.contains(QLatin1String("containerName"))) {
        const QString name = requirement.value(QLatin1String("containerName")).toString();
        if (!containers.contains(name)) {
            out << invalid(child(path, QStringLiteral("containerName")), quoted(name),
                           QStringLiteral("must be one of the container or initContainer names in the pod template"));
        }
    }
    if (!requirement.contains(QLatin1String("values"))) {
        return; // the schema's `required` already reported it
    }
    const QString valuesPath = child(path, QStringLiteral("values"));
    QList<qint64> values;
    for (const QJsonValue &v : requirement.value(QLatin1String("values")).toArray()) {
        values << integer(v);
    }
    if (values.isEmpty()) {
        out << invalid(valuesPath, goInt32Slice(values), QStringLiteral("at least one value is required"));
    } else if (values.size() > maxOnExitCodesValues) {
        out << tooMany(valuesPath, values.size(), maxOnExitCodesValues);
    }
    bool ordered = true;
    QSet<qint64> unique;
    for (qsizetype j = 0; j < values.size(); ++j) {
        const QString valuePath = index(valuesPath, j);
        if (op == QLatin1String("In") && values.at(j) == 0) {
            out << invalid(valuePath, QStringLiteral("0"), QStringLiteral("must not be 0 for the In operator"));
        }
        if (unique.contains(values.at(j))) {
            out << duplicate(valuePath, QString::number(values.at(j)));
        }
        unique.insert(values.at(j));
        if (j > 0 && values.at(j - 1) > values.at(j)) {
            ordered = false;
        }
    }
    if (!ordered) {
        out << invalid(valuesPath, goInt32Slice(values), QStringLiteral("must be ordered"));
    }
}

void validateOnPodConditions(const QJsonArray &patterns, const QString &path, QList<KubeCause> &out)
{
    if (patterns.size() > maxOnPodConditionsPatterns) {
        out << tooMany(path, patterns.size(), maxOnPodConditionsPatterns);
    }
    const QStringList statuses{QStringLiteral("False"), QStringLiteral("True"), QStringLiteral("Unknown")};
    for (qsizetype j = 0; j < patterns.size(); ++j) {
        const QJsonObject pattern = patterns.at(j).toObject();
        const QString patternPath = index(path, j);
        const QString type = pattern.value(QLatin1String("type")).toString();
        for (const QString &message : KubeNames::labelKey(type)) {
            out << invalid(child(patternPath, QStringLiteral("type")), quoted(type), message);
        }
        // An absent status is defaulted to "True" before validation.
        const QString status = pattern.value(QLatin1String("status")).toString();
        if (!status.isEmpty() && !statuses.contains(status)) {
            out << notSupported(child(patternPath, QStringLiteral("status")), quoted(status), statuses);
        }
    }
}

void validatePodFailurePolicy(const QJsonObject &spec, const QString &path, QList<KubeCause> &out)
{
    const QJsonArray rules =
        spec.value(QLatin1String("podFailurePolicy")).toObject().value(QLatin1String("rules")).toArray();
    const QString rulesPath = child(path, QStringLiteral("rules"));
    if (rules.size() > maxPodFailurePolicyRules) {
        out << tooMany(rulesPath, rules.size(), maxPodFailurePolicyRules);
    }
    QSet<QString> containers;
    const QJsonObject podSpec =
        spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
    for (const char *list : {"containers", "initContainers"}) {
        for (const QJsonValue &c : podSpec.value(QLatin1String(list)).toArray()) {
            containers.insert(c.toObject().value(QLatin1String("name")).toString());
        }
    }
    const QStringList actions{QStringLiteral("Count"), QStringLiteral("FailIndex"), QStringLiteral("FailJob"),
                              QStringLiteral("Ignore")};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString rulePath = index(rulesPath, i);
        const QString actionPath = child(rulePath, QStringLiteral("action"));
        const QString action = rule.value(QLatin1String("action")).toString();
        if (rule.contains(QLatin1String("action")) && action.isEmpty()) {
            out << required(actionPath,
                            QStringLiteral("valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]"));
        } else if (action == QLatin1String("FailIndex")) {
            if (!spec.contains(QLatin1String("backoffLimitPerIndex"))) {
                out << invalid(actionPath, quoted(action),
                               QStringLiteral("requires the backoffLimitPerIndex to be set"));
            }
        } else if (!action.isEmpty() && !actions.contains(action)) {
            out << notSupported(actionPath, quoted(action), actions);
        }
        const bool exitCodes = rule.contains(QLatin1String("onExitCodes"));
        const QJsonArray conditions = rule.value(QLatin1String("onPodConditions")).toArray();
        if (exitCodes) {
            validateOnExitCodes(rule.value(QLatin1String("onExitCodes")).toObject(),
                                child(rulePath, QStringLiteral("onExitCodes")), containers, out);
        }
        if (!conditions.isEmpty()) {
            validateOnPodConditions(conditions, child(rulePath, QStringLiteral("onPodConditions")), out);
        }
        if (exitCodes && !conditions.isEmpty()) {
            out << invalidNoValue(rulePath,
                                  QStringLiteral("specifying both OnExitCodes and OnPodConditions is not supported"));
        } else if (!exitCodes && conditions.isEmpty()) {
            out << invalidNoValue(rulePath,
                                  QStringLiteral("specifying one of OnExitCodes and OnPodConditions is required"));
        }
    }
}

void validateJobSpec(const QJsonObject &spec, const QString &path, QList<KubeCause> &out)
{
    for (const char *member : {"parallelism", "completions", "activeDeadlineSeconds", "backoffLimit",
                               "ttlSecondsAfterFinished", "backoffLimitPerIndex", "maxFailedIndexes"}) {
        nonNegative(spec, QLatin1String(member), path, out);
    }
    const QJsonValue parallelism = spec.value(QLatin1String("parallelism"));
    const QJsonValue completions = spec.value(QLatin1String("completions"));
    const QJsonValue maxFailed = spec.value(QLatin1String("maxFailedIndexes"));
    const bool perIndex = spec.contains(QLatin1String("backoffLimitPerIndex"));
    if (maxFailed.isDouble() && !perIndex) {
        out << required(child(path, QStringLiteral("backoffLimitPerIndex")),
                        QStringLiteral("when maxFailedIndexes is specified"));
    }
    const QString mode = spec.value(QLatin1String("completionMode")).toString();
    const bool indexed = mode == QLatin1String("Indexed");
    if (spec.contains(QLatin1String("completionMode")) && !indexed && mode != QLatin1String("NonIndexed")) {
        out << notSupported(child(path, QStringLiteral("completionMode")), quoted(mode),
                            {QStringLiteral("NonIndexed"), QStringLiteral("Indexed")});
    }
    if (indexed) {
        if (!completions.isDouble()) {
            out << required(child(path, QStringLiteral("completions")),
                            QStringLiteral("when completion mode is Indexed"));
        }
        if (parallelism.isDouble() && integer(parallelism) > maxParallelismForIndexedJob) {
            out << invalid(child(path, QStringLiteral("parallelism")), goValue(parallelism),
                           QStringLiteral("must be less than or equal to %1 when completion mode is Indexed")
                               .arg(maxParallelismForIndexedJob));
        }
        if (completions.isDouble() && maxFailed.isDouble() && integer(maxFailed) > integer(completions)) {
            out << invalid(child(path, QStringLiteral("maxFailedIndexes")), goValue(maxFailed),
                           QStringLiteral("must be less than or equal to completions"));
        }
        if (maxFailed.isDouble() && integer(maxFailed) > maxFailedIndexesForIndexedJob) {
            out << invalid(child(path, QStringLiteral("maxFailedIndexes")), goValue(maxFailed),
                           QStringLiteral("must be less than or equal to %1").arg(maxFailedIndexesForIndexedJob));
        }
        if (completions.isDouble() && integer(completions) > completionsSoftLimit && perIndex) {
            const QString suffix =
                QStringLiteral(" when completions are above %1 and used with backoff limit per index")
                    .arg(completionsSoftLimit);
            if (!maxFailed.isDouble()) {
                out << required(
                    child(path, QStringLiteral("maxFailedIndexes")),
                    QStringLiteral("must be specified when completions is above %1").arg(completionsSoftLimit));
            }
            if (parallelism.isDouble() && integer(parallelism) > parallelismLimitForHighCompletions) {
                out << invalid(
                    child(path, QStringLiteral("parallelism")), goValue(parallelism),
                    QStringLiteral("must be less than or equal to %1").arg(parallelismLimitForHighCompletions) +
                        suffix);
            }
            if (maxFailed.isDouble() && integer(maxFailed) > maxFailedIndexesLimitForHighCompletions) {
                out << invalid(
                    child(path, QStringLiteral("maxFailedIndexes")), goValue(maxFailed),
                    QStringLiteral("must be less than or equal to %1").arg(maxFailedIndexesLimitForHighCompletions) +
                        suffix);
            }
        }
    } else if (mode.isEmpty() || mode == QLatin1String("NonIndexed")) {
        for (const char *member : {"backoffLimitPerIndex", "maxFailedIndexes"}) {
            if (spec.value(QLatin1String(member)).isDouble()) {
                out << invalid(child(path, QLatin1String(member)), goValue(spec.value(QLatin1String(member))),
                               QStringLiteral("requires indexed completion mode"));
            }
        }
    }
    if (spec.contains(QLatin1String("successPolicy")) && !indexed) {
        out << invalid(child(path, QStringLiteral("successPolicy")),
                       compactJson(spec.value(QLatin1String("successPolicy"))),
                       QStringLiteral("requires indexed completion mode"));
    }
    const bool failurePolicy = spec.contains(QLatin1String("podFailurePolicy"));
    if (failurePolicy) {
        validatePodFailurePolicy(spec, child(path, QStringLiteral("podFailurePolicy")), out);
    }
    if (spec.contains(QLatin1String("podReplacementPolicy"))) {
        const QString replacement = spec.value(QLatin1String("podReplacementPolicy")).toString();
        const QString replacementPath = child(path, QStringLiteral("podReplacementPolicy"));
        if (failurePolicy && replacement != QLatin1String("Failed")) {
            out << notSupported(replacementPath, quoted(replacement), {QStringLiteral("Failed")});
        } else if (!failurePolicy && replacement != QLatin1String("Failed") &&
                   replacement != QLatin1String("TerminatingOrFailed")) {
            out << notSupported(replacementPath, quoted(replacement),
                                {QStringLiteral("Failed"), QStringLiteral("TerminatingOrFailed")});
        }
    }

    const QString templatePath = child(path, QStringLiteral("template"));
    validatePodTemplateSpec(spec.value(QLatin1String("template")).toObject(), templatePath, out);

    const QString restartPolicy = spec.value(QLatin1String("template"))
                                      .toObject()
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("restartPolicy"))
                                      .toString();
    const QString restartPath = child(templatePath, QStringLiteral("spec.restartPolicy"));
    if (restartPolicy.isEmpty() || restartPolicy == QLatin1String("Always")) {
        out << required(restartPath, QStringLiteral("valid values: \"OnFailure\", \"Never\""));
    } else if (restartPolicy != QLatin1String("OnFailure") && restartPolicy != QLatin1String("Never")) {
        out << notSupported(restartPath, quoted(restartPolicy), {QStringLiteral("OnFailure"), QStringLiteral("Never")});
    } else if (failurePolicy && restartPolicy != QLatin1String("Never")) {
        out << invalid(restartPath, quoted(restartPolicy),
                       QStringLiteral("only \"Never\" is supported when podFailurePolicy is specified"));
    } else if (perIndex && restartPolicy != QLatin1String("Never")) {
        // Documented for backoffLimitPerIndex ("the Pod's restart policy is Never") but not found in
        // validation.go as read: stricter than the real server, so a client cannot come to rely on it.
        out << invalid(restartPath, quoted(restartPolicy),
                       QStringLiteral("only \"Never\" is supported when backoffLimitPerIndex is specified"));
    }
}

void validateSelector(const QJsonObject &job, QList<KubeCause> &out)
{
    const QJsonObject spec = job.value(QLatin1String("spec")).toObject();
    const bool manual = spec.value(QLatin1String("manualSelector")).toBool();
    const bool hasSelector = spec.contains(QLatin1String("selector"));
    const QJsonObject selector = spec.value(QLatin1String("selector")).toObject();
    if (!manual) {
        // The server generates the selector; one supplied without manualSelector cannot match the
        // generated controller-uid/job-name labels (validateGeneratedSelector).
        if (hasSelector && !selector.isEmpty()) {
            out << invalid(QStringLiteral("spec.selector"), compactJson(selector),
                           QStringLiteral("`selector` not auto-generated"));
        }
        return;
    }
    if (!hasSelector) {
        out << required(QStringLiteral("spec.selector"));
        return;
    }
    validateLabelSelector(selector, QStringLiteral("spec.selector"), out);
    const QJsonObject labels = spec.value(QLatin1String("template"))
                                   .toObject()
                                   .value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("labels"))
                                   .toObject();
    if (!selectorMatches(selector, labels)) {
        out << invalid(QStringLiteral("spec.template.metadata.labels"), compactJson(labels),
                       QStringLiteral("`selector` does not match template `labels`"));
    }
}

} // namespace

void validateJob(const QJsonObject &job, QList<KubeCause> &out)
{
    const QJsonObject meta = job.value(QLatin1String("metadata")).toObject();
    validateObjectMeta(meta, NameFormat::Dns1123Subdomain, QStringLiteral("metadata"), out);
    validateSelector(job, out);
    const QJsonObject spec = job.value(QLatin1String("spec")).toObject();
    validateJobSpec(spec, QStringLiteral("spec"), out);

    // The Indexed Job's last pod hostname "<name>-<completions-1>" must be a DNS label.
    const QString name = meta.value(QLatin1String("name")).toString();
    const qint64 completions = integer(spec.value(QLatin1String("completions")));
    if (spec.value(QLatin1String("completionMode")).toString() == QLatin1String("Indexed") && completions > 0 &&
        !name.isEmpty()) {
        const QString hostname = name + u'-' + QString::number(completions - 1);
        if (!KubeNames::dns1123Label(hostname).isEmpty()) {
            out << invalid(QStringLiteral("metadata.name"), quoted(name),
                           QLatin1String("will not able to create pod with invalid DNS label: ") + hostname);
        }
    }
}

} // namespace GradeDesk::Tests::KubeRules
