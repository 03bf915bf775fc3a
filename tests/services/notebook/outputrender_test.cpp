// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/notebookreader.h>
#include <services/notebook/outputrender.h>
#include <tests/support/testsupport.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

namespace {

Output displayOutput(const QStringList &mimeTypes)
{
    Output output;
    output.type = Output::Type::DisplayData;
    for (const QString &mime : mimeTypes) {
        output.data.insert(mime, QStringLiteral("x"));
    }
    return output;
}

// Every way a sanitised fragment could still run script or fetch something.
void verifyInert(const QString &html)
{
    const QString lower = html.toLower();
    QVERIFY2(!lower.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("<iframe")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("<object")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("<embed")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("<style")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("javascript:")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral(" on")) || !lower.contains(QStringLiteral("=\"alert")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("src=\"http")), qPrintable(html));
    QVERIFY2(!lower.contains(QStringLiteral("src=\"//")), qPrintable(html));
}

} // namespace

class OutputRenderTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ansiToHtml_convertsSgr_data();
    void ansiToHtml_convertsSgr();
    void ansiToHtml_realTraceback_hasNoEscapesLeft();
    void stripAnsi_removesAllSequences();
    void preferredMimeType_followsPriority_data();
    void preferredMimeType_followsPriority();
    void sanitizeHtml_removesActiveContent_data();
    void sanitizeHtml_removesActiveContent();
    void sanitizeHtml_keepsHarmlessMarkup_data();
    void sanitizeHtml_keepsHarmlessMarkup();
    void injectionNotebook_rendersInert();
    void truncateText_cutsLinesAndCharacters_data();
    void truncateText_cutsLinesAndCharacters();
    void truncateTraceback_keepsFirstEntries();
};

void OutputRenderTest::ansiToHtml_convertsSgr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text is escaped")
        << QStringLiteral("a < b & \"c\"") << QStringLiteral("a &lt; b &amp; &quot;c&quot;");
    QTest::newRow("red then reset") << QStringLiteral("\x1b[31mred\x1b[0m plain")
                                    << QStringLiteral("<span style=\"color:#E75C58\">red</span> plain");
    QTest::newRow("bold bright green") << QStringLiteral("\x1b[1;92mok\x1b[0m")
                                       << QStringLiteral("<span style=\"color:#007427;font-weight:bold\">ok</span>");
    QTest::newRow("background") << QStringLiteral("\x1b[41mx")
                                << QStringLiteral("<span style=\"background-color:#E75C58\">x</span>");
    QTest::newRow("256 colour cube") << QStringLiteral("\x1b[38;5;196mx")
                                     << QStringLiteral("<span style=\"color:#ff0000\">x</span>");
    QTest::newRow("256 colour grey") << QStringLiteral("\x1b[38;5;232mx")
                                     << QStringLiteral("<span style=\"color:#080808\">x</span>");
    QTest::newRow("true colour") << QStringLiteral("\x1b[38;2;1;2;255mx")
                                 << QStringLiteral("<span style=\"color:#0102ff\">x</span>");
    QTest::newRow("default foreground ends the span")
        << QStringLiteral("\x1b[32mg\x1b[39mn") << QStringLiteral("<span style=\"color:#00A250\">g</span>n");
    QTest::newRow("empty parameters mean reset")
        << QStringLiteral("\x1b[1mb\x1b[mn") << QStringLiteral("<span style=\"font-weight:bold\">b</span>n");
    QTest::newRow("cursor movement is stripped") << QStringLiteral("a\x1b[2Kb\x1b[1Ac") << QStringLiteral("abc");
    QTest::newRow("OSC title is stripped") << QStringLiteral("\x1b]0;title\x07text") << QStringLiteral("text");
    QTest::newRow("truncated 38;5 is ignored") << QStringLiteral("\x1b[38;5mx") << QStringLiteral("x");
    QTest::newRow("escape at the very end") << QStringLiteral("x\x1b") << QStringLiteral("x");
    QTest::newRow("html inside coloured text") << QStringLiteral("\x1b[31m<script>\x1b[0m")
                                               << QStringLiteral("<span style=\"color:#E75C58\">&lt;script&gt;</span>");
}

