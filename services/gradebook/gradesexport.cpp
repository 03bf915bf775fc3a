// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradesexport.h"

#include "gradebook.h"

#include <services/core/logging.h>

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace GradeDesk::Services {

namespace {

/// A graded question of one assignment, in notebook then cell order.
struct Question {
    QString column;
    QString notebook;
    QString cell;
};

/// Python's str() of a naive datetime: the microseconds only when they are not zero.
QString pythonDateTime(const Timestamp &timestamp)
{
    if (!timestamp.isValid()) {
        return {};
    }
    const QString text = timestamp.toNbgraderUtc();
    return text.endsWith(QLatin1String(".000000")) ? text.chopped(7) : text;
}

struct AssignmentData {
    AssignmentRecord record;
    double maxScore = 0.0;
    QList<Question> questions;
};

Result<AssignmentData> loadAssignment(const Gradebook &gradebook, const AssignmentRecord &record, bool prefixColumns)
{
    AssignmentData data;
    data.record = record;
    Result<QList<NotebookRecord>> notebooks = gradebook.notebooks(record.id);
    if (!notebooks) {
        return notebooks.error();
    }
    for (const NotebookRecord &notebook : notebooks.value()) {
        Result<QList<SourceCellRecord>> cells = gradebook.sourceCells(notebook.id);
        if (!cells) {
            return cells.error();
        }
        for (const SourceCellRecord &cell : cells.value()) {
            if (!cell.isGrade && !cell.isTask) {
                continue;
            }
            data.maxScore += cell.maxScore;
            const QString column = notebook.name + QLatin1Char(':') + cell.name;
            data.questions.append(
                {prefixColumns ? record.name + QLatin1Char('/') + column : column, notebook.name, cell.name});
        }
    }
    return data;
}

} // namespace

QString GradesExport::pythonFloat(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("nan");
    }
    if (std::isinf(value)) {
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    }
    // Shortest round-trip digits in exponent form, e.g. "-1.25e+02", then laid out as Python does.
    // signbit, not `< 0`: Python prints -0.0 with its sign, and Qt would drop it.
    const bool negative = std::signbit(value);
    const QString scientific = QString::number(std::fabs(value), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(QLatin1Char('e'));
    const QString digits = scientific.left(e).remove(QLatin1Char('.'));
    const int exponent = scientific.mid(e + 1).toInt();
    QString result;
    if (exponent < -4 || exponent >= 16) {
        result = digits.left(1);
        if (digits.size() > 1) {
            result += QLatin1Char('.') + digits.mid(1);
        }
        result += QLatin1Char('e') + QLatin1Char(exponent < 0 ? '-' : '+') +
                  QString::number(std::abs(exponent)).rightJustified(2, QLatin1Char('0'));
    } else {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0) {
            result = QStringLiteral("0.") + QString(-point, QLatin1Char('0')) + digits;
        } else if (point >= digits.size()) {
            result = digits + QString(point - digits.size(), QLatin1Char('0')) + QStringLiteral(".0");
        } else {
            result = digits.left(point) + QLatin1Char('.') + digits.mid(point);
        }
    }
    return negative ? QLatin1Char('-') + result : result;
}

