// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookinspector.h"

#include "checksum.h"

#include <QJsonArray>

namespace GradeDesk::Services {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nbgraderJson(const NbgraderCellMeta &meta)
{
    if (!meta.present) {
        return QJsonValue::Null;
    }
    return QJsonObject{
        {QStringLiteral("schema_version"), meta.schemaVersion},
        {QStringLiteral("grade"), meta.grade},
        {QStringLiteral("solution"), meta.solution},
        {QStringLiteral("locked"), meta.locked},
        {QStringLiteral("task"), meta.task},
        {QStringLiteral("locked_for_checksum"), meta.isLockedForChecksum()},
        {QStringLiteral("grade_id"), meta.gradeId},
        {QStringLiteral("points"), optionalNumber(meta.points)},
        {QStringLiteral("checksum"), optionalString(meta.checksum)},
        {QStringLiteral("cell_type"), optionalString(meta.cellType)},
    };
}

QJsonObject cellJson(const Cell &cell, int index)
{
    QJsonArray outputTypes;
    for (const Output &output : cell.outputs) {
        outputTypes.append(output.effectiveTypeName());
    }
    const bool recorded = !cell.nbgrader.checksum.isEmpty();
    const bool computed = recorded || (cell.nbgrader.present && isChecksummedCell(cell));
    return QJsonObject{
        {QStringLiteral("index"), index},
        {QStringLiteral("id"), cell.id},
        {QStringLiteral("cell_type"), cell.effectiveTypeName()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(cell.tags)},
        {QStringLiteral("execution_count"),
         cell.executionCount ? QJsonValue(*cell.executionCount) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("output_count"), int(cell.outputs.size())},
        {QStringLiteral("output_types"), outputTypes},
        {QStringLiteral("nbgrader"), nbgraderJson(cell.nbgrader)},
        {QStringLiteral("recorded_checksum"), optionalString(cell.nbgrader.checksum)},
        {QStringLiteral("computed_checksum"),
         computed ? QJsonValue(nbgraderChecksum(cell)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("changed"), recorded ? QJsonValue(isCellChanged(cell)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject questionJson(const OtterQuestion &question)
{
    QJsonArray cells;
    for (const int index : question.cellIndexes) {
        cells.append(index);
    }
    QJsonArray tests;
    for (const OtterTestCase &test : question.tests) {
        tests.append(QJsonObject{
            {QStringLiteral("name"), test.name},
            {QStringLiteral("hidden"), test.hidden},
            {QStringLiteral("points"), optionalNumber(test.points)},
        });
    }
    return QJsonObject{
        {QStringLiteral("name"), question.name},
        {QStringLiteral("points"), optionalNumber(question.points)},
        {QStringLiteral("manual"), question.manual},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("tests"), tests},
    };
}

} // namespace

QJsonObject inspectNotebook(const Notebook &notebook)
{
    QJsonArray cells;
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        cells.append(cellJson(notebook.cells.at(i), int(i)));
    }
    QJsonArray questions;
    for (const OtterQuestion &question : notebook.otterQuestions) {
        questions.append(questionJson(question));
    }
    return QJsonObject{
        {QStringLiteral("path"), notebook.path},
        {QStringLiteral("nbformat"), QStringLiteral("%1.%2").arg(notebook.nbformat).arg(notebook.nbformatMinor)},
        {QStringLiteral("nbformat_major"), notebook.nbformat},
        {QStringLiteral("nbformat_minor"), notebook.nbformatMinor},
        {QStringLiteral("language"), notebook.language()},
        {QStringLiteral("has_nbgrader"), notebook.hasNbgraderMetadata()},
        {QStringLiteral("is_otter"), notebook.isOtter()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(notebook.warnings)},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("otter_questions"), questions},
    };
}

} // namespace GradeDesk::Services
