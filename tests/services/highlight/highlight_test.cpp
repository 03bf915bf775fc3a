// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/highlight/highlightbatch.h>
#include <services/highlight/syntaxhighlighter.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

// The machine is shared with parallel builds: allow a slow process start.
constexpr int waitMs = 30000;

QString textOf(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// key -> html of every highlighted() emission recorded by `spy`.
QHash<QString, QString> answers(const QSignalSpy &spy)
{
    QHash<QString, QString> result;
    for (const QList<QVariant> &arguments : spy) {
        result.insert(arguments.at(0).toString(), arguments.at(1).toString());
    }
    return result;
}

} // namespace

class HighlightTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void highlightPython_coloursKeywords();
    void specialCharacters_areEscaped();
    void repeatRequest_answersFromCacheWithoutProcess();
    void batchOfTwentyCells_usesOneProcess();
    void cellLeavingStringOpen_isHighlightedOnItsOwn();
    void themeChange_isNotServedFromOldCache();
    void unknownLanguage_givesPlainTextWithoutUnavailable();
    void emptyLanguage_givesPlainTextWithoutProcess();
    void missingBinary_fallsBackToPlainAndSignalsOnce();
    void definitionFor_mapsNotebookLanguages_data();
    void definitionFor_mapsNotebookLanguages();
    void batchSplit_acceptsOnlyExactSpanOutput_data();
    void batchSplit_acceptsOnlyExactSpanOutput();
    void batchOfFifty_reportsTimePerCell();

private:
    bool m_haveProgram = false;
};

void HighlightTest::init()
{
    m_haveProgram = !QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty();
}

#define REQUIRE_PROGRAM()                                                                                              \
    do {                                                                                                               \
        if (!m_haveProgram) {                                                                                          \
            QSKIP("kate-syntax-highlighter is not installed (package libkf5syntaxhighlighting-tools)");                \
        }                                                                                                              \
    } while (false)

