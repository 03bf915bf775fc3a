// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "democontent.h"

#include "demoquestions.h"
#include "demorandom.h"

#include <services/notebook/checksum.h>

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace GradeDesk::Services {

namespace {

const QString beginSolution = QStringLiteral("### BEGIN SOLUTION");
const QString endSolution = QStringLiteral("### END SOLUTION");
const QString beginHidden = QStringLiteral("### BEGIN HIDDEN TESTS");
const QString endHidden = QStringLiteral("### END HIDDEN TESTS");

constexpr int daysPerDataset = 14;

struct City {
    const char *name;
    int typical;
};

constexpr std::array<City, 14> cityPool{{
    {"Lagos", 30},
    {"Oslo", 2},
    {"Reykjavik", 1},
    {"Mumbai", 31},
    {"Santiago", 22},
    {"Toronto", -2},
    {"Cairo", 21},
    {"Sydney", 24},
    {"Lima", 23},
    {"Helsinki", -3},
    {"Nairobi", 25},
    {"Hanoi", 20},
    {"Montreal", -5},
    {"Ulaanbaatar", -15},
}};

QString indentLines(const QStringList &lines, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        out.append(line.isEmpty() ? line : pad + line);
    }
    return out.join(QLatin1Char('\n'));
}

DemoDataset makeDataset(quint64 seed, quint64 stream, int cities)
{
    DemoRandom random = DemoRandom::derive(seed, stream);
    QList<int> order(int(cityPool.size()));
    std::iota(order.begin(), order.end(), 0);
    for (int i = int(order.size()) - 1; i > 0; --i) {
        std::swap(order[i], order[random.below(i + 1)]);
    }
    DemoDataset data;
    for (int i = 0; i < cities; ++i) {
        const City &city = cityPool[size_t(order[i])];
        data.cities.append(QString::fromUtf8(city.name));
        data.typical.append(city.typical);
        QList<int> readings;
        int drift = 0;
        for (int day = 0; day < daysPerDataset; ++day) {
            drift = std::clamp(drift + random.between(-2, 2), -5, 5);
            readings.append(city.typical + drift + random.between(-2, 2));
        }
        data.temperatures.append(readings);
    }
    return data;
}

QString cellId(const QString &assignment, int index)
{
    const QByteArray key = assignment.toUtf8() + '/' + QByteArray::number(index);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex().left(8));
}

Cell markdownCell(const QString &source)
{
    return Cell::make(CellType::Markdown, source);
}

Cell codeCell(const QString &source)
{
    return Cell::make(CellType::Code, source);
}

NbgraderCellMeta nbgraderMeta(const QString &gradeId, bool grade, bool solution, bool locked,
                              std::optional<double> points = {}, bool task = false)
{
    NbgraderCellMeta meta;
    meta.present = true;
    meta.schemaVersion = 3;
    meta.gradeId = gradeId;
    meta.grade = grade;
    meta.solution = solution;
    meta.locked = locked;
    meta.task = task;
    meta.points = points;
    return meta;
}

QJsonObject notebookMetadata()
{
    return QJsonObject{
        {QStringLiteral("kernelspec"),
         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Python 3 (ipykernel)")},
                     {QStringLiteral("language"), QStringLiteral("python")},
                     {QStringLiteral("name"), QStringLiteral("python3")}}},
        {QStringLiteral("language_info"),
         QJsonObject{{QStringLiteral("codemirror_mode"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("ipython")}, {QStringLiteral("version"), 3}}},
                     {QStringLiteral("file_extension"), QStringLiteral(".py")},
                     {QStringLiteral("mimetype"), QStringLiteral("text/x-python")},
                     {QStringLiteral("name"), QStringLiteral("python")},
                     {QStringLiteral("nbconvert_exporter"), QStringLiteral("python")},
                     {QStringLiteral("pygments_lexer"), QStringLiteral("ipython3")},
                     {QStringLiteral("version"), QStringLiteral("3.11.2")}}},
    };
}

