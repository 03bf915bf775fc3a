// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "statisticsdialog.h"

#include "gradingformat.h"

#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/regrades/graderactivitymodel.h>
#include <models/rubricmodel.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/questionstats.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

/// Bins for a score range: half points for small maxima (so 0, 0.5, 1, … land in bins of their
/// own), ten bins otherwise.
int binCountFor(double maxScore)
{
    if (maxScore <= 0.0) {
        return 1;
    }
    return maxScore <= 5.0 ? std::max(1, int(std::ceil(maxScore * 2.0))) : 10;
}

QStringList binLabels(double maxScore, int bins)
{
    QStringList labels;
    const double width = maxScore / bins;
    for (int i = 0; i < bins; ++i) {
        labels << QStringLiteral("%1–%2").arg(GradingFormat::number(i * width), GradingFormat::number((i + 1) * width));
    }
    return labels;
}

QChartView *barChart(const QString &title, const QStringList &categories, const QList<int> &values,
                     const QString &valueTitle, bool horizontal, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *set = new QBarSet(valueTitle);
    set->setColor(QColor(QStringLiteral("#3182ce")));
    int top = 1;
    for (const int value : values) {
        *set << value;
        top = std::max(top, value);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 6) {
        categoryAxis->setLabelsAngle(-40); // ten "from–to" ranges do not fit side by side
    }
    // Whole-number ticks: a step of 1, 2, 3, … so that at most six ticks cover the tallest bar.
    const int step = std::max(1, (top + 4) / 5);
    const int upper = step * (top / step + 1);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, upper);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(upper / step + 1);
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(480, 300);
    return view;
}

QLabel *summaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("statisticsSummaryLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QWidget *tab(QLabel *summary, QWidget *chart, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(summary);
    layout->addWidget(chart, 1);
    return page;
}

} // namespace

