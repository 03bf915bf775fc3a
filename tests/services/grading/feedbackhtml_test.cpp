// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/exchange/exchange.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/feedbackhtml.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;

namespace {

/**
 * Everything in `html` that could run code or fetch something; empty when the page is safe. Only real
 * tags are looked at: escaped text ("&lt;script&gt;") is what a hostile output should become.
 */
QStringList unsafeParts(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>"));
    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression remote(
        QStringLiteral("\\b(src|srcset|poster|data|action|background|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrl(QStringLiteral("(java|vb)script\\s*:"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fetchingCss(QStringLiteral("url\\s*\\(|@import|expression\\s*\\("),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QStringList forbidden = {QStringLiteral("script"),   QStringLiteral("iframe"), QStringLiteral("frame"),
                                          QStringLiteral("frameset"), QStringLiteral("object"), QStringLiteral("embed"),
                                          QStringLiteral("applet"),   QStringLiteral("base"),   QStringLiteral("link"),
                                          QStringLiteral("form"),     QStringLiteral("svg")};
    QStringList found;
    int metas = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).toLower();
        const QString attributes = match.captured(2);
        const QString where = QStringLiteral(" at %1: %2").arg(match.capturedStart()).arg(match.captured(0).left(160));
        if (forbidden.contains(name)) {
            found.append(QStringLiteral("<%1> element").arg(name) + where);
        }
        if (name == QLatin1String("meta") && ++metas > 4) {
            found.append(QStringLiteral("extra <meta>") + where);
        }
        if (handler.match(attributes).hasMatch()) {
            found.append(QStringLiteral("event handler attribute") + where);
        }
        if (remote.match(attributes).hasMatch()) {
            found.append(QStringLiteral("remote resource") + where);
        }
        if (scriptUrl.match(attributes).hasMatch()) {
            found.append(QStringLiteral("script URL") + where);
        }
        if (attributes.contains(QLatin1String("style"), Qt::CaseInsensitive) &&
            fetchingCss.match(attributes).hasMatch()) {
            found.append(QStringLiteral("style that fetches") + where);
        }
    }
    static const QRegularExpression styleElement(QStringLiteral("<style[^>]*>(.*?)</style>"),
                                                 QRegularExpression::CaseInsensitiveOption |
                                                     QRegularExpression::DotMatchesEverythingOption);
    for (auto it = styleElement.globalMatch(html); it.hasNext();) {
        if (fetchingCss.match(it.next().captured(1)).hasMatch()) {
            found.append(QStringLiteral("stylesheet that fetches"));
        }
    }
    if (!html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))) {
        found.append(QStringLiteral("no Content-Security-Policy"));
    }
    return found;
}

Output htmlOutput(const QString &html)
{
    Output output = Output::make(Output::Type::DisplayData);
    output.data.insert(QStringLiteral("text/html"), html);
    output.data.insert(QStringLiteral("text/plain"), QStringLiteral("<IPython.core.display.HTML object>"));
    return output;
}

Output mimeOutput(const QString &mime, const QString &payload)
{
    Output output = Output::make(Output::Type::ExecuteResult);
    output.data.insert(mime, payload);
    return output;
}

Cell gradedCell(CellType type, const QString &gradeId, bool solution, double points, const QString &source)
{
    Cell cell = Cell::make(type, source);
    cell.nbgrader.present = true;
    cell.nbgrader.schemaVersion = 3;
    cell.nbgrader.grade = true;
    cell.nbgrader.solution = solution;
    cell.nbgrader.gradeId = gradeId;
    cell.nbgrader.points = points;
    return cell;
}

GradeRecord grade(qint64 cellId, const QString &name, double max, std::optional<double> autoScore,
                  std::optional<double> manualScore = {}, bool needsManual = false)
{
    GradeRecord record;
    record.id = cellId * 10;
    record.cellId = cellId;
    record.cellName = name;
    record.maxScore = max;
    record.autoScore = autoScore;
    record.manualScore = manualScore;
    record.needsManualGrade = needsManual;
    return record;
}

