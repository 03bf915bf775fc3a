// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <models/regrades/auditwording.h>

#include <QTest>

using namespace GradeDesk;
using Models::AuditWording;
using Services::AuditEvent;

class AuditWordingTest : public QObject
{
    Q_OBJECT

private slots:
    void what_saysEachActionInWords_data();
    void what_saysEachActionInWords();
    void details_holdsOldAndNewValues_data();
    void details_holdsOldAndNewValues();
    void numberText_usesARealMinusSign_data();
    void numberText_usesARealMinusSign();
};

namespace {

AuditEvent auditEvent(const QString &action, const QString &entity, const QString &oldValue, const QString &newValue)
{
    AuditEvent event;
    event.action = action;
    event.entity = entity;
    event.oldValue = oldValue;
    event.newValue = newValue;
    return event;
}

} // namespace

void AuditWordingTest::what_saysEachActionInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<QString>("expected");

    const QString grade = QStringLiteral("grade");
    const QString rubricItem = QStringLiteral("rubric_item");
    QTest::newRow("typed score changed") << "manual_score" << grade << "3"
                                         << "4"
                                         << "Score 3 → 4";
    QTest::newRow("typed score set first") << "manual_score" << grade << ""
                                           << "2.5"
                                           << "Score set to 2.5";
    QTest::newRow("typed score cleared") << "manual_score" << grade << "3"
                                         << ""
                                         << "Score 3 cleared";
    QTest::newRow("rubric score is a score") << "rubric_score" << grade << "5"
                                             << "4"
                                             << "Score 5 → 4";
    QTest::newRow("negative score has a real minus") << "rubric_score" << grade << "0"
                                                     << "-1"
                                                     << "Score 0 → −1";
    QTest::newRow("extra credit") << "extra_credit" << grade << ""
                                  << "1"
                                  << "Extra credit set to 1";
    QTest::newRow("rubric item applied, minus sign") << "rubric_apply" << grade << ""
                                                     << "Missing base case (-1)"
                                                     << "Applied rubric item “Missing base case (−1)”";
    QTest::newRow("rubric item applied, plus sign") << "rubric_apply" << grade << ""
                                                    << "Correct (+2)"
                                                    << "Applied rubric item “Correct (+2)”";
    QTest::newRow("title with parentheses keeps them") << "rubric_apply" << grade << ""
                                                       << "Off by one (loop) (-0.5)"
                                                       << "Applied rubric item “Off by one (loop) (−0.5)”";
    QTest::newRow("rubric item removed") << "rubric_remove" << grade << "Typo (-0.5)"
                                         << ""
                                         << "Removed rubric item “Typo (−0.5)”";
    QTest::newRow("adjustment with reason") << "adjustment" << grade << ""
                                            << "-1: late fix"
                                            << "Adjustment −1: late fix";
    QTest::newRow("adjustment without reason") << "adjustment" << grade << ""
                                               << "2"
                                               << "Adjustment 2";
    QTest::newRow("adjustment removed") << "adjustment" << grade << "-1: x"
                                        << ""
                                        << "Adjustment removed";
    QTest::newRow("graded with rubric") << "rubric_graded" << grade << "0"
                                        << "1"
                                        << "Graded with the rubric";
    QTest::newRow("rubric cleared") << "rubric_clear" << grade << "A (+1)"
                                    << ""
                                    << "Rubric grading removed";
    QTest::newRow("flagged") << "flag" << grade << "0"
                             << "1"
                             << "Flagged for review";
    QTest::newRow("unflagged") << "flag" << grade << "1"
                               << "0"
                               << "Flag removed";
    QTest::newRow("split") << "group_split" << grade << "0"
                           << "1"
                           << "Split from its answer group";
    QTest::newRow("grade imported") << "import" << grade << ""
                                    << "3"
                                    << "Imported from nbgrader: score set to 3";
    QTest::newRow("comment imported") << "import"
                                      << "comment"
                                      << ""
                                      << "x"
                                      << "Comment imported from nbgrader";
    QTest::newRow("comment added") << "comment"
                                   << "comment"
                                   << ""
                                   << "Nice"
                                   << "Comment added";
    QTest::newRow("comment changed") << "comment"
                                     << "comment"
                                     << "Nice"
                                     << "Nicer"
                                     << "Comment changed";
    QTest::newRow("comment removed") << "comment"
                                     << "comment"
                                     << "Nice"
                                     << ""
                                     << "Comment removed";
    QTest::newRow("regrade added") << "regrade_add"
                                   << "regrade"
                                   << ""
                                   << "Please look again"
                                   << "Regrade requested";
    QTest::newRow("regrade to review") << "regrade_state"
                                       << "regrade"
                                       << "open"
                                       << "in_review"
                                       << "Regrade: open → in review";
    QTest::newRow("regrade reopened") << "regrade_state"
                                      << "regrade"
                                      << "resolved"
                                      << "reopened"
                                      << "Regrade: resolved → reopened";
    QTest::newRow("regrade resolved with reply text") << "regrade_state"
                                                      << "regrade"
                                                      << "in_review"
                                                      << "resolved: The test was wrong"
                                                      << "Regrade: in review → resolved";
    QTest::newRow("regrade resolved as JSON with outcome") << "regrade_state"
                                                           << "regrade"
                                                           << "in_review"
                                                           << R"({"state":"resolved","outcome":"changed","reply":"ok"})"
                                                           << "Regrade: in review → resolved (grade changed)";
    QTest::newRow("name revealed") << "reveal_name"
                                   << "student"
                                   << ""
                                   << ""
                                   << "Name revealed";
    QTest::newRow("all names shown") << "reveal_all_names"
                                     << "assignment"
                                     << ""
                                     << ""
                                     << "All names shown";
    QTest::newRow("pushed to Canvas") << "canvas_push"
                                      << "canvas_grade"
                                      << "7"
                                      << R"({"score":8.5,"outcome":"pushed"})"
                                      << "Pushed to Canvas: 8.5";
    QTest::newRow("Canvas push failed") << "canvas_push"
                                        << "canvas_grade"
                                        << ""
                                        << R"({"score":8,"outcome":"failed"})"
                                        << "Pushing to Canvas failed (8)";
    QTest::newRow("Canvas push summary") << "canvas_push"
                                         << "canvas_assignment"
                                         << ""
                                         << R"({"pushed":3,"failed":1})"
                                         << "Pushed grades to Canvas: 3 sent, 1 failed";
    QTest::newRow("rubric item added from JSON") << "rubric_add" << rubricItem << ""
                                                 << R"({"title":"Missing base case","points":-1})"
                                                 << "Added rubric item “Missing base case (−1)”";
    QTest::newRow("rubric item deleted from JSON")
        << "rubric_delete" << rubricItem << R"({"title":"Bonus","points":0.5})"
        << ""
        << "Deleted rubric item “Bonus (+0.5)”";
    QTest::newRow("rubric reordered") << "rubric_reorder"
                                      << "question"
                                      << "1,2"
                                      << "2,1"
                                      << "Rubric reordered";
    QTest::newRow("settings") << "question_settings"
                              << "question"
                              << "positive"
                              << "negative"
                              << "Scoring settings changed";
    QTest::newRow("unknown action shows name and values") << "canvas_sync"
                                                          << "x"
                                                          << "1"
                                                          << "2"
                                                          << "Canvas sync 1 → 2";
    QTest::newRow("unknown action with long values shows the name")
        << "bulk_thing"
        << "x" << QString(60, QLatin1Char('a')) << QString(60, QLatin1Char('b')) << "Bulk thing";
    QTest::newRow("empty action never crashes") << ""
                                                << ""
                                                << ""
                                                << ""
                                                << "";
    QTest::newRow("malformed JSON falls back to the text") << "rubric_add" << rubricItem << ""
                                                           << "{broken"
                                                           << "Added rubric item “{broken”";
}