QString GradesExport::field(const QString &value, bool text)
{
    QString out = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text && !out.isEmpty() && formulaStarts.contains(out.front())) {
        out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

Result<void> GradesExport::exportCsv(const Gradebook &gradebook, QIODevice &out, const QString &assignment,
                                     bool perQuestion)
{
    if (!out.isOpen() || !out.isWritable()) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The grades file is not open for writing. Choose another file and try again."),
                                  QStringLiteral("export device not writable"));
    }
    Result<QList<AssignmentRecord>> all = gradebook.assignments();
    if (!all) {
        return all.error();
    }
    QList<AssignmentRecord> selected;
    for (const AssignmentRecord &record : all.value()) {
        if (assignment.isEmpty() || record.name == assignment) {
            selected.append(record);
        }
    }
    if (!assignment.isEmpty() && selected.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The gradebook has no assignment named \"%1\". Check the name (it is the "
                                     "assignment's folder name) and try again.")
                                      .arg(assignment),
                                  QStringLiteral("no assignment ") + assignment);
    }
    Result<QList<StudentRecord>> students = gradebook.students();
    if (!students) {
        return students.error();
    }
    QList<AssignmentData> assignments;
    QStringList questionColumns;
    for (const AssignmentRecord &record : selected) {
        Result<AssignmentData> data = loadAssignment(gradebook, record, selected.size() > 1);
        if (!data) {
            return data.error();
        }
        for (const Question &question : data.value().questions) {
            if (!questionColumns.contains(question.column)) {
                questionColumns.append(question.column);
            }
        }
        assignments.append(data.value());
    }

    QStringList header{
        QStringLiteral("assignment"), QStringLiteral("duedate"),   QStringLiteral("timestamp"),
        QStringLiteral("student_id"), QStringLiteral("last_name"), QStringLiteral("first_name"),
        QStringLiteral("email"),      QStringLiteral("raw_score"), QStringLiteral("late_submission_penalty"),
        QStringLiteral("score"),      QStringLiteral("max_score")};
    if (perQuestion) {
        for (const QString &column : std::as_const(questionColumns)) {
            header.append(field(column, true));
        }
    }
    QByteArray buffer = header.join(QLatin1Char(',')).toUtf8() + '\n';

    for (const AssignmentData &data : std::as_const(assignments)) {
        Result<QList<SubmissionSummary>> summaries = gradebook.submissionSummaries(data.record.id);
        if (!summaries) {
            return summaries.error();
        }
        QHash<QString, SubmissionSummary> byStudent;
        for (const SubmissionSummary &summary : summaries.value()) {
            byStudent.insert(summary.studentId, summary);
        }
        const QString due = pythonDateTime(Timestamp::fromDateTime(data.record.due));
        for (const StudentRecord &student : students.value()) {
            const auto found = byStudent.constFind(student.id);
            const bool submitted = found != byStudent.constEnd();
            const double raw = submitted ? found->score.value_or(0.0) : 0.0;
            const double penalty = submitted ? found->latePenalty : 0.0;
            QStringList row{field(data.record.name, true),
                            due,
                            submitted ? pythonDateTime(found->timestamp) : QString(),
                            field(student.id, true),
                            field(student.lastName, true),
                            field(student.firstName, true),
                            field(student.email, true),
                            pythonFloat(raw),
                            pythonFloat(penalty),
                            pythonFloat(std::max(0.0, raw - penalty)),
                            pythonFloat(data.maxScore)};
            if (perQuestion) {
                QHash<QString, QString> scores;
                if (submitted) {
                    Result<QList<GradeRecord>> grades = gradebook.grades(found->submissionId);
                    if (!grades) {
                        return grades.error();
                    }
                    for (const GradeRecord &grade : grades.value()) {
                        if (const std::optional<double> score = grade.score()) {
                            scores.insert(grade.notebookName + QLatin1Char(':') + grade.cellName, pythonFloat(*score));
                        }
                    }
                }
                QHash<QString, QString> byColumn;
                for (const Question &question : data.questions) {
                    byColumn.insert(question.column,
                                    scores.value(question.notebook + QLatin1Char(':') + question.cell));
                }
                for (const QString &column : std::as_const(questionColumns)) {
                    row.append(byColumn.value(column));
                }
            }
            buffer += row.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    if (out.write(buffer) != buffer.size()) {
        qCWarning(lcGradebook) << "Writing the grades CSV failed:" << out.errorString();
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The grades could not be written (%1). Check free space and permissions, then "
                                     "export again.")
                                      .arg(out.errorString()),
                                  QStringLiteral("short write: ") + out.errorString());
    }
    return {};
}

} // namespace GradeDesk::Services