FeedbackHeader header()
{
    FeedbackHeader header;
    header.courseTitle = QStringLiteral("Data 101");
    header.assignment = QStringLiteral("ps1");
    header.student.id = QStringLiteral("hacker");
    header.student.firstName = QStringLiteral("Alyssa");
    header.student.lastName = QStringLiteral("Hacker");
    header.submission.studentId = header.student.id;
    header.submission.timestamp = Timestamp::fromDateTime(QDateTime(QDate(2026, 3, 2), QTime(17, 5), QTimeZone::utc()));
    return header;
}

} // namespace

class FeedbackHtmlTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void render_hostileContent_isInert();
    void render_nbconvertFixtures_areInert_data();
    void render_nbconvertFixtures_areInert();
    void render_showsScoresRubricAdjustmentCommentAndTotal();
    void render_questionWithoutItsCell_keepsItsScore();
    void render_imagesAreDataUrls();
    void render_longOutputIsCut();
    void render_hiddenTestsStayHidden();
    void renderNotebook_isOnePageOfTheAssignment();

    void generate_demoCourse_writesNbgraderLayout();
    void generate_unknownAssignment_isNotFound();
    void generate_unsafeStudentId_writesNothing();

private:
    QTemporaryDir m_dir;
    QString m_courseDir;
    CourseConfig m_config;
    std::unique_ptr<Gradebook> m_gradebook;
};

void FeedbackHtmlTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.directory = m_dir.filePath(QStringLiteral("demo"));
    options.students = 6;
    options.questions = 3;
    options.seed = 11;
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    m_courseDir = report.value().directory;

    Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(report.value().configPath);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_config = loaded.value().config;
    Result<std::unique_ptr<Gradebook>> gradebook = Gradebook::open(m_config.gradebook);
    QVERIFY2(gradebook.ok(), gradebook.ok() ? "" : qPrintable(gradebook.error().message));
    m_gradebook = std::move(gradebook).value();

    Result<std::unique_ptr<Exchange>> exchange = createExchange(m_config, *m_gradebook);
    QVERIFY(exchange.ok());
    CollectJob *job = exchange.value()->collect(QStringLiteral("ps1"));
    std::optional<Result<CollectReport>> result;
    connect(job, &ExchangeJob::finished, this, [&result, job] { result.emplace(job->result()); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
    QCOMPARE(result->value().added, 6);
}

void FeedbackHtmlTest::render_hostileContent_isInert()
{
    Notebook notebook;
    Cell markdown =
        Cell::make(CellType::Markdown, QStringLiteral("<script>alert('md')</script><img src=x onerror=alert(1)>"));
    Cell code = gradedCell(CellType::Code, QStringLiteral("q1</code><script>alert(1)</script>"), true, 2,
                           QStringLiteral("print('</pre><script>alert(2)</script>')"));
    code.outputs = {
        htmlOutput(
            QStringLiteral("<b>ok</b><script>alert(3)</script><img src=x onerror=alert(4)>"
                           "<img src=\"https://evil.example/track.png\"><img src=//evil.example/x.png>"
                           "<a href=\"javascript:alert(5)\">click</a><iframe src=\"https://evil.example\"></iframe>"
                           "<svg onload=alert(6)><circle/></svg><div style=\"background:url(https://e.x/a)\">s</div>"
                           "<link rel=stylesheet href=https://e.x/s.css><base href=https://e.x/>"
                           "<form action=https://e.x><input name=q></form><object data=https://e.x/a.swf></object>")),
        mimeOutput(QStringLiteral("image/png"), QStringLiteral("AAAA\" onerror=\"alert(7)")),
        mimeOutput(
            QStringLiteral("image/svg+xml"),
            QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(8)\"><script>alert(9)</script>"
                           "<image href=\"https://evil.example/y.png\"/></svg>")),
        mimeOutput(QStringLiteral("application/javascript"), QStringLiteral("alert(10)")),
        mimeOutput(QStringLiteral("text/markdown"), QStringLiteral("<script>alert(11)</script>")),
        Output::stream(QStringLiteral("<script>alert(12)</script>\x1b[31m red \x1b[0m"), QStringLiteral("stderr")),
    };
    Output error = Output::make(Output::Type::Error);
    error.ename = QStringLiteral("ValueError");
    error.traceback = {QStringLiteral("\x1b[31m<script>alert(13)</script>\x1b[0m")};
    code.outputs.append(error);
    notebook.cells = {markdown, code};

    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("problem1<script>");
    feedback.notebook = notebook;
    feedback.grades = {grade(1, code.nbgrader.gradeId, 2, {}, 1.0)};
    RubricItemRecord item;
    item.id = 5;
    item.title = QStringLiteral("<script>alert(14)</script>");
    item.description = QStringLiteral("<img src=x onerror=alert(15)>");
    item.points = -1;
    feedback.appliedItems.insert(1, {item});
    feedback.adjustments.insert(1, {0.5, QStringLiteral("<a href=javascript:alert(16)>x</a>")});
    CommentRecord comment;
    comment.cellId = 1;
    comment.cellName = code.nbgrader.gradeId;
    comment.manualComment = QStringLiteral("<style>@import url(https://e.x/a.css)</style><script>alert(17)</script>");
    feedback.comments = {comment};

    FeedbackHeader page = header();
    page.courseTitle = QStringLiteral("<script>alert(18)</script>");
    page.student.firstName = QStringLiteral("<img src=x onerror=alert(19)>");

    const QString html = FeedbackHtml::render(page, {feedback});
    const QStringList unsafe = unsafeParts(html);
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.join(QLatin1Char('\n'))));
    // What was written is still there, as text.
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(14)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("<b>ok</b>")));
    QVERIFY(html.contains(QStringLiteral("An image that could not be read.")));
    QVERIFY2(html.contains(QStringLiteral("src=\"data:image/svg+xml;base64,")), "SVG stays an image");
}