// nbgrader's generate_assignment for one cell: ClearSolutions, ClearHiddenTests, ClearOutput,
// LockCells and ComputeChecksums, in that order.
Cell releaseCell(const Cell &sourceCell)
{
    Cell cell = sourceCell;
    cell.outputs.clear();
    cell.executionCount.reset();
    const NbgraderCellMeta &meta = cell.nbgrader;
    if (!meta.present) {
        return cell;
    }
    if (meta.isSolutionCell()) {
        cell.source = DemoContent::clearSolutions(cell.source, cell.type);
    } else if (meta.isGradeCell()) {
        cell.source = DemoContent::clearHiddenTests(cell.source);
    }
    if (meta.isSolutionCell()) {
        cell.metadata.insert(QStringLiteral("deletable"), false);
    } else if (meta.isGradeCell() || meta.locked || meta.task) {
        cell.metadata.insert(QStringLiteral("deletable"), false);
        cell.metadata.insert(QStringLiteral("editable"), false);
    }
    cell.nbgrader.cellType = cell.typeName;
    cell.nbgrader.checksum = nbgraderChecksum(cell);
    return cell;
}

struct AssignmentSpec {
    QString name;
    QString notebook;
    QString title;
    QString intro;
    QDateTime due;
    int questions = 0;
    int firstTemplate = 0;
    quint64 dataStream = 0;
    double taskPoints = 1.0;
};

QList<DemoManualQuestion> manualQuestions(const DemoDataset &data)
{
    DemoManualQuestion stable;
    stable.gradeId = QStringLiteral("stable_city_answer");
    stable.prompt = QStringLiteral("### Written question A (2 points)\n\nLook at the readings. Which city had the "
                                   "most **stable** weather over the fortnight, and how did you decide? Two or "
                                   "three sentences are enough.");
    stable.modelAnswer = QStringLiteral("A good answer names the city with the smallest spread (for example the "
                                        "smallest `temperature_range`, or the smallest standard deviation) and says "
                                        "which measure was used and why: the range only looks at two days, the "
                                        "standard deviation at all of them.");
    stable.studentAnswers = {
        QStringLiteral("I think %1 was the most stable, because its readings stay within a few degrees of each "
                       "other. I compared the range (max minus min) of every city.")
            .arg(data.cities.value(0)),
        QStringLiteral("The most stable city is %1. I computed `temperature_range` for each city and picked the "
                       "smallest one.")
            .arg(data.cities.value(1)),
        QStringLiteral("%1 — the readings barely move from day to day.").arg(data.cities.value(2)),
        QStringLiteral("I used the standard deviation instead of the range, since the range depends on just two "
                       "days. The smallest one is for %1.")
            .arg(data.cities.value(0)),
        QStringLiteral("Not sure. Maybe the warmest city, because warm places have less weather?"),
    };
    DemoManualQuestion misleading;
    misleading.gradeId = QStringLiteral("misleading_answer");
    misleading.prompt = QStringLiteral("### Written question B (2 points)\n\nGive one reason why these readings "
                                       "could be misleading if you used them to compare the cities' climates.");
    misleading.modelAnswer = QStringLiteral("Two weeks is far too short to describe a climate, and the cities are in "
                                            "different seasons in March (some are in the southern hemisphere). "
                                            "One reading per day at noon also ignores the nights.");
    misleading.studentAnswers = {
        QStringLiteral("Fourteen days is not enough to say anything about a climate, it is just weather."),
        QStringLiteral("Some of the cities are in the southern hemisphere, so March is autumn there and spring for "
                       "the others. Comparing the same dates mixes up seasons."),
        QStringLiteral("The readings are taken at noon only, so they say nothing about how cold the nights get.\n\n"
                       "Also one station per city might be in a warm spot in the centre."),
        QStringLiteral("Because the numbers are rounded to whole degrees."),
        QStringLiteral("They could be wrong if the sensor is broken, so we should check for outliers first (e.g. "
                       "a sudden jump of more than 10 °C)."),
    };
    return {stable, misleading};
}

