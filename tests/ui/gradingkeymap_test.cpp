// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <ui/gradingformat.h>
#include <ui/gradingkeymap.h>

#include <QKeyEvent>
#include <QTest>

using namespace GradeDesk;
using Services::QuestionSettings;
using Services::ScoringMode;
using Ui::GradingCommand;
using Ui::GradingFormat;
using Ui::GradingKeyMap;

/// The grading view's key map and how it writes scores: pure functions, table-driven.
class GradingKeyMapTest : public QObject
{
    Q_OBJECT

private slots:
    void interpret_data();
    void interpret();
    void itemShortcuts_skipCommandLetters();
    void arithmetic_data();
    void arithmetic();
    void parsePoints_data();
    void parsePoints();
};

void GradingKeyMapTest::interpret_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<quint32>("scanCode");
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("item");
    QTest::addColumn<bool>("wholeGroup");

    const int none = Qt::NoModifier;
    const int shift = Qt::ShiftModifier;
    const auto toggle = int(GradingCommand::ToggleItem);
    QTest::newRow("digit toggles its item") << int(Qt::Key_3) << none << 0u << toggle << "3" << false;
    QTest::newRow("zero is the tenth item") << int(Qt::Key_0) << none << 0u << toggle << "0" << false;
    QTest::newRow("keypad digit is a digit")
        << int(Qt::Key_7) << int(Qt::KeypadModifier) << 0u << toggle << "7" << false;
    QTest::newRow("free letter toggles an item") << int(Qt::Key_B) << none << 0u << toggle << "b" << false;
    QTest::newRow("shift+digit key: whole group") << int(Qt::Key_2) << shift << 0u << toggle << "2" << true;
    QTest::newRow("US shift+1 symbol: whole group") << int(Qt::Key_Exclam) << shift << 0u << toggle << "1" << true;
    QTest::newRow("US shift+0 symbol: whole group") << int(Qt::Key_ParenRight) << shift << 0u << toggle << "0" << true;
    QTest::newRow("other layout: digit row by scan code")
        << int(Qt::Key_section) << shift << 12u << toggle << "3" << true;
    QTest::newRow("shift+letter: whole group") << int(Qt::Key_B) << shift << 0u << toggle << "b" << true;
    QTest::newRow("Enter confirms") << int(Qt::Key_Return) << none << 0u << int(GradingCommand::Confirm) << "" << false;
    QTest::newRow("Space confirms") << int(Qt::Key_Space) << none << 0u << int(GradingCommand::Confirm) << "" << false;
    QTest::newRow("Shift+Enter confirms the group")
        << int(Qt::Key_Enter) << shift << 0u << int(GradingCommand::Confirm) << "" << true;
    QTest::newRow("J is next") << int(Qt::Key_J) << none << 0u << int(GradingCommand::Next) << "" << false;
    QTest::newRow("Down is next") << int(Qt::Key_Down) << none << 0u << int(GradingCommand::Next) << "" << false;
    QTest::newRow("K is previous") << int(Qt::Key_K) << none << 0u << int(GradingCommand::Previous) << "" << false;
    QTest::newRow("N is next ungraded") << int(Qt::Key_N) << none << 0u << int(GradingCommand::NextUngraded) << ""
                                        << false;
    QTest::newRow("F flags") << int(Qt::Key_F) << none << 0u << int(GradingCommand::Flag) << "" << false;
    QTest::newRow("C comments") << int(Qt::Key_C) << none << 0u << int(GradingCommand::FocusComment) << "" << false;
    QTest::newRow("A adjusts") << int(Qt::Key_A) << none << 0u << int(GradingCommand::FocusAdjustment) << "" << false;
    QTest::newRow("R reveals") << int(Qt::Key_R) << none << 0u << int(GradingCommand::RevealName) << "" << false;
    QTest::newRow("slash jumps") << int(Qt::Key_Slash) << none << 0u << int(GradingCommand::JumpToStudent) << ""
                                 << false;
    QTest::newRow("E edits the rubric") << int(Qt::Key_E) << none << 0u << int(GradingCommand::EditRubric) << ""
                                        << false;
    QTest::newRow("S shows statistics") << int(Qt::Key_S) << none << 0u << int(GradingCommand::Statistics) << ""
                                        << false;
    QTest::newRow("F1 helps") << int(Qt::Key_F1) << none << 0u << int(GradingCommand::Help) << "" << false;
    QTest::newRow("? helps") << int(Qt::Key_Question) << shift << 0u << int(GradingCommand::Help) << "" << false;
    QTest::newRow("Esc goes back to the queue")
        << int(Qt::Key_Escape) << none << 0u << int(GradingCommand::BackToQueue) << "" << false;
    QTest::newRow("Ctrl+Z is not a grading key")
        << int(Qt::Key_Z) << int(Qt::ControlModifier) << 0u << int(GradingCommand::None) << "" << false;
    QTest::newRow("Ctrl+1 is not a grading key")
        << int(Qt::Key_1) << int(Qt::ControlModifier) << 0u << int(GradingCommand::None) << "" << false;
    QTest::newRow("Alt+J is not a grading key")
        << int(Qt::Key_J) << int(Qt::AltModifier) << 0u << int(GradingCommand::None) << "" << false;
    QTest::newRow("Tab is not a grading key")
        << int(Qt::Key_Tab) << none << 0u << int(GradingCommand::None) << "" << false;
}