void FeedbackHtmlTest::render_nbconvertFixtures_areInert_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"notebook_inject.ipynb", "svg.ipynb", "notebook4_jpeg.ipynb", "notebook2.ipynb",
                             "Widget_List.ipynb", "markdown_display_priority.ipynb", "attachment.ipynb",
                             "notebook5_embed_images.ipynb", "rawtest.ipynb", "rst_output.ipynb"}) {
        QTest::newRow(name) << QStringLiteral("render-edge/%1").arg(QLatin1String(name));
    }
    QTest::newRow("autograded with ANSI tracebacks")
        << QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb");
    QTest::newRow("nbgrader's own huge traceback")
        << QStringLiteral("nbgrader/tests-preprocessors/infinite-recursion.ipynb");
}

void FeedbackHtmlTest::render_nbconvertFixtures_areInert()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    const Result<Notebook> notebook = NotebookReader::readFile(GradeDesk::Tests::notebookFixture(fixture));
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("nb");
    feedback.notebook = notebook.value();
    const QString html = FeedbackHtml::render(header(), {feedback});
    const QStringList unsafe = unsafeParts(html);
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.join(QLatin1Char('\n'))));
    QVERIFY(html.size() < 8 * 1024 * 1024);
}

void FeedbackHtmlTest::render_showsScoresRubricAdjustmentCommentAndTotal()
{
    Notebook notebook;
    notebook.cells = {Cell::make(CellType::Markdown, QStringLiteral("## Part A")),
                      gradedCell(CellType::Code, QStringLiteral("squares"), true, 2, QStringLiteral("def f(): pass")),
                      gradedCell(CellType::Code, QStringLiteral("tests"), false, 1, QStringLiteral("assert f()")),
                      gradedCell(CellType::Markdown, QStringLiteral("essay"), true, 3, QStringLiteral("My essay."))};
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("problem1");
    feedback.notebook = notebook;
    GradeRecord squares = grade(1, QStringLiteral("squares"), 2, std::nullopt, 1.5);
    squares.extraCredit = 0.5;
    feedback.grades = {squares, grade(2, QStringLiteral("tests"), 1, 1.0),
                       grade(3, QStringLiteral("essay"), 3, std::nullopt, std::nullopt, true)};
    RubricItemRecord good{11, 1, QStringLiteral("Correct loop"), 2, QStringLiteral("The loop covers 1..n."), {}, {}, 0};
    RubricItemRecord bad{12, 1, QStringLiteral("No docstring"), -0.25, {}, {}, {}, 1};
    feedback.appliedItems.insert(1, {good, bad});
    feedback.adjustments.insert(1, {-0.25, QStringLiteral("Prints instead of returning")});
    CommentRecord comment;
    comment.cellId = 1;
    comment.cellName = QStringLiteral("squares");
    comment.manualComment = QStringLiteral("Nice work,\nbut see the docstring.");
    feedback.comments = {comment};

    FeedbackHeader page = header();
    page.submission.latePenalty = 1.0;
    const QString html = FeedbackHtml::renderNotebook(page, {feedback}, 0);

    for (const QString &expected :
         {QStringLiteral("problem1 (score: 3 / 6)"), QStringLiteral("Score: 2 / 2"), QStringLiteral("Score: 1 / 1"),
          QStringLiteral("not graded yet (3 points)"), QStringLiteral("Coding free-response"),
          QStringLiteral("Test cell"), QStringLiteral("Written response"), QStringLiteral("Correct loop"),
          QStringLiteral("+2"), QStringLiteral("The loop covers 1..n."), QStringLiteral("No docstring"),
          QStringLiteral("-0.25"), QStringLiteral("Adjustment: -0.25 (Prints instead of returning)"),
          QStringLiteral("Extra credit: +0.5"), QStringLiteral("Nice work,\nbut see the docstring."),
          QStringLiteral("Assignment ps1: 3 / 6, late penalty -1, score 2 / 6"),
          QStringLiteral("Alyssa Hacker (hacker)"), QStringLiteral("Data 101")}) {
        QVERIFY2(html.contains(expected), qPrintable(expected));
    }
    // The table at the top links to each question in notebook order.
    const qsizetype first = html.indexOf(QStringLiteral("href=\"#q1\""));
    QVERIFY(first > 0 && first < html.indexOf(QStringLiteral("href=\"#q2\"")));
    QVERIFY(html.contains(QStringLiteral("id=\"q3\"")));
}