DemoAssignment buildAssignment(const AssignmentSpec &spec, quint64 seed)
{
    DemoAssignment a;
    a.name = spec.name;
    a.notebook = spec.notebook;
    a.title = spec.title;
    a.due = spec.due;
    a.data = makeDataset(seed, spec.dataStream, 6);
    a.taskPoints = spec.taskPoints;
    std::array<int, DemoQuestions::templateCount> used{};
    for (int i = 0; i < spec.questions; ++i) {
        const int kind = (spec.firstTemplate + i) % DemoQuestions::templateCount;
        a.questions.append(DemoQuestions::make(kind, i + 1, used[size_t(kind)]++, a.data));
    }
    a.manual = manualQuestions(a.data);

    QList<Cell> cells;
    auto add = [&](Cell cell, DemoSlot kind, int question = -1) {
        cells.append(std::move(cell));
        a.cellSlots.append(DemoCellSlot{kind, question});
    };

    add(markdownCell(QStringLiteral("# %1\n\n%2\n\nBefore you submit, restart the kernel and run every cell "
                                    "(**Kernel → Restart & Run All**) so that the outputs match your code. Fill "
                                    "in every place that says `YOUR CODE HERE` or \"YOUR ANSWER HERE\", and your "
                                    "name below.")
                         .arg(spec.title, spec.intro)),
        DemoSlot::Static);
    add(codeCell(QStringLiteral("NAME = \"\"\nCOLLABORATORS = \"\"")), DemoSlot::Name);

    Cell dataIntro = markdownCell(QStringLiteral("## The data\n\n`readings` maps each city to its noon temperature "
                                                 "(°C, whole degrees) on 14 consecutive days, day 0 first. Run the "
                                                 "next cell before anything else; do not change it."));
    dataIntro.nbgrader = nbgraderMeta(QStringLiteral("data_intro"), false, false, true);
    add(dataIntro, DemoSlot::Static);
    Cell dataset = codeCell(a.data.pythonSource());
    dataset.nbgrader = nbgraderMeta(QStringLiteral("dataset"), false, false, true);
    add(dataset, DemoSlot::Dataset);
    add(codeCell(QStringLiteral("print(len(readings), \"cities,\", len(readings[\"%1\"]), \"days each\")")
                     .arg(a.data.cities.first())),
        DemoSlot::Summary);

    for (int i = 0; i < a.questions.size(); ++i) {
        const DemoQuestion &q = a.questions[i];
        add(markdownCell(q.prompt), DemoSlot::Static);
        Cell answer = codeCell(
            DemoContent::functionSource(q, QStringList{beginSolution} + q.solution + QStringList{endSolution}));
        answer.nbgrader = nbgraderMeta(q.function, false, true, false);
        add(answer, DemoSlot::Solution, i);
        add(codeCell(q.call), DemoSlot::Check, i);
        QStringList tests = {
            QStringLiteral("\"\"\"Check %1 on small lists and on the real readings.\"\"\"").arg(q.function)};
        tests += q.visibleTests;
        tests += beginHidden;
        tests += q.hiddenTests;
        tests += endHidden;
        Cell testCell = codeCell(tests.join(QLatin1Char('\n')));
        testCell.nbgrader = nbgraderMeta(q.testsId(), true, false, false, q.points);
        add(testCell, DemoSlot::Tests, i);
    }

    add(markdownCell(QStringLiteral("## Written questions\n\nAnswer in your own words in the cells marked "
                                    "\"YOUR ANSWER HERE\".")),
        DemoSlot::Static);
    for (int m = 0; m < a.manual.size(); ++m) {
        const DemoManualQuestion &mq = a.manual[m];
        add(markdownCell(mq.prompt), DemoSlot::Static);
        Cell answer = markdownCell(mq.modelAnswer);
        answer.nbgrader = nbgraderMeta(mq.gradeId, true, true, false, mq.points);
        add(answer, DemoSlot::ManualAnswer, m);
    }

    Cell task = markdownCell(QStringLiteral("## Task (%1 %2)\n\nIn the cell below, make a **bar chart** of each "
                                            "city's mean temperature with matplotlib. Label the y axis with the unit. "
                                            "A grader will look at your chart.")
                                 .arg(spec.taskPoints)
                                 .arg(spec.taskPoints == 1 ? QStringLiteral("point") : QStringLiteral("points")));
    task.nbgrader = nbgraderMeta(QStringLiteral("plot_task"), false, false, true, spec.taskPoints, true);
    add(task, DemoSlot::Static);
    add(codeCell(QString()), DemoSlot::FreeWork);

    for (int i = 0; i < cells.size(); ++i) {
        cells[i].id = cellId(a.name, i);
    }
    a.source.metadata = notebookMetadata();
    a.source.cells = cells;
    a.release.metadata = a.source.metadata;
    a.release.cells.reserve(cells.size());
    for (const Cell &cell : std::as_const(cells)) {
        a.release.cells.append(releaseCell(cell));
    }
    return a;
}

} // namespace

