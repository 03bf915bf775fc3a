// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/rubricyaml.h>

#include <QTest>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(ServiceError::Kind)

namespace {

RubricItemRecord item(const QString &title, double points, const QString &shortcut = {}, const QString &group = {},
                      const QString &description = {})
{
    RubricItemRecord record;
    record.title = title;
    record.points = points;
    record.shortcut = shortcut;
    record.group = group;
    record.description = description;
    return record;
}

RubricDocument withPositions(RubricDocument rubric)
{
    for (int i = 0; i < rubric.items.size(); ++i) {
        rubric.items[i].position = i;
    }
    return rubric;
}

} // namespace

class RubricYamlTest final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void serialize_isReadableYaml();
    void parse_handWrittenForms();
    void parse_malformed_data();
    void parse_malformed();
};

void RubricYamlTest::roundTrip_data()
{
    QTest::addColumn<RubricDocument>("rubric");

    QTest::newRow("empty rubric, default settings") << RubricDocument{};

    RubricDocument negative;
    negative.settings.mode = ScoringMode::Negative;
    negative.settings.floorAtZero = false;
    negative.settings.ceilingAtMax = false;
    negative.items = {item(QStringLiteral("Off by one"), -0.5, QStringLiteral("1"), QStringLiteral("loop")),
                      item(QStringLiteral("Wrong loop bound"), -1, QStringLiteral("2"), QStringLiteral("loop")),
                      item(QStringLiteral("No docstring"), -0.25, QStringLiteral("a"))};
    QTest::newRow("negative mode, groups, fractions") << withPositions(negative);

    RubricDocument tricky;
    tricky.items = {
        item(QStringLiteral("yes"), 1, {}, {}, QStringLiteral("null")),
        item(QStringLiteral("null"), 0.1),
        item(QStringLiteral("~"), 1e-7),
        item(QStringLiteral("1"), 123456.789),
        item(QStringLiteral("Uses # and : and - [x] {y}"), 2, QStringLiteral("0"), QStringLiteral("a: b")),
        item(QStringLiteral("Temperature in °C, \"quoted\" and 'single'"), 1, {}, {},
             QStringLiteral("First line.\nSecond line with a tab\tand a backslash \\.\n\n  Indented last line.\n")),
        item(QStringLiteral("Ünïcödé ✓ 漢字"), 3, {}, {}, QStringLiteral("  leading and trailing spaces  ")),
    };
    QTest::newRow("text that YAML would read as something else") << withPositions(tricky);
}

