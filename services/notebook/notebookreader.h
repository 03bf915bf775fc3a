// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace GradeDesk::Services {

/**
 * @brief Reads Jupyter notebooks (nbformat 4.0 to 4.5) into the Notebook model.
 *
 * Errors (each message names the file):
 * - Io: the file cannot be opened or is larger than kMaxFileSize;
 * - Parse: not JSON; the message gives line and column, `detail` the byte offset;
 * - Unsupported: nbformat other than 4 ("unsupported nbformat N" in `detail`), or nbgrader metadata
 *   with a schema_version above 3;
 * - Validation: a required key is missing or has the wrong type (cells, cell_type, source, output
 *   fields); the message names the cell (and output) index.
 *
 * Everything else loads, with a translated entry in Notebook::warnings: a newer nbformat minor, unknown
 * cell or output types (kept as Unknown and written back unchanged), missing or duplicate cell ids,
 * invalid nbgrader metadata (validateNbgraderMetadata), an otter BEGIN QUESTION without its END.
 *
 * Thread-safe (no shared state); parse in a worker for large files.
 */
class NotebookReader final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookReader)

public:
    NotebookReader() = delete;

    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;

    static Result<Notebook> readFile(const QString &path);
    static Result<Notebook> parse(const QByteArray &json, const QString &pathForMessages = {});
};

} // namespace GradeDesk::Services
