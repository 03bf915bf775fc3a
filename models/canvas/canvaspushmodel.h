// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvaspushplan.h>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace GradeDesk::Models {

/**
 * @brief One grade push, student by student: the dry run first, then what the push verified.
 *
 * setPlan() shows the dry run (Canvas' current score, GradeDesk's score, what would change).
 * applyReport() puts each student's outcome in place, decided by Canvas' read-back: the Canvas
 * column then shows the score read back. A retry (applyReport with the retried students) changes
 * only those rows, so earlier outcomes stay visible. RawValueRole holds scores as doubles (invalid
 * when there is none), StudentIdRole the hub username, StateRole the row's State.
 */
class CanvasPushModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasPushModel)

public:
    enum Column { StudentColumn, NameColumn, CanvasColumn, GradeDeskColumn, StatusColumn, ColumnCount };

    /// Before the push: Send/Unchanged/Skip; after it: Pushed/Unchanged/Failed/Skipped.
    enum class State { Send, Unchanged, Skip, Pushed, Failed, Skipped };
    Q_ENUM(State)

    /// int(State) on every column; also as text (stateKey) under StateKeyRole for proxy filters.
    /// RawValueRole of StatusColumn sorts failed rows first, then those to send, pushed, unchanged
    /// and skipped.
    static constexpr int StateRole = Qt::UserRole + 0x100;
    static constexpr int StateKeyRole = Qt::UserRole + 0x101;

    explicit CanvasPushModel(QObject *parent = nullptr);
    ~CanvasPushModel() override;

    void setPlan(const Services::CanvasPushPlan &plan);
    /**
     * Shows the push's outcomes. `onlyStudents` empty: every row takes its result; otherwise only
     * those students' rows do (a retry), the others keep what they showed.
     */
    void applyReport(const Services::CanvasPushReport &report, const QStringList &onlyStudents = {});
    void clear();

    const Services::CanvasPushPlan &plan() const { return m_plan; }

    bool hasResults() const { return m_hasResults; }

    State state(int row) const;
    int count(State state) const;
    /// Students whose grade is not verified in Canvas: what "Retry failed" sends.
    QStringList failedStudentIds() const;
    /// Each distinct reason of the failed rows with how many rows have it, most frequent first.
    QList<std::pair<QString, int>> failureReasons() const;
    /// "send", "unchanged", "skip", "pushed", "failed", "skipped".
    static QString stateKey(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Services::CanvasGradeRow plan;
        std::optional<Services::CanvasPushResult> result;
    };

    QString statusText(const Row &row) const;
    QString statusToolTip(const Row &row) const;

    Services::CanvasPushPlan m_plan;
    QList<Row> m_rows;
    bool m_hasResults = false;
};

} // namespace GradeDesk::Models
