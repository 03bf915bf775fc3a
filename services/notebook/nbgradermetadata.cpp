// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "nbgradermetadata.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace GradeDesk::Services {

namespace {

class NbgraderMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(NbgraderMetadata)

public:
    static QString fieldProblem(int cellIndex, const QString &key, const QString &expected)
    {
        return tr("Cell %1: nbgrader field \"%2\" should be %3; it was ignored. Fix it in the Create "
                  "Assignment view or in the notebook source.")
            .arg(cellIndex)
            .arg(key, expected);
    }
};

const QLatin1String kSchemaVersion("schema_version");
const QLatin1String kGrade("grade");
const QLatin1String kSolution("solution");
const QLatin1String kLocked("locked");
const QLatin1String kTask("task");
const QLatin1String kGradeId("grade_id");
const QLatin1String kPoints("points");
const QLatin1String kChecksum("checksum");
const QLatin1String kCellType("cell_type");

bool readBool(const QJsonObject &object, QLatin1String key, int cellIndex, QStringList *problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return false;
    }
    if (!value.isBool()) {
        problems->append(NbgraderMetadata::fieldProblem(cellIndex, key, NbgraderMetadata::tr("true or false")));
        return false;
    }
    return value.toBool();
}

QString readString(const QJsonObject &object, QLatin1String key, int cellIndex, QStringList *problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        problems->append(NbgraderMetadata::fieldProblem(cellIndex, key, NbgraderMetadata::tr("a string")));
        return {};
    }
    return value.toString();
}

std::optional<double> readPoints(const QJsonObject &object, int schemaVersion, bool grade, int cellIndex,
                                 QStringList *problems)
{
    const QJsonValue value = object.value(kPoints);
    std::optional<double> points;
    if (value.isDouble()) {
        points = value.toDouble();
    } else if (value.isString()) {
        // v0 wrote points as text; nbgrader's upgrade turns "" into 0.
        const QString text = value.toString().trimmed();
        bool ok = true;
        points = text.isEmpty() ? 0.0 : text.toDouble(&ok);
        if (!ok || !std::isfinite(*points)) {
            problems->append(NbgraderMetadata::fieldProblem(cellIndex, kPoints, NbgraderMetadata::tr("a number")));
            points.reset();
        }
    } else if (!value.isUndefined() && !value.isNull()) {
        problems->append(NbgraderMetadata::fieldProblem(cellIndex, kPoints, NbgraderMetadata::tr("a number")));
    }
    if (!points && grade && schemaVersion == 0) {
        points = 0.0; // nbgrader's v0 upgrade gives a grade cell without points zero points.
    }
    if (points && *points < 0) {
        problems->append(NbgraderMetadata::tr("Cell %1: negative points (%2) count as 0.").arg(cellIndex).arg(*points));
        points = 0.0;
    }
    return points;
}

void setOrRemove(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (value.isEmpty()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
}

} // namespace

Result<NbgraderCellMeta> parseNbgraderMetadata(const QJsonValue &value, int cellIndex, QStringList *problems)
{
    NbgraderCellMeta meta;
    if (value.isUndefined()) {
        return meta;
    }
    if (!value.isObject()) {
        problems->append(NbgraderMetadata::tr("Cell %1: metadata.nbgrader is not an object; the cell is treated as "
                                              "an ordinary cell.")
                             .arg(cellIndex));
        return meta;
    }
    const QJsonObject object = value.toObject();
    meta.present = true;

    const QJsonValue version = object.value(kSchemaVersion);
    if (version.isDouble() && std::trunc(version.toDouble()) == version.toDouble() && version.toDouble() >= 0) {
        if (version.toDouble() > kNbgraderSchemaVersion) {
            return ServiceError::make(
                ServiceError::Kind::Unsupported,
                NbgraderMetadata::tr("Cell %1 uses nbgrader metadata schema version %2, newer than the version %3 "
                                     "GradeDesk understands. Update GradeDesk, or open the notebook with the "
                                     "nbgrader version that wrote it.")
                    .arg(cellIndex)
                    .arg(version.toDouble())
                    .arg(kNbgraderSchemaVersion),
                QStringLiteral("unsupported nbgrader schema_version %1 in cell %2")
                    .arg(version.toDouble())
                    .arg(cellIndex));
        }
        meta.schemaVersion = version.toInt();
    } else if (!version.isUndefined()) {
        problems->append(NbgraderMetadata::fieldProblem(
            cellIndex, kSchemaVersion,
            NbgraderMetadata::tr("a whole number from 0 to %1").arg(kNbgraderSchemaVersion)));
    }

    meta.grade = readBool(object, kGrade, cellIndex, problems);
    meta.solution = readBool(object, kSolution, cellIndex, problems);
    meta.locked = readBool(object, kLocked, cellIndex, problems);
    meta.task = readBool(object, kTask, cellIndex, problems);
    meta.gradeId = readString(object, kGradeId, cellIndex, problems);
    meta.points = readPoints(object, meta.schemaVersion, meta.grade, cellIndex, problems);
    meta.checksum = readString(object, kChecksum, cellIndex, problems);
    meta.cellType = readString(object, kCellType, cellIndex, problems);
    return meta;
}

