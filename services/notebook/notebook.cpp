// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebook.h"

namespace GradeDesk::Services {

QString cellTypeName(CellType type)
{
    switch (type) {
    case CellType::Code:
        return QStringLiteral("code");
    case CellType::Markdown:
        return QStringLiteral("markdown");
    case CellType::Raw:
        return QStringLiteral("raw");
    case CellType::Unknown:
        break;
    }
    return {};
}

CellType cellTypeFromName(QStringView name)
{
    if (name == QLatin1String("code")) {
        return CellType::Code;
    }
    if (name == QLatin1String("markdown")) {
        return CellType::Markdown;
    }
    if (name == QLatin1String("raw")) {
        return CellType::Raw;
    }
    return CellType::Unknown;
}

Output Output::make(Type type)
{
    Output output;
    output.type = type;
    output.typeName = typeNameOf(type);
    return output;
}

Output Output::stream(const QString &text, const QString &streamName)
{
    Output output = make(Type::Stream);
    output.streamName = streamName;
    output.text = text;
    return output;
}

Cell Cell::make(CellType type, const QString &source)
{
    Cell cell;
    cell.type = type;
    cell.typeName = cellTypeName(type);
    cell.source = source;
    return cell;
}

QString Output::typeNameOf(Type type)
{
    switch (type) {
    case Type::Stream:
        return QStringLiteral("stream");
    case Type::DisplayData:
        return QStringLiteral("display_data");
    case Type::ExecuteResult:
        return QStringLiteral("execute_result");
    case Type::Error:
        return QStringLiteral("error");
    case Type::Unknown:
        break;
    }
    return {};
}

Output::Type Output::typeFromName(QStringView name)
{
    if (name == QLatin1String("stream")) {
        return Type::Stream;
    }
    if (name == QLatin1String("display_data")) {
        return Type::DisplayData;
    }
    if (name == QLatin1String("execute_result")) {
        return Type::ExecuteResult;
    }
    if (name == QLatin1String("error")) {
        return Type::Error;
    }
    return Type::Unknown;
}

QString Notebook::language() const
{
    const QString infoName =
        metadata.value(QStringLiteral("language_info")).toObject().value(QStringLiteral("name")).toString();
    if (!infoName.isEmpty()) {
        return infoName;
    }
    const QString kernelLanguage =
        metadata.value(QStringLiteral("kernelspec")).toObject().value(QStringLiteral("language")).toString();
    if (!kernelLanguage.isEmpty()) {
        return kernelLanguage;
    }
    return QStringLiteral("python");
}

bool Notebook::hasNbgraderMetadata() const
{
    for (const Cell &cell : cells) {
        if (cell.nbgrader.present) {
            return true;
        }
    }
    return false;
}

bool Notebook::isOtter() const
{
    return !otterQuestions.isEmpty() || metadata.contains(QStringLiteral("otter"));
}

} // namespace GradeDesk::Services
