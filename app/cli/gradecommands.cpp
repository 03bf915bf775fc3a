// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// gradedesk-cli grade: grading actions from a JSON-lines file, each stored as the app stores it.
#include "commands.h"
#include "courseopen.h"

#include <services/gradebook/gradebook.h>

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <optional>
#include <variant>

namespace GradeDesk::Cli {

namespace {

/// A line longer than this is not a grading action (comments are a few kilobytes at most).
constexpr qint64 kMaxLineLength = 1024 * 1024;

enum class Op { Apply, Remove, Score, Comment, Adjust, Flag };

struct Action {
    Op op = Op::Apply;
    QString student;
    QString question;
    QString item;                ///< apply / remove: the rubric item's title
    std::optional<double> value; ///< score (nullopt clears) / adjust points (nullopt clears)
    QString text;                ///< comment text / adjust reason
    bool flag = false;           ///< flag
};

class GradeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(GradeCommand)

public:
    GradeCommand(Services::Gradebook &gradebook, qint64 assignmentId, QString actor)
        : m_gradebook(gradebook)
        , m_assignmentId(assignmentId)
        , m_actor(std::move(actor))
    {}

    /// The action on one line, or what is wrong with it (translated).
    static std::variant<Action, QString> parse(const QByteArray &line);
    /// Runs the action as one durable gradebook call; the error's message says what went wrong.
    Services::Result<void> run(const Action &action);

private:
    Services::Result<Services::AnswerKey> answer(const Action &action);
    Services::Result<qint64> rubricItem(qint64 cellId, const QString &title);

    Services::Gradebook &m_gradebook;
    qint64 m_assignmentId;
    QString m_actor;
    QHash<QString, qint64> m_questions;                           ///< "notebook:grade_id" -> cell id
    QHash<qint64, QHash<QString, Services::AnswerKey>> m_answers; ///< cell id -> student -> answer
    QHash<qint64, QHash<QString, QList<qint64>>> m_items;         ///< cell id -> title -> item ids
};

std::variant<Action, QString> GradeCommand::parse(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("not valid JSON (%1 at column %2)").arg(parseError.errorString()).arg(parseError.offset + 1);
    }
    if (!document.isObject()) {
        return tr("an action must be a JSON object");
    }
    const QJsonObject object = document.object();
    static const QHash<QString, Op> ops{
        {QStringLiteral("apply"), Op::Apply},   {QStringLiteral("remove"), Op::Remove},
        {QStringLiteral("score"), Op::Score},   {QStringLiteral("comment"), Op::Comment},
        {QStringLiteral("adjust"), Op::Adjust}, {QStringLiteral("flag"), Op::Flag}};
    const QString opName = object.value(QLatin1String("op")).toString();
    if (!ops.contains(opName)) {
        return tr("\"op\" must be one of apply, remove, score, comment, adjust, flag");
    }
    Action action;
    action.op = ops.value(opName);
    QSet<QString> allowed{QStringLiteral("op"), QStringLiteral("student"), QStringLiteral("question")};
    for (const char *key : {"student", "question"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            return tr("\"%1\" must be a non-empty string").arg(QLatin1String(key));
        }
    }
    action.student = object.value(QLatin1String("student")).toString();
    action.question = object.value(QLatin1String("question")).toString();
    const auto requireString = [&](const QString &key, bool optional) -> std::optional<QString> {
        allowed.insert(key);
        const QJsonValue value = object.value(key);
        if (value.isString() || (optional && value.isUndefined())) {
            return std::nullopt;
        }
        return tr("\"%1\" must be a string").arg(key);
    };
    const auto requireNumberOrNull = [&](const QString &key) -> std::optional<QString> {
        allowed.insert(key);
        const QJsonValue value = object.value(key);
        if (value.isDouble()) {
            action.value = value.toDouble();
            return std::nullopt;
        }
        if (value.isNull()) {
            return std::nullopt;
        }
        return tr("\"%1\" must be a number or null").arg(key);
    };
    std::optional<QString> problem;
    switch (action.op) {
    case Op::Apply:
    case Op::Remove:
        problem = requireString(QStringLiteral("item"), false);
        action.item = object.value(QLatin1String("item")).toString();
        break;
    case Op::Score:
        problem = requireNumberOrNull(QStringLiteral("value"));
        break;
    case Op::Comment:
        problem = requireString(QStringLiteral("text"), false);
        action.text = object.value(QLatin1String("text")).toString();
        break;
    case Op::Adjust:
        problem = requireNumberOrNull(QStringLiteral("points"));
        if (!problem) {
            problem = requireString(QStringLiteral("reason"), true);
        }
        action.text = object.value(QLatin1String("reason")).toString();
        break;
    case Op::Flag:
        allowed.insert(QStringLiteral("value"));
        if (!object.value(QLatin1String("value")).isBool()) {
            problem = tr("\"value\" must be true or false");
        }
        action.flag = object.value(QLatin1String("value")).toBool();
        break;
    }
    if (problem) {
        return *problem;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return tr("unknown key \"%1\" for op %2").arg(it.key(), opName);
        }
    }
    return action;
}