QJsonObject nbgraderMetadataToJson(const NbgraderCellMeta &meta, const QJsonObject &base)
{
    if (base.isEmpty()) {
        QJsonObject fresh;
        fresh.insert(kSchemaVersion, meta.schemaVersion > 0 ? meta.schemaVersion : kNbgraderSchemaVersion);
        fresh.insert(kGrade, meta.grade);
        fresh.insert(kSolution, meta.solution);
        fresh.insert(kLocked, meta.locked);
        fresh.insert(kTask, meta.task);
        fresh.insert(kGradeId, meta.gradeId);
        if (meta.points) {
            fresh.insert(kPoints, *meta.points);
        }
        setOrRemove(fresh, kChecksum, meta.checksum);
        setOrRemove(fresh, kCellType, meta.cellType);
        return fresh;
    }

    QStringList ignored;
    const auto parsed = parseNbgraderMetadata(base, 0, &ignored);
    const NbgraderCellMeta was = parsed ? parsed.value() : NbgraderCellMeta{};
    QJsonObject out = base;
    if (meta.schemaVersion != was.schemaVersion) {
        if (meta.schemaVersion > 0) {
            out.insert(kSchemaVersion, meta.schemaVersion);
        } else {
            out.remove(kSchemaVersion);
        }
    }
    const auto overlayBool = [&out](QLatin1String key, bool now, bool before) {
        if (now != before) {
            out.insert(key, now);
        }
    };
    overlayBool(kGrade, meta.grade, was.grade);
    overlayBool(kSolution, meta.solution, was.solution);
    overlayBool(kLocked, meta.locked, was.locked);
    overlayBool(kTask, meta.task, was.task);
    if (meta.gradeId != was.gradeId) {
        out.insert(kGradeId, meta.gradeId);
    }
    if (meta.points != was.points) {
        if (meta.points) {
            out.insert(kPoints, *meta.points);
        } else {
            out.remove(kPoints);
        }
    }
    if (meta.checksum != was.checksum) {
        setOrRemove(out, kChecksum, meta.checksum);
    }
    if (meta.cellType != was.cellType) {
        setOrRemove(out, kCellType, meta.cellType);
    }
    return out;
}

QStringList validateNbgraderMetadata(const Notebook &notebook)
{
    QStringList warnings;
    QHash<QString, int> firstCellForId;
    for (qsizetype index = 0; index < notebook.cells.size(); ++index) {
        const Cell &cell = notebook.cells.at(index);
        const NbgraderCellMeta &meta = cell.nbgrader;
        if (!meta.present) {
            continue;
        }
        const bool marked = meta.grade || meta.solution || meta.locked || meta.task;
        if (marked && meta.gradeId.trimmed().isEmpty()) {
            warnings.append(NbgraderMetadata::tr("Cell %1 is an nbgrader cell with a blank grade_id. Give it a "
                                                 "unique id in the Create Assignment view.")
                                .arg(index));
        } else if (marked) {
            const auto first = firstCellForId.constFind(meta.gradeId);
            if (first != firstCellForId.constEnd()) {
                warnings.append(NbgraderMetadata::tr("Cells %1 and %2 share the grade_id \"%3\". Each nbgrader "
                                                     "cell needs its own id.")
                                    .arg(first.value())
                                    .arg(index)
                                    .arg(meta.gradeId));
            } else {
                firstCellForId.insert(meta.gradeId, int(index));
            }
        }
        if ((meta.grade || meta.task) && !meta.points) {
            warnings.append(
                NbgraderMetadata::tr("Cell %1 (\"%2\") is graded but has no points. Set its points in the Create "
                                     "Assignment view.")
                    .arg(index)
                    .arg(meta.gradeId));
        }
        if (cell.type == CellType::Markdown && !meta.task && meta.grade != meta.solution) {
            warnings.append(meta.grade ? NbgraderMetadata::tr("Markdown cell %1 (\"%2\") is graded but is not a "
                                                              "solution cell; nbgrader requires both or neither.")
                                             .arg(index)
                                             .arg(meta.gradeId)
                                       : NbgraderMetadata::tr("Markdown cell %1 (\"%2\") is a solution cell but is "
                                                              "not graded; nbgrader requires both or neither.")
                                             .arg(index)
                                             .arg(meta.gradeId));
        }
        if (meta.task && cell.type != CellType::Markdown) {
            warnings.append(NbgraderMetadata::tr("Cell %1 (\"%2\") is a task cell but not a markdown cell.")
                                .arg(index)
                                .arg(meta.gradeId));
        }
        if (!meta.cellType.isEmpty() && meta.cellType != cell.effectiveTypeName()) {
            warnings.append(NbgraderMetadata::tr("Cell %1 (\"%2\") was released as a %3 cell but is now a %4 cell.")
                                .arg(index)
                                .arg(meta.gradeId, meta.cellType, cell.effectiveTypeName()));
        }
    }
    return warnings;
}

} // namespace GradeDesk::Services