void OutputRenderTest::ansiToHtml_convertsSgr()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ansiToHtml(input), expected);
}

void OutputRenderTest::ansiToHtml_realTraceback_hasNoEscapesLeft()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook = NotebookReader::readFile(
        notebookFixture(QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb")));
    QVERIFY(notebook.ok());
    int tracebacks = 0;
    for (const Cell &cell : notebook.value().cells) {
        for (const Output &output : cell.outputs) {
            if (output.type != Output::Type::Error) {
                continue;
            }
            ++tracebacks;
            const QString html = ansiToHtml(output.traceback.join(QLatin1Char('\n')));
            QVERIFY(!html.contains(QChar(0x1B)));
            QVERIFY(html.contains(QStringLiteral("<span style=")));
            QVERIFY(html.contains(output.ename));
        }
    }
    QVERIFY(tracebacks > 0);
}

void OutputRenderTest::stripAnsi_removesAllSequences()
{
    QCOMPARE(stripAnsi(QStringLiteral("\x1b[0;31mAssertionError\x1b[0m: <x>\x1b]2;t\x1b\\!")),
             QStringLiteral("AssertionError: <x>!"));
}

void OutputRenderTest::preferredMimeType_followsPriority_data()
{
    QTest::addColumn<QStringList>("mimeTypes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html wins over plain")
        << QStringList{QStringLiteral("text/plain"), QStringLiteral("text/html")} << QStringLiteral("text/html");
    QTest::newRow("png over plain") << QStringList{QStringLiteral("text/plain"), QStringLiteral("image/png")}
                                    << QStringLiteral("image/png");
    QTest::newRow("svg over png") << QStringList{QStringLiteral("image/png"), QStringLiteral("image/svg+xml")}
                                  << QStringLiteral("image/svg+xml");
    QTest::newRow("jpeg over markdown") << QStringList{QStringLiteral("text/markdown"), QStringLiteral("image/jpeg")}
                                        << QStringLiteral("image/jpeg");
    QTest::newRow("markdown over latex") << QStringList{QStringLiteral("text/latex"), QStringLiteral("text/markdown")}
                                         << QStringLiteral("text/markdown");
    QTest::newRow("latex over plain") << QStringList{QStringLiteral("text/plain"), QStringLiteral("text/latex")}
                                      << QStringLiteral("text/latex");
    QTest::newRow("widget falls back to plain")
        << QStringList{QStringLiteral("application/vnd.jupyter.widget-view+json"), QStringLiteral("text/plain")}
        << QStringLiteral("text/plain");
    QTest::newRow("javascript falls back to plain")
        << QStringList{QStringLiteral("application/javascript"), QStringLiteral("text/plain")}
        << QStringLiteral("text/plain");
    QTest::newRow("javascript alone shows nothing")
        << QStringList{QStringLiteral("application/javascript")} << QString();
    QTest::newRow("pdf alone shows nothing") << QStringList{QStringLiteral("application/pdf")} << QString();
}

void OutputRenderTest::preferredMimeType_followsPriority()
{
    QFETCH(QStringList, mimeTypes);
    QFETCH(QString, expected);
    QCOMPARE(preferredMimeType(displayOutput(mimeTypes)), expected);
    Output stream;
    stream.type = Output::Type::Stream;
    QCOMPARE(preferredMimeType(stream), QStringLiteral("text/plain"));
    QCOMPARE(preferredMimeType(Output{}), QString());
}

void OutputRenderTest::sanitizeHtml_removesActiveContent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script with content") << QStringLiteral("a<script>alert('x')</script>b") << QStringLiteral("ab");
    QTest::newRow("script, upper case and spaced close")
        << QStringLiteral("a<SCRIPT type=x>alert(1)</ScRiPt >b") << QStringLiteral("ab");
    QTest::newRow("unterminated script drops the rest") << QStringLiteral("a<script>alert(1)") << QStringLiteral("a");
    QTest::newRow("script closing inside a string literal ends at first close")
        << QStringLiteral("<script>var s='</scripts>';</script>ok") << QStringLiteral("ok");
    QTest::newRow("style") << QStringLiteral("<style>body{}</style>t") << QStringLiteral("t");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://e\"></iframe>t") << QStringLiteral("t");
    QTest::newRow("object and embed") << QStringLiteral("<object data=x></object><embed src=x>t")
                                      << QStringLiteral("t");
    QTest::newRow("event handler") << QStringLiteral("<img src=\"a.png\" onerror=\"alert(1)\">")
                                   << QStringLiteral("<img src=\"a.png\">");
    QTest::newRow("event handler without quotes")
        << QStringLiteral("<div onclick=alert(1)>x</div>") << QStringLiteral("<div>x</div>");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>")
                                     << QStringLiteral("<a>x</a>");
    QTest::newRow("entity-encoded javascript link")
        << QStringLiteral("<a href=\"jav&#x61;script&colon;alert(1)\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("javascript link with tab")
        << QStringLiteral("<a href=\"java\tscript:alert(1)\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("remote image") << QStringLiteral("<img src=\"https://tracker.example/p.gif\">")
                                  << QStringLiteral("<img>");
    QTest::newRow("protocol-relative image")
        << QStringLiteral("<img src=\"//tracker.example/p.gif\">") << QStringLiteral("<img>");
    QTest::newRow("file image") << QStringLiteral("<img src=\"file:///etc/passwd\">") << QStringLiteral("<img>");
    QTest::newRow("style with url") << QStringLiteral("<div style=\"background:url(http://e/x)\">x</div>")
                                    << QStringLiteral("<div>x</div>");
    QTest::newRow("svg with script keeps only text")
        << QStringLiteral("<svg><script>alert(1)</script><text>t</text></svg>") << QStringLiteral("t");
    QTest::newRow("form elements dropped")
        << QStringLiteral("<form action=x><input value=1><button>b</button></form>") << QStringLiteral("b");
    QTest::newRow("meta refresh") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=http://e\">t")
                                  << QStringLiteral("t");
    QTest::newRow("comment") << QStringLiteral("a<!-- <script>alert(1)</script> -->b") << QStringLiteral("ab");
    QTest::newRow("attribute breaking out with quotes")
        << QStringLiteral("<img alt='\"><script>alert(1)</script>' src=x.png>")
        << QStringLiteral("<img alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" src=\"x.png\">");
    QTest::newRow("stray angle brackets") << QStringLiteral("1 < 2 > 0") << QStringLiteral("1 &lt; 2 &gt; 0");
}

void OutputRenderTest::sanitizeHtml_removesActiveContent()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeHtml(html), expected);
}

