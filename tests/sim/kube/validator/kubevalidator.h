// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubeschema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace GradeDesk::Tests {

/// The `fieldValidation` query parameter of create/update/patch (Strict is kubectl's default since 1.27).
enum class KubeFieldValidation { Strict, Warn, Ignore };

/**
 * @brief One problem found in a request body, worded as the real API server words it.
 *
 * `field` is a Kubernetes field path (`spec.template.spec.containers[0].name`, map keys as
 * `metadata.labels[app]`; empty for the whole object). `reason` is the CauseType the server puts in
 * a 422 Status (`FieldValueRequired`, `FieldValueInvalid`, `FieldValueNotSupported`,
 * `FieldValueDuplicate`, `FieldValueNotFound`, `FieldValueTooLong`, `FieldValueTooMany`,
 * `FieldValueForbidden`, `FieldValueTypeInvalid`) or `UnknownField`, which is this validator's own
 * name: the real server reports unknown fields only inside a 400 message or a Warning header.
 * `message` is what the server prints after "<field>: " (field.Error.ErrorBody()), except for
 * Decode and UnknownField causes, whose message is the decoder's own text (see Origin).
 */
struct KubeCause {
    /// Which stage of the real server would report it, which decides the reply (see KubeVerdict).
    enum class Origin {
        /// JSON decoding into the Go types fails (wrong JSON type, int32 overflow, bad Quantity or
        /// base64): 400 BadRequest in every fieldValidation mode; the server stops there.
        /// message: "json: cannot unmarshal string into Go struct field JobSpec.spec.completions of type int32".
        Decode,
        /// A field the type does not have: 400 in Strict, a Warning header in Warn, dropped in Ignore.
        /// message: `unknown field "spec.backoffLimitPerIndx"`.
        UnknownField,
        /// The registry's validation (required fields, formats, cross-field rules): 422 Invalid.
        Validation,
    };

    QString field;
    QString reason;
    QString message;
    Origin origin = Origin::Validation;

    /// "field: message" as in a Status message (only the message when `field` is empty).
    QString toString() const;

    bool operator==(const KubeCause &other) const = default;
};

/// What the real server would answer for a set of causes (the first rule that applies):
/// a Decode cause -> 400 "<Kind> in version \"v1\" cannot be handled as a <Kind>: <first decode message>";
/// UnknownField causes in Strict -> 400 "... cannot be handled as a <Kind>: strict decoding error:
/// unknown field \"a\", unknown field \"b\"" (in Warn they become `warnings`, the object is accepted);
/// Validation causes -> 422 "<Kind>.<group> \"<name>\" is invalid: [<field>: <message>, ...]" with
/// details {name, group, kind, causes[{reason, message, field}]}; otherwise httpStatus 0 (accepted).
struct KubeVerdict {
    int httpStatus = 0;
    QJsonObject status;   // a complete v1 Status object when httpStatus != 0
    QStringList warnings; // Warning header texts (Warn mode only), e.g. `unknown field "spec.x"`
};

/**
 * @brief A strict validator of request bodies against the Kubernetes 1.36 OpenAPI schema, plus the
 * cross-field rules of the real validation code for Jobs, Pods/pod templates, ConfigMaps and
 * NetworkPolicies (and ObjectMeta of every kind).
 *
 * Schema level (what Draft4Validator checks on the swagger with the two patches of
 * specs/kubernetes.md §5: IntOrString = string or integer, `additionalProperties: false` on every
 * definition with `properties`): `$ref`, JSON types, `required`, `enum` (the 1.36 file has none),
 * `additionalProperties` maps, unknown fields. Beyond the oracle, like the Go decoder: int32/int64
 * ranges, Quantity syntax, base64 of `format: byte`. Numbers are judged as QJsonDocument writes them
 * (Qt stores 2.0 as the integer 2, as it goes on the wire). Known differences from the real server:
 * null is a type error (the server treats null as absent; the schema oracle does not); a JSON number
 * for a Quantity is refused unless setNumericQuantitiesAccepted(true) (the server parses it, the
 * schema says string); Time strings, duplicate JSON keys and server-side defaulting are not checked.
 * Cross-field rules run only when there is no Decode cause, as the server never reaches validation
 * then. One rule is stricter than the server: backoffLimitPerIndex with restartPolicy OnFailure is
 * refused, as the API documentation demands, although validation.go (as read) does not check it.
 * Thread-safe for concurrent validate() calls.
 *
 * Typical use in a request handler:
 * @code
 *   const auto schema = KubeSchema::shared(); // loaded once per process; nullptr if the file is missing
 *   const KubeValidator validator(schema);
 *   const QList<KubeCause> causes = validator.validateObject(body, mode);
 *   const KubeVerdict verdict = KubeValidator::verdict(causes, mode, apiVersion, kind, name);
 *   // verdict.httpStatus != 0: reply with verdict.status; otherwise store the object and send each
 *   // warning as a header `Warning: 299 - "<text>"` (the text JSON-quoted).
 * @endcode
 */
class KubeValidator final
{
public:
    explicit KubeValidator(std::shared_ptr<const KubeSchema> schema);

    /// Schema checks and the cross-field rules for `definition` (e.g. "io.k8s.api.batch.v1.Job").
    /// UnknownField causes are left out in Ignore mode. An unknown definition gives one
    /// InternalError cause.
    QList<KubeCause> validate(const QString &definition, const QJsonObject &body,
                              KubeFieldValidation mode = KubeFieldValidation::Strict) const;

    /// validate() with the definition found from the body's apiVersion/kind; a body naming no known
    /// kind gives one Decode cause worded like the server's ("no kind \"Jobb\" is registered for
    /// version \"batch/v1\"").
    QList<KubeCause> validateObject(const QJsonObject &body,
                                    KubeFieldValidation mode = KubeFieldValidation::Strict) const;

    /// The schema-level checks only (what the jsonschema oracle compares against).
    QList<KubeCause> validateSchema(const QString &definition, const QJsonObject &body,
                                    KubeFieldValidation mode = KubeFieldValidation::Strict) const;

    /// Accept a JSON number where the schema says Quantity (a string), as the real decoder does.
    void setNumericQuantitiesAccepted(bool accepted) { m_numericQuantities = accepted; }

    /// The real server's reply for `causes` of a body of `apiVersion`/`kind` named `name`.
    static KubeVerdict verdict(const QList<KubeCause> &causes, KubeFieldValidation mode, const QString &apiVersion,
                               const QString &kind, const QString &name);

    const KubeSchema &schema() const { return *m_schema; }

private:
    std::shared_ptr<const KubeSchema> m_schema;
    bool m_numericQuantities = false;
};

} // namespace GradeDesk::Tests