void FeedbackHtmlTest::render_questionWithoutItsCell_keepsItsScore()
{
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("problem1");
    feedback.problem = QStringLiteral("The notebook could not be read.");
    feedback.grades = {grade(1, QStringLiteral("deleted_by_student"), 2, 0.0)};
    const QString html = FeedbackHtml::render(header(), {feedback});
    QVERIFY(html.contains(QStringLiteral("deleted_by_student")));
    QVERIFY(html.contains(QStringLiteral("Score: 0 / 2")));
    QVERIFY(html.contains(QStringLiteral("The cell of this question is not in the notebook.")));
    QVERIFY(html.contains(QStringLiteral("The notebook could not be read.")));
}

void FeedbackHtmlTest::render_imagesAreDataUrls()
{
    Cell cell = Cell::make(CellType::Code, QStringLiteral("plot()"));
    Output png = mimeOutput(QStringLiteral("image/png"), QStringLiteral("iVBORw0KGgo=\n"));
    png.data.insert(QStringLiteral("text/plain"), QStringLiteral("<Figure>"));
    cell.outputs = {png, mimeOutput(QStringLiteral("image/jpeg"), QStringLiteral("/9j/4AAQ"))};
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("nb");
    feedback.notebook.cells = {cell};
    const QString html = FeedbackHtml::render(header(), {feedback});
    QVERIFY(html.contains(QStringLiteral("<img alt=\"\" src=\"data:image/png;base64,iVBORw0KGgo=\">")));
    QVERIFY(html.contains(QStringLiteral("<img alt=\"\" src=\"data:image/jpeg;base64,/9j/4AAQ\">")));
    QVERIFY(!html.contains(QStringLiteral("&lt;Figure&gt;")));
}

void FeedbackHtmlTest::render_longOutputIsCut()
{
    Cell cell = Cell::make(CellType::Code, QStringLiteral("for i in range(5000): print(i)"));
    QString text;
    for (int i = 0; i < 5000; ++i) {
        text += QString::number(i) + QLatin1Char('\n');
    }
    cell.outputs = {Output::stream(text)};
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("nb");
    feedback.notebook.cells = {cell};
    const QString html = FeedbackHtml::render(header(), {feedback});
    QVERIFY(html.contains(QStringLiteral("\n999\n")));
    QVERIFY(!html.contains(QStringLiteral("\n4999\n")));
    QVERIFY(html.contains(QStringLiteral("more line")));
}

