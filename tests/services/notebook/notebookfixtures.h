// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QStringList>

#include <algorithm>

namespace GradeDesk::Tests {

/// Every *.ipynb under the notebook fixtures, relative to fixtures/notebooks, sorted; empty without fixtures.
inline QStringList allNotebookFixtures()
{
    const QString root = notebookFixture(QString());
    if (fixturesDir().isEmpty()) {
        return {};
    }
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.ipynb")}, QDir::Files, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        files.append(base.relativeFilePath(it.next()));
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace GradeDesk::Tests
