// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace GradeDesk::Services {

enum class CellType {
    Code,
    Markdown,
    Raw,
    Unknown, ///< A cell type this nbformat minor does not define (kept and written back as it was).
};

/// "code", "markdown", "raw"; empty for CellType::Unknown.
QString cellTypeName(CellType type);
/// The CellType for a `cell_type` string; CellType::Unknown for anything nbformat 4.5 does not define.
CellType cellTypeFromName(QStringView name);

/**
 * @brief `cell.metadata.nbgrader`, upgraded to schema version 3 semantics.
 *
 * `schemaVersion` is the version found in the file (0 when the key was absent, as in legacy
 * notebooks). Missing booleans read as false, as nbgrader's upgrade does.
 */
struct NbgraderCellMeta {
    bool present = false;
    int schemaVersion = 0;
    bool grade = false;
    bool solution = false;
    bool locked = false;
    bool task = false;
    QString gradeId;
    std::optional<double> points;
    QString checksum; ///< Recorded checksum (released and student copies only); empty if none.
    QString cellType; ///< Recorded cell type at generation time (v2+); empty if none.

    bool isGradeCell() const { return present && grade; }

    bool isSolutionCell() const { return present && solution; }

    bool isTaskCell() const { return present && task; }

    /// nbgrader's notion: a grade cell that is not a solution cell is locked too.
    bool isLockedForChecksum() const { return present && !solution && (locked || grade); }
};

/// One output of a code cell. Unknown output types keep their raw JSON in `raw`.
struct Output {
    enum class Type { Stream, DisplayData, ExecuteResult, Error, Unknown };

    Type type = Type::Unknown;
    QString typeName;   ///< As written in the file.
    QString streamName; ///< "stdout" or "stderr" for streams.
    QString text;       ///< Stream text, joined.
    QJsonObject data;   ///< MIME bundle of display_data/execute_result (multi-line strings joined).
    QJsonObject metadata;
    QString ename;
    QString evalue;
    QStringList traceback; ///< Lines as written, ANSI escapes included.
    std::optional<int> executionCount;
    QJsonObject raw; ///< The output object as read, for a faithful round trip.

    /// "stream", "display_data", "execute_result", "error"; empty for Type::Unknown.
    static QString typeNameOf(Type type);
    static Type typeFromName(QStringView name);

    /// The `output_type` to write: `type` decides unless it is Unknown, then `typeName`.
    QString effectiveTypeName() const { return type == Type::Unknown ? typeName : typeNameOf(type); }

    /// An in-memory output of a known type (demo notebooks, tests).
    static Output make(Type type);
    static Output stream(const QString &text, const QString &streamName = QStringLiteral("stdout"));
};

/// One otter test case from `metadata.otter.tests` (OK_FORMAT doctest suites).
struct OtterTestCase {
    QString name;
    QString code;
    bool hidden = false;
    std::optional<double> points;
    QString successMessage;
    QString failureMessage;
};

/// An otter question: from `# BEGIN QUESTION` raw cells / `<!-- BEGIN QUESTION -->` markdown, and
/// the tests in notebook metadata.
struct OtterQuestion {
    QString name;
    std::optional<double> points;
    bool manual = false;
    QList<int> cellIndexes; ///< Cells between the question's BEGIN and END markers.
    QList<OtterTestCase> tests;
};

struct Cell {
    QString id; ///< nbformat 4.5 cell id; empty before 4.5.
    CellType type = CellType::Unknown;
    QString typeName; ///< As written in the file.
    QString source;   ///< Joined source (nbformat allows a string or a list of lines).
    QJsonObject metadata;
    QList<Output> outputs;
    std::optional<int> executionCount;
    NbgraderCellMeta nbgrader;
    QStringList tags;
    QJsonObject raw; ///< The cell object as read; the writer starts from it so unknown keys survive.
    /// JSON pointers relative to the cell ("/metadata/nbgrader/points") of whole numbers the file wrote
    /// as floats ("1.0"). QJsonValue cannot tell 1.0 from 1; the writer needs this to write the file back
    /// byte for byte. Empty for in-memory cells.
    QStringList floatNumberPaths;

    /// The `cell_type` to write: `type` decides unless it is Unknown, then `typeName`.
    QString effectiveTypeName() const { return type == CellType::Unknown ? typeName : cellTypeName(type); }

    /// An in-memory cell of a known type (demo notebooks, tests).
    static Cell make(CellType type, const QString &source);
};

struct Notebook {
    QString path; ///< File it was read from, for messages; empty for in-memory notebooks.
    int nbformat = 4;
    int nbformatMinor = 5;
    QJsonObject metadata;
    QList<Cell> cells;
    QList<OtterQuestion> otterQuestions;
    QStringList warnings; ///< Problems that did not stop loading (translated, shown to the user).
    QJsonObject raw;      ///< The document as read.
    /// Like Cell::floatNumberPaths, for numbers outside `cells` (relative to the document).
    QStringList floatNumberPaths;

    /// `metadata.language_info.name`, else `metadata.kernelspec.language`, else "python".
    QString language() const;
    bool hasNbgraderMetadata() const;
    bool isOtter() const;
};

} // namespace GradeDesk::Services