void OutputRenderTest::sanitizeHtml_keepsHarmlessMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pandas table")
        << QStringLiteral("<table border=\"1\" class=\"dataframe\"><thead><tr style=\"text-align: right;\"><th>a</th>"
                          "</tr></thead><tbody><tr><td>1</td></tr></tbody></table>")
        << QStringLiteral("<table border=\"1\" class=\"dataframe\"><thead><tr style=\"text-align: right;\"><th>a</th>"
                          "</tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
    QTest::newRow("data URI image") << QStringLiteral("<img src=\"data:image/png;base64,AAAA\" width=\"10\"/>")
                                    << QStringLiteral("<img src=\"data:image/png;base64,AAAA\" width=\"10\" />");
    QTest::newRow("relative and attachment images")
        << QStringLiteral("<img src=\"jupyter.png\"><img src=\"attachment:image.png\">")
        << QStringLiteral("<img src=\"jupyter.png\"><img src=\"attachment:image.png\">");
    QTest::newRow("https link") << QStringLiteral("<a href=\"https://jupyter.org\" target=\"_blank\">J</a>")
                                << QStringLiteral("<a href=\"https://jupyter.org\">J</a>");
    QTest::newRow("entities in text stay")
        << QStringLiteral("<p>&lt;b&gt; &amp; &#169;</p>") << QStringLiteral("<p>&lt;b&gt; &amp; &#169;</p>");
}

