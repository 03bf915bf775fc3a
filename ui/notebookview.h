// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebookrenderer.h"

#include <services/notebook/notebook.h>

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace GradeDesk::Ui {

/**
 * @brief A read-only view of one notebook (a student's submission), safe for hostile content.
 *
 * The notebook is laid out by NotebookRenderer. Code appears at once as plain text, and the view
 * asks for highlighting through highlightRequested(); HTML handed back to applyHighlighting() with
 * the same key replaces the cell. The window wires both to Services::SyntaxHighlighter, which keeps
 * this widget free of the highlighter process and lets tests feed HTML directly. Keys name the view
 * and the notebook shown, so answers for an earlier notebook are ignored.
 *
 * Security contract: nothing is executed and nothing is fetched from the network. loadResource()
 * serves only images inside the notebook (data: URIs, decoded outputs, attachments) and image
 * files inside resourceRoot(); everything else — http(s), `//host`, absolute paths, `../`
 * escapes, symbolic links out of the folder, non-image resources — gets a small "blocked"
 * placeholder image. (A null answer would not do: QTextDocument then reads local files itself.)
 * Links are never followed: in-document anchors scroll, "show all" links expand an output, and
 * http(s) links are only reported through externalLinkRequested() for the window to confirm.
 */
class NotebookView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookView)

public:
    explicit NotebookView(QWidget *parent = nullptr);
    ~NotebookView() override;

    /// Shows `notebook`; relative images resolve inside `resourceRoot` (empty: none are served).
    void setNotebook(const Services::Notebook &notebook, const QString &resourceRoot);
    /// Replaces the content with a centred message (an empty state or an error).
    void showMessage(const QString &title, const QString &text = {});

    bool hasNotebook() const { return m_hasNotebook; }

    const Services::Notebook &notebook() const { return m_notebook; }

    QString resourceRoot() const { return m_resourceRoot; }

    /// Code cells whose highlighted HTML is in place.
    int highlightedCellCount() const { return int(m_highlighted.size()); }

    int codeCellCount() const { return int(m_code.size()); }

    QVariant loadResource(int type, const QUrl &name) override;
    /// Swaps in highlighted `html` (a `<pre>`) for the code cell that `key` names.
    void applyHighlighting(const QString &key, const QString &html);

    /// The image served in place of every refused resource.
    static QImage blockedImage();

signals:
    /// Asks for `code` in `language` as highlighted HTML, to be passed to applyHighlighting().
    void highlightRequested(const QString &key, const QString &code, const QString &language);
    void notebookShown();
    void codeHighlighted(int cellIndex);
    void resourceRefused(const QUrl &url);
    /// The user activated an http(s) link; the view itself never opens it.
    void externalLinkRequested(const QUrl &url);

private:
    void render();
    void requestHighlighting();
    void onAnchorClicked(const QUrl &url);
    QVariant refuse(int type, const QUrl &name, const char *reason);
    QString keyPrefix() const;

    Services::Notebook m_notebook;
    QString m_resourceRoot;
    bool m_hasNotebook = false;
    int m_generation = 0;
    QSet<NotebookRenderer::OutputKey> m_expanded;
    QList<RenderedCode> m_code;
    QHash<int, QString> m_highlighted; ///< cell index -> highlighted HTML of the current notebook
};

} // namespace GradeDesk::Ui
