// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "demoquestions.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace GradeDesk::Services::DemoQuestions {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

int sum(const QList<int> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0);
}

// Python's round(x, 1) for the values the demo produces (never exactly half-way, see the tests'
// choice of list lengths), followed by repr().
QString roundedOne(double value)
{
    return DemoContent::pythonFloat(std::round(value * 10.0) / 10.0);
}

QString pythonString(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

int argMax(const QList<int> &values)
{
    return int(std::max_element(values.cbegin(), values.cend()) - values.cbegin());
}

int lowestMeanCity(const DemoDataset &data)
{
    int best = 0;
    for (int i = 1; i < data.cities.size(); ++i) {
        if (sum(data.temperatures[i]) < sum(data.temperatures[best])) {
            best = i;
        }
    }
    return best;
}

int lowestReadingCity(const DemoDataset &data)
{
    int best = 0;
    for (int i = 1; i < data.cities.size(); ++i) {
        const int candidate = *std::min_element(data.temperatures[i].cbegin(), data.temperatures[i].cend());
        const int current = *std::min_element(data.temperatures[best].cbegin(), data.temperatures[best].cend());
        if (candidate < current) {
            best = i;
        }
    }
    return best;
}

QList<int> warmDays(const QList<int> &values, int threshold, bool indexes)
{
    QList<int> out;
    for (int day = 0; day < values.size(); ++day) {
        if (values[day] > threshold) {
            out.append(indexes ? day : values[day]);
        }
    }
    return out;
}

int longestStreak(const QList<int> &values, int threshold, bool resets)
{
    int best = 0;
    int run = 0;
    for (const int t : values) {
        if (t > threshold) {
            ++run;
        } else if (resets) {
            run = 0;
        }
        best = std::max(best, run);
    }
    return best;
}

} // namespace

