// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>
#include <ui/notebookrenderer.h>
#include <ui/notebookview.h>

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace GradeDesk;
using Services::Cell;
using Services::CellType;
using Services::Notebook;
using Services::Output;
using Ui::NotebookView;

namespace {

Cell markdownCell(const QString &source)
{
    return Cell::make(CellType::Markdown, source);
}

Cell codeCell(const QString &source, const QList<Output> &outputs = {})
{
    Cell cell = Cell::make(CellType::Code, source);
    cell.outputs = outputs;
    cell.executionCount = 1;
    return cell;
}

Output streamOutput(const QString &text)
{
    return Output::stream(text);
}

bool isBlocked(const QVariant &resource)
{
    return resource.canConvert<QImage>() &&
           resource.value<QImage>().text(QStringLiteral("gradedesk")) == QLatin1String("blocked");
}

void layOut(NotebookView &view)
{
    // Images are requested while the document is laid out.
    view.document()->setTextWidth(600);
    view.document()->documentLayout()->documentSize();
}

} // namespace

class NotebookViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadResource_refusesWhatIsNotInsideTheSubmission();
    void loadResource_refusesWhatIsNotInsideTheSubmission_data();
    void loadResource_servesImagesInsideTheSubmission();
    void render_refusesRemoteAndEscapingImagesInMarkdown();
    void render_injectFixtureShowsPayloadsInertly();
    void render_course101SubmissionShowsBadgesAndLocalImage();
    void highlighting_replacesPlainCodeAndIgnoresStaleKeys();
    void longOutput_isCutWithShowAllLink();
    void links_areReportedNotFollowed();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

void NotebookViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("submission"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/figures")));
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_root + QStringLiteral("/figures/plot.png")));
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("secret.png"))));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.png")), m_root + QStringLiteral("/link.png")));
    QFile text(m_root + QStringLiteral("/notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
}

void NotebookViewTest::loadResource_refusesWhatIsNotInsideTheSubmission_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QUrl>("url");

    const int image = QTextDocument::ImageResource;
    QTest::newRow("https image") << image << QUrl(QStringLiteral("https://example.com/track.png"));
    QTest::newRow("http image") << image << QUrl(QStringLiteral("http://127.0.0.1:1/x.png"));
    QTest::newRow("protocol-relative //host") << image << QUrl(QStringLiteral("//example.com/x.png"));
    QTest::newRow("ftp") << image << QUrl(QStringLiteral("ftp://example.com/x.png"));
    QTest::newRow("../ escape to an existing file") << image << QUrl(QStringLiteral("../secret.png"));
    QTest::newRow("nested ../ escape") << image << QUrl(QStringLiteral("figures/../../secret.png"));
    QTest::newRow("absolute path") << image << QUrl::fromLocalFile(QDir::tempPath() + QStringLiteral("/x.png"));
    QTest::newRow("file URL outside") << image << QUrl(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("symlink pointing outside") << image << QUrl(QStringLiteral("link.png"));
    QTest::newRow("qrc resource") << image << QUrl(QStringLiteral("qrc:/gradedesk/icons/gradedesk.svg"));
    QTest::newRow("missing file") << image << QUrl(QStringLiteral("figures/none.png"));
    QTest::newRow("file that is no image") << image << QUrl(QStringLiteral("notes.txt"));
    QTest::newRow("stylesheet resource") << int(QTextDocument::StyleSheetResource)
                                         << QUrl(QStringLiteral("figures/plot.png"));
    QTest::newRow("data URI that is not an image")
        << image << QUrl(QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="));
}

void NotebookViewTest::loadResource_refusesWhatIsNotInsideTheSubmission()
{
    QFETCH(int, type);
    QFETCH(QUrl, url);
    NotebookView view;
    view.setNotebook(Notebook{}, m_root);
    QSignalSpy refused(&view, &NotebookView::resourceRefused);
    // Never null: a null answer would make QTextDocument read the file itself.
    QVERIFY(isBlocked(view.loadResource(type, url)));
    QCOMPARE(refused.count(), 1);
}

void NotebookViewTest::loadResource_servesImagesInsideTheSubmission()
{
    NotebookView view;
    view.setNotebook(Notebook{}, m_root);
    const QVariant local = view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("figures/plot.png")));
    QVERIFY(!isBlocked(local));
    QCOMPARE(local.value<QImage>().size(), QSize(3, 2));
    const QVariant data = view.loadResource(
        QTextDocument::ImageResource,
        QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                            "z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")));
    QVERIFY(!isBlocked(data));
    QCOMPARE(data.value<QImage>().size(), QSize(1, 1));

    // Without a submission folder nothing local is served.
    view.setNotebook(Notebook{}, QString());
    QVERIFY(isBlocked(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("figures/plot.png")))));
}

void NotebookViewTest::render_refusesRemoteAndEscapingImagesInMarkdown()
{
    Notebook notebook;
    notebook.cells << markdownCell(QStringLiteral("# Results\n\n![remote](https://example.com/beacon.png)\n\n"
                                                  "![escape](../secret.png)\n\n![ok](figures/plot.png)\n\n"
                                                  "<img src=\"http://example.com/x.png\">"));
    NotebookView view;
    QSignalSpy refused(&view, &NotebookView::resourceRefused);
    view.setNotebook(notebook, m_root);
    layOut(view);
    QStringList refusedUrls;
    for (const QList<QVariant> &arguments : std::as_const(refused)) {
        refusedUrls << arguments.at(0).toUrl().toString();
    }
    QVERIFY2(refusedUrls.contains(QStringLiteral("https://example.com/beacon.png")),
             qPrintable(refusedUrls.join(u' ')));
    // The inline <img> is either refused or never requested; it is never fetched.
    QVERIFY2(refusedUrls.filter(QStringLiteral("secret.png")).size() == 1, qPrintable(refusedUrls.join(u' ')));
    QVERIFY2(refusedUrls.filter(QStringLiteral("plot.png")).isEmpty(), qPrintable(refusedUrls.join(u' ')));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Results")));
}

