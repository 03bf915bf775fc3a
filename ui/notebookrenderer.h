// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/notebook/notebook.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QUrl>

#include <optional>
#include <utility>

class QTextDocument;
class QTextFrame;

namespace GradeDesk::Ui {

/// A code cell's source block in a rendered document, so highlighted HTML can replace it later.
struct RenderedCode {
    int cellIndex = -1;
    QTextFrame *frame = nullptr; ///< Owned by the document; valid until the document is cleared.
    QString code;
};

/// Sizes above which an output is cut, with a "show all" link that lifts the limit for it.
struct RenderLimits {
    int maxOutputLines = 200;
    int maxOutputChars = 40'000;
    int maxHtmlChars = 300'000;
    int maxImageSide = 4'096; ///< Larger SVGs are scaled down before rasterising.
};

/**
 * @brief Lays a notebook out in a QTextDocument for read-only viewing.
 *
 * Nothing in the notebook is executed and nothing is fetched: images and markdown attachments
 * are decoded into document resources under the `gradedesk-output:` and `gradedesk-attachment:`
 * schemes, HTML outputs pass through sanitizeHtml(), and any other resource the text refers to
 * (a relative `<img>` in markdown) goes through the viewer's loadResource() policy.
 *
 * Code is inserted as plain text; callers swap in highlighted HTML with replaceCode() when it
 * arrives. Outputs longer than the limits are cut with a link built by expandUrl(); render again
 * with that output in `expanded` to show it in full.
 */
class NotebookRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookRenderer)

public:
    using OutputKey = std::pair<int, int>; ///< (cell index, output index)

    explicit NotebookRenderer(QTextDocument *document, const RenderLimits &limits = {});

    /// Replaces the document's content with `notebook`; returns its code blocks in document order.
    QList<RenderedCode> render(const Services::Notebook &notebook, const QSet<OutputKey> &expanded = {});

    /// Replaces the plain code of `block` with `html` (a `<pre>` with inline styles).
    static void replaceCode(const RenderedCode &block, const QString &html);

    static QUrl expandUrl(const OutputKey &key);
    static std::optional<OutputKey> parseExpandUrl(const QUrl &url);

private:
    void renderWarnings(const QStringList &warnings);
    void renderCell(int index, const Services::Cell &cell);
    void renderHeader(const Services::Cell &cell);
    void renderBadge(const QString &text, const QString &background, const QString &toolTip = {});
    void renderMarkdown(int index, const Services::Cell &cell);
    void renderOutput(int cellIndex, int outputIndex, const Services::Output &output);
    void renderMimeBundle(int cellIndex, int outputIndex, const Services::Output &output);
    void renderImage(int cellIndex, int outputIndex, const QString &mime, const Services::Output &output);
    void renderSvg(int cellIndex, int outputIndex, const QString &svg);
    void renderPlainBlock(const QString &text, const QString &background, int cellIndex, int outputIndex);
    void renderHtmlBlock(const QString &html, const QString &background);
    void renderNote(const QString &text);
    void renderExpandLink(const OutputKey &key, const QString &what);
    void insertImageResource(const QUrl &url, const QImage &image, const QJsonObject &metadata);
    QTextFrame *insertBox(const QString &background, const QString &border, int borderWidth, int padding);
    void leaveFrame(QTextFrame *frame);
    bool isExpanded(int cellIndex, int outputIndex) const;

    QTextDocument *m_document;
    RenderLimits m_limits;
    QTextCursor m_cursor;
    QSet<OutputKey> m_expanded;
    QList<RenderedCode> m_code;
    QTextCharFormat m_monoFormat;
};

} // namespace GradeDesk::Ui
