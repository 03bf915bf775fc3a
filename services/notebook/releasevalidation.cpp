// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "releasevalidation.h"

#include "nbgradermetadata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace GradeDesk::Services {

namespace {

class ReleaseValidation final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseValidation)

public:
    static ServiceError invalid(const QString &message, const QString &detail)
    {
        return ServiceError::make(ServiceError::Kind::Validation, message, detail);
    }

    static ServiceError badField(const QString &key, const QString &expected)
    {
        return invalid(tr("its nbgrader field \"%1\" must be %2. Fix it in the Create Assignment view or in the "
                          "notebook source.")
                           .arg(key, expected),
                       QStringLiteral("metadata.nbgrader.%1 is not %2").arg(key, expected));
    }
};

// nbgrader releases only notebooks in its current schema (older ones need `nbgrader update` first).
constexpr int kReleaseSchemaVersion = kNbgraderSchemaVersion;

const QLatin1String kSchemaVersion("schema_version");
const QLatin1String kGrade("grade");
const QLatin1String kSolution("solution");
const QLatin1String kLocked("locked");
const QLatin1String kTask("task");
const QLatin1String kGradeId("grade_id");
const QLatin1String kPoints("points");
const QLatin1String kChecksum("checksum");
const QLatin1String kCellType("cell_type");

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && std::trunc(value.toDouble()) == value.toDouble();
}

std::optional<ServiceError> checkSchemaVersion(const QJsonObject &meta)
{
    const QJsonValue version = meta.value(kSchemaVersion);
    if (!version.isUndefined() && !isWholeNumber(version)) {
        return ReleaseValidation::badField(kSchemaVersion, ReleaseValidation::tr("a whole number"));
    }
    const int found = version.isUndefined() ? 0 : int(version.toDouble());
    if (found == kReleaseSchemaVersion) {
        return std::nullopt;
    }
    const QString detail =
        QStringLiteral("nbgrader schema_version %1, expected %2").arg(found).arg(kReleaseSchemaVersion);
    if (found < kReleaseSchemaVersion) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  ReleaseValidation::tr("it uses the old nbgrader metadata version %1, and releasing "
                                                        "needs version %2. Upgrade the notebook with \"nbgrader "
                                                        "update\", then release again.")
                                      .arg(found)
                                      .arg(kReleaseSchemaVersion),
                                  detail);
    }
    return ServiceError::make(ServiceError::Kind::Unsupported,
                              ReleaseValidation::tr("it uses nbgrader metadata version %1, newer than the version %2 "
                                                    "GradeDesk releases. Update GradeDesk.")
                                  .arg(found)
                                  .arg(kReleaseSchemaVersion),
                              detail);
}

// The JSON schema's shape rules (nbgrader/nbgraderformat/v3.json).
std::optional<ServiceError> checkSchema(const QJsonObject &meta)
{
    static const QSet<QString> known = {kSchemaVersion, kGrade,  kSolution, kLocked,  kTask,
                                        kGradeId,       kPoints, kChecksum, kCellType};
    for (auto it = meta.constBegin(); it != meta.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return ReleaseValidation::invalid(
                ReleaseValidation::tr("its nbgrader metadata has the unknown field \"%1\", which nbgrader refuses. "
                                      "Remove the field from the notebook source.")
                    .arg(it.key()),
                QStringLiteral("additional property metadata.nbgrader.%1").arg(it.key()));
        }
    }
    for (const QLatin1String key : {kGrade, kSolution, kLocked}) {
        const QJsonValue value = meta.value(key);
        if (value.isUndefined()) {
            return ReleaseValidation::invalid(
                ReleaseValidation::tr("its nbgrader metadata lacks the required field \"%1\". Set the cell type again "
                                      "in the Create Assignment view.")
                    .arg(key),
                QStringLiteral("metadata.nbgrader.%1 missing").arg(key));
        }
        if (!value.isBool()) {
            return ReleaseValidation::badField(key, ReleaseValidation::tr("true or false"));
        }
    }
    const QJsonValue task = meta.value(kTask);
    if (!task.isUndefined() && !task.isBool()) {
        return ReleaseValidation::badField(kTask, ReleaseValidation::tr("true or false"));
    }
    const QJsonValue gradeId = meta.value(kGradeId);
    if (!gradeId.isUndefined()) {
        static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9_\\-]*$"));
        if (!gradeId.isString() || !allowed.match(gradeId.toString()).hasMatch()) {
            return ReleaseValidation::badField(kGradeId,
                                               ReleaseValidation::tr("made of letters, digits, \"_\" and \"-\""));
        }
    }
    const QJsonValue points = meta.value(kPoints);
    if (!points.isUndefined() && (!points.isDouble() || !(points.toDouble() >= 0))) {
        return ReleaseValidation::badField(kPoints, ReleaseValidation::tr("a number of at least 0"));
    }
    const QJsonValue checksum = meta.value(kChecksum);
    if (!checksum.isUndefined() && (!checksum.isString() || checksum.toString().size() != 32)) {
        return ReleaseValidation::badField(kChecksum, ReleaseValidation::tr("32 characters of text"));
    }
    const QJsonValue cellType = meta.value(kCellType);
    if (!cellType.isUndefined()) {
        const QString type = cellType.toString();
        if (!cellType.isString() ||
            (type != QLatin1String("code") && type != QLatin1String("markdown") && type != QLatin1String("raw"))) {
            return ReleaseValidation::badField(kCellType, ReleaseValidation::tr("\"code\", \"markdown\" or \"raw\""));
        }
    }
    return std::nullopt;
}

