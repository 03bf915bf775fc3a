// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookrenderer.h"

#include "uilogging.h"

#include <services/notebook/checksum.h>
#include <services/notebook/outputrender.h>

#include <QColor>
#include <QFontDatabase>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrlQuery>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

constexpr int MaxImageBytes = 32 * 1024 * 1024;
constexpr int MaxDisplayWidth = 720;

const auto ExpandScheme = QStringLiteral("gradedesk");
const auto OutputScheme = QStringLiteral("gradedesk-output");
const auto AttachmentScheme = QStringLiteral("gradedesk-attachment");

QString formatPoints(double points)
{
    return QLocale().toString(points, 'g', 6);
}

// Removes <image> elements that refer to anything but inline data: QtSvg would read local files.
QString stripExternalSvgImages(const QString &svg)
{
    static const QRegularExpression externalImage(
        QStringLiteral(R"(<(?:\w+:)?image\b[^>]*?href\s*=\s*["'](?!\s*data:)[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = svg;
    result.remove(externalImage);
    return result;
}

// Turns <pre> blocks (from highlighted code and tracebacks) into wrapping blocks without the
// default stylesheet's 12px margins: the surrounding box already spaces them.
void allowWrapping(QTextFrame *frame)
{
    QTextCursor cursor(frame->document());
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (block.isValid() && block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat format = block.blockFormat();
            format.setNonBreakableLines(false);
            format.setTopMargin(0);
            format.setBottomMargin(0);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        } else if (QTextFrame *child = it.currentFrame()) {
            allowWrapping(child);
        }
    }
}

} // namespace