DemoQuestion make(int kind, int number, int occurrence, const DemoDataset &data)
{
    const int city = (number * 3 + kind) % int(data.cities.size());
    const QString cityName = data.cities[city];
    const QList<int> &t = data.temperatures[city];
    const int threshold = data.typical[city];
    const QString cityArg = QStringLiteral("readings[\"%1\"]").arg(cityName);
    const QString suffix = occurrence > 0 ? QStringLiteral("_%1").arg(occurrence + 1) : QString();

    DemoQuestion q;
    q.number = number;
    switch (kind) {
    case 0:
        q.function = QStringLiteral("warmest_day") + suffix;
        q.params = QStringLiteral("temps");
        q.docstring = QStringLiteral("Return the index of the first day with the highest reading.");
        q.prompt = QStringLiteral("Write `%1(temps)` that returns the **index** (counting from 0) of the warmest day "
                                  "in a list of readings. When several days tie, return the first of them. For "
                                  "example, `%1([3, 8, 5])` is `1`.");
        q.points = 1;
        q.solution = {QStringLiteral("return temps.index(max(temps))")};
        q.wrong = {QStringLiteral("return max(temps)")};
        q.erroring = {QStringLiteral("return temps.index(max(temp))")};
        q.errorName = QStringLiteral("NameError");
        q.errorValue = QStringLiteral("name 'temp' is not defined");
        q.call = QStringLiteral("%1(") + cityArg + QLatin1Char(')');
        q.correctOutput = QString::number(argMax(t));
        q.wrongOutput = QString::number(t[argMax(t)]);
        q.visibleTests = {QStringLiteral("assert %1([3, 8, 5]) == 1"), QStringLiteral("assert %1([4, 4, 2]) == 0")};
        q.hiddenTests = {QStringLiteral("assert %1([-5]) == 0"),
                         QStringLiteral("assert %1(") + cityArg + QStringLiteral(") == ") + q.correctOutput};
        break;
    case 1:
        q.function = QStringLiteral("temperature_range") + suffix;
        q.params = QStringLiteral("temps");
        q.docstring = QStringLiteral("Return the difference between the highest and the lowest reading.");
        q.prompt = QStringLiteral("Write `%1(temps)` that returns how far apart the highest and the lowest reading "
                                  "are, in degrees. A single reading has a range of `0`.");
        q.points = 1;
        q.solution = {QStringLiteral("return max(temps) - min(temps)")};
        q.wrong = {QStringLiteral("return max(temps) - temps[0]")};
        q.erroring = {QStringLiteral("return max(temps) - min(temps[0])")};
        q.errorName = QStringLiteral("TypeError");
        q.errorValue = QStringLiteral("'int' object is not iterable");
        q.call = QStringLiteral("%1(") + cityArg + QLatin1Char(')');
        q.correctOutput =
            QString::number(*std::max_element(t.cbegin(), t.cend()) - *std::min_element(t.cbegin(), t.cend()));
        q.wrongOutput = QString::number(*std::max_element(t.cbegin(), t.cend()) - t.first());
        q.visibleTests = {QStringLiteral("assert %1([5, 9, 1]) == 8"), QStringLiteral("assert %1([7]) == 0")};
        q.hiddenTests = {QStringLiteral("assert %1([-3, -8]) == 5"),
                         QStringLiteral("assert %1(") + cityArg + QStringLiteral(") == ") + q.correctOutput};
        break;
    case 2:
        q.function = QStringLiteral("days_above") + suffix;
        q.params = QStringLiteral("temps, threshold");
        q.docstring = QStringLiteral("Return how many readings are strictly above threshold.");
        q.prompt = QStringLiteral("Write `%1(temps, threshold)` that counts the days whose reading is **strictly** "
                                  "above `threshold`. How many days in %2 were warmer than %3 °C?")
                       .arg(QStringLiteral("%1"), cityName, QString::number(threshold));
        q.points = 2;
        q.solution = {QStringLiteral("return sum(1 for t in temps if t > threshold)")};
        q.wrong = {QStringLiteral("return sum(1 for t in temps if t >= threshold)")};
        q.erroring = {QStringLiteral("return len(t for t in temps if t > threshold)")};
        q.errorName = QStringLiteral("TypeError");
        q.errorValue = QStringLiteral("object of type 'generator' has no len()");
        q.call = QStringLiteral("%1(") + cityArg + QStringLiteral(", %1)").arg(threshold);
        q.correctOutput = QString::number(warmDays(t, threshold, true).size());
        q.wrongOutput = QString::number(warmDays(t, threshold - 1, true).size());
        q.visibleTests = {QStringLiteral("assert %1([1, 5, 9], 5) == 1"), QStringLiteral("assert %1([], 0) == 0")};
        q.hiddenTests = {QStringLiteral("assert %1([-2, -1], -3) == 2"),
                         QStringLiteral("assert %1(") + cityArg + QStringLiteral(", %1) == ").arg(threshold) +
                             q.correctOutput};
        break;
    case 3:
        q.function = QStringLiteral("mean_temperature") + suffix;
        q.params = QStringLiteral("temps");
        q.docstring = QStringLiteral("Return the mean reading, rounded to one decimal place.");
        q.prompt = QStringLiteral("Write `%1(temps)` that returns the average of the readings, rounded to one "
                                  "decimal place with `round(value, 1)`.");
        q.points = 2;
        q.solution = {QStringLiteral("return round(sum(temps) / len(temps), 1)")};
        q.wrong = {QStringLiteral("return round(sum(temps) / (len(temps) - 1), 1)")};
        q.erroring = {QStringLiteral("return round(sum(temps) / len(temps[len(temps):]), 1)")};
        q.errorName = QStringLiteral("ZeroDivisionError");
        q.errorValue = QStringLiteral("division by zero");
        q.call = QStringLiteral("%1(") + cityArg + QLatin1Char(')');
        q.correctOutput = roundedOne(double(sum(t)) / double(t.size()));
        q.wrongOutput = roundedOne(double(sum(t)) / double(t.size() - 1));
        q.visibleTests = {QStringLiteral("assert %1([1, 2, 6]) == 3.0"), QStringLiteral("assert %1([-4, 4]) == 0.0")};
        q.hiddenTests = {QStringLiteral("assert %1([1, 2]) == 1.5"),
                         QStringLiteral("assert %1(") + cityArg + QStringLiteral(") == ") + q.correctOutput};
        break;
    case 4:
        q.function = QStringLiteral("coldest_city") + suffix;
        q.params = QStringLiteral("data");
        q.docstring = QStringLiteral("Return the name of the city with the lowest mean reading.");
        q.prompt = QStringLiteral("Write `%1(data)` that takes a dictionary like `readings` and returns the name of "
                                  "the city whose **average** reading is lowest (not the city with the single "
                                  "coldest day).");
        q.points = 3;
        q.solution = {QStringLiteral("means = {city: sum(temps) / len(temps) for city, temps in data.items()}"),
                      QStringLiteral("return min(means, key=means.get)")};
        q.wrong = {QStringLiteral("return min(data, key=lambda city: min(data[city]))")};
        q.erroring = {QStringLiteral("means = {city: sum(temps) / len(temps) for city, temps in data.items}"),
                      QStringLiteral("return min(means, key=means.get)")};
        q.errorName = QStringLiteral("TypeError");
        q.errorValue = QStringLiteral("'builtin_function_or_method' object is not iterable");
        q.call = QStringLiteral("%1(readings)");
        q.correctOutput = pythonString(data.cities[lowestMeanCity(data)]);
        q.wrongOutput = pythonString(data.cities[lowestReadingCity(data)]);
        q.visibleTests = {QStringLiteral("assert %1({\"A\": [0, 10], \"B\": [3, 4]}) == \"B\""),
                          QStringLiteral("assert %1({\"X\": [1]}) == \"X\"")};
        q.hiddenTests = {QStringLiteral("assert %1(readings) == ") + quoted(data.cities[lowestMeanCity(data)])};
        break;
    case 5:
        q.function = QStringLiteral("warm_days") + suffix;
        q.params = QStringLiteral("temps, threshold");
        q.docstring = QStringLiteral("Return the indexes of the days warmer than threshold.");
        q.prompt = QStringLiteral("Write `%1(temps, threshold)` that returns a list of the **day indexes** (from 0) "
                                  "whose reading is above `threshold`, in order. Use it to find the warm days in "
                                  "%2.")
                       .arg(QStringLiteral("%1"), cityName);
        q.points = 2;
        q.solution = {QStringLiteral("return [day for day, t in enumerate(temps) if t > threshold]")};
        q.wrong = {QStringLiteral("return [t for t in temps if t > threshold]")};
        q.erroring = {QStringLiteral("days = []"), QStringLiteral("for day, t in temps:"),
                      QStringLiteral("    if t > threshold:"), QStringLiteral("        days.append(day)"),
                      QStringLiteral("return days")};
        q.errorLine = 1;
        q.errorName = QStringLiteral("TypeError");
        q.errorValue = QStringLiteral("cannot unpack non-iterable int object");
        q.call = QStringLiteral("%1(") + cityArg + QStringLiteral(", %1)").arg(threshold);
        q.correctOutput = DemoContent::pythonList(warmDays(t, threshold, true));
        q.wrongOutput = DemoContent::pythonList(warmDays(t, threshold, false));
        q.visibleTests = {QStringLiteral("assert %1([10, 30, 25], 20) == [1, 2]"),
                          QStringLiteral("assert %1([1, 2], 5) == []")};
        q.hiddenTests = {QStringLiteral("assert %1(") + cityArg + QStringLiteral(", %1) == ").arg(threshold) +
                         q.correctOutput};
        break;
    case 6:
        q.function = QStringLiteral("longest_warm_streak") + suffix;
        q.params = QStringLiteral("temps, threshold");
        q.docstring = QStringLiteral("Return the length of the longest run of days above threshold.");
        q.prompt = QStringLiteral("Write `%1(temps, threshold)` that returns the length of the longest run of "
                                  "**consecutive** days above `threshold`. For example `%1([9, 1, 9, 9], 5)` is "
                                  "`2`.");
        q.points = 3;
        q.solution = {QStringLiteral("best = run = 0"), QStringLiteral("for t in temps:"),
                      QStringLiteral("    run = run + 1 if t > threshold else 0"),
                      QStringLiteral("    best = max(best, run)"), QStringLiteral("return best")};
        q.wrong = {QStringLiteral("best = run = 0"),
                   QStringLiteral("for t in temps:"),
                   QStringLiteral("    if t > threshold:"),
                   QStringLiteral("        run += 1"),
                   QStringLiteral("    best = max(best, run)"),
                   QStringLiteral("return best")};
        q.erroring = {QStringLiteral("best = run = 0"), QStringLiteral("for t in temps:"),
                      QStringLiteral("    run = run + 1 if t > threshold else 0"),
                      QStringLiteral("    best = max(best, streak)"), QStringLiteral("return best")};
        q.errorLine = 3;
        q.errorName = QStringLiteral("NameError");
        q.errorValue = QStringLiteral("name 'streak' is not defined");
        q.call = QStringLiteral("%1(") + cityArg + QStringLiteral(", %1)").arg(threshold);
        q.correctOutput = QString::number(longestStreak(t, threshold, true));
        q.wrongOutput = QString::number(longestStreak(t, threshold, false));
        q.visibleTests = {QStringLiteral("assert %1([9, 1, 9, 9], 5) == 2"), QStringLiteral("assert %1([], 0) == 0")};
        q.hiddenTests = {QStringLiteral("assert %1([6, 7, 8], 5) == 3"),
                         QStringLiteral("assert %1(") + cityArg + QStringLiteral(", %1) == ").arg(threshold) +
                             q.correctOutput};
        break;
    default: {
        q.function = QStringLiteral("daily_changes") + suffix;
        q.params = QStringLiteral("temps");
        q.docstring = QStringLiteral("Return the change from each day to the next.");
        q.prompt = QStringLiteral("Write `%1(temps)` that returns the list of day-to-day changes: one shorter than "
                                  "`temps`, with `temps[i + 1] - temps[i]` at position `i`.");
        q.points = 2;
        q.solution = {QStringLiteral("return [later - earlier for earlier, later in zip(temps, temps[1:])]")};
        q.wrong = {QStringLiteral("return [later - earlier for earlier, later in zip(temps, temps)]")};
        q.erroring = {QStringLiteral("changes = []"), QStringLiteral("for i in range(len(temps)):"),
                      QStringLiteral("    changes.append(temps[i + 1] - temps[i])"), QStringLiteral("return changes")};
        q.errorLine = 2;
        q.errorName = QStringLiteral("IndexError");
        q.errorValue = QStringLiteral("list index out of range");
        q.call = QStringLiteral("%1(") + cityArg + QLatin1Char(')');
        QList<int> changes;
        for (int i = 0; i + 1 < t.size(); ++i) {
            changes.append(t[i + 1] - t[i]);
        }
        q.correctOutput = DemoContent::pythonList(changes);
        q.wrongOutput = DemoContent::pythonList(QList<int>(t.size(), 0));
        q.visibleTests = {QStringLiteral("assert %1([1, 4, 2]) == [3, -2]"), QStringLiteral("assert %1([5]) == []")};
        q.hiddenTests = {QStringLiteral("assert %1(") + cityArg + QStringLiteral(") == ") + q.correctOutput};
        break;
    }
    }
    q.prompt = QStringLiteral("### Question %1 (%2 %3)\n\n")
                   .arg(number)
                   .arg(q.points)
                   .arg(q.points == 1 ? QStringLiteral("point") : QStringLiteral("points")) +
               q.prompt.arg(q.function);
    q.call = q.call.arg(q.function);
    for (QString &line : q.visibleTests) {
        line = line.arg(q.function);
    }
    for (QString &line : q.hiddenTests) {
        line = line.arg(q.function);
    }
    return q;
}

} // namespace GradeDesk::Services::DemoQuestions