void FeedbackHtmlTest::render_hiddenTestsStayHidden()
{
    Cell tests =
        gradedCell(CellType::Code, QStringLiteral("correct_squares"), false, 1,
                   QStringLiteral("\"\"\"Check squares\"\"\"\nassert squares(1) == [1]\n### BEGIN HIDDEN TESTS\n"
                                  "assert squares(10) == SECRET_ANSWER\n### END HIDDEN TESTS\nprint('done')"));
    Output failure = Output::make(Output::Type::Error);
    failure.ename = QStringLiteral("AssertionError");
    failure.evalue = QStringLiteral("wrong");
    failure.traceback = {QStringLiteral("----> 4 assert squares(10) == SECRET_ANSWER")};
    tests.outputs = {failure};
    Cell visible = Cell::make(CellType::Code, QStringLiteral("squares(3)"));
    visible.outputs = {failure};
    NotebookFeedback feedback;
    feedback.notebookName = QStringLiteral("nb");
    feedback.notebook.cells = {tests, visible};
    feedback.grades = {grade(1, QStringLiteral("correct_squares"), 1, 0.0)};
    const QString html = FeedbackHtml::render(header(), {feedback});
    QCOMPARE(html.count(QStringLiteral("SECRET_ANSWER")), 1); // only the traceback of the cell without hidden tests
    QVERIFY(html.contains(QStringLiteral("assert squares(1) == [1]")));
    QVERIFY(html.contains(QStringLiteral("print(&#39;done&#39;)")) || html.contains(QStringLiteral("print('done')")));
    QVERIFY(html.contains(QStringLiteral("AssertionError: wrong")));
    QVERIFY(html.contains(QStringLiteral("would reveal hidden tests")));
}

void FeedbackHtmlTest::renderNotebook_isOnePageOfTheAssignment()
{
    NotebookFeedback first;
    first.notebookName = QStringLiteral("problem1");
    first.grades = {grade(1, QStringLiteral("a"), 2, 2.0)};
    NotebookFeedback second;
    second.notebookName = QStringLiteral("problem2");
    second.grades = {grade(2, QStringLiteral("b"), 3, 1.0)};
    const QString page = FeedbackHtml::renderNotebook(header(), {first, second}, 1);
    QVERIFY(page.contains(QStringLiteral("<h1>problem2 (score: 1 / 3)</h1>")));
    QVERIFY(!page.contains(QStringLiteral("problem1 (score")));
    QVERIFY2(page.contains(QStringLiteral("Assignment ps1: score 3 / 5")), "the total counts every notebook");

    const QString all = FeedbackHtml::render(header(), {first, second});
    QVERIFY(all.contains(QStringLiteral("<h2>problem1 (score: 2 / 2)</h2>")));
    QVERIFY(all.contains(QStringLiteral("<h2>problem2 (score: 1 / 3)</h2>")));
    QVERIFY2(all.contains(QStringLiteral("id=\"n1q1\"")), "anchors stay unique on a shared page");
}

