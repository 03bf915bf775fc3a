// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "otterquestions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <climits>

namespace GradeDesk::Services {

namespace {

class OtterQuestions final
{
    Q_DECLARE_TR_FUNCTIONS(OtterQuestions)
};

struct YamlHeader {
    bool ok = true;
    YAML::Node node;
};

YamlHeader loadYaml(const QString &text)
{
    YamlHeader header;
    try {
        header.node = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &) {
        header.ok = false;
    }
    if (header.ok && !header.node.IsNull() && !header.node.IsMap()) {
        header.ok = false;
    }
    return header;
}

QString yamlString(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar()) {
        return {};
    }
    return QString::fromStdString(value.Scalar());
}

std::optional<double> yamlNumber(const YAML::Node &node)
{
    if (!node || !node.IsScalar()) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = QString::fromStdString(node.Scalar()).toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

// A number, or a list of per-test-case numbers that add up to the question's total.
std::optional<double> yamlPoints(const YAML::Node &node)
{
    if (node && node.IsSequence()) {
        double sum = 0;
        for (const YAML::Node &item : node) {
            const auto number = yamlNumber(item);
            if (!number) {
                return std::nullopt;
            }
            sum += *number;
        }
        return sum;
    }
    return yamlNumber(node);
}

bool yamlBool(const YAML::Node &map, const char *key)
{
    const QString text = yamlString(map, key).toLower();
    return text == QLatin1String("true") || text == QLatin1String("yes");
}

std::optional<double> jsonPoints(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isArray()) {
        double sum = 0;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!item.isDouble()) {
                return std::nullopt;
            }
            sum += item.toDouble();
        }
        return sum;
    }
    return std::nullopt;
}

QString firstLine(const QString &source)
{
    const QString trimmed = source.trimmed();
    return trimmed.left(trimmed.indexOf(QLatin1Char('\n'))).trimmed();
}

QString afterFirstLine(const QString &source)
{
    const QString trimmed = source.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return newline < 0 ? QString() : trimmed.mid(newline + 1);
}

// The text of an otter delimiter cell: a raw cell, or a markdown cell fenced as ```otter ... ```.
QString delimiterBody(const Cell &cell)
{
    if (cell.type == CellType::Raw) {
        return cell.source.trimmed();
    }
    static const QLatin1String fence("```");
    const QString trimmed = cell.source.trimmed();
    if (cell.type != CellType::Markdown || !trimmed.startsWith(QLatin1String("```otter")) || !trimmed.endsWith(fence) ||
        trimmed.size() < 11) {
        return {};
    }
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    if (newline < 0) {
        return {};
    }
    return trimmed.mid(newline + 1, trimmed.size() - fence.size() - newline - 1).trimmed();
}

bool isDelimiter(const Cell &cell, QLatin1String marker)
{
    return firstLine(delimiterBody(cell)).compare(marker, Qt::CaseInsensitive) == 0;
}