Services::Result<Services::AnswerKey> GradeCommand::answer(const Action &action)
{
    if (m_questions.isEmpty()) {
        const auto questions = m_gradebook.questions(m_assignmentId);
        if (!questions) {
            return questions.error();
        }
        for (const Services::QuestionRecord &question : questions.value()) {
            m_questions.insert(question.notebookName + QLatin1Char(':') + question.name, question.cellId);
        }
    }
    const auto cell = m_questions.constFind(action.question);
    if (cell == m_questions.cend()) {
        QStringList known = m_questions.keys();
        known.sort();
        return Services::ServiceError::make(Services::ServiceError::Kind::NotFound,
                                            tr("no graded question %1 (the questions are NOTEBOOK:GRADE_ID: %2)")
                                                .arg(action.question, known.join(QStringLiteral(", "))));
    }
    if (!m_answers.contains(cell.value())) {
        const auto answers = m_gradebook.answers(cell.value());
        if (!answers) {
            return answers.error();
        }
        QHash<QString, Services::AnswerKey> byStudent;
        for (const Services::AnswerRecord &record : answers.value()) {
            byStudent.insert(record.studentId, record.key);
        }
        m_answers.insert(cell.value(), byStudent);
    }
    const QHash<QString, Services::AnswerKey> &byStudent = m_answers[cell.value()];
    const auto found = byStudent.constFind(action.student);
    if (found == byStudent.cend()) {
        return Services::ServiceError::make(Services::ServiceError::Kind::NotFound,
                                            tr("student %1 has no answer to %2 (not submitted, or not collected yet)")
                                                .arg(action.student, action.question));
    }
    return found.value();
}

Services::Result<qint64> GradeCommand::rubricItem(qint64 cellId, const QString &title)
{
    // Other graders may add items while this runs: an unknown title reloads the rubric once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1 || !m_items.contains(cellId)) {
            const auto items = m_gradebook.rubricItems(cellId);
            if (!items) {
                return items.error();
            }
            QHash<QString, QList<qint64>> byTitle;
            for (const Services::RubricItemRecord &item : items.value()) {
                byTitle[item.title].append(item.id);
            }
            m_items.insert(cellId, byTitle);
        }
        const QList<qint64> ids = m_items.value(cellId).value(title);
        if (ids.size() == 1) {
            return ids.constFirst();
        }
        if (ids.size() > 1) {
            return Services::ServiceError::make(
                Services::ServiceError::Kind::Validation,
                tr("the question has %1 rubric items titled \"%2\"; rename one").arg(ids.size()).arg(title));
        }
    }
    return Services::ServiceError::make(Services::ServiceError::Kind::NotFound,
                                        tr("the question has no rubric item titled \"%1\"").arg(title));
}

Services::Result<void> GradeCommand::run(const Action &action)
{
    const auto key = answer(action);
    if (!key) {
        return key.error();
    }
    const Services::AnswerKey &answerKey = key.value();
    switch (action.op) {
    case Op::Apply:
    case Op::Remove: {
        const auto item = rubricItem(answerKey.cellId, action.item);
        if (!item) {
            return item.error();
        }
        return m_gradebook.setRubricItemApplied({answerKey}, item.value(), action.op == Op::Apply, m_actor);
    }
    case Op::Score:
        return m_gradebook.setManualGrade(answerKey.submittedNotebookId, answerKey.cellId, action.value, m_actor);
    case Op::Comment:
        return m_gradebook.setComment(answerKey.submittedNotebookId, answerKey.cellId, action.text, m_actor);
    case Op::Adjust:
        return m_gradebook.setAdjustment(answerKey, action.value, action.text, m_actor);
    case Op::Flag:
        return m_gradebook.setFlagged(answerKey, action.flag, m_actor);
    }
    return {};
}

} // namespace