void FeedbackHtmlTest::generate_demoCourse_writesNbgraderLayout()
{
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment.ok() && assignment.value());
    const auto questions = m_gradebook->questions(assignment.value()->id);
    QVERIFY(questions.ok());
    const auto essay = std::find_if(questions.value().cbegin(), questions.value().cend(), [](const QuestionRecord &q) {
        return q.name == QLatin1String("stable_city_answer");
    });
    QVERIFY(essay != questions.value().cend());

    RubricItemRecord item;
    item.cellId = essay->cellId;
    item.title = QStringLiteral("Names the measure");
    item.description = QStringLiteral("Says which spread measure was used.");
    item.points = 1;
    const Result<qint64> itemId = m_gradebook->addRubricItem(item, QStringLiteral("grader"));
    QVERIFY2(itemId.ok(), itemId.ok() ? "" : qPrintable(itemId.error().message));
    const auto answers = m_gradebook->answers(essay->cellId);
    QVERIFY(answers.ok() && !answers.value().isEmpty());
    const AnswerKey graded = answers.value().constFirst().key;
    const QString gradedStudent = answers.value().constFirst().studentId;
    QVERIFY(m_gradebook->setRubricItemApplied({graded}, itemId.value(), true, QStringLiteral("grader")).ok());
    QVERIFY(m_gradebook->setAdjustment(graded, 0.5, QStringLiteral("Clear reasoning"), QStringLiteral("grader")).ok());
    QVERIFY(m_gradebook
                ->setComment(graded.submittedNotebookId, graded.cellId, QStringLiteral("Well argued."),
                             QStringLiteral("grader"))
                .ok());

    const QString out = m_dir.filePath(QStringLiteral("feedback"));
    const Result<QStringList> written =
        FeedbackHtml::generate(*m_gradebook, m_courseDir, QStringLiteral("Demo"), QStringLiteral("ps1"), out);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value().size(), 6);
    for (const QString &path : written.value()) {
        QVERIFY2(path.startsWith(out + QLatin1Char('/')), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const QStringList unsafe = unsafeParts(html);
        QVERIFY2(unsafe.isEmpty(), qPrintable(path + QLatin1Char('\n') + unsafe.join(QLatin1Char('\n'))));
        QVERIFY(html.contains(QStringLiteral("Written response")));
        QVERIFY2(!html.contains(QStringLiteral("HIDDEN TESTS")), "the autograded copy's hidden tests stay hidden");
        if (path.contains(QLatin1Char('/') + gradedStudent + QLatin1Char('/'))) {
            for (const QString &expected :
                 {QStringLiteral("Names the measure"), QStringLiteral("Says which spread measure was used."),
                  QStringLiteral("Adjustment: +0.5 (Clear reasoning)"), QStringLiteral("Well argued.")}) {
                QVERIFY2(html.contains(expected), qPrintable(expected));
            }
        } else {
            QVERIFY(!html.contains(QStringLiteral("Names the measure")));
        }
    }
    const QString expected = QStringLiteral("%1/%2/ps1/").arg(out, gradedStudent);
    QVERIFY(std::any_of(written.value().cbegin(), written.value().cend(), [&](const QString &path) {
        return path.startsWith(expected) && path.endsWith(QLatin1String(".html"));
    }));

    // Generating again replaces the files; nothing else appears.
    const Result<QStringList> again =
        FeedbackHtml::generate(*m_gradebook, m_courseDir, QStringLiteral("Demo"), QStringLiteral("ps1"), out);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), written.value());
    int files = 0;
    QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(files, 6);
}

void FeedbackHtmlTest::generate_unknownAssignment_isNotFound()
{
    const Result<QStringList> written = FeedbackHtml::generate(*m_gradebook, m_courseDir, {}, QStringLiteral("ps9"),
                                                               m_dir.filePath(QStringLiteral("none")));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none"))));
}

void FeedbackHtmlTest::generate_unsafeStudentId_writesNothing()
{
    QTemporaryDir dir;
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(dir.filePath(QStringLiteral("g.sqlite")));
    QVERIFY(opened.ok());
    Gradebook &gradebook = *opened.value();
    const Result<qint64> assignmentId = gradebook.upsertAssignment(QStringLiteral("ps1"), {});
    QVERIFY(assignmentId.ok());
    for (const QString &student : {QStringLiteral("alice"), QStringLiteral("../../escaped")}) {
        SubmissionRecord submission;
        submission.assignmentId = assignmentId.value();
        submission.studentId = student;
        QVERIFY(gradebook.upsertSubmission(submission).ok());
    }
    const QString out = dir.filePath(QStringLiteral("out/feedback"));
    const Result<QStringList> written = FeedbackHtml::generate(gradebook, dir.path(), {}, QStringLiteral("ps1"), out);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ServiceError::Kind::Security);
    QVERIFY2(written.error().message.contains(QStringLiteral("../../escaped")), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escaped"))));
}

QTEST_GUILESS_MAIN(FeedbackHtmlTest)
#include "feedbackhtml_test.moc"