NotebookRenderer::NotebookRenderer(QTextDocument *document, const RenderLimits &limits)
    : m_document(document)
    , m_limits(limits)
{
    m_monoFormat.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QList<RenderedCode> NotebookRenderer::render(const Notebook &notebook, const QSet<OutputKey> &expanded)
{
    m_expanded = expanded;
    m_code.clear();
    m_document->clear();
    m_cursor = QTextCursor(m_document);
    m_cursor.beginEditBlock();
    renderWarnings(notebook.warnings);
    for (int i = 0; i < notebook.cells.size(); ++i) {
        renderCell(i, notebook.cells.at(i));
    }
    m_cursor.endEditBlock();
    allowWrapping(m_document->rootFrame());
    return m_code;
}

void NotebookRenderer::replaceCode(const RenderedCode &block, const QString &html)
{
    if (!block.frame) {
        return;
    }
    QTextCursor cursor = block.frame->firstCursorPosition();
    cursor.beginEditBlock();
    cursor.setPosition(block.frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.insertHtml(html);
    // A <pre> starts and ends with a line break, which would frame the code with empty lines.
    QTextCursor head = block.frame->firstCursorPosition();
    if (head.block().text().isEmpty() && head.block().next().isValid() &&
        head.block().next().position() <= block.frame->lastPosition()) {
        head.deleteChar();
    }
    QTextCursor tail = block.frame->lastCursorPosition();
    if (tail.block().text().isEmpty() && tail.block() != block.frame->firstCursorPosition().block()) {
        tail.deletePreviousChar();
    }
    cursor.endEditBlock();
    allowWrapping(block.frame);
}

QUrl NotebookRenderer::expandUrl(const OutputKey &key)
{
    QUrl url;
    url.setScheme(ExpandScheme);
    url.setPath(QStringLiteral("expand"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cell"), QString::number(key.first));
    query.addQueryItem(QStringLiteral("output"), QString::number(key.second));
    url.setQuery(query);
    return url;
}

std::optional<NotebookRenderer::OutputKey> NotebookRenderer::parseExpandUrl(const QUrl &url)
{
    if (url.scheme() != ExpandScheme || url.path() != QLatin1String("expand")) {
        return std::nullopt;
    }
    const QUrlQuery query(url);
    bool cellOk = false;
    bool outputOk = false;
    const int cell = query.queryItemValue(QStringLiteral("cell")).toInt(&cellOk);
    const int output = query.queryItemValue(QStringLiteral("output")).toInt(&outputOk);
    if (!cellOk || !outputOk || cell < 0 || output < 0) {
        return std::nullopt;
    }
    return OutputKey{cell, output};
}

void NotebookRenderer::renderWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        return;
    }
    QTextFrame *box = insertBox(QStringLiteral("#fffbea"), QStringLiteral("#d69e2e"), 1, 8);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    m_cursor.insertText(tr("This notebook has problems; it is shown as far as possible:"), bold);
    for (const QString &warning : warnings) {
        m_cursor.insertBlock();
        m_cursor.insertText(QStringLiteral("• ") + warning, QTextCharFormat());
    }
    leaveFrame(box);
}

void NotebookRenderer::renderCell(int index, const Cell &cell)
{
    const NbgraderCellMeta &nb = cell.nbgrader;
    QString border = QStringLiteral("#d0d7de");
    int borderWidth = cell.type == CellType::Markdown ? 0 : 1;
    if (nb.isGradeCell()) {
        border = QStringLiteral("#3182ce");
        borderWidth = 2;
    } else if (nb.isSolutionCell()) {
        border = QStringLiteral("#d69e2e");
        borderWidth = 2;
    } else if (nb.isTaskCell()) {
        border = QStringLiteral("#805ad5");
        borderWidth = 2;
    }
    QTextFrame *cellFrame = insertBox(QStringLiteral("#ffffff"), border, borderWidth, 6);
    renderHeader(cell);

    switch (cell.type) {
    case CellType::Markdown:
        renderMarkdown(index, cell);
        break;
    case CellType::Code: {
        QTextFrame *code = insertBox(QStringLiteral("#f6f8fa"), QStringLiteral("#eaeef2"), 1, 6);
        m_cursor.insertText(cell.source, m_monoFormat);
        m_code.append({index, code, cell.source});
        leaveFrame(code);
        for (int i = 0; i < cell.outputs.size(); ++i) {
            renderOutput(index, i, cell.outputs.at(i));
        }
        break;
    }
    case CellType::Raw:
    case CellType::Unknown:
        renderPlainBlock(cell.source, QStringLiteral("#f7fafc"), index, -1);
        break;
    }
    leaveFrame(cellFrame);
}

void NotebookRenderer::renderHeader(const Cell &cell)
{
    const NbgraderCellMeta &nb = cell.nbgrader;
    const bool hasBadges = nb.present && (nb.grade || nb.solution || nb.locked || nb.task);
    if (cell.type != CellType::Code && !hasBadges) {
        return;
    }
    QTextCharFormat prompt = m_monoFormat;
    prompt.setForeground(QColor(QStringLiteral("#6e7781")));
    if (cell.type == CellType::Code) {
        const QString count = cell.executionCount ? QString::number(*cell.executionCount) : QStringLiteral(" ");
        m_cursor.insertText(QStringLiteral("In [%1]: ").arg(count), prompt);
    }
    if (hasBadges) {
        if (nb.grade) {
            renderBadge(nb.points ? tr("Grade · %1 pt").arg(formatPoints(*nb.points)) : tr("Grade"),
                        QStringLiteral("#2b6cb0"), tr("Graded cell: points count towards the score."));
        }
        if (nb.solution) {
            renderBadge(tr("Solution"), QStringLiteral("#b7791f"), tr("The student writes the answer in this cell."));
        }
        if (nb.task) {
            renderBadge(nb.points ? tr("Task · %1 pt").arg(formatPoints(*nb.points)) : tr("Task"),
                        QStringLiteral("#6b46c1"), tr("A task graded by hand."));
        }
        if (nb.locked && !nb.solution) {
            renderBadge(tr("Locked"), QStringLiteral("#718096"), tr("Students cannot edit this cell."));
        }
        if (!nb.checksum.isEmpty()) {
            const bool unchanged = nbgraderChecksum(cell) == nb.checksum;
            if (unchanged && nb.solution) {
                renderBadge(tr("Unchanged"), QStringLiteral("#c05621"),
                            tr("The student left this answer cell as it was released."));
            } else if (unchanged) {
                renderBadge(tr("Unchanged"), QStringLiteral("#2f855a"), tr("The cell matches the released version."));
            } else if (!nb.solution) {
                renderBadge(tr("Modified"), QStringLiteral("#c53030"),
                            tr("This cell differs from the released version although students should not edit it."));
            }
        }
        if (!nb.gradeId.isEmpty()) {
            QTextCharFormat id = prompt;
            id.setToolTip(tr("nbgrader cell id"));
            m_cursor.insertText(QStringLiteral(" ") + nb.gradeId, id);
        }
    }
    if (!cell.tags.isEmpty()) {
        QTextCharFormat tags;
        tags.setForeground(QColor(QStringLiteral("#6e7781")));
        m_cursor.insertText(QStringLiteral("  ") + tr("tags: %1").arg(cell.tags.join(QStringLiteral(", "))), tags);
    }
}

void NotebookRenderer::renderBadge(const QString &text, const QString &background, const QString &toolTip)
{
    QTextCharFormat format;
    format.setBackground(QColor(background));
    format.setForeground(Qt::white);
    format.setFontWeight(QFont::DemiBold);
    format.setToolTip(toolTip);
    m_cursor.insertText(QStringLiteral("\u00a0") + text + QStringLiteral("\u00a0"), format);
    m_cursor.insertText(QStringLiteral(" "), QTextCharFormat());
}

void NotebookRenderer::renderMarkdown(int index, const Cell &cell)
{
    QString source = cell.source;
    const QJsonObject attachments = cell.raw.value(QLatin1String("attachments")).toObject();
    if (!attachments.isEmpty()) {
        const QString prefix = AttachmentScheme + QStringLiteral(":/%1/").arg(index);
        source.replace(QLatin1String("attachment:"), prefix);
        for (auto it = attachments.begin(); it != attachments.end(); ++it) {
            const QJsonObject bundle = it.value().toObject();
            for (auto mime = bundle.begin(); mime != bundle.end(); ++mime) {
                if (!mime.key().startsWith(QLatin1String("image/")) || mime.key() == QLatin1String("image/svg+xml")) {
                    continue;
                }
                QImage image;
                if (image.loadFromData(QByteArray::fromBase64(mime.value().toString().toLatin1()))) {
                    m_document->addResource(QTextDocument::ImageResource, QUrl(prefix + it.key()), image);
                    break;
                }
            }
        }
    }
    if (!m_cursor.block().text().isEmpty()) {
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat()); // below the badges
    }
    if (source.trimmed().isEmpty()) {
        QTextCharFormat empty;
        empty.setForeground(QColor(QStringLiteral("#a0aec0")));
        empty.setFontItalic(true);
        m_cursor.insertText(tr("(empty cell)"), empty);
        return;
    }
    m_cursor.insertMarkdown(source);
}

void NotebookRenderer::renderOutput(int cellIndex, int outputIndex, const Output &output)
{
    switch (output.type) {
    case Output::Type::Stream:
        renderPlainBlock(output.text,
                         output.streamName == QLatin1String("stderr") ? QStringLiteral("#fff5f5")
                                                                      : QStringLiteral("#ffffff"),
                         cellIndex, outputIndex);
        return;
    case Output::Type::Error: {
        const QString text = output.traceback.isEmpty() ? output.ename + QStringLiteral(": ") + output.evalue
                                                        : output.traceback.join(QLatin1Char('\n'));
        const bool full = isExpanded(cellIndex, outputIndex);
        const TruncatedText cut =
            full ? TruncatedText{text, 0, 0} : truncateText(text, m_limits.maxOutputLines, m_limits.maxOutputChars);
        renderHtmlBlock(QStringLiteral("<pre>") + ansiToHtml(cut.text) + QStringLiteral("</pre>"),
                        QStringLiteral("#fff5f5"));
        if (cut.truncated()) {
            renderExpandLink({cellIndex, outputIndex}, tr("%n more line(s) of traceback", "", int(cut.hiddenLines)));
        }
        return;
    }
    case Output::Type::DisplayData:
    case Output::Type::ExecuteResult:
        renderMimeBundle(cellIndex, outputIndex, output);
        return;
    case Output::Type::Unknown:
        renderNote(tr("[output of type “%1” not shown]").arg(output.typeName));
        return;
    }
}

void NotebookRenderer::renderMimeBundle(int cellIndex, int outputIndex, const Output &output)
{
    const QString mime = preferredMimeType(output);
    const QString text = output.data.value(mime).toString();
    if (mime.isEmpty()) {
        renderNote(tr("[output with no displayable content]"));
    } else if (mime == QLatin1String("text/html")) {
        if (text.size() > m_limits.maxHtmlChars && !isExpanded(cellIndex, outputIndex)) {
            renderPlainBlock(output.data.value(QLatin1String("text/plain")).toString(), QStringLiteral("#ffffff"),
                             cellIndex, outputIndex);
            renderExpandLink({cellIndex, outputIndex}, tr("a large HTML output (%1 KB)").arg(text.size() / 1024));
        } else {
            renderHtmlBlock(sanitizeHtml(text), QStringLiteral("#ffffff"));
        }
    } else if (mime == QLatin1String("image/svg+xml")) {
        renderSvg(cellIndex, outputIndex, text);
    } else if (mime.startsWith(QLatin1String("image/"))) {
        renderImage(cellIndex, outputIndex, mime, output);
    } else if (mime == QLatin1String("text/markdown")) {
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        m_cursor.insertMarkdown(text);
    } else {
        // text/plain, text/latex (math stays as source text) and anything else textual.
        renderPlainBlock(text, QStringLiteral("#ffffff"), cellIndex, outputIndex);
    }
}

void NotebookRenderer::renderImage(int cellIndex, int outputIndex, const QString &mime, const Output &output)
{
    const QString encoded = output.data.value(mime).toString();
    if (encoded.size() > MaxImageBytes) {
        renderNote(tr("[image too large to show: %1 MB]").arg(encoded.size() / (1024 * 1024)));
        return;
    }
    QImage image;
    if (!image.loadFromData(QByteArray::fromBase64(encoded.toLatin1()))) {
        renderNote(tr("[%1 image that could not be decoded]").arg(mime));
        return;
    }
    const QUrl url(OutputScheme + QStringLiteral(":/%1/%2").arg(cellIndex).arg(outputIndex));
    insertImageResource(url, image,
                        output.metadata.value(mime).toObject().isEmpty() ? output.metadata
                                                                         : output.metadata.value(mime).toObject());
}

void NotebookRenderer::renderSvg(int cellIndex, int outputIndex, const QString &svg)
{
    QSvgRenderer renderer(stripExternalSvgImages(svg).toUtf8());
    if (!renderer.isValid()) {
        renderNote(tr("[SVG image that could not be read]"));
        return;
    }
    QSize size = renderer.defaultSize();
    if (size.isEmpty()) {
        size = QSize(400, 300);
    }
    size = size.boundedTo(QSize(m_limits.maxImageSide, m_limits.maxImageSide));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    insertImageResource(QUrl(OutputScheme + QStringLiteral(":/%1/%2").arg(cellIndex).arg(outputIndex)), image, {});
}

void NotebookRenderer::insertImageResource(const QUrl &url, const QImage &image, const QJsonObject &metadata)
{
    m_document->addResource(QTextDocument::ImageResource, url, image);
    QTextImageFormat format;
    format.setName(url.toString());
    // Output metadata is untrusted: only plain positive numbers are used as a width.
    double width = metadata.value(QLatin1String("width")).toDouble(0.0);
    if (width <= 0 || width > m_limits.maxImageSide) {
        width = image.width();
    }
    width = std::min<double>(width, MaxDisplayWidth);
    format.setWidth(width);
    format.setHeight(image.width() > 0 ? width * image.height() / image.width() : image.height());
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_cursor.insertImage(format);
}

void NotebookRenderer::renderPlainBlock(const QString &text, const QString &background, int cellIndex, int outputIndex)
{
    const bool full = outputIndex < 0 || isExpanded(cellIndex, outputIndex);
    const TruncatedText cut =
        full ? TruncatedText{text, 0, 0} : truncateText(text, m_limits.maxOutputLines, m_limits.maxOutputChars);
    QString shown = cut.text;
    if (shown.endsWith(QLatin1Char('\n'))) {
        shown.chop(1);
    }
    QTextFrame *box = insertBox(background, background, 0, 4);
    m_cursor.insertText(shown, m_monoFormat);
    leaveFrame(box);
    if (cut.truncated()) {
        renderExpandLink({cellIndex, outputIndex}, tr("%n more line(s)", "", int(cut.hiddenLines)));
    }
}

void NotebookRenderer::renderHtmlBlock(const QString &html, const QString &background)
{
    QTextFrame *box = insertBox(background, background, 0, 4);
    m_cursor.insertHtml(html);
    leaveFrame(box);
}

void NotebookRenderer::renderNote(const QString &text)
{
    QTextCharFormat note;
    note.setForeground(QColor(QStringLiteral("#718096")));
    note.setFontItalic(true);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_cursor.insertText(text, note);
}

void NotebookRenderer::renderExpandLink(const OutputKey &key, const QString &what)
{
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(expandUrl(key).toString());
    link.setForeground(QColor(QStringLiteral("#0969da")));
    link.setFontUnderline(true);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_cursor.insertText(tr("Show all (%1 hidden)").arg(what), link);
    m_cursor.insertText(QStringLiteral(" "), QTextCharFormat());
}

QTextFrame *NotebookRenderer::insertBox(const QString &background, const QString &border, int borderWidth, int padding)
{
    QTextFrameFormat format;
    format.setBackground(QColor(background));
    format.setBorder(borderWidth);
    format.setBorderBrush(QColor(border));
    format.setBorderStyle(borderWidth > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setPadding(padding);
    format.setMargin(0);
    format.setTopMargin(2);
    return m_cursor.insertFrame(format);
}

void NotebookRenderer::leaveFrame(QTextFrame *frame)
{
    m_cursor.setPosition(frame->lastPosition() + 1);
}

bool NotebookRenderer::isExpanded(int cellIndex, int outputIndex) const
{
    return m_expanded.contains({cellIndex, outputIndex});
}

} // namespace GradeDesk::Ui