int runGrade(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GradeCommand::tr(
        "Apply grading actions to an assignment's answers, one JSON object per line, each saved as the app saves "
        "it (audited under the grader's name). After each action is saved, \"saved N\" (N = its line number) is "
        "printed. Actions:\n"
        "  {\"op\":\"apply\"|\"remove\",\"student\":\"s1\",\"question\":\"NOTEBOOK:GRADE_ID\",\"item\":\"TITLE\"}\n"
        "  {\"op\":\"score\",...,\"value\":3.5|null}   {\"op\":\"comment\",...,\"text\":\"...\"}\n"
        "  {\"op\":\"adjust\",...,\"points\":-1|null,\"reason\":\"...\"}   {\"op\":\"flag\",...,\"value\":true}"));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), GradeCommand::tr("The assignment."));
    const QCommandLineOption actions(QStringLiteral("actions"),
                                     GradeCommand::tr("The JSON-lines file of actions; - reads standard input."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption grader(QStringLiteral("grader"),
                                    GradeCommand::tr("Grade as NAME instead of the course's grader."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption keepGoing(QStringLiteral("keep-going"),
                                       GradeCommand::tr("Report a failed action and go on with the next one (the "
                                                        "exit code is still 1)."));
    parser.addOptions({actions, grader, keepGoing});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("grade"), args, 1, 1)) {
        return *stop;
    }
    if (!parser.isSet(actions)) {
        return context.io.usage(GradeCommand::tr("grade needs --actions FILE (or - for standard input)"));
    }
    if (parser.isSet(grader) && parser.value(grader).trimmed().isEmpty()) {
        return context.io.usage(GradeCommand::tr("grade: --grader must not be empty"));
    }
    QFile input;
    const QString path = parser.value(actions);
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(path);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return context.io.fail(GradeCommand::tr("Cannot read %1: %2.").arg(path, input.errorString()));
    }

    auto course = openCourse(context, QStringLiteral("grade"));
    if (const int *code = std::get_if<int>(&course)) {
        return *code;
    }
    OpenCourse &open = std::get<OpenCourse>(course);
    const QString assignmentName = parser.positionalArguments().constFirst();
    const auto assignment = open.gradebook->assignment(assignmentName);
    if (!assignment) {
        return context.io.fail(assignment.error());
    }
    if (!assignment.value()) {
        return context.io.fail(
            GradeCommand::tr("The assignment '%1' is not in the gradebook. Check its name, or collect it first.")
                .arg(assignmentName));
    }
    const QString actor = parser.isSet(grader) ? parser.value(grader).trimmed() : auditActor(open.config);
    GradeCommand command(*open.gradebook, assignment.value()->id, actor);

    int failures = 0;
    for (qint64 lineNumber = 1;; ++lineNumber) {
        const QByteArray line = input.readLine(kMaxLineLength);
        if (line.isEmpty()) {
            break; // every line but the last ends in '\n', so nothing read means the end
        }
        const auto failLine = [&](const QString &what) {
            ++failures;
            context.io.fail(GradeCommand::tr("line %1: %2").arg(lineNumber).arg(what));
        };
        if (!line.endsWith('\n') && !input.atEnd()) {
            failLine(GradeCommand::tr("longer than %1 bytes").arg(kMaxLineLength));
            return ExitFailure; // the rest of the line would be read as further lines
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto parsed = GradeCommand::parse(line);
        if (const QString *problem = std::get_if<QString>(&parsed)) {
            failLine(*problem);
        } else if (const auto done = command.run(std::get<Action>(parsed)); !done) {
            failLine(done.error().message);
        } else {
            // A killer reading stdout must know exactly what was durable: print, then flush.
            context.io.out() << QStringLiteral("saved %1").arg(lineNumber) << Qt::endl;
            std::fflush(stdout);
            continue;
        }
        if (!parser.isSet(keepGoing)) {
            return ExitFailure;
        }
    }
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace GradeDesk::Cli