StatisticsDialog::StatisticsDialog(Models::GradingSession *session, Gradebook *gradebook, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("statisticsDialog"));
    m_tabs->setObjectName(QStringLiteral("statisticsTabWidget"));
    const auto question = session->questionRecord();
    setWindowTitle(question ? tr("Statistics — %1").arg(Models::QuestionListModel::labelOf(*question))
                            : tr("Statistics"));
    m_tabs->addTab(questionTab(), tr("&Question"));
    m_tabs->addTab(rubricTab(), tr("&Rubric items"));
    m_tabs->addTab(assignmentTab(gradebook), tr("&Assignment totals"));
    m_tabs->addTab(gradersTab(gradebook), tr("&Graders"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

StatisticsDialog::~StatisticsDialog() = default;

QString StatisticsDialog::graderSummary() const
{
    return m_graderSummary ? m_graderSummary->text() : QString();
}

QStringList StatisticsDialog::summaries() const
{
    QStringList texts;
    for (const QLabel *label : m_summaries) {
        texts << label->text();
    }
    return texts;
}

QWidget *StatisticsDialog::questionTab()
{
    const auto question = m_session->questionRecord();
    const double max = question ? question->maxScore : 0.0;
    const int bins = binCountFor(max);
    const QuestionStats stats = QuestionStats::compute(m_session->answers()->answers(), max, bins);
    m_questionBins = stats.histogram;
    QString text = tr("%1 of %2 answers graded").arg(stats.gradedCount).arg(stats.answerCount);
    if (stats.mean) {
        text += tr(" · mean %1 / %2").arg(GradingFormat::number(*stats.mean), GradingFormat::number(max));
    }
    if (stats.median) {
        text += tr(" · median %1").arg(GradingFormat::number(*stats.median));
    }
    QLabel *summary = summaryLabel(text, this);
    m_summaries.append(summary);
    return tab(
        summary,
        barChart(tr("Scores of graded answers"), binLabels(max, bins), stats.histogram, tr("Answers"), false, this),
        this);
}

QWidget *StatisticsDialog::rubricTab()
{
    const Models::RubricModel *rubric = m_session->rubric();
    QHash<qint64, int> usage;
    for (const AnswerRecord &answer : m_session->answers()->answers()) {
        for (const qint64 id : answer.appliedItemIds) {
            ++usage[id];
        }
    }
    QStringList titles;
    QList<int> counts;
    // Horizontal bars list bottom-up: reverse so the first item is on top.
    for (auto it = rubric->items().crbegin(); it != rubric->items().crend(); ++it) {
        const QString key = it->shortcut.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(it->shortcut.toUpper());
        titles << key + it->title + QStringLiteral(" (%1)").arg(Models::RubricModel::formatPoints(it->points));
        counts << usage.value(it->id);
    }
    const QString text = rubric->items().isEmpty() ? tr("This question has no rubric items yet.")
                                                   : tr("How many answers have each rubric item.");
    QLabel *summary = summaryLabel(text, this);
    m_summaries.append(summary);
    return tab(summary, barChart(tr("Rubric item usage"), titles, counts, tr("Answers"), true, this), this);
}

QWidget *StatisticsDialog::assignmentTab(Gradebook *gradebook)
{
    QList<double> totals;
    double max = 0.0;
    const qint64 assignmentId = m_session->questions()->assignmentId();
    QString text;
    if (Result<QList<SubmissionSummary>> summaries =
            gradebook ? gradebook->submissionSummaries(assignmentId) : Result<QList<SubmissionSummary>>(ServiceError{});
        summaries) {
        for (const SubmissionSummary &summary : summaries.value()) {
            max = std::max(max, summary.maxScore);
            if (summary.score) {
                totals.append(*summary.score);
            }
        }
        const int bins = 10;
        QList<int> histogram(bins, 0);
        for (const double total : std::as_const(totals)) {
            const int bin = max > 0.0 ? std::clamp(int(total / max * bins), 0, bins - 1) : 0;
            ++histogram[bin];
        }
        double sum = 0.0;
        for (const double total : std::as_const(totals)) {
            sum += total;
        }
        text = tr("%1 submissions of %2 · %3 with a score")
                   .arg(summaries.value().size())
                   .arg(m_session->assignment())
                   .arg(totals.size());
        if (!totals.isEmpty()) {
            text += tr(" · mean total %1 / %2")
                        .arg(GradingFormat::number(sum / double(totals.size())), GradingFormat::number(max));
        }
        QLabel *summary = summaryLabel(text, this);
        m_summaries.append(summary);
        return tab(summary,
                   barChart(tr("Total scores of %1").arg(m_session->assignment()), binLabels(max, bins), histogram,
                            tr("Submissions"), false, this),
                   this);
    } else {
        text = tr("The assignment's totals could not be read: %1").arg(summaries.error().message);
    }
    QLabel *summary = summaryLabel(text, this);
    m_summaries.append(summary);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(summary);
    layout->addStretch(1);
    return page;
}

QWidget *StatisticsDialog::gradersTab(Gradebook *gradebook)
{
    auto *activity = new Models::GraderActivityModel(this);
    QString text;
    if (!gradebook) {
        text = tr("No gradebook is open.");
    } else if (Result<void> loaded = activity->load(*gradebook, m_session->questions()->assignmentId()); !loaded) {
        text = tr("The graders' activity could not be read: %1").arg(loaded.error().message);
    } else if (activity->rowCount() == 0) {
        text = tr("Nobody has graded %1 yet.").arg(m_session->assignment());
    } else {
        text = tr("%n grader(s) on %1", nullptr, activity->rowCount()).arg(m_session->assignment()) +
               tr(" · %n answer(s) graded", nullptr, activity->totalAnswers()) +
               tr(" · %n action(s) recorded", nullptr, activity->totalActions());
    }
    m_graderSummary = summaryLabel(text, this);
    m_graderSummary->setObjectName(QStringLiteral("graderSummaryLabel"));
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("graderActivityTableView"));
    table->setModel(activity);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(Models::GraderActivityModel::GraderColumn, QHeaderView::Stretch);
    for (const int column :
         {int(Models::GraderActivityModel::AnswersColumn), int(Models::GraderActivityModel::ActionsColumn),
          int(Models::GraderActivityModel::LastActionColumn)}) {
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_graderTable = table;
    return tab(m_graderSummary, table, this);
}

} // namespace GradeDesk::Ui