QString DemoDataset::pythonSource() const
{
    QStringList lines = {QStringLiteral("# Noon temperatures in °C, 14 consecutive days per city (made-up data)."),
                         QStringLiteral("readings = {")};
    for (int i = 0; i < cities.size(); ++i) {
        lines.append(QStringLiteral("    \"%1\": %2,").arg(cities[i], DemoContent::pythonList(temperatures[i])));
    }
    lines.append(QStringLiteral("}"));
    return lines.join(QLatin1Char('\n'));
}

QString DemoContent::functionSource(const DemoQuestion &question, const QStringList &body)
{
    return question.header().join(QLatin1Char('\n')) + QLatin1Char('\n') + indentLines(body, 4);
}

QStringList DemoQuestion::header() const
{
    return {QStringLiteral("def %1(%2):").arg(function, params), QStringLiteral("    \"\"\"%1\"\"\"").arg(docstring)};
}

double DemoAssignment::maxScore() const
{
    double total = taskPoints;
    for (const DemoQuestion &q : questions) {
        total += q.points;
    }
    for (const DemoManualQuestion &m : manual) {
        total += m.points;
    }
    return total;
}

namespace DemoContent {

DemoAssignment problemSet1(int questions, quint64 seed)
{
    AssignmentSpec spec;
    spec.name = QStringLiteral("ps1");
    spec.notebook = QStringLiteral("weather");
    spec.title = QStringLiteral("Problem set 1: A fortnight of weather");
    spec.intro = QStringLiteral("In this problem set you analyse two weeks of noon temperatures from six cities "
                                "with plain Python: lists, dictionaries and a little arithmetic. No libraries are "
                                "needed until the final task.");
    spec.due = QDateTime(QDate(2026, 2, 6), QTime(17, 0), QTimeZone::utc());
    spec.questions = questions;
    spec.firstTemplate = 0;
    spec.dataStream = 0xDA7A0001;
    spec.taskPoints = 1.0;
    return buildAssignment(spec, seed);
}

DemoAssignment problemSet2(quint64 seed)
{
    AssignmentSpec spec;
    spec.name = QStringLiteral("ps2");
    spec.notebook = QStringLiteral("streaks");
    spec.title = QStringLiteral("Problem set 2: Warm spells");
    spec.intro = QStringLiteral("A second fortnight of readings from six cities. This time you look for warm spells "
                                "and day-to-day changes.");
    spec.due = QDateTime(QDate(2026, 2, 20), QTime(17, 0), QTimeZone::utc());
    spec.questions = 3;
    spec.firstTemplate = 5;
    spec.dataStream = 0xDA7A0002;
    spec.taskPoints = 2.0;
    return buildAssignment(spec, seed);
}

QString clearSolutions(const QString &source, CellType type)
{
    const QStringList lines = source.split(QLatin1Char('\n'));
    QStringList out;
    bool inSolution = false;
    bool found = false;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inSolution && trimmed == beginSolution) {
            inSolution = true;
            found = true;
            const QString indent = line.left(line.indexOf(beginSolution));
            if (type == CellType::Code) {
                out.append(indent + QStringLiteral("# YOUR CODE HERE"));
                out.append(indent + QStringLiteral("raise NotImplementedError()"));
            } else {
                out.append(indent + QStringLiteral("YOUR ANSWER HERE"));
            }
        } else if (inSolution && trimmed == endSolution) {
            inSolution = false;
        } else if (!inSolution) {
            out.append(line);
        }
    }
    if (!found) {
        // A solution cell without markers is replaced whole, as nbgrader does.
        return type == CellType::Code ? QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()")
                                      : QStringLiteral("YOUR ANSWER HERE");
    }
    return out.join(QLatin1Char('\n'));
}

QString clearHiddenTests(const QString &source)
{
    const QStringList lines = source.split(QLatin1Char('\n'));
    QStringList out;
    bool hidden = false;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!hidden && trimmed == beginHidden) {
            hidden = true;
        } else if (hidden && trimmed == endHidden) {
            hidden = false;
        } else if (!hidden) {
            out.append(line);
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString pythonFloat(double value)
{
    if (value == 0.0) {
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    }
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e'))) {
        text += QStringLiteral(".0");
    }
    return text;
}

QString pythonList(const QList<int> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const int v : values) {
        parts.append(QString::number(v));
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace DemoContent

} // namespace GradeDesk::Services