void AuditWordingTest::what_saysEachActionInWords()
{
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    QFETCH(QString, expected);
    QCOMPARE(AuditWording::what(auditEvent(action, entity, oldValue, newValue)), expected);
}

void AuditWordingTest::details_holdsOldAndNewValues_data()
{
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << "3"
                          << "4"
                          << "Before: 3\nAfter: 4";
    QTest::newRow("only new") << ""
                              << "Nice work"
                              << "After: Nice work";
    QTest::newRow("only old") << "Nice work"
                              << ""
                              << "Before: Nice work";
    QTest::newRow("neither") << ""
                             << ""
                             << "";
}

void AuditWordingTest::details_holdsOldAndNewValues()
{
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    QFETCH(QString, expected);
    QCOMPARE(
        AuditWording::details(auditEvent(QStringLiteral("comment"), QStringLiteral("comment"), oldValue, newValue)),
        expected);
}

void AuditWordingTest::numberText_usesARealMinusSign_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << "-1"
                              << "−1";
    QTest::newRow("fraction") << "0.25"
                              << "0.25";
    QTest::newRow("rounded to two decimals") << "3.3333333"
                                             << "3.33";
    QTest::newRow("whole") << "4"
                           << "4";
    QTest::newRow("not a number stays") << "n/a"
                                        << "n/a";
    QTest::newRow("empty stays") << ""
                                 << "";
}

void AuditWordingTest::numberText_usesARealMinusSign()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QCOMPARE(AuditWording::numberText(stored), expected);
}

QTEST_GUILESS_MAIN(AuditWordingTest)
#include "auditwording_test.moc"