void GradingKeyMapTest::interpret()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(quint32, scanCode);
    QFETCH(int, command);
    QFETCH(QString, item);
    QFETCH(bool, wholeGroup);
    const QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), scanCode, 0, 0);
    const Ui::GradingKeyPress press = GradingKeyMap::interpret(&event);
    QCOMPARE(int(press.command), command);
    QCOMPARE(press.itemShortcut, item);
    QCOMPARE(press.wholeGroup, wholeGroup);
}

void GradingKeyMapTest::itemShortcuts_skipCommandLetters()
{
    QStringList used;
    for (int i = 0; i < 10; ++i) {
        used << GradingKeyMap::nextFreeShortcut(used);
    }
    QCOMPARE(used.join(QString()), QStringLiteral("1234567890"));
    QCOMPARE(GradingKeyMap::nextFreeShortcut(used), QStringLiteral("b"));
    used << QStringLiteral("B");
    QCOMPARE(GradingKeyMap::nextFreeShortcut(used), QStringLiteral("d"));
    for (const QString &command : {QStringLiteral("a"), QStringLiteral("J"), QStringLiteral("s")}) {
        QVERIFY(GradingKeyMap::isReserved(command));
        QVERIFY(!GradingKeyMap::isValidItemShortcut(command));
    }
    QVERIFY(GradingKeyMap::isValidItemShortcut(QStringLiteral("q")));
    QVERIFY(!GradingKeyMap::isValidItemShortcut(QStringLiteral("12")));
    QVERIFY(!GradingKeyMap::isValidItemShortcut(QStringLiteral("/")));
}

void GradingKeyMapTest::arithmetic_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("floor");
    QTest::addColumn<bool>("ceiling");
    QTest::addColumn<double>("max");
    QTest::addColumn<QList<double>>("points");
    QTest::addColumn<double>("adjustment");
    QTest::addColumn<QString>("text");

    const auto negative = int(ScoringMode::Negative);
    const auto positive = int(ScoringMode::Positive);
    QTest::newRow("deductions from the maximum")
        << negative << true << true << 10.0 << QList<double>{-2, -1} << 0.0 << QStringLiteral("10 − 2 − 1 = 7 / 10");
    QTest::newRow("nothing deducted") << negative << true << true << 10.0 << QList<double>{} << 0.0
                                      << QStringLiteral("10 / 10");
    QTest::newRow("credit leaves out the zero")
        << positive << true << true << 2.0 << QList<double>{1, 0.5} << 0.0 << QStringLiteral("1 + 0.5 = 1.5 / 2");
    QTest::newRow("no credit yet") << positive << true << true << 2.0 << QList<double>{} << 0.0
                                   << QStringLiteral("0 / 2");
    QTest::newRow("adjustment is a term")
        << positive << true << true << 2.0 << QList<double>{1} << -0.5 << QStringLiteral("1 − 0.5 = 0.5 / 2");
    QTest::newRow("floor says where it clamps")
        << negative << true << true << 2.0 << QList<double>{-3} << 0.0 << QStringLiteral("2 − 3 = −1 → 0 / 2");
    QTest::newRow("without a floor it goes below 0")
        << negative << false << true << 2.0 << QList<double>{-3} << 0.0 << QStringLiteral("2 − 3 = −1 / 2");
    QTest::newRow("ceiling clamps credit")
        << positive << true << true << 2.0 << QList<double>{2, 1} << 0.0 << QStringLiteral("2 + 1 = 3 → 2 / 2");
    QTest::newRow("no ceiling keeps credit")
        << positive << true << false << 2.0 << QList<double>{2, 1} << 0.0 << QStringLiteral("2 + 1 = 3 / 2");
    QTest::newRow("negative first credit item")
        << positive << false << true << 2.0 << QList<double>{-1} << 0.0 << QStringLiteral("−1 = −1 / 2");
}

void GradingKeyMapTest::arithmetic()
{
    QFETCH(int, mode);
    QFETCH(bool, floor);
    QFETCH(bool, ceiling);
    QFETCH(double, max);
    QFETCH(QList<double>, points);
    QFETCH(double, adjustment);
    QFETCH(QString, text);
    QuestionSettings settings;
    settings.mode = ScoringMode(mode);
    settings.floorAtZero = floor;
    settings.ceilingAtMax = ceiling;
    QCOMPARE(
        GradingFormat::arithmetic(max, settings, points, adjustment != 0.0 ? std::optional(adjustment) : std::nullopt),
        text);
}

void GradingKeyMapTest::parsePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QStringLiteral("2") << true << 2.0;
    QTest::newRow("explicit plus") << QStringLiteral("+0.5") << true << 0.5;
    QTest::newRow("minus") << QStringLiteral("-1.25") << true << -1.25;
    QTest::newRow("typographic minus") << QStringLiteral("−2") << true << -2.0;
    QTest::newRow("decimal comma") << QStringLiteral("1,5") << true << 1.5;
    QTest::newRow("spaces around") << QStringLiteral("  3 ") << true << 3.0;
    QTest::newRow("empty is no number") << QString() << false << 0.0;
    QTest::newRow("words are refused") << QStringLiteral("two") << false << 0.0;
    QTest::newRow("infinity is refused") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("not a number is refused") << QStringLiteral("nan") << false << 0.0;
}

void GradingKeyMapTest::parsePoints()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = GradingFormat::parsePoints(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, value);
    }
}

QTEST_GUILESS_MAIN(GradingKeyMapTest)
#include "gradingkeymap_test.moc"