// nbgrader's MetadataValidatorV3.validate_cell rules beyond the schema.
std::optional<ServiceError> checkCellRules(const QJsonObject &meta, const QString &cellType)
{
    const bool grade = meta.value(kGrade).toBool();
    const bool solution = meta.value(kSolution).toBool();
    const bool locked = meta.value(kLocked).toBool();
    const bool task = meta.value(kTask).toBool();
    if (grade || solution || locked) {
        if (!meta.contains(kGradeId) || meta.value(kGradeId).toString().isEmpty()) {
            return ReleaseValidation::invalid(ReleaseValidation::tr("it is an nbgrader cell without a grade_id. Give "
                                                                    "it a unique id in the Create Assignment view."),
                                              QStringLiteral("grade_id missing or empty"));
        }
    }
    if (grade && !meta.contains(kPoints)) {
        return ReleaseValidation::invalid(
            ReleaseValidation::tr("it is graded but has no points. Set its points in the Create Assignment view."),
            QStringLiteral("grade cell without points"));
    }
    const bool markdown = cellType == QLatin1String("markdown");
    if (task) {
        if (!markdown) {
            return ReleaseValidation::invalid(
                ReleaseValidation::tr("it is a task cell but not a markdown cell. Make it a markdown cell, or "
                                      "choose another nbgrader cell type for it."),
                QStringLiteral("task cell of type %1").arg(cellType));
        }
    } else if (markdown && grade != solution) {
        return ReleaseValidation::invalid(
            grade ? ReleaseValidation::tr("it is a graded markdown cell that is not a solution cell; nbgrader needs "
                                          "both or neither. Make it a \"Manually graded answer\" cell.")
                  : ReleaseValidation::tr("it is a markdown solution cell that is not graded; nbgrader needs both or "
                                          "neither. Make it a \"Manually graded answer\" cell."),
            QStringLiteral("markdown cell with grade=%1 solution=%2").arg(grade).arg(solution));
    }
    return std::nullopt;
}

} // namespace

std::optional<ServiceError> checkReleaseCellMetadata(const Cell &cell)
{
    const QJsonValue value = cell.metadata.value(QLatin1String("nbgrader"));
    if (value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return ReleaseValidation::invalid(ReleaseValidation::tr("its metadata.nbgrader is not an object. Remove it, "
                                                                "or set the cell type in the Create Assignment view."),
                                          QStringLiteral("metadata.nbgrader is not an object"));
    }
    const QJsonObject meta = value.toObject();
    if (auto problem = checkSchemaVersion(meta)) {
        return problem;
    }
    if (auto problem = checkSchema(meta)) {
        return problem;
    }
    return checkCellRules(meta, cell.effectiveTypeName());
}

} // namespace GradeDesk::Services
