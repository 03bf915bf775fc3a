// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace GradeDesk::Services {

/**
 * @brief Writes the Notebook model back to nbformat 4 JSON, formatted as Jupyter writes it.
 *
 * Jupyter's format: keys sorted, one-space indent, non-ASCII kept as UTF-8, multi-line strings as lists
 * of lines each keeping its "\n", a final newline. The output starts from the raw JSON (Notebook::raw,
 * Cell::raw, Output::raw) so unknown keys survive, and the structured fields are laid over it: they are
 * authoritative (cell type, id, source, metadata with nbgrader and tags, outputs, execution counts).
 * A multi-line value that did not change keeps its spelling in the file (a string stays a string), so
 * a notebook Jupyter wrote comes back byte for byte. Outputs and cells of unknown types are written as
 * read. Notebook::otterQuestions and Notebook::warnings are derived data and are not written.
 *
 * In-memory notebooks (empty raw) work too; for nbformat 4.5 a new cell without an id gets a unique
 * "cell-N" id, since 4.5 requires one.
 */
class NotebookWriter final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookWriter)

public:
    NotebookWriter() = delete;

    /// The document as JSON values (what serialize() formats).
    static QJsonObject toJson(const Notebook &notebook);
    static QByteArray serialize(const Notebook &notebook);
    /// Atomic: the file is replaced only when the whole notebook was written (QSaveFile).
    static Result<void> writeFile(const Notebook &notebook, const QString &path);
};

} // namespace GradeDesk::Services
