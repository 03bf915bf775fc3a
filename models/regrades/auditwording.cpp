// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "auditwording.h"

#include "../submissiontablemodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// A stored JSON object (rubric items, Canvas pushes), or an empty object when the text is not one.
QJsonObject jsonObject(const QString &text)
{
    if (!text.startsWith(QLatin1Char('{'))) {
        return {};
    }
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// "Missing base case (-1)" → "Missing base case (−1)": the label's points with a real minus sign.
QString itemText(const QString &label)
{
    static const QRegularExpression points(QStringLiteral("\\(([+-]?[0-9][0-9.eE+-]*)\\)$"));
    const QRegularExpressionMatch match = points.match(label);
    if (!match.hasMatch()) {
        return label;
    }
    const QString number = match.captured(1);
    const QString shown = number.startsWith(QLatin1Char('+'))
                              ? QLatin1Char('+') + AuditWording::numberText(number.mid(1))
                              : AuditWording::numberText(number);
    return label.left(match.capturedStart(1)) + shown + QLatin1Char(')');
}

/// A rubric item stored as JSON (rubric_add, rubric_update, rubric_delete) as its label.
QString itemFromJson(const QString &text)
{
    const QJsonObject item = jsonObject(text);
    if (item.isEmpty()) {
        return text;
    }
    const double points = item.value(QStringLiteral("points")).toDouble();
    const QString number = AuditWording::numberText(QString::number(points, 'g', 12));
    return item.value(QStringLiteral("title")).toString() + QStringLiteral(" (") +
           (points > 0 ? QStringLiteral("+") : QString()) + number + QLatin1Char(')');
}

QString change(const QString &label, const QString &oldValue, const QString &newValue)
{
    if (oldValue.isEmpty() && newValue.isEmpty()) {
        return label;
    }
    if (oldValue.isEmpty()) {
        return AuditWording::tr("%1 set to %2").arg(label, AuditWording::numberText(newValue));
    }
    if (newValue.isEmpty()) {
        return AuditWording::tr("%1 %2 cleared").arg(label, AuditWording::numberText(oldValue));
    }
    return AuditWording::tr("%1 %2 → %3")
        .arg(label, AuditWording::numberText(oldValue), AuditWording::numberText(newValue));
}

QString flagChange(const QString &newValue, const QString &on, const QString &off)
{
    return newValue == QLatin1String("1") ? on : off;
}

/// A regrade_state value as the gradebook stores it: "in_review", "resolved (changed): reply"; or a JSON
/// object with "state" and "outcome".
struct StateValue {
    QString state;
    QString outcome;
};

StateValue stateOf(const QString &value)
{
    const QJsonObject object = jsonObject(value);
    if (!object.isEmpty()) {
        return {object.value(QStringLiteral("state")).toString(), object.value(QStringLiteral("outcome")).toString()};
    }
    static const QRegularExpression pattern(QStringLiteral("^([a-z_]+)(?: \\(([a-z]+)\\))?"));
    const QRegularExpressionMatch match = pattern.match(value);
    return match.hasMatch() ? StateValue{match.captured(1), match.captured(2)} : StateValue{value, QString()};
}

QString regradeState(const AuditEvent &event)
{
    const QString from = stateOf(event.oldValue).state;
    const StateValue to = stateOf(event.newValue);
    QString text = from.isEmpty() ? AuditWording::tr("Regrade: %1").arg(AuditWording::stateText(to.state))
                                  : AuditWording::tr("Regrade: %1 → %2")
                                        .arg(AuditWording::stateText(from), AuditWording::stateText(to.state));
    if (to.outcome == QLatin1String("changed")) {
        text += AuditWording::tr(" (grade changed)");
    } else if (to.outcome == QLatin1String("unchanged")) {
        text += AuditWording::tr(" (grade unchanged)");
    }
    return text;
}

QString canvasPush(const AuditEvent &event)
{
    const QJsonObject value = jsonObject(event.newValue);
    if (event.entity == QLatin1String("canvas_assignment")) {
        return AuditWording::tr("Pushed grades to Canvas: %1 sent, %2 failed")
            .arg(value.value(QStringLiteral("pushed")).toInt())
            .arg(value.value(QStringLiteral("failed")).toInt());
    }
    const QString outcome = value.value(QStringLiteral("outcome")).toString();
    const QJsonValue score = value.value(QStringLiteral("score"));
    const QString shown = score.isDouble() ? formatScore(score.toDouble()) : AuditWording::tr("no score");
    if (outcome == QLatin1String("failed")) {
        return AuditWording::tr("Pushing to Canvas failed (%1)").arg(shown);
    }
    return AuditWording::tr("Pushed to Canvas: %1").arg(shown);
}

QString gradeAction(const AuditEvent &event)
{
    const QString &action = event.action;
    if (action == QLatin1String("manual_score") || action == QLatin1String("rubric_score")) {
        return change(AuditWording::tr("Score"), event.oldValue, event.newValue);
    }
    if (action == QLatin1String("extra_credit")) {
        return change(AuditWording::tr("Extra credit"), event.oldValue, event.newValue);
    }
    if (action == QLatin1String("rubric_apply")) {
        return AuditWording::tr("Applied rubric item “%1”").arg(itemText(event.newValue));
    }
    if (action == QLatin1String("rubric_remove")) {
        return AuditWording::tr("Removed rubric item “%1”").arg(itemText(event.oldValue));
    }
    if (action == QLatin1String("adjustment")) {
        if (event.newValue.isEmpty()) {
            return AuditWording::tr("Adjustment removed");
        }
        const qsizetype colon = event.newValue.indexOf(QStringLiteral(": "));
        const QString points = colon < 0 ? event.newValue : event.newValue.left(colon);
        const QString reason = colon < 0 ? QString() : event.newValue.mid(colon + 2);
        return reason.isEmpty() ? AuditWording::tr("Adjustment %1").arg(AuditWording::numberText(points))
                                : AuditWording::tr("Adjustment %1: %2").arg(AuditWording::numberText(points), reason);
    }
    if (action == QLatin1String("rubric_graded")) {
        return AuditWording::tr("Graded with the rubric");
    }
    if (action == QLatin1String("rubric_clear")) {
        return AuditWording::tr("Rubric grading removed");
    }
    if (action == QLatin1String("flag")) {
        return flagChange(event.newValue, AuditWording::tr("Flagged for review"), AuditWording::tr("Flag removed"));
    }
    if (action == QLatin1String("group_split")) {
        return flagChange(event.newValue, AuditWording::tr("Split from its answer group"),
                          AuditWording::tr("Put back into its answer group"));
    }
    if (action == QLatin1String("import")) {
        return event.entity == QLatin1String("comment")
                   ? AuditWording::tr("Comment imported from nbgrader")
                   : change(AuditWording::tr("Imported from nbgrader: score"), event.oldValue, event.newValue);
    }
    return {};
}

QString otherAction(const AuditEvent &event)
{
    const QString &action = event.action;
    if (action == QLatin1String("comment")) {
        if (event.oldValue.isEmpty()) {
            return AuditWording::tr("Comment added");
        }
        return event.newValue.isEmpty() ? AuditWording::tr("Comment removed") : AuditWording::tr("Comment changed");
    }
    if (action == QLatin1String("regrade_add")) {
        return AuditWording::tr("Regrade requested");
    }
    if (action == QLatin1String("regrade_state")) {
        return regradeState(event);
    }
    if (action == QLatin1String("reveal_name")) {
        return AuditWording::tr("Name revealed");
    }
    if (action == QLatin1String("reveal_all_names")) {
        return AuditWording::tr("All names shown");
    }
    if (action == QLatin1String("canvas_push")) {
        return canvasPush(event);
    }
    if (action == QLatin1String("canvas_push_mark")) {
        return AuditWording::tr("Marked for the next Canvas push");
    }
    if (action == QLatin1String("canvas_push_clear")) {
        return AuditWording::tr("Canvas push mark cleared");
    }
    if (action == QLatin1String("canvas_roster")) {
        return AuditWording::tr("Roster imported from Canvas");
    }
    if (action == QLatin1String("autograde")) {
        return AuditWording::tr("Autograded");
    }
    if (action == QLatin1String("rubric_add")) {
        return AuditWording::tr("Added rubric item “%1”").arg(itemFromJson(event.newValue));
    }
    if (action == QLatin1String("rubric_update")) {
        return AuditWording::tr("Changed rubric item “%1”").arg(itemFromJson(event.newValue));
    }
    if (action == QLatin1String("rubric_delete")) {
        return AuditWording::tr("Deleted rubric item “%1”").arg(itemFromJson(event.oldValue));
    }
    if (action == QLatin1String("rubric_reorder")) {
        return AuditWording::tr("Rubric reordered");
    }
    if (action == QLatin1String("question_settings")) {
        return AuditWording::tr("Scoring settings changed");
    }
    return {};
}

} // namespace

