// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "demosubmission.h"

#include "demoimage.h"
#include "demorandom.h"

#include <services/notebook/checksum.h>

#include <QJsonObject>

#include <cmath>
#include <numeric>

namespace GradeDesk::Services {

namespace {

constexpr qint64 usecsPerSecond = 1000000;
const QString esc = QStringLiteral("\x1b");

QString ansi(const QString &code, const QString &text)
{
    return esc + QLatin1Char('[') + code + QLatin1Char('m') + text + esc + QStringLiteral("[0m");
}

// One entry of an IPython traceback: a cell, the line that was running and, for a function, its
// name and parameters.
struct Frame {
    int executionCount = 0;
    QStringList lines;
    int line = 1; // 1-based
    QString function;
    QString params;
};

// Tracebacks in the shape IPython 8 writes them (coloured header, one entry per frame with two
// lines of context around an arrow, then `Name: value`), without per-token highlighting.
QStringList traceback(const QString &ename, const QString &evalue, const QList<Frame> &frames)
{
    QStringList entries;
    entries.append(ansi(QStringLiteral("0;31"), QString(75, QLatin1Char('-'))));
    entries.append(ansi(QStringLiteral("0;31"), ename) +
                   QString(std::max<qsizetype>(1, 42 - ename.size()), QLatin1Char(' ')) +
                   QStringLiteral("Traceback (most recent call last)"));
    for (const Frame &frame : frames) {
        QString entry =
            QStringLiteral("Cell ") +
            ansi(QStringLiteral("0;32"), QStringLiteral("In[%1], line %2").arg(frame.executionCount).arg(frame.line));
        if (!frame.function.isEmpty()) {
            entry += QStringLiteral(", in ") + esc + QStringLiteral("[0;36m") + frame.function + esc +
                     QStringLiteral("[0;34m(") + frame.params + QLatin1Char(')') + esc + QStringLiteral("[0m");
        }
        entry += QLatin1Char('\n');
        const int first = std::max(1, frame.line - 2);
        const int last = std::min(int(frame.lines.size()), frame.line + 2);
        for (int n = first; n <= last; ++n) {
            const QString number = QString::number(n);
            if (n == frame.line) {
                entry +=
                    ansi(QStringLiteral("0;32"), QString(std::max<qsizetype>(1, 5 - number.size()), QLatin1Char('-')) +
                                                     QStringLiteral("> ") + number);
            } else {
                entry += ansi(QStringLiteral("1;32"), number.rightJustified(7));
            }
            entry += QLatin1Char(' ') + frame.lines[n - 1] + QLatin1Char('\n');
        }
        entries.append(entry);
    }
    entries.append(ansi(QStringLiteral("0;31"), ename) + QStringLiteral(": ") + evalue);
    return entries;
}

Output errorOutput(const QString &ename, const QString &evalue, const QList<Frame> &frames)
{
    Output output = Output::make(Output::Type::Error);
    output.ename = ename;
    output.evalue = evalue;
    output.traceback = traceback(ename, evalue, frames);
    return output;
}

Output streamOutput(const QString &text)
{
    return Output::stream(text);
}

Output executeResult(const QString &repr, int executionCount)
{
    Output output = Output::make(Output::Type::ExecuteResult);
    output.data = QJsonObject{{QStringLiteral("text/plain"), repr}};
    output.executionCount = executionCount;
    return output;
}

Output displayData(const QString &mime, const QString &payload)
{
    Output output = Output::make(Output::Type::DisplayData);
    output.data = QJsonObject{{mime, payload},
                              {QStringLiteral("text/plain"), QStringLiteral("<Figure size 640x480 with 1 Axes>")}};
    return output;
}

const QString chartCode = QStringLiteral("import matplotlib.pyplot as plt\n"
                                         "\n"
                                         "means = [sum(temps) / len(temps) for temps in readings.values()]\n"
                                         "plt.bar(list(readings), means)\n"
                                         "plt.ylabel(\"mean temperature (°C)\")\n"
                                         "plt.show()");

QString freeWorkSource(DemoExtra extra)
{
    switch (extra) {
    case DemoExtra::None:
        return {};
    case DemoExtra::PngChart:
        return chartCode;
    case DemoExtra::SvgChart:
        return QStringLiteral("%config InlineBackend.figure_formats = [\"svg\"]\n") + chartCode;
    case DemoExtra::LongOutput:
        return QStringLiteral("# Every change between two days, to find the biggest jump\n"
                              "for city, temps in readings.items():\n"
                              "    for i in range(len(temps)):\n"
                              "        for j in range(i + 1, len(temps)):\n"
                              "            print(f\"{city}: day {i} -> day {j}: {temps[j] - temps[i]:+d} °C\")");
    }
    return {};
}

QString answerBodySource(const DemoQuestion &q, DemoAnswer answer, const QString &released)
{
    switch (answer) {
    case DemoAnswer::Correct:
        return DemoContent::functionSource(q, q.solution);
    case DemoAnswer::Wrong:
        return DemoContent::functionSource(q, q.wrong);
    case DemoAnswer::Erroring:
        return DemoContent::functionSource(q, q.erroring);
    case DemoAnswer::Blank:
        return released;
    }
    return released;
}

// Where the student's function raises, as a traceback frame; empty function name if it does not.
Frame raisingFrame(const DemoQuestion &q, DemoAnswer answer, int executionCount, const QStringList &lines)
{
    Frame frame;
    frame.executionCount = executionCount;
    frame.lines = lines;
    frame.function = q.function;
    frame.params = q.params;
    if (answer == DemoAnswer::Erroring) {
        frame.line = int(q.header().size()) + q.errorLine + 1;
    } else {
        frame.line = int(lines.indexOf(QStringLiteral("    raise NotImplementedError()"))) + 1;
    }
    return frame;
}

Notebook run(const DemoAssignment &a, const DemoStudent &student, const DemoStudentPlan &plan, const DemoAssets &assets,
             bool autograde)
{
    Notebook nb = a.release;
    if (!autograde && plan.untouched) {
        return nb;
    }
    int count = autograde ? 1 : plan.firstExecutionCount;
    QList<int> functionCounts(a.questions.size(), 0);
    QList<QStringList> functionLines(a.questions.size());

    for (int i = 0; i < nb.cells.size(); ++i) {
        Cell &cell = nb.cells[i];
        const DemoCellSlot slot = a.cellSlots[i];
        if (slot.kind == DemoSlot::ManualAnswer) {
            const int pick = plan.manualAnswers.value(slot.question, -1);
            if (pick >= 0) {
                cell.source = a.manual[slot.question].studentAnswers.value(pick);
            }
            continue;
        }
        if (cell.type != CellType::Code) {
            continue;
        }
        const DemoAnswer answer =
            slot.question >= 0 ? plan.answers.value(slot.question, DemoAnswer::Blank) : DemoAnswer::Blank;
        switch (slot.kind) {
        case DemoSlot::Name:
            if (plan.fillsName) {
                cell.source =
                    QStringLiteral("NAME = \"%1 %2\"\nCOLLABORATORS = \"\"").arg(student.firstName, student.lastName);
            }
            break;
        case DemoSlot::Solution:
            cell.source = answerBodySource(a.questions[slot.question], answer, cell.source);
            functionLines[slot.question] = cell.source.split(QLatin1Char('\n'));
            functionCounts[slot.question] = count;
            break;
        case DemoSlot::Tests:
            if (autograde) {
                // OverwriteCells puts back the source version of a locked grade cell, hidden tests and all.
                cell.source = a.source.cells[i].source;
                cell.nbgrader.checksum = nbgraderChecksum(cell);
            }
            break;
        case DemoSlot::FreeWork:
            cell.source = freeWorkSource(plan.extra);
            break;
        case DemoSlot::Static:
        case DemoSlot::Summary:
        case DemoSlot::Dataset:
        case DemoSlot::Check:
        case DemoSlot::ManualAnswer:
            break;
        }
        if (cell.source.trimmed().isEmpty()) {
            continue; // Jupyter does not run an empty cell: no execution count.
        }
        cell.executionCount = count;
        switch (slot.kind) {
        case DemoSlot::Summary:
            cell.outputs.append(streamOutput(QStringLiteral("%1 cities, %2 days each\n")
                                                 .arg(a.data.cities.size())
                                                 .arg(a.data.temperatures.value(0).size())));
            break;
        case DemoSlot::Check: {
            const DemoQuestion &q = a.questions[slot.question];
            if (answer == DemoAnswer::Correct) {
                cell.outputs.append(executeResult(q.correctOutput, count));
            } else if (answer == DemoAnswer::Wrong) {
                cell.outputs.append(executeResult(q.wrongOutput, count));
            } else {
                const Frame caller{count, cell.source.split(QLatin1Char('\n')), 1, {}, {}};
                const Frame callee =
                    raisingFrame(q, answer, functionCounts[slot.question], functionLines[slot.question]);
                const bool blank = answer == DemoAnswer::Blank;
                cell.outputs.append(errorOutput(blank ? QStringLiteral("NotImplementedError") : q.errorName,
                                                blank ? QString() : q.errorValue, {caller, callee}));
            }
            break;
        }
        case DemoSlot::Tests: {
            const DemoQuestion &q = a.questions[slot.question];
            // Line 1 is the docstring; the first visible assert is line 2.
            const Frame caller{count, cell.source.split(QLatin1Char('\n')), 2, {}, {}};
            if (answer == DemoAnswer::Wrong) {
                cell.outputs.append(errorOutput(QStringLiteral("AssertionError"), QString(), {caller}));
            } else if (answer != DemoAnswer::Correct) {
                const Frame callee =
                    raisingFrame(q, answer, functionCounts[slot.question], functionLines[slot.question]);
                const bool blank = answer == DemoAnswer::Blank;
                cell.outputs.append(errorOutput(blank ? QStringLiteral("NotImplementedError") : q.errorName,
                                                blank ? QString() : q.errorValue, {caller, callee}));
            }
            break;
        }
        case DemoSlot::FreeWork:
            if (plan.extra == DemoExtra::PngChart) {
                cell.outputs.append(displayData(QStringLiteral("image/png"),
                                                assets.pngBase64.value(plan.chartColor % assets.pngBase64.size())));
            } else if (plan.extra == DemoExtra::SvgChart) {
                cell.outputs.append(displayData(QStringLiteral("image/svg+xml"), assets.svg));
            } else if (plan.extra == DemoExtra::LongOutput) {
                cell.outputs.append(streamOutput(assets.longOutput));
            }
            break;
        case DemoSlot::Static:
        case DemoSlot::Name:
        case DemoSlot::Dataset:
        case DemoSlot::Solution:
        case DemoSlot::ManualAnswer:
            break;
        }
        ++count;
    }
    return nb;
}

} // namespace

DemoStudentPlan DemoStudentPlan::make(const DemoAssignment &assignment, quint64 seed, int assignmentIndex,
                                      int studentIndex, int submitPercent)
{
    DemoRandom r = DemoRandom::derive(seed, (quint64(assignmentIndex + 1) << 32) | quint64(studentIndex));
    DemoStudentPlan plan;
    plan.submitted = r.percent(submitPercent);
    plan.untouched = r.percent(4);
    const int ability = r.below(100);
    for (int q = 0; q < assignment.questions.size(); ++q) {
        if (r.below(100) < 40 + ability / 2) {
            plan.answers.append(DemoAnswer::Correct);
            continue;
        }
        const int roll = r.below(100);
        plan.answers.append(roll < 45 ? DemoAnswer::Wrong : roll < 75 ? DemoAnswer::Erroring : DemoAnswer::Blank);
    }
    for (const DemoManualQuestion &m : assignment.manual) {
        plan.manualAnswers.append(r.percent(85) ? r.below(int(m.studentAnswers.size())) : -1);
    }
    const int extraRoll = r.below(100);
    plan.extra = extraRoll < 45   ? DemoExtra::PngChart
                 : extraRoll < 60 ? DemoExtra::SvgChart
                 : extraRoll < 70 ? DemoExtra::LongOutput
                                  : DemoExtra::None;
    plan.chartColor = r.below(4);
    plan.fillsName = r.percent(92);
    plan.late = r.percent(12);
    plan.firstExecutionCount = r.percent(70) ? 1 : r.between(2, 40);
    const qint64 due = assignment.due.toMSecsSinceEpoch() * 1000;
    const qint64 offsetSeconds = plan.late ? r.between(3 * 60, 30 * 3600) : -r.between(5 * 60, 4 * 24 * 3600);
    plan.timestamp = Timestamp::fromUsecs(due + offsetSeconds * usecsPerSecond + r.below(int(usecsPerSecond)));
    if (plan.untouched) {
        plan.answers.fill(DemoAnswer::Blank);
        plan.manualAnswers.fill(-1);
        plan.extra = DemoExtra::None;
        plan.fillsName = false;
    }
    return plan;
}

DemoAssets DemoAssets::make(const DemoAssignment &assignment)
{
    DemoAssets assets;
    QList<int> means;
    for (const QList<int> &temps : assignment.data.temperatures) {
        const int total = std::accumulate(temps.cbegin(), temps.cend(), 0);
        means.append(int(std::lround(double(total) / double(std::max<qsizetype>(1, temps.size())))));
    }
    // matplotlib's first four default colours, so charts look like what students would get.
    for (const quint32 color : {0x1f77b4U, 0xff7f0eU, 0x2ca02cU, 0xd62728U}) {
        assets.pngBase64.append(QString::fromLatin1(DemoImage::barChartPng(means, color).toBase64()));
    }
    assets.svg = DemoImage::barChartSvg(means, assignment.data.cities, QStringLiteral("#1f77b4"));
    QString text;
    for (int c = 0; c < assignment.data.cities.size(); ++c) {
        const QList<int> &temps = assignment.data.temperatures[c];
        for (int i = 0; i < temps.size(); ++i) {
            for (int j = i + 1; j < temps.size(); ++j) {
                const int change = temps[j] - temps[i];
                text += QStringLiteral("%1: day %2 -> day %3: %4%5 °C\n")
                            .arg(assignment.data.cities[c])
                            .arg(i)
                            .arg(j)
                            .arg(change < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(std::abs(change));
            }
        }
    }
    assets.longOutput = text;
    return assets;
}

namespace DemoSubmission {

Notebook submitted(const DemoAssignment &assignment, const DemoStudent &student, const DemoStudentPlan &plan,
                   const DemoAssets &assets)
{
    return run(assignment, student, plan, assets, false);
}

Notebook autograded(const DemoAssignment &assignment, const DemoStudent &student, const DemoStudentPlan &plan,
                    const DemoAssets &assets)
{
    return run(assignment, student, plan, assets, true);
}

QByteArray timestampFile(const DemoStudentPlan &plan)
{
    return (plan.timestamp.toNbgraderUtc() + QStringLiteral(" UTC")).toUtf8();
}

} // namespace DemoSubmission

} // namespace GradeDesk::Services