void HighlightTest::highlightPython_coloursKeywords()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    QSignalSpy unavailable(&highlighter, &SyntaxHighlighter::unavailable);
    const QString code = QStringLiteral("def square(x):\n    return x ** 2  # comment\n");
    highlighter.request(QStringLiteral("cell-1"), code, QStringLiteral("python"));
    QCOMPARE(spy.count(), 0); // never answered inside request()
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, waitMs);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("cell-1"));
    const QString html = spy.at(0).at(1).toString();
    QVERIFY2(html.startsWith(QLatin1String("<pre")), qPrintable(html));
    QVERIFY(html.endsWith(QLatin1String("</pre>")));
    QVERIFY(!html.contains(QLatin1String("<html")) && !html.contains(QLatin1String("<body")));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(<span style="color:#[0-9a-f]{6};[^"]*">def</span>)"))
                 .match(html)
                 .hasMatch(),
             qPrintable(html));
    QVERIFY2(html.contains(QRegularExpression(QStringLiteral(R"(<span style="[^"]*">return</span>)"))),
             qPrintable(html));
    QCOMPARE(textOf(html), code.chopped(1));
    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(highlighter.processStarts(), 1);
}

void HighlightTest::specialCharacters_areEscaped()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    const QString code = QStringLiteral("s = \"<script>alert('x')</script> & \u00e9\u6f22\U0001F600\"\r\nt = 1\t# tab");
    highlighter.request(QStringLiteral("k"), code, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, waitMs);
    const QString html = spy.at(0).at(1).toString();
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QCOMPARE(textOf(html), QString(code).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
}

void HighlightTest::repeatRequest_answersFromCacheWithoutProcess()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    const QString code = QStringLiteral("import numpy as np\n");
    highlighter.request(QStringLiteral("first"), code, QStringLiteral("python"));
    // Same code again in the same turn and while the call runs: both share the one call.
    highlighter.request(QStringLiteral("same-turn"), code, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, waitMs);
    QCOMPARE(highlighter.processStarts(), 1);

    highlighter.request(QStringLiteral("again"), code, QStringLiteral("python"));
    QCOMPARE(spy.count(), 2); // queued, not emitted from inside request()
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(highlighter.processStarts(), 1);
    const QHash<QString, QString> html = answers(spy);
    QCOMPARE(html.value(QStringLiteral("again")), html.value(QStringLiteral("first")));
    QCOMPARE(html.value(QStringLiteral("same-turn")), html.value(QStringLiteral("first")));
}

void HighlightTest::batchOfTwentyCells_usesOneProcess()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    QHash<QString, QString> codes;
    for (int i = 0; i < 20; ++i) {
        // Empty cells, blank lines and trailing spaces must come back in the right cell.
        const QString code =
            i == 7 ? QString() : QStringLiteral("def f%1(x):\n\n    return x + %1  \n").arg(i).repeated(1 + i % 3);
        codes.insert(QStringLiteral("cell-%1").arg(i), code);
        highlighter.request(QStringLiteral("cell-%1").arg(i), code, QStringLiteral("python"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 20, waitMs);
    QCOMPARE(highlighter.processStarts(), 1);
    const QHash<QString, QString> html = answers(spy);
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        QCOMPARE(textOf(html.value(it.key())), HighlightBatch::linesOf(it.value()).join(QLatin1Char('\n')));
    }
}

void HighlightTest::cellLeavingStringOpen_isHighlightedOnItsOwn()
{
    REQUIRE_PROGRAM();
    const QString second = QStringLiteral("def g():\n    pass\n");
    SyntaxHighlighter alone;
    QSignalSpy aloneSpy(&alone, &SyntaxHighlighter::highlighted);
    alone.request(QStringLiteral("g"), second, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(aloneSpy.count(), 1, waitMs);

    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    highlighter.request(QStringLiteral("open"), QStringLiteral("s = \"\"\"never closed\n"), QStringLiteral("python"));
    highlighter.request(QStringLiteral("g"), second, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, waitMs);
    // One batch that does not split back, then one call per cell.
    QCOMPARE(highlighter.processStarts(), 3);
    QCOMPARE(answers(spy).value(QStringLiteral("g")), aloneSpy.at(0).at(1).toString());
    // On its own the open cell is still highlighted (its string is coloured), not plain text.
    QVERIFY(answers(spy).value(QStringLiteral("open")).contains(QLatin1String("<span style=")));
}

void HighlightTest::themeChange_isNotServedFromOldCache()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    const QString code = QStringLiteral("while True:\n    break\n");
    highlighter.request(QStringLiteral("light"), code, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, waitMs);
    highlighter.setTheme(QStringLiteral("Breeze Dark"));
    highlighter.request(QStringLiteral("dark"), code, QStringLiteral("python"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, waitMs);
    QCOMPARE(highlighter.processStarts(), 2);
    const QHash<QString, QString> html = answers(spy);
    QVERIFY(html.value(QStringLiteral("light")) != html.value(QStringLiteral("dark")));
    QCOMPARE(textOf(html.value(QStringLiteral("light"))), textOf(html.value(QStringLiteral("dark"))));
}

void HighlightTest::unknownLanguage_givesPlainTextWithoutUnavailable()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    QSignalSpy unavailable(&highlighter, &SyntaxHighlighter::unavailable);
    highlighter.request(QStringLiteral("k"), QStringLiteral("a < b"), QStringLiteral("no-such-language"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, waitMs);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("<pre>a &lt; b</pre>"));
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(highlighter.isAvailable());
    // Known to be unknown now: no second process for it.
    highlighter.request(QStringLiteral("k2"), QStringLiteral("c"), QStringLiteral("no-such-language"));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(highlighter.processStarts(), 1);
}

void HighlightTest::emptyLanguage_givesPlainTextWithoutProcess()
{
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    highlighter.request(QStringLiteral("k"), QStringLiteral("x & y\n"), QString());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("<pre>x &amp; y</pre>"));
    QCOMPARE(highlighter.processStarts(), 0);
}

void HighlightTest::missingBinary_fallsBackToPlainAndSignalsOnce()
{
    SyntaxHighlighter highlighter;
    highlighter.setExecutable(QStringLiteral("/nonexistent/kate-syntax-highlighter"));
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    QSignalSpy unavailable(&highlighter, &SyntaxHighlighter::unavailable);
    highlighter.request(QStringLiteral("a"), QStringLiteral("<b>bold</b> & \"q\"\n"), QStringLiteral("python"));
    highlighter.request(QStringLiteral("b"), QStringLiteral("x = 1"), QStringLiteral("r"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, waitMs);
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(unavailable.at(0).at(0).toString().contains(QLatin1String("libkf5syntaxhighlighting-tools")));
    QVERIFY(!highlighter.isAvailable());
    const QHash<QString, QString> html = answers(spy);
    QCOMPARE(html.value(QStringLiteral("a")), QStringLiteral("<pre>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</pre>"));
    QCOMPARE(html.value(QStringLiteral("b")), QStringLiteral("<pre>x = 1</pre>"));
    const int starts = highlighter.processStarts();
    QVERIFY(starts >= 1);

    // Later requests go straight to plain text, and the signal is not repeated.
    highlighter.request(QStringLiteral("c"), QStringLiteral("y"), QStringLiteral("python"));
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(1).toString(), QStringLiteral("<pre>y</pre>"));
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(highlighter.processStarts(), starts);
}