void NotebookViewTest::render_injectFixtureShowsPayloadsInertly()
{
    GRADEDESK_REQUIRE_FIXTURES();
    auto notebook =
        Services::NotebookReader::readFile(Tests::notebookFixture(QStringLiteral("render-edge/notebook_inject.ipynb")));
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));
    const bool pwnedBefore = QFile::exists(QStringLiteral("/tmp/pwned"));

    NotebookView view;
    QSignalSpy refused(&view, &NotebookView::resourceRefused);
    view.setNotebook(notebook.value(), m_root);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    layOut(view);

    QVERIFY(view.hasNotebook());
    QCOMPARE(view.codeCellCount(), 13);
    // The code is shown as text, never run; no payload reached the document as markup.
    QVERIFY(view.toPlainText().contains(QStringLiteral("os.system(\"touch /tmp/pwned\")")));
    QCOMPARE(QFile::exists(QStringLiteral("/tmp/pwned")), pwnedBefore);
    const QString html = view.toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
    // Whatever the payloads tried to load was refused, and none of it was a local file.
    for (const QList<QVariant> &arguments : std::as_const(refused)) {
        QVERIFY(!QFileInfo::exists(arguments.at(0).toUrl().toLocalFile()) || arguments.at(0).toUrl().isEmpty());
    }
}

void NotebookViewTest::render_course101SubmissionShowsBadgesAndLocalImage()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString path =
        Tests::notebookFixture(QStringLiteral("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb"));
    auto notebook = Services::NotebookReader::readFile(path);
    QVERIFY(notebook.ok());
    NotebookView view;
    QSignalSpy refused(&view, &NotebookView::resourceRefused);
    view.setNotebook(notebook.value(), QFileInfo(path).absolutePath());
    layOut(view);
    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("Solution")));
    QVERIFY(text.contains(QStringLiteral("Grade")));
    QVERIFY(text.contains(QStringLiteral("In [")));
    QCOMPARE(refused.count(), 0); // jupyter.png lies inside the submission folder
    QVERIFY(!isBlocked(view.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("jupyter.png")))));
}

void NotebookViewTest::highlighting_replacesPlainCodeAndIgnoresStaleKeys()
{
    Notebook notebook;
    notebook.cells << markdownCell(QStringLiteral("Intro")) << codeCell(QStringLiteral("print(1)\nx = 2"))
                   << codeCell(QStringLiteral("   "));
    NotebookView view;
    QSignalSpy requested(&view, &NotebookView::highlightRequested);
    QSignalSpy highlighted(&view, &NotebookView::codeHighlighted);
    view.setNotebook(notebook, m_root);
    QCOMPARE(requested.count(), 1); // blank cells are not sent
    const QString key = requested.at(0).at(0).toString();
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("print(1)\nx = 2"));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("python"));

    view.applyHighlighting(key, QStringLiteral("<pre><span style=\"color:#cf222e\">print</span>(1)\nx = 2\n</pre>"));
    QCOMPARE(highlighted.count(), 1);
    QCOMPARE(highlighted.at(0).at(0).toInt(), 1);
    QCOMPARE(view.highlightedCellCount(), 1);
    QVERIFY(view.toPlainText().contains(QStringLiteral("print(1)\nx = 2")));
    QVERIFY(view.toHtml().contains(QStringLiteral("#cf222e")));

    // An answer for the previous notebook must not land in the next one.
    view.setNotebook(notebook, m_root);
    view.applyHighlighting(key, QStringLiteral("<pre>stale</pre>"));
    QCOMPARE(highlighted.count(), 1);
    QVERIFY(!view.toPlainText().contains(QStringLiteral("stale")));
}

void NotebookViewTest::longOutput_isCutWithShowAllLink()
{
    QString text;
    for (int i = 0; i < 1000; ++i) {
        text += QStringLiteral("line %1\n").arg(i);
    }
    Notebook notebook;
    notebook.cells << codeCell(QStringLiteral("for i in range(1000): print('line', i)"), {streamOutput(text)});
    NotebookView view;
    view.setNotebook(notebook, m_root);
    QVERIFY(view.toPlainText().contains(QStringLiteral("line 199\n")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("line 999")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Show all")));

    emit view.anchorClicked(Ui::NotebookRenderer::expandUrl({0, 0}));
    QVERIFY(view.toPlainText().contains(QStringLiteral("line 999")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("Show all")));
}

void NotebookViewTest::links_areReportedNotFollowed()
{
    Notebook notebook;
    notebook.cells << markdownCell(QStringLiteral("[docs](https://example.com/docs) [local](notes.txt)"));
    NotebookView view;
    QSignalSpy external(&view, &NotebookView::externalLinkRequested);
    view.setNotebook(notebook, m_root);
    const QString before = view.toPlainText();
    emit view.anchorClicked(QUrl(QStringLiteral("https://example.com/docs")));
    emit view.anchorClicked(QUrl(QStringLiteral("notes.txt")));
    emit view.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(external.count(), 1);
    QCOMPARE(external.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.com/docs")));
    QVERIFY(view.source().isEmpty());
    QCOMPARE(view.toPlainText(), before);
}

QTEST_MAIN(NotebookViewTest)
#include "notebookview_test.moc"
