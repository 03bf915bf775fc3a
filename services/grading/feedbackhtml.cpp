// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "feedbackhtml.h"

#include <services/notebook/outputrender.h>

#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>

namespace GradeDesk::Services {

namespace {

// Scripts and every fetch are forbidden; inline styles are the page's own stylesheet and the style
// attributes sanitizeHtml() keeps (it drops those with url()).
const QString kContentSecurityPolicy =
    QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");

const QString kStyle = QStringLiteral(
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;margin:1.5rem auto;"
    "padding:0 1rem;color:#1f2328;line-height:1.45}"
    "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.5rem}"
    ".meta{color:#59636e;margin-top:0}"
    "table.summary{border-collapse:collapse;margin:1rem 0}"
    "table.summary td,table.summary th{border:1px solid #d1d9e0;padding:.3rem .6rem;text-align:left}"
    "table.summary td.score,table.summary th.score{text-align:right;white-space:nowrap}"
    ".totals{background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:.6rem .9rem}"
    ".cell{margin:1rem 0}.cell.graded{border:2px solid #0969da;border-radius:6px;padding:.5rem}"
    ".heading{display:flex;justify-content:space-between;gap:1rem;font-weight:600;margin-bottom:.4rem}"
    ".heading a{font-weight:normal}"
    "pre{white-space:pre-wrap;word-wrap:break-word;margin:.3rem 0;padding:.5rem;border-radius:4px;"
    "font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9rem}"
    "pre.code{background:#f6f8fa;border:1px solid #d1d9e0}pre.markdown{background:#fff}"
    ".prompt{color:#59636e;font-family:monospace;font-size:.8rem}"
    ".output pre{background:#fff;border-left:3px solid #d1d9e0}.output pre.stderr{background:#fff8f0}"
    ".output pre.error{background:#fff0f0;border-left-color:#cf222e}.output img{max-width:100%}"
    ".note{color:#59636e;font-style:italic}"
    ".feedback{background:#f0f7ff;border-radius:4px;padding:.5rem .8rem;margin-top:.5rem}"
    ".feedback ul{margin:.2rem 0;padding-left:1.2rem}.feedback .points{font-weight:600;margin-right:.4rem}"
    ".feedback .description{color:#3d444d;white-space:pre-wrap}"
    ".comment{white-space:pre-wrap}.problem{background:#fff8c5;padding:.5rem;border-radius:4px}");

QString text(const QString &value)
{
    return escapeHtml(value);
}

QString formatPoints(double points)
{
    return QLocale().toString(points, 'g', QLocale::FloatingPointShortest);
}

QString signedPoints(double points)
{
    return points > 0 ? QStringLiteral("+") + formatPoints(points) : formatPoints(points);
}

/// "1.5 / 2", or "not graded yet" while a score is missing or a manual grade is pending.
QString scoreText(const GradeRecord &grade)
{
    const std::optional<double> score = grade.score();
    if (!score || (grade.needsManualGrade && !grade.manualScore)) {
        return FeedbackHtml::tr("not graded yet (%1 points)").arg(formatPoints(grade.maxScore));
    }
    return QStringLiteral("%1 / %2").arg(formatPoints(*score), formatPoints(grade.maxScore));
}

QString kindOf(const Cell &cell)
{
    const NbgraderCellMeta &nb = cell.nbgrader;
    if (nb.isTaskCell()) {
        return FeedbackHtml::tr("Task");
    }
    if (!nb.isSolutionCell()) {
        return FeedbackHtml::tr("Test cell");
    }
    return cell.type == CellType::Markdown ? FeedbackHtml::tr("Written response")
                                           : FeedbackHtml::tr("Coding free-response");
}

/// Only base64 text may go into a data: URL: anything else could end the attribute.
std::optional<QString> cleanBase64(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (c.isSpace()) {
            continue;
        }
        const bool valid = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
                           c == QLatin1Char('/') || c == QLatin1Char('=');
        if (!valid) {
            return std::nullopt;
        }
        clean += c;
    }
    return clean.isEmpty() ? std::nullopt : std::optional<QString>(clean);
}

QString truncationNote(const TruncatedText &cut)
{
    if (!cut.truncated()) {
        return {};
    }
    return QStringLiteral("<p class=\"note\">") +
           text(FeedbackHtml::tr("%n more line(s) not shown.", nullptr,
                                 int(std::min<qsizetype>(cut.hiddenLines, INT_MAX)))) +
           QStringLiteral("</p>");
}

QString preformatted(const QString &value, const QString &cssClass, bool ansi)
{
    const TruncatedText cut = truncateText(value);
    return QStringLiteral("<pre class=\"%1\">").arg(cssClass) + (ansi ? ansiToHtml(cut.text) : text(cut.text)) +
           QStringLiteral("</pre>") + truncationNote(cut);
}

/**
 * The source as nbgrader's ClearHiddenTests releases it: lines from one containing "BEGIN HIDDEN TESTS"
 * through one containing "END HIDDEN TESTS" removed (to the end when unterminated). The autograded
 * notebook has them back, but students must not see them: they are reused and often hold the answer.
 */
QString withoutHiddenTests(const QString &source, bool &removed)
{
    removed = false;
    if (!source.contains(QLatin1String("BEGIN HIDDEN TESTS"))) {
        return source;
    }
    QStringList kept;
    bool hidden = false;
    for (const QString &line : source.split(QLatin1Char('\n'))) {
        if (!hidden && line.contains(QLatin1String("BEGIN HIDDEN TESTS"))) {
            hidden = removed = true;
        } else if (hidden && line.contains(QLatin1String("END HIDDEN TESTS"))) {
            hidden = false;
        } else if (!hidden) {
            kept.append(line);
        }
    }
    return kept.join(QLatin1Char('\n'));
}

/// `hideTraceback`: show an error as its name and value only, because its traceback quotes hidden tests.
QString renderOutput(const Output &output, bool hideTraceback)
{
    switch (output.type) {
    case Output::Type::Stream:
        return preformatted(
            output.text,
            output.streamName == QLatin1String("stderr") ? QStringLiteral("stderr") : QStringLiteral("stream"), true);
    case Output::Type::Error: {
        if (hideTraceback) {
            return preformatted(output.ename + QStringLiteral(": ") + output.evalue, QStringLiteral("error"), true) +
                   QStringLiteral("<p class=\"note\">") +
                   text(FeedbackHtml::tr("The traceback is not shown because it would reveal hidden tests.")) +
                   QStringLiteral("</p>");
        }
        if (output.traceback.isEmpty()) {
            return preformatted(output.ename + QStringLiteral(": ") + output.evalue, QStringLiteral("error"), true);
        }
        const TruncatedText cut = truncateTraceback(output.traceback);
        return QStringLiteral("<pre class=\"error\">") + ansiToHtml(cut.text) + QStringLiteral("</pre>") +
               truncationNote(cut);
    }
    case Output::Type::DisplayData:
    case Output::Type::ExecuteResult:
        break;
    case Output::Type::Unknown:
        return QStringLiteral("<p class=\"note\">") +
               text(FeedbackHtml::tr("An output of type \u201c%1\u201d is not shown.").arg(output.typeName)) +
               QStringLiteral("</p>");
    }
    const QString mime = preferredMimeType(output);
    const QString value = output.data.value(mime).toString();
    if (mime.isEmpty()) {
        return {};
    }
    if (mime == QLatin1String("text/html")) {
        return QStringLiteral("<div class=\"html\">") + sanitizeHtml(value) + QStringLiteral("</div>");
    }
    if (mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg")) {
        const std::optional<QString> base64 = cleanBase64(value);
        if (!base64) {
            return QStringLiteral("<p class=\"note\">") + text(FeedbackHtml::tr("An image that could not be read.")) +
                   QStringLiteral("</p>");
        }
        return QStringLiteral("<img alt=\"\" src=\"data:%1;base64,%2\">").arg(mime, *base64);
    }
    if (mime == QLatin1String("image/svg+xml")) {
        // As an <img>, an SVG cannot run scripts or load anything, whatever it holds.
        return QStringLiteral("<img alt=\"\" src=\"data:image/svg+xml;base64,%1\">")
            .arg(QString::fromLatin1(value.toUtf8().toBase64()));
    }
    return preformatted(value, QStringLiteral("text"), mime == QLatin1String("text/plain"));
}

struct CellFeedback {
    const GradeRecord *grade = nullptr;
    const CommentRecord *comment = nullptr;
    QString anchor;
};

QString renderFeedbackBox(const NotebookFeedback &feedback, const CellFeedback &cell)
{
    QString html;
    if (cell.grade) {
        const QList<RubricItemRecord> items = feedback.appliedItems.value(cell.grade->cellId);
        if (!items.isEmpty()) {
            html += QStringLiteral("<ul class=\"items\">");
            for (const RubricItemRecord &item : items) {
                html += QStringLiteral("<li><span class=\"points\">%1</span><strong>%2</strong>")
                            .arg(text(signedPoints(item.points)), text(item.title));
                if (!item.description.isEmpty()) {
                    html += QStringLiteral("<div class=\"description\">") + text(item.description) +
                            QStringLiteral("</div>");
                }
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
        const auto adjustment = feedback.adjustments.constFind(cell.grade->cellId);
        if (adjustment != feedback.adjustments.cend()) {
            html += QStringLiteral("<p class=\"adjustment\">") +
                    text(adjustment->second.isEmpty()
                             ? FeedbackHtml::tr("Adjustment: %1").arg(signedPoints(adjustment->first))
                             : FeedbackHtml::tr("Adjustment: %1 (%2)")
                                   .arg(signedPoints(adjustment->first), adjustment->second)) +
                    QStringLiteral("</p>");
        }
        if (cell.grade->extraCredit && *cell.grade->extraCredit != 0.0) {
            html += QStringLiteral("<p class=\"extra\">") +
                    text(FeedbackHtml::tr("Extra credit: %1").arg(signedPoints(*cell.grade->extraCredit))) +
                    QStringLiteral("</p>");
        }
    }
    if (cell.comment && !cell.comment->comment().trimmed().isEmpty()) {
        html += QStringLiteral("<p><strong>") + text(FeedbackHtml::tr("Comment:")) + QStringLiteral("</strong></p>") +
                QStringLiteral("<div class=\"comment\">") + text(cell.comment->comment()) + QStringLiteral("</div>");
    }
    return html.isEmpty() ? QString() : QStringLiteral("<div class=\"feedback\">") + html + QStringLiteral("</div>");
}

QString renderHeading(const QString &label, const QString &gradeId, const GradeRecord *grade)
{
    QString html = QStringLiteral("<div class=\"heading\"><span>") + text(label);
    if (!gradeId.isEmpty()) {
        html += QStringLiteral(" <code>") + text(gradeId) + QStringLiteral("</code>");
    }
    html += QStringLiteral("</span><span>");
    if (grade) {
        html += text(FeedbackHtml::tr("Score: %1").arg(scoreText(*grade))) + QLatin1Char(' ');
    }
    return html + QStringLiteral("<a href=\"#top\">") + text(FeedbackHtml::tr("(Top)")) +
           QStringLiteral("</a></span></div>");
}

QString renderCell(const Cell &cell, const NotebookFeedback &feedback, const CellFeedback &graded)
{
    const bool isGraded = graded.grade != nullptr;
    QString html = QStringLiteral("<section class=\"cell%1\"").arg(isGraded ? QStringLiteral(" graded") : QString());
    if (!graded.anchor.isEmpty()) {
        html += QStringLiteral(" id=\"%1\"").arg(graded.anchor);
    }
    html += QLatin1Char('>');
    if (isGraded) {
        html += renderHeading(kindOf(cell), cell.nbgrader.gradeId, graded.grade);
    } else if (graded.comment && !graded.comment->comment().trimmed().isEmpty()) {
        html += renderHeading(FeedbackHtml::tr("Your answer"), {}, nullptr);
    }
    switch (cell.type) {
    case CellType::Code: {
        const QString count = cell.executionCount ? QString::number(*cell.executionCount) : QStringLiteral(" ");
        html += QStringLiteral("<div class=\"prompt\">In [%1]:</div>").arg(text(count));
        bool hadHiddenTests = false;
        const QString source = withoutHiddenTests(cell.source, hadHiddenTests);
        html += QStringLiteral("<pre class=\"code\">") + text(source) + QStringLiteral("</pre>");
        QString outputs;
        for (const Output &output : cell.outputs) {
            outputs += renderOutput(output, hadHiddenTests);
        }
        if (!outputs.isEmpty()) {
            html += QStringLiteral("<div class=\"output\">") + outputs + QStringLiteral("</div>");
        }
        break;
    }
    case CellType::Markdown:
        html += QStringLiteral("<pre class=\"markdown\">") + text(cell.source) + QStringLiteral("</pre>");
        break;
    case CellType::Raw:
    case CellType::Unknown:
        html += QStringLiteral("<pre class=\"raw\">") + text(cell.source) + QStringLiteral("</pre>");
        break;
    }
    html += renderFeedbackBox(feedback, graded);
    return html + QStringLiteral("</section>\n");
}

struct Totals {
    double score = 0.0;
    double max = 0.0;
};

Totals totalsOf(const QList<GradeRecord> &grades)
{
    Totals totals;
    for (const GradeRecord &grade : grades) {
        totals.score += grade.score().value_or(0.0);
        totals.max += grade.maxScore;
    }
    return totals;
}

QString renderSummary(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks)
{
    Totals all;
    for (const NotebookFeedback &notebook : notebooks) {
        const Totals totals = totalsOf(notebook.grades);
        all.score += totals.score;
        all.max += totals.max;
    }
    const double penalty = header.submission.latePenalty;
    QString html = QStringLiteral("<div class=\"totals\">");
    if (penalty > 0.0) {
        html += text(FeedbackHtml::tr("Assignment %1: %2 / %3, late penalty %4, score %5 / %3")
                         .arg(header.assignment, formatPoints(all.score), formatPoints(all.max), formatPoints(-penalty),
                              formatPoints(std::max(0.0, all.score - penalty))));
    } else {
        html += text(FeedbackHtml::tr("Assignment %1: score %2 / %3")
                         .arg(header.assignment, formatPoints(all.score), formatPoints(all.max)));
    }
    return html + QStringLiteral("</div>\n");
}

/// "problem1 (score: 3 / 6)"
QString notebookTitle(const NotebookFeedback &feedback)
{
    const Totals totals = totalsOf(feedback.grades);
    return FeedbackHtml::tr("%1 (score: %2 / %3)")
        .arg(feedback.notebookName, formatPoints(totals.score), formatPoints(totals.max));
}

/// The body of one notebook: its heading (unless the page's title is the notebook's), question table
/// and cells. `prefix` keeps anchors unique when several notebooks share one page.
QString renderNotebookBody(const NotebookFeedback &feedback, const QString &prefix, bool withHeading)
{
    QHash<QString, const GradeRecord *> gradeByName;
    for (const GradeRecord &grade : feedback.grades) {
        gradeByName.insert(grade.cellName, &grade);
    }
    QHash<QString, const CommentRecord *> commentByName;
    for (const CommentRecord &comment : feedback.comments) {
        commentByName.insert(comment.cellName, &comment);
    }

    QString cells;
    QString rows;
    QSet<QString> shown;
    int questionNumber = 0;
    for (const Cell &cell : feedback.notebook.cells) {
        const NbgraderCellMeta &nb = cell.nbgrader;
        CellFeedback graded;
        if (nb.present && !nb.gradeId.isEmpty() && !shown.contains(nb.gradeId)) {
            graded.grade = (nb.isGradeCell() || nb.isTaskCell()) ? gradeByName.value(nb.gradeId) : nullptr;
            graded.comment = commentByName.value(nb.gradeId);
        }
        if (graded.grade) {
            shown.insert(nb.gradeId);
            graded.anchor = QStringLiteral("%1q%2").arg(prefix).arg(++questionNumber);
            rows +=
                QStringLiteral("<tr><td><a href=\"#%1\">%2</a> <code>%3</code></td><td class=\"score\">%4</td></tr>")
                    .arg(graded.anchor, text(kindOf(cell)), text(nb.gradeId), text(scoreText(*graded.grade)));
        }
        cells += renderCell(cell, feedback, graded);
    }
    // Grades whose cell is not in the notebook (the student deleted it, or the file could not be read)
    // still count, so they are listed too.
    QString missing;
    for (const GradeRecord &grade : feedback.grades) {
        if (shown.contains(grade.cellName)) {
            continue;
        }
        const QString anchor = QStringLiteral("%1q%2").arg(prefix).arg(++questionNumber);
        rows += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td class=\"score\">%3</td></tr>")
                    .arg(anchor, text(grade.cellName), text(scoreText(grade)));
        CellFeedback entry{&grade, commentByName.value(grade.cellName), anchor};
        missing += QStringLiteral("<section class=\"cell graded\" id=\"%1\">").arg(anchor) +
                   renderHeading(FeedbackHtml::tr("Question"), grade.cellName, &grade) +
                   QStringLiteral("<p class=\"note\">") +
                   text(FeedbackHtml::tr("The cell of this question is not in the notebook.")) +
                   QStringLiteral("</p>") + renderFeedbackBox(feedback, entry) + QStringLiteral("</section>\n");
    }

    QString html =
        withHeading ? QStringLiteral("<h2>") + text(notebookTitle(feedback)) + QStringLiteral("</h2>\n") : QString();
    if (!rows.isEmpty()) {
        html += QStringLiteral("<table class=\"summary\"><thead><tr><th>") + text(FeedbackHtml::tr("Question")) +
                QStringLiteral("</th><th class=\"score\">") + text(FeedbackHtml::tr("Score")) +
                QStringLiteral("</th></tr></thead><tbody>") + rows + QStringLiteral("</tbody></table>\n");
    }
    if (!feedback.problem.isEmpty()) {
        html += QStringLiteral("<p class=\"problem\">") + text(feedback.problem) + QStringLiteral("</p>\n");
    }
    return html + cells + missing;
}

QString renderPage(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks,
                   const QList<qsizetype> &shown)
{
    const QString student = header.student.displayName() == header.student.id
                                ? header.student.id
                                : QStringLiteral("%1 (%2)").arg(header.student.displayName(), header.student.id);
    QString title = header.assignment;
    if (shown.size() == 1) {
        title = QStringLiteral("%1 \u2013 %2").arg(header.assignment, notebooks.at(shown.constFirst()).notebookName);
    }
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                       .arg(text(FeedbackHtml::tr("en", "HTML language code of the feedback pages")));
    html +=
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n").arg(kContentSecurityPolicy);
    html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html +=
        QStringLiteral("<title>") + text(FeedbackHtml::tr("Feedback: %1").arg(title)) + QStringLiteral("</title>\n");
    html += QStringLiteral("<style>") + kStyle + QStringLiteral("</style>\n</head>\n<body>\n<header id=\"top\">\n");
    const QString heading = shown.size() == 1 ? notebookTitle(notebooks.at(shown.constFirst()))
                                              : FeedbackHtml::tr("Feedback: %1").arg(header.assignment);
    html += QStringLiteral("<h1>") + text(heading) + QStringLiteral("</h1>\n");
    QStringList meta;
    if (!header.courseTitle.isEmpty()) {
        meta << header.courseTitle;
    }
    meta << header.assignment << student;
    if (header.submission.timestamp.isValid()) {
        meta << FeedbackHtml::tr("submitted %1")
                    .arg(QLocale().toString(header.submission.timestamp.toDateTime().toUTC(), QLocale::LongFormat));
    }
    html +=
        QStringLiteral("<p class=\"meta\">") + text(meta.join(QStringLiteral(" \u00b7 "))) + QStringLiteral("</p>\n");
    html += renderSummary(header, notebooks);
    html += QStringLiteral("</header>\n<main>\n");
    for (const qsizetype index : shown) {
        html += renderNotebookBody(notebooks.at(index),
                                   shown.size() == 1 ? QString() : QStringLiteral("n%1").arg(index), shown.size() != 1);
    }
    return html + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace

QString FeedbackHtml::renderNotebook(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks,
                                     qsizetype index)
{
    Q_ASSERT(index >= 0 && index < notebooks.size());
    return renderPage(header, notebooks, {index});
}

QString FeedbackHtml::render(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks)
{
    QList<qsizetype> all;
    for (qsizetype i = 0; i < notebooks.size(); ++i) {
        all.append(i);
    }
    return renderPage(header, notebooks, all);
}

} // namespace GradeDesk::Services