void HighlightTest::definitionFor_mapsNotebookLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("definition");
    QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("Python");
    QTest::newRow("case and spaces do not matter") << QStringLiteral(" Python ") << QStringLiteral("Python");
    QTest::newRow("IPython kernels are Python") << QStringLiteral("ipython3") << QStringLiteral("Python");
    QTest::newRow("R is the R Script definition") << QStringLiteral("R") << QStringLiteral("R Script");
    QTest::newRow("julia") << QStringLiteral("julia") << QStringLiteral("Julia");
    QTest::newRow("unknown names pass through") << QStringLiteral("Haskell") << QStringLiteral("Haskell");
    QTest::newRow("empty means plain") << QString() << QString();
}

void HighlightTest::definitionFor_mapsNotebookLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, definition);
    QCOMPARE(SyntaxHighlighter::definitionFor(language), definition);
}

void HighlightTest::batchSplit_acceptsOnlyExactSpanOutput_data()
{
    QTest::addColumn<QStringList>("lines"); // output lines between <pre> and </pre>; "M" is the marker
    QTest::addColumn<bool>("accepted");
    const QString kw =
        QStringLiteral("<span style=\"color:#d73a49;\">def</span> f(): <span style=\"color:#005cc5;\">1</span>");
    const QString m = QStringLiteral("M");
    QTest::newRow("well formed") << QStringList{m, kw, m, QStringLiteral("b &lt; c")} << true;
    QTest::newRow("last cell may leave state open")
        << QStringList{m, kw, m, QStringLiteral("<span style=\"color:#032f62;\">b &lt; c</span>")} << true;
    QTest::newRow("marker drawn differently (open state)")
        << QStringList{m, kw, QStringLiteral("<span style=\"color:#032f62;\">M</span>"), QStringLiteral("b &lt; c")}
        << false;
    QTest::newRow("script tag in output") << QStringList{m, kw, m, QStringLiteral("b <script>x</script>")} << false;
    QTest::newRow("attribute other than style")
        << QStringList{m, QStringLiteral("<span onclick=\"x\">def</span> f(): 1"), m, QStringLiteral("b &lt; c")}
        << false;
    QTest::newRow("text changed") << QStringList{m, kw, m, QStringLiteral("b <= c")} << false;
    QTest::newRow("unknown entity") << QStringList{m, kw, m, QStringLiteral("b &lt; c&nbsp;")} << false;
    QTest::newRow("a line missing") << QStringList{m, kw, m} << false;
    QTest::newRow("an extra line") << QStringList{m, kw, m, QStringLiteral("b &lt; c"), QStringLiteral("x")} << false;
    QTest::newRow("no leading marker") << QStringList{kw, m, QStringLiteral("b &lt; c")} << false;
}

void HighlightTest::batchSplit_acceptsOnlyExactSpanOutput()
{
    QFETCH(QStringList, lines);
    QFETCH(bool, accepted);
    const HighlightBatch batch({QStringLiteral("def f(): 1"), QStringLiteral("b < c\n")});
    // The marker is random; read it from the input's first line.
    const QString marker = QString::fromUtf8(batch.input()).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(QString::fromUtf8(batch.input()),
             marker + QStringLiteral("\ndef f(): 1\n") + marker + QStringLiteral("\nb < c\n"));
    const QString body = lines.join(QLatin1Char('\n')).replace(QLatin1Char('M'), marker);
    const QByteArray html = "<html><head></head><body style=\"background-color:#ffffff;color:#24292e\"><pre>\n" +
                            body.toUtf8() + "\n</pre></body></html>\n";
    const std::optional<QStringList> cells = batch.split(html);
    QCOMPARE(cells.has_value(), accepted);
    if (accepted) {
        const QString open = QStringLiteral("<pre style=\"background-color:#ffffff;color:#24292e\">");
        QCOMPARE(*cells, QStringList({open + lines.at(1) + QStringLiteral("</pre>"),
                                      open + lines.at(3) + QStringLiteral("</pre>")}));
    }
}

void HighlightTest::batchOfFifty_reportsTimePerCell()
{
    REQUIRE_PROGRAM();
    SyntaxHighlighter highlighter;
    QSignalSpy spy(&highlighter, &SyntaxHighlighter::highlighted);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50; ++i) {
        const QString code = QStringLiteral("import pandas as pd\n\ndef load_%1(path):\n    \"\"\"Load.\"\"\"\n"
                                            "    frame = pd.read_csv(path)  # %1\n    return frame[frame.x > %1]\n")
                                 .arg(i);
        highlighter.request(QStringLiteral("cell-%1").arg(i), code, QStringLiteral("python"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 50, waitMs);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(highlighter.processStarts(), 1);
    qInfo("batch of 50 Python cells: %lld ms in 1 process call, %.2f ms per cell", elapsed, double(elapsed) / 50.0);
}

QTEST_GUILESS_MAIN(HighlightTest)
#include "highlight_test.moc"