QString AuditWording::what(const AuditEvent &event)
{
    QString text = gradeAction(event);
    if (text.isEmpty()) {
        text = otherAction(event);
    }
    if (text.isEmpty()) {
        // An action added after this build: its name and values, so nothing in the ledger is hidden.
        QString name = event.action;
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!name.isEmpty()) {
            name[0] = name.at(0).toUpper();
        }
        text = event.oldValue.size() + event.newValue.size() > 80 ? name : change(name, event.oldValue, event.newValue);
    }
    return text;
}

QString AuditWording::details(const AuditEvent &event)
{
    QStringList lines;
    if (!event.oldValue.isEmpty()) {
        lines.append(tr("Before: %1").arg(event.oldValue));
    }
    if (!event.newValue.isEmpty()) {
        lines.append(tr("After: %1").arg(event.newValue));
    }
    return lines.join(QLatin1Char('\n'));
}

QString AuditWording::stateText(const QString &stateName)
{
    if (stateName == QLatin1String("open")) {
        return tr("open");
    }
    if (stateName == QLatin1String("in_review")) {
        return tr("in review");
    }
    if (stateName == QLatin1String("resolved")) {
        return tr("resolved");
    }
    if (stateName == QLatin1String("reopened")) {
        return tr("reopened");
    }
    return stateName;
}

QString AuditWording::numberText(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok) {
        return stored;
    }
    QString shown = formatScore(value);
    if (shown.startsWith(QLatin1Char('-'))) {
        shown.replace(0, 1, QChar(0x2212));
    }
    return shown;
}

} // namespace GradeDesk::Models
