// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "checksum.h"

#include "jupyterjson.h"

#include <QCryptographicHash>

namespace GradeDesk::Services {

namespace {

QByteArray pythonBool(bool value)
{
    return value ? QByteArrayLiteral("True") : QByteArrayLiteral("False");
}

} // namespace

QString nbgraderChecksum(const Cell &cell)
{
    const NbgraderCellMeta &meta = cell.nbgrader;
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(cell.source.toUtf8());
    hash.addData(cell.effectiveTypeName().toUtf8());
    hash.addData(pythonBool(meta.isGradeCell()));
    hash.addData(pythonBool(meta.isSolutionCell()));
    hash.addData(pythonBool(meta.isLockedForChecksum()));
    hash.addData(meta.gradeId.toUtf8());
    if (meta.isGradeCell()) {
        hash.addData(pythonFloatRepr(meta.points.value_or(0.0)).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool isCellChanged(const Cell &cell)
{
    return !cell.nbgrader.checksum.isEmpty() && cell.nbgrader.checksum != nbgraderChecksum(cell);
}

bool isChecksummedCell(const Cell &cell)
{
    const NbgraderCellMeta &meta = cell.nbgrader;
    return meta.isGradeCell() || meta.isSolutionCell() || meta.isLockedForChecksum();
}

} // namespace GradeDesk::Services
