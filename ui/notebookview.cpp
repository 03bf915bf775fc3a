// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookview.h"

#include "uilogging.h"

#include <services/exchange/pathguard.h>

#include <QFileInfo>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

constexpr qint64 MaxLocalImageBytes = 16 * 1024 * 1024;
constexpr qsizetype MaxDataUrlChars = 24 * 1024 * 1024;

QImage decodeDataUrl(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    if (text.size() > MaxDataUrlChars) {
        return {};
    }
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0) {
        return {};
    }
    const QString header = text.left(comma);
    if (!header.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive)) {
        return {};
    }
    const QByteArray payload = QByteArray::fromPercentEncoding(text.mid(comma + 1).toLatin1());
    QImage image;
    image.loadFromData(header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive) ? QByteArray::fromBase64(payload)
                                                                                      : payload);
    return image;
}

} // namespace

NotebookView::NotebookView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("notebookView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    // Notebook outputs assume a light page (matplotlib figures, the highlighter's light theme).
    QPalette page = palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(QStringLiteral("#1f2328")));
    setPalette(page);
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, &NotebookView::onAnchorClicked);
}

NotebookView::~NotebookView() = default;

void NotebookView::setNotebook(const Notebook &notebook, const QString &resourceRoot)
{
    m_notebook = notebook;
    m_resourceRoot = resourceRoot;
    m_hasNotebook = true;
    ++m_generation;
    m_expanded.clear();
    m_highlighted.clear();
    render();
    verticalScrollBar()->setValue(0);
    requestHighlighting();
    emit notebookShown();
}

void NotebookView::showMessage(const QString &title, const QString &text)
{
    m_hasNotebook = false;
    m_notebook = {};
    m_resourceRoot.clear();
    ++m_generation;
    m_code.clear();
    m_highlighted.clear();
    setHtml(QStringLiteral("<div align=\"center\" style=\"color:#6e7781\"><br/><br/><p style=\"font-size:large\">%1</p>"
                           "<p>%2</p></div>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"))));
}

void NotebookView::render()
{
    NotebookRenderer renderer(document());
    m_code = renderer.render(m_notebook, m_expanded);
    for (const RenderedCode &block : std::as_const(m_code)) {
        if (const auto html = m_highlighted.constFind(block.cellIndex); html != m_highlighted.cend()) {
            NotebookRenderer::replaceCode(block, *html);
        }
    }
}

void NotebookView::requestHighlighting()
{
    const QString language = m_notebook.language();
    for (const RenderedCode &block : std::as_const(m_code)) {
        if (!block.code.trimmed().isEmpty()) {
            emit highlightRequested(keyPrefix() + QString::number(block.cellIndex), block.code, language);
        }
    }
}

QString NotebookView::keyPrefix() const
{
    // One highlighter serves every view: keys name this view and the notebook generation.
    return QStringLiteral("nbview/%1/%2/").arg(quintptr(this), 0, 16).arg(m_generation);
}

void NotebookView::applyHighlighting(const QString &key, const QString &html)
{
    const QString prefix = keyPrefix();
    if (!m_hasNotebook || !key.startsWith(prefix)) {
        return;
    }
    bool ok = false;
    const int cellIndex = QStringView(key).mid(prefix.size()).toInt(&ok);
    if (!ok) {
        return;
    }
    for (const RenderedCode &block : std::as_const(m_code)) {
        if (block.cellIndex == cellIndex) {
            m_highlighted.insert(cellIndex, html);
            NotebookRenderer::replaceCode(block, html);
            emit codeHighlighted(cellIndex);
            return;
        }
    }
}

void NotebookView::onAnchorClicked(const QUrl &url)
{
    if (const auto key = NotebookRenderer::parseExpandUrl(url)) {
        const int scroll = verticalScrollBar()->value();
        m_expanded.insert(*key);
        render();
        verticalScrollBar()->setValue(scroll);
        return;
    }
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        emit externalLinkRequested(url);
        return;
    }
    qCInfo(lcUi) << "ignored a link in a notebook:" << url.toString(QUrl::RemoveQuery);
}

QVariant NotebookView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        return refuse(type, name, "not an image");
    }
    if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0) {
        const QImage image = decodeDataUrl(name);
        return image.isNull() ? refuse(type, name, "undecodable data URI") : QVariant(image);
    }
    const bool localName = name.scheme().isEmpty() || name.scheme() == QLatin1String("file");
    if (!localName || !name.host().isEmpty()) {
        return refuse(type, name, "remote or unknown scheme");
    }
    if (m_resourceRoot.isEmpty()) {
        return refuse(type, name, "no submission folder");
    }
    const QString relative = name.path(QUrl::FullyDecoded);
    const auto resolved = resolveInside(m_resourceRoot, relative);
    if (!resolved) {
        return refuse(type, name, "outside the submission folder");
    }
    const QFileInfo file(resolved.value());
    if (!file.isFile() || file.size() > MaxLocalImageBytes) {
        return refuse(type, name, "missing or too large");
    }
    const QImage image(file.absoluteFilePath());
    return image.isNull() ? refuse(type, name, "not an image file") : QVariant(image);
}

QVariant NotebookView::refuse(int type, const QUrl &name, const char *reason)
{
    qCInfo(lcUi) << "refused notebook resource" << name.toString(QUrl::RemoveQuery).left(200) << "-" << reason;
    const QImage placeholder = blockedImage();
    // Cached in the document so layout and painting do not ask (and log) again.
    document()->addResource(type, name, placeholder);
    emit resourceRefused(name);
    return placeholder;
}

QImage NotebookView::blockedImage()
{
    QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(QStringLiteral("#edf2f7")));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(QStringLiteral("#a0aec0")), 2));
    painter.drawRect(image.rect().adjusted(1, 1, -2, -2));
    painter.drawLine(6, 6, 17, 17);
    painter.drawLine(17, 6, 6, 17);
    painter.end();
    image.setText(QStringLiteral("gradedesk"), QStringLiteral("blocked"));
    return image;
}

} // namespace GradeDesk::Ui