// `# BEGIN SOLUTION`, `# END PROMPT` and the like: structure, not question content.
bool isOtherDelimiter(const Cell &cell)
{
    static const QRegularExpression marker(QStringLiteral(R"re(^#\s*(BEGIN|END)\s+(SOLUTION|PROMPT)\b)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(firstLine(delimiterBody(cell))).hasMatch();
}

QStringList checkedNames(const QString &source)
{
    static const QRegularExpression check(QStringLiteral(R"re(grader\.check\(\s*["']([^"']+)["'])re"));
    QStringList names;
    auto matches = check.globalMatch(source);
    while (matches.hasNext()) {
        names.append(matches.next().captured(1));
    }
    return names;
}

// One master-notebook test cell: the TEST CONFIG docstring header, then the test code.
OtterTestCase masterTestCase(const Cell &cell, const QString &questionName, qsizetype number)
{
    static const QRegularExpression config(
        QStringLiteral(R"re(^\s*"""\s*#\s*BEGIN TEST CONFIG\s*\n(.*?)\n?\s*"""\s*#\s*END TEST CONFIG[^\n]*\n?)re"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    OtterTestCase test;
    test.code = cell.source;
    test.name = QStringLiteral("%1 - %2").arg(questionName).arg(number);
    const auto match = config.match(cell.source);
    if (match.hasMatch()) {
        test.code = cell.source.mid(match.capturedEnd());
        const YamlHeader header = loadYaml(match.captured(1));
        if (header.ok && header.node.IsMap()) {
            const QString name = yamlString(header.node, "name");
            if (!name.isEmpty()) {
                test.name = name;
            }
            test.hidden = yamlBool(header.node, "hidden");
            test.points = yamlNumber(header.node["points"]);
            test.successMessage = yamlString(header.node, "success_message");
            test.failureMessage = yamlString(header.node, "failure_message");
        }
    }
    return test;
}

class QuestionScanner final
{
    Q_DISABLE_COPY_MOVE(QuestionScanner)

public:
    QuestionScanner(const Notebook &notebook, QStringList *warnings)
        : m_notebook(notebook)
        , m_warnings(warnings)
    {}

    QList<OtterQuestion> scan()
    {
        for (qsizetype i = 0; i < m_notebook.cells.size(); ++i) {
            scanCell(int(i));
        }
        if (m_open) {
            m_warnings->append(OtterQuestions::tr("Cell %1 begins an otter question that never ends (no END "
                                                  "QUESTION); the question runs to the end of the notebook.")
                                   .arg(m_openedAt));
            close();
        }
        attachMetadataTests();
        std::stable_sort(m_questions.begin(), m_questions.end(), [](const OtterQuestion &a, const OtterQuestion &b) {
            const int first = a.cellIndexes.isEmpty() ? INT_MAX : a.cellIndexes.constFirst();
            const int second = b.cellIndexes.isEmpty() ? INT_MAX : b.cellIndexes.constFirst();
            return first < second;
        });
        return m_questions;
    }

private:
    void scanCell(int index)
    {
        const Cell &cell = m_notebook.cells.at(index);
        if (isDelimiter(cell, QLatin1String("# BEGIN QUESTION"))) {
            beginMaster(index, afterFirstLine(delimiterBody(cell)));
            return;
        }
        if (isDelimiter(cell, QLatin1String("# END QUESTION"))) {
            endQuestion(index);
            return;
        }
        if (isDelimiter(cell, QLatin1String("# BEGIN TESTS"))) {
            m_inTests = true;
            return;
        }
        if (isDelimiter(cell, QLatin1String("# END TESTS"))) {
            m_inTests = false;
            return;
        }
        if (cell.type == CellType::Markdown) {
            static const QRegularExpression marker(QStringLiteral(R"re(<!--\s*(BEGIN|END)\s+QUESTION\s*-->)re"),
                                                   QRegularExpression::CaseInsensitiveOption);
            auto matches = marker.globalMatch(cell.source);
            bool includeCell = m_open.has_value();
            while (matches.hasNext()) {
                const auto match = matches.next();
                if (match.captured(1).compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
                    beginGenerated(index);
                    includeCell = true;
                } else {
                    endQuestion(index);
                    includeCell = false;
                }
            }
            if (includeCell && m_open && (m_open->cellIndexes.isEmpty() || m_open->cellIndexes.constLast() != index)) {
                m_open->cellIndexes.append(index);
            }
            return;
        }
        if (!m_open || isOtherDelimiter(cell)) {
            return;
        }
        m_open->cellIndexes.append(index);
        if (m_inTests && cell.type == CellType::Code) {
            m_open->tests.append(masterTestCase(cell, m_open->name, m_open->tests.size() + 1));
        }
    }

    void beginMaster(int index, const QString &yaml)
    {
        startQuestion(index);
        const YamlHeader header = loadYaml(yaml);
        if (!header.ok) {
            m_warnings->append(OtterQuestions::tr("Cell %1: the otter question header is not valid YAML; the "
                                                  "question has no name or points.")
                                   .arg(index));
            return;
        }
        if (header.node.IsMap()) {
            m_open->name = yamlString(header.node, "name");
            m_open->points = yamlPoints(header.node["points"]);
            m_open->manual = yamlBool(header.node, "manual");
        }
    }

    void beginGenerated(int index)
    {
        startQuestion(index);
        m_open->generated = true;
    }

    void startQuestion(int index)
    {
        if (m_open) {
            m_warnings->append(OtterQuestions::tr("Cell %1 begins an otter question inside the one begun at cell "
                                                  "%2, which has no END QUESTION.")
                                   .arg(index)
                                   .arg(m_openedAt));
            close();
        }
        m_open = OpenQuestion{};
        m_openedAt = index;
        m_inTests = false;
    }

    void endQuestion(int index)
    {
        if (!m_open) {
            m_warnings->append(
                OtterQuestions::tr("Cell %1 ends an otter question that was never begun (no BEGIN QUESTION).")
                    .arg(index));
            return;
        }
        close();
    }

    void close()
    {
        OpenQuestion question = *m_open;
        m_open.reset();
        m_inTests = false;
        if (question.generated) {
            for (const int cellIndex : std::as_const(question.cellIndexes)) {
                const QStringList names = checkedNames(m_notebook.cells.at(cellIndex).source);
                if (!names.isEmpty()) {
                    question.name = names.constFirst();
                    break;
                }
            }
            question.manual = question.name.isEmpty();
        }
        m_questions.append(question);
    }

    void attachMetadataTests()
    {
        const QJsonObject tests =
            m_notebook.metadata.value(QStringLiteral("otter")).toObject().value(QStringLiteral("tests")).toObject();
        for (auto it = tests.constBegin(); it != tests.constEnd(); ++it) {
            const QString name = it.key();
            auto question = std::find_if(m_questions.begin(), m_questions.end(),
                                         [&name](const OtterQuestion &q) { return q.name == name; });
            if (question == m_questions.end()) {
                OtterQuestion fresh;
                fresh.name = name;
                for (qsizetype i = 0; i < m_notebook.cells.size(); ++i) {
                    if (checkedNames(m_notebook.cells.at(i).source).contains(name)) {
                        fresh.cellIndexes.append(int(i));
                    }
                }
                m_questions.append(fresh);
                question = m_questions.end() - 1;
            }
            const QJsonObject test = it.value().toObject();
            if (!question->points) {
                question->points = jsonPoints(test.value(QStringLiteral("points")));
            }
            // Cases from the notebook metadata replace those of a master's TESTS cells: they are what
            // otter grades with.
            question->tests.clear();
            const QJsonArray suites = test.value(QStringLiteral("suites")).toArray();
            for (const QJsonValue &suite : suites) {
                const QJsonArray cases = suite.toObject().value(QStringLiteral("cases")).toArray();
                for (const QJsonValue &value : cases) {
                    const QJsonObject object = value.toObject();
                    OtterTestCase testCase;
                    testCase.name = object.value(QStringLiteral("name")).toString();
                    if (testCase.name.isEmpty()) {
                        testCase.name = QStringLiteral("%1 - %2").arg(name).arg(question->tests.size() + 1);
                    }
                    testCase.code = object.value(QStringLiteral("code")).toString();
                    testCase.hidden = object.value(QStringLiteral("hidden")).toBool();
                    testCase.points = jsonPoints(object.value(QStringLiteral("points")));
                    testCase.successMessage = object.value(QStringLiteral("success_message")).toString();
                    testCase.failureMessage = object.value(QStringLiteral("failure_message")).toString();
                    question->tests.append(testCase);
                }
            }
        }
    }

    struct OpenQuestion : OtterQuestion {
        bool generated = false;
    };

    const Notebook &m_notebook;
    QStringList *m_warnings;
    QList<OtterQuestion> m_questions;
    std::optional<OpenQuestion> m_open;
    int m_openedAt = -1;
    bool m_inTests = false;
};

} // namespace

QList<OtterQuestion> parseOtterQuestions(const Notebook &notebook, QStringList *warnings)
{
    QuestionScanner scanner(notebook, warnings);
    return scanner.scan();
}

} // namespace GradeDesk::Services
