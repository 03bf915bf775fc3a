// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/gradebook.h>

#include <QDateTime>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

/// Fixtures shared by the gradebook tests.
namespace GradeDesk::Tests {

/// One assignment "ps1" with one notebook "problem1": grade cells q1 (2 points) and q2 (3 points), and
/// a solution cell "answer1" that is not graded.
struct Course {
    qint64 assignmentId = 0;
    qint64 notebookId = 0;
    qint64 q1 = 0;
    qint64 q2 = 0;
    qint64 answer = 0;
};

inline Services::SourceCellRecord cell(const QString &name, bool grade, double points, int position)
{
    Services::SourceCellRecord c;
    c.name = name;
    c.cellType = QStringLiteral("code");
    c.isGrade = grade;
    c.isSolution = !grade;
    c.maxScore = points;
    c.source = QStringLiteral("assert True");
    c.position = position;
    return c;
}

/// Runs raw SQL against a gradebook file through a private connection (simulates other programs).
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }

    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok) {
            qInfo() << "raw SQL refused:" << q.lastError().text();
        }
        return ok;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

/// Opens (creating if needed) the SQLite gradebook at `path`; null, with a warning, when that fails.
inline std::unique_ptr<Services::Gradebook> openGradebook(const QString &path)
{
    Services::Result<std::unique_ptr<Services::Gradebook>> opened = Services::Gradebook::openSqlite(path);
    if (!opened) {
        qWarning() << opened.error().message << opened.error().detail;
        return nullptr;
    }
    return std::move(opened).value();
}

/**
 * Per-test state for init(): closes `gradebook`, then opens a new empty one at `path` in a new temporary
 * `dir`. False, with a warning, when either fails.
 */
inline bool openFreshGradebook(std::unique_ptr<QTemporaryDir> &dir, QString &path,
                               std::unique_ptr<Services::Gradebook> &gradebook)
{
    gradebook.reset();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        qWarning() << "no temporary directory:" << dir->errorString();
        return false;
    }
    path = dir->filePath(QStringLiteral("gradebook.sqlite"));
    gradebook = openGradebook(path);
    return gradebook != nullptr;
}

inline Course makeCourse(Services::Gradebook &gradebook)
{
    Course course;
    course.assignmentId =
        gradebook.upsertAssignment(QStringLiteral("ps1"), QDateTime(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc()))
            .value();
    course.notebookId = gradebook.upsertNotebook(course.assignmentId, QStringLiteral("problem1"), 0).value();
    const QList<Services::SourceCellRecord> cells{cell(QStringLiteral("q1"), true, 2.0, 0),
                                                  cell(QStringLiteral("answer1"), false, 0, 1),
                                                  cell(QStringLiteral("q2"), true, 3.0, 2)};
    Q_ASSERT(gradebook.replaceSourceCells(course.notebookId, cells).ok());
    const QList<Services::SourceCellRecord> stored = gradebook.sourceCells(course.notebookId).value();
    for (const Services::SourceCellRecord &c : stored) {
        (c.name == QLatin1String("q1") ? course.q1 : c.name == QLatin1String("q2") ? course.q2 : course.answer) = c.id;
    }
    return course;
}

inline qint64 submit(Services::Gradebook &gradebook, const Course &course, const QString &student,
                     qint64 *submittedNotebook)
{
    Services::SubmissionRecord s;
    s.assignmentId = course.assignmentId;
    s.studentId = student;
    s.timestamp = Services::Timestamp::parse(QStringLiteral("2026-01-15 16:58:23.948203 UTC")).value();
    s.directory = QStringLiteral("/course/submitted/") + student + QStringLiteral("/ps1");
    const qint64 id = gradebook.upsertSubmission(s).value();
    *submittedNotebook =
        gradebook.upsertSubmittedNotebook(id, course.notebookId, s.directory + QStringLiteral("/problem1.ipynb"))
            .value();
    return id;
}

/// A rubric item to add to `cellId` (appended: position -1).
inline Services::RubricItemRecord rubricItem(qint64 cellId, const QString &title, double points,
                                             const QString &shortcut = {}, const QString &group = {})
{
    Services::RubricItemRecord item;
    item.cellId = cellId;
    item.title = title;
    item.points = points;
    item.shortcut = shortcut;
    item.group = group;
    item.position = -1;
    return item;
}

/// Adds the item and returns its id; 0, with a warning, when the gradebook refused it.
inline qint64 addItem(Services::Gradebook &gradebook, const Services::RubricItemRecord &item)
{
    const Services::Result<qint64> added = gradebook.addRubricItem(item, QStringLiteral("alice"));
    if (!added) {
        qWarning() << added.error().message << added.error().detail;
        return 0;
    }
    return added.value();
}

/// The actions of the events, in order (for comparing audit trails).
inline QStringList actionsOf(const QList<Services::AuditEvent> &events)
{
    QStringList actions;
    for (const Services::AuditEvent &event : events) {
        actions.append(event.action);
    }
    return actions;
}

} // namespace GradeDesk::Tests