void OutputRenderTest::sanitizeHtml_keepsHarmlessMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeHtml(html), expected);
}

void OutputRenderTest::injectionNotebook_rendersInert()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook =
        NotebookReader::readFile(notebookFixture(QStringLiteral("render-edge/notebook_inject.ipynb")));
    QVERIFY(notebook.ok());
    int checked = 0;
    for (const Cell &cell : notebook.value().cells) {
        if (cell.type != CellType::Code) {
            verifyInert(sanitizeHtml(cell.source));
            ++checked;
        }
        for (const QString &tag : cell.tags) {
            verifyInert(escapeHtml(tag));
            ++checked;
        }
        for (const Output &output : cell.outputs) {
            const QString mime = preferredMimeType(output);
            QVERIFY(mime != QLatin1String("application/javascript"));
            QVERIFY(!mime.startsWith(QLatin1String("application/vnd.jupyter.widget")));
            for (auto it = output.data.constBegin(); it != output.data.constEnd(); ++it) {
                verifyInert(sanitizeHtml(it.value().toString()));
                ++checked;
            }
            for (auto it = output.metadata.constBegin(); it != output.metadata.constEnd(); ++it) {
                verifyInert(escapeHtml(QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson())));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 15);
}

void OutputRenderTest::truncateText_cutsLinesAndCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxLines");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qsizetype>("hidden");
    QTest::addColumn<qsizetype>("total");
    QTest::newRow("short text untouched") << QStringLiteral("a\nb\n") << qsizetype(5) << qsizetype(100)
                                          << QStringLiteral("a\nb\n") << qsizetype(0) << qsizetype(2);
    QTest::newRow("cut at line limit") << QStringLiteral("1\n2\n3\n4\n") << qsizetype(2) << qsizetype(100)
                                       << QStringLiteral("1\n2\n") << qsizetype(2) << qsizetype(4);
    QTest::newRow("no final newline") << QStringLiteral("1\n2\n3") << qsizetype(1) << qsizetype(100)
                                      << QStringLiteral("1\n") << qsizetype(2) << qsizetype(3);
    QTest::newRow("one huge line cut by characters") << QString(50, QLatin1Char('x')) << qsizetype(10) << qsizetype(20)
                                                     << QString(20, QLatin1Char('x')) << qsizetype(1) << qsizetype(1);
    QTest::newRow("empty text") << QString() << qsizetype(10) << qsizetype(10) << QString() << qsizetype(0)
                                << qsizetype(0);
}

void OutputRenderTest::truncateText_cutsLinesAndCharacters()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxLines);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);
    QFETCH(qsizetype, hidden);
    QFETCH(qsizetype, total);
    const TruncatedText result = truncateText(text, maxLines, maxChars);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.hiddenLines, hidden);
    QCOMPARE(result.totalLines, total);
    QCOMPARE(result.truncated(), hidden > 0);
}

void OutputRenderTest::truncateTraceback_keepsFirstEntries()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook = NotebookReader::readFile(
        notebookFixture(QStringLiteral("nbgrader/tests-preprocessors/infinite-recursion.ipynb")));
    QVERIFY(notebook.ok());
    const Output *error = nullptr;
    for (const Cell &cell : notebook.value().cells) {
        for (const Output &output : cell.outputs) {
            if (output.type == Output::Type::Error) {
                error = &output;
            }
        }
    }
    QVERIFY(error);
    QVERIFY(error->traceback.size() > 100);
    const TruncatedText cut = truncateTraceback(error->traceback);
    QCOMPARE(cut.hiddenLines, error->traceback.size() - 100);
    QCOMPARE(cut.text, error->traceback.mid(0, 100).join(QLatin1Char('\n')));
    QVERIFY(!truncateTraceback(QStringList{QStringLiteral("a")}).truncated());
}

QTEST_GUILESS_MAIN(OutputRenderTest)
#include "outputrender_test.moc"