void RubricYamlTest::roundTrip()
{
    QFETCH(RubricDocument, rubric);
    const QByteArray yaml = RubricYaml::serialize(rubric);
    const Result<RubricDocument> parsed = RubricYaml::parse(yaml, QStringLiteral("rubric.yaml"));
    QVERIFY2(parsed.ok(),
             parsed.ok() ? "" : qPrintable(parsed.error().message + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    QCOMPARE(parsed.value().settings, rubric.settings);
    QCOMPARE(parsed.value().items.size(), rubric.items.size());
    for (qsizetype i = 0; i < rubric.items.size(); ++i) {
        QCOMPARE(parsed.value().items.at(i), rubric.items.at(i));
    }
    QCOMPARE(RubricYaml::serialize(parsed.value()), yaml);
}

void RubricYamlTest::serialize_isReadableYaml()
{
    RubricDocument rubric;
    rubric.settings.mode = ScoringMode::Negative;
    rubric.items = {item(QStringLiteral("Correct"), 2, QStringLiteral("1"), QStringLiteral("correctness"),
                         QStringLiteral("Works for every n."))};
    const QString yaml = QString::fromUtf8(RubricYaml::serialize(rubric));
    QCOMPARE(yaml, QStringLiteral("version: 1\n"
                                  "scoring:\n"
                                  "  mode: negative\n"
                                  "  floor_at_zero: true\n"
                                  "  ceiling_at_max: true\n"
                                  "items:\n"
                                  "  - title: \"Correct\"\n"
                                  "    points: 2\n"
                                  "    description: \"Works for every n.\"\n"
                                  "    shortcut: \"1\"\n"
                                  "    group: \"correctness\"\n"));
}

void RubricYamlTest::parse_handWrittenForms()
{
    const QByteArray yaml = "# written by hand\n"
                            "version: 1\n"
                            "scoring: {mode: Negative, floor_at_zero: no, ceiling_at_max: yes}\n"
                            "items:\n"
                            "  - {title: Correct, points: 2, shortcut: 1}\n"
                            "  - title: '  Partly  '\n"
                            "    points: +1.5\n"
                            "    description: |\n"
                            "      Two lines\n"
                            "      of text.\n"
                            "    group: ~\n";
    const Result<RubricDocument> parsed = RubricYaml::parse(yaml, QStringLiteral("hand.yaml"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const RubricDocument &rubric = parsed.value();
    QCOMPARE(rubric.settings.mode, ScoringMode::Negative);
    QVERIFY(!rubric.settings.floorAtZero);
    QVERIFY(rubric.settings.ceilingAtMax);
    QCOMPARE(rubric.items.size(), 2);
    QCOMPARE(rubric.items.at(0).shortcut, QStringLiteral("1"));
    QCOMPARE(rubric.items.at(1).title, QStringLiteral("Partly"));
    QCOMPARE(rubric.items.at(1).points, 1.5);
    QCOMPARE(rubric.items.at(1).description, QStringLiteral("Two lines\nof text.\n"));
    QCOMPARE(rubric.items.at(1).position, 1);
    QVERIFY(rubric.items.at(1).group.isEmpty());
    QCOMPARE(rubric.items.at(1).id, 0);

    const Result<RubricDocument> minimal = RubricYaml::parse("version: 1\n", {});
    QVERIFY(minimal.ok());
    QCOMPARE(minimal.value().settings, QuestionSettings{});
    QVERIFY(minimal.value().items.isEmpty());
}

void RubricYamlTest::parse_malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("where");   // file:line:col the message starts with
    QTest::addColumn<QString>("mention"); // what the message must name

    using Kind = ServiceError::Kind;
    QTest::newRow("not YAML") << QByteArray("version: 1\nitems: [ {title: a, points: 1\n") << Kind::Parse
                              << QStringLiteral("r.yaml:3:1") << QStringLiteral("not valid YAML");
    QTest::newRow("a tab where YAML needs spaces") << QByteArray("version: 1\nitems:\n\t- title: a\n") << Kind::Parse
                                                   << QStringLiteral("r.yaml:3:") << QStringLiteral("not valid YAML");
    QTest::newRow("not UTF-8") << QByteArray("version: 1\nitems:\n  - {title: \"caf\xe9\", points: 1}\n") << Kind::Parse
                               << QStringLiteral("r.yaml:3:1") << QStringLiteral("UTF-8");
    QTest::newRow("plain text, not a mapping") << QByteArray("just some words\n") << Kind::Validation
                                               << QStringLiteral("r.yaml:1:1") << QStringLiteral("mapping");
    QTest::newRow("empty file") << QByteArray("\n") << Kind::Validation << QStringLiteral("r.yaml:")
                                << QStringLiteral("empty");
    QTest::newRow("no version") << QByteArray("items: []\n") << Kind::Validation << QStringLiteral("r.yaml:1:1")
                                << QStringLiteral("version");
    QTest::newRow("newer version") << QByteArray("version: 2\nitems: []\n") << Kind::Unsupported
                                   << QStringLiteral("r.yaml:1:10") << QStringLiteral("newer GradeDesk");
    QTest::newRow("version is not a number") << QByteArray("version: one\n") << Kind::Validation
                                             << QStringLiteral("r.yaml:1:10") << QStringLiteral("\u201cone\u201d");
    QTest::newRow("unknown mode") << QByteArray("version: 1\nscoring:\n  mode: generous\n") << Kind::Validation
                                  << QStringLiteral("r.yaml:3:9") << QStringLiteral("generous");
    QTest::newRow("boolean that is not one")
        << QByteArray("version: 1\nscoring: {floor_at_zero: maybe}\n") << Kind::Validation
        << QStringLiteral("r.yaml:2:26") << QStringLiteral("scoring.floor_at_zero");
    QTest::newRow("scoring is a list") << QByteArray("version: 1\nscoring: [positive]\n") << Kind::Validation
                                       << QStringLiteral("r.yaml:2:10") << QStringLiteral("scoring");
    QTest::newRow("items is a mapping") << QByteArray("version: 1\nitems: {title: a}\n") << Kind::Validation
                                        << QStringLiteral("r.yaml:2:8") << QStringLiteral("items");
    QTest::newRow("an item is text") << QByteArray("version: 1\nitems:\n  - Correct\n") << Kind::Validation
                                     << QStringLiteral("r.yaml:3:5") << QStringLiteral("items[1]");
    QTest::newRow("points are text") << QByteArray("version: 1\nitems:\n  - {title: a, points: two}\n")
                                     << Kind::Validation << QStringLiteral("r.yaml:3:24")
                                     << QStringLiteral("items[1].points");
    QTest::newRow("points are a list") << QByteArray("version: 1\nitems:\n  - {title: a, points: [1]}\n")
                                       << Kind::Validation << QStringLiteral("r.yaml:3:24")
                                       << QStringLiteral("items[1].points");
    QTest::newRow("points are infinite") << QByteArray("version: 1\nitems:\n  - {title: a, points: .inf}\n")
                                         << Kind::Validation << QStringLiteral("r.yaml:3:24")
                                         << QStringLiteral("items[1].points");
    QTest::newRow("points missing") << QByteArray("version: 1\nitems:\n  - {title: a}\n") << Kind::Validation
                                    << QStringLiteral("r.yaml:3:5") << QStringLiteral("items[1].points");
    QTest::newRow("title missing") << QByteArray("version: 1\nitems:\n  - {title: a, points: 1}\n  - {points: 1}\n")
                                   << Kind::Validation << QStringLiteral("r.yaml:4:5")
                                   << QStringLiteral("items[2].title");
    QTest::newRow("title blank") << QByteArray("version: 1\nitems:\n  - {title: '  ', points: 1}\n") << Kind::Validation
                                 << QStringLiteral("r.yaml:3:13") << QStringLiteral("items[1].title");
    QTest::newRow("title is a mapping") << QByteArray("version: 1\nitems:\n  - {title: {a: 1}, points: 1}\n")
                                        << Kind::Validation << QStringLiteral("r.yaml:3:13")
                                        << QStringLiteral("items[1].title");
    QTest::newRow("shortcut of two keys")
        << QByteArray("version: 1\nitems:\n  - {title: a, points: 1, shortcut: 12}\n") << Kind::Validation
        << QStringLiteral("r.yaml:3:37") << QStringLiteral("items[1].shortcut");
    QTest::newRow("duplicate shortcuts")
        << QByteArray("version: 1\nitems:\n  - {title: a, points: 1, shortcut: 1}\n"
                      "  - {title: b, points: 1, shortcut: 2}\n  - {title: c, points: 1, shortcut: 1}\n")
        << Kind::Validation << QStringLiteral("r.yaml:5:5") << QStringLiteral("items[1] (line 3)");
    QTest::newRow("misspelt key") << QByteArray("version: 1\nitems:\n  - {title: a, points: 1, descripton: x}\n")
                                  << Kind::Validation << QStringLiteral("r.yaml:3:27")
                                  << QStringLiteral("items[1].descripton");
    QTest::newRow("unknown top-level key") << QByteArray("version: 1\ncourse: {id: x}\n") << Kind::Validation
                                           << QStringLiteral("r.yaml:2:1") << QStringLiteral("course");
    QTest::newRow("key set twice") << QByteArray("version: 1\nitems: []\nitems: []\n") << Kind::Validation
                                   << QStringLiteral("r.yaml:3:1") << QStringLiteral("set twice");
    QTest::newRow("two documents") << QByteArray("version: 1\n---\nversion: 1\n") << Kind::Validation
                                   << QStringLiteral("r.yaml:") << QStringLiteral("more than one");
}

void RubricYamlTest::parse_malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, where);
    QFETCH(QString, mention);
    const Result<RubricDocument> parsed = RubricYaml::parse(yaml, QStringLiteral("r.yaml"));
    QVERIFY(!parsed.ok());
    const QString message = parsed.error().message;
    QCOMPARE(parsed.error().kind, kind);
    QVERIFY2(message.startsWith(where), qPrintable(message));
    QVERIFY2(message.contains(mention), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), "one line, for the CLI");
}

QTEST_GUILESS_MAIN(RubricYamlTest)
#include "rubricyaml_test.moc"
