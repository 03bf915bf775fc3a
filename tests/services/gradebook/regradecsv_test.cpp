// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>
#include <services/gradebook/regradecsv.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace GradeDesk;
using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

/// A gradebook with assignment "ps1" (notebooks nb1: q1, q2, shared; nb2: q3, shared) and "ps2"
/// (no questions). ann submitted both notebooks of ps1, ben only nb1, cat nothing; dan exists only
/// as a student.
class RegradeCsvTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void preview_resolvesRowsOrNamesTheProblem_data();
    void preview_resolvesRowsOrNamesTheProblem();
    void preview_keepsQuotedCommasNewlinesAndQuotes();
    void preview_badFile_isAnError_data();
    void preview_badFile_isAnError();
    void sourceKey_isSha256OfTheResolvedRequest();
    void commit_addsReadyRowsOnce_reimportAddsNothing();
    void commit_stalePreview_countsAlreadyImported();
    void previewFile_missingFile_reportsIo();

private:
    RegradeCsvPreview preview(const QByteArray &csv);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
};

void RegradeCsvTest::init()
{
    QVERIFY(Tests::openFreshGradebook(m_dir, m_path, m_gradebook));
    Gradebook &gradebook = *m_gradebook;
    const qint64 ps1 = gradebook.upsertAssignment(QStringLiteral("ps1"), QDateTime()).value();
    QVERIFY(gradebook.upsertAssignment(QStringLiteral("ps2"), QDateTime()).ok());
    const qint64 nb1 = gradebook.upsertNotebook(ps1, QStringLiteral("nb1"), 0).value();
    const qint64 nb2 = gradebook.upsertNotebook(ps1, QStringLiteral("nb2"), 1).value();
    QVERIFY(gradebook
                .replaceSourceCells(nb1, {Tests::cell(QStringLiteral("q1"), true, 2, 0),
                                          Tests::cell(QStringLiteral("q2"), true, 3, 1),
                                          Tests::cell(QStringLiteral("shared"), true, 1, 2)})
                .ok());
    QVERIFY(gradebook
                .replaceSourceCells(nb2, {Tests::cell(QStringLiteral("q3"), true, 4, 0),
                                          Tests::cell(QStringLiteral("shared"), true, 1, 1)})
                .ok());
    for (const char *id : {"ann", "ben", "cat", "dan"}) {
        StudentRecord student;
        student.id = QString::fromLatin1(id);
        QVERIFY(gradebook.upsertStudent(student).ok());
    }
    const auto submit = [&](const QString &student, const QList<qint64> &notebooks) {
        SubmissionRecord submission;
        submission.assignmentId = ps1;
        submission.studentId = student;
        const qint64 id = gradebook.upsertSubmission(submission).value();
        for (const qint64 notebook : notebooks) {
            QVERIFY(gradebook.upsertSubmittedNotebook(id, notebook, m_dir->filePath(student + QStringLiteral(".ipynb")))
                        .ok());
        }
    };
    submit(QStringLiteral("ann"), {nb1, nb2});
    submit(QStringLiteral("ben"), {nb1});
}

void RegradeCsvTest::cleanup()
{
    m_gradebook.reset();
    m_dir.reset();
}

RegradeCsvPreview RegradeCsvTest::preview(const QByteArray &csv)
{
    const Result<RegradeCsvPreview> previewed = RegradeCsv::preview(*m_gradebook, csv, QStringLiteral("in.csv"));
    if (!previewed) {
        qWarning() << previewed.error().message;
        return {};
    }
    return previewed.value();
}

void RegradeCsvTest::preview_resolvesRowsOrNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues");    // regradeIssueName per row
    QTest::addColumn<QStringList>("questions"); // resolved question per row
    QTest::addColumn<QStringList>("problems");  // a word of each row's problem ("" when ready)

    const QByteArray header = "student,assignment,question,message\n";
    QTest::newRow("qualified, bare and empty question")
        << header + "ann,ps1,nb1:q1,please\nann,ps1,q3,look again\nann,ps1,,the whole thing\n"
        << QStringList{QStringLiteral("ready"), QStringLiteral("ready"), QStringLiteral("ready")}
        << QStringList{QStringLiteral("nb1:q1"), QStringLiteral("nb2:q3"), QString()}
        << QStringList{QString(), QString(), QString()};
    QTest::newRow("columns in any order, extra columns, header case and blanks")
        << QByteArray(" Message ,extra,QUESTION,Student,assignment\nwhy?,x,nb1:q2,ben,ps1\n")
        << QStringList{QStringLiteral("ready")} << QStringList{QStringLiteral("nb1:q2")} << QStringList{QString()};
    QTest::newRow("BOM and CRLF") << QByteArray("\xef\xbb\xbfstudent,assignment,question,message\r\nann,ps1,q1,hi\r\n")
                                  << QStringList{QStringLiteral("ready")} << QStringList{QStringLiteral("nb1:q1")}
                                  << QStringList{QString()};
    QTest::newRow("bare grade_id matched without case when unique")
        << header + "ann,ps1,Q3,hi\n"
        << QStringList{QStringLiteral("ready")} << QStringList{QStringLiteral("nb2:q3")} << QStringList{QString()};
    QTest::newRow("unknown student") << header + "zed,ps1,q1,hi\n"
                                     << QStringList{QStringLiteral("unknown_student")}
                                     << QStringList{QStringLiteral("nb1:q1")} << QStringList{QStringLiteral("zed")};
    QTest::newRow("unknown assignment") << header + "ann,ps9,q1,hi\n"
                                        << QStringList{QStringLiteral("unknown_assignment")} << QStringList{QString()}
                                        << QStringList{QStringLiteral("ps9")};
    QTest::newRow("unknown qualified question") << header + "ann,ps1,nb1:q9,hi\n"
                                                << QStringList{QStringLiteral("unknown_question")}
                                                << QStringList{QString()} << QStringList{QStringLiteral("nb1:q9")};
    QTest::newRow("unknown notebook") << header + "ann,ps1,nb7:q1,hi\n"
                                      << QStringList{QStringLiteral("unknown_question")} << QStringList{QString()}
                                      << QStringList{QStringLiteral("notebook:grade_id")};
    QTest::newRow("bare grade_id of two notebooks is ambiguous")
        << header + "ann,ps1,shared,hi\n"
        << QStringList{QStringLiteral("ambiguous_question")} << QStringList{QString()}
        << QStringList{QStringLiteral("nb1:shared, nb2:shared")};
    QTest::newRow("no submission") << header + "cat,ps1,q1,hi\ndan,ps2,,hi\n"
                                   << QStringList{QStringLiteral("no_submission"), QStringLiteral("no_submission")}
                                   << QStringList{QStringLiteral("nb1:q1"), QString()}
                                   << QStringList{QStringLiteral("cat"), QStringLiteral("ps2")};
    QTest::newRow("notebook not submitted")
        << header + "ben,ps1,nb2:q3,hi\n"
        << QStringList{QStringLiteral("no_submission")} << QStringList{QStringLiteral("nb2:q3")}
        << QStringList{QStringLiteral("nb2")};
    QTest::newRow("empty message") << header + "ann,ps1,q1,   \nann,ps1,q2\n"
                                   << QStringList{QStringLiteral("empty_message"), QStringLiteral("empty_message")}
                                   << QStringList{QStringLiteral("nb1:q1"), QStringLiteral("nb1:q2")}
                                   << QStringList{QStringLiteral("empty"), QStringLiteral("empty")};
    QTest::newRow("duplicate row, also written differently")
        << header + "ann,ps1,q3,again\n ann ,ps1,nb2:q3,again \nann,ps1,q3,other\n"
        << QStringList{QStringLiteral("ready"), QStringLiteral("duplicate_row"), QStringLiteral("ready")}
        << QStringList{QStringLiteral("nb2:q3"), QStringLiteral("nb2:q3"), QStringLiteral("nb2:q3")}
        << QStringList{QString(), QStringLiteral("row 2"), QString()};
    QTest::newRow("short row reads missing fields as empty")
        << header + "ann\n"
        << QStringList{QStringLiteral("unknown_assignment")} << QStringList{QString()}
        << QStringList{QStringLiteral("assignment")};
    QTest::newRow("header only") << header << QStringList() << QStringList() << QStringList();
}

void RegradeCsvTest::preview_resolvesRowsOrNamesTheProblem()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    QFETCH(QStringList, questions);
    QFETCH(QStringList, problems);
    const RegradeCsvPreview result = preview(csv);
    QCOMPARE(result.rows.size(), issues.size());
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const RegradeCsvRow &row = result.rows.at(i);
        QCOMPARE(regradeIssueName(row.issue), issues.at(i));
        QCOMPARE(row.target.questionName, questions.at(i));
        QCOMPARE(row.rowNumber, int(i) + 2);
        if (problems.at(i).isEmpty()) {
            QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
            QVERIFY(row.sourceKey.startsWith(QLatin1String("csv:")));
        } else {
            QVERIFY2(row.problem.contains(problems.at(i)), qPrintable(row.problem));
        }
    }
    QCOMPARE(result.errorCount(), int(issues.size() - issues.count(QStringLiteral("ready"))));
}

void RegradeCsvTest::preview_keepsQuotedCommasNewlinesAndQuotes()
{
    const RegradeCsvPreview result = preview("student,assignment,question,message\r\n"
                                             "ann,\"ps1\",\"nb1:q1\",\"Part (a), I wrote \"\"x\"\"\r\nsee line 2\"\r\n"
                                             "\r\n"
                                             "ben,ps1,q1,plain\r\n");
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).issue, RegradeIssue::None);
    QCOMPARE(result.rows.at(0).message, QStringLiteral("Part (a), I wrote \"x\"\r\nsee line 2"));
    QCOMPARE(result.rows.at(1).student, QStringLiteral("ben"));
    QCOMPARE(result.rows.at(1).rowNumber, 3);
}

void RegradeCsvTest::preview_badFile_isAnError_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing message column") << QByteArray("student,assignment,question\nann,ps1,q1\n")
                                            << ServiceError::Kind::Validation << QStringLiteral("message");
    QTest::newRow("empty file") << QByteArray() << ServiceError::Kind::Validation << QStringLiteral("student");
    QTest::newRow("unterminated quote") << QByteArray("student,assignment,question,message\nann,ps1,q1,\"open\n")
                                        << ServiceError::Kind::Parse << QStringLiteral("line 2");
    QTest::newRow("text after a closing quote")
        << QByteArray("student,assignment,question,message\nann,ps1,\"q1\"x,hi\n") << ServiceError::Kind::Parse
        << QStringLiteral("in.csv");
    QTest::newRow("not UTF-8") << QByteArray("student,assignment,question,message\nann,ps1,q1,\xff\xfe\n")
                               << ServiceError::Kind::Parse << QStringLiteral("UTF-8");
}

void RegradeCsvTest::preview_badFile_isAnError()
{
    QFETCH(QByteArray, csv);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, mentions);
    const Result<RegradeCsvPreview> result = RegradeCsv::preview(*m_gradebook, csv, QStringLiteral("in.csv"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, kind);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void RegradeCsvTest::sourceKey_isSha256OfTheResolvedRequest()
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArrayLiteral("ann|ps1|nb2:q3|look again"), QCryptographicHash::Sha256).toHex();
    QCOMPARE(RegradeCsv::sourceKey(QStringLiteral(" ann"), QStringLiteral("ps1 "), QStringLiteral("nb2:q3"),
                                   QStringLiteral(" look again\n")),
             QStringLiteral("csv:") + QString::fromLatin1(hash));
    const RegradeCsvPreview result = preview("student,assignment,question,message\nann,ps1,q3,look again\n");
    QCOMPARE(result.rows.value(0).sourceKey, QStringLiteral("csv:") + QString::fromLatin1(hash));
}

void RegradeCsvTest::commit_addsReadyRowsOnce_reimportAddsNothing()
{
    const QByteArray csv = "student,assignment,question,message\n"
                           "ann,ps1,nb1:q1,please\n"
                           "zed,ps1,q1,who?\n"
                           "ben,ps1,,whole\n";
    const RegradeCsvPreview first = preview(csv);
    QCOMPARE(first.count(RegradeIssue::None), 2);
    const Result<RegradeCsvResult> committed = RegradeCsv::commit(*m_gradebook, first, QStringLiteral("alice"));
    QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().message));
    QCOMPARE(committed.value().added, 2);
    QCOMPARE(committed.value().rejected, 1);
    QCOMPARE(committed.value().alreadyImported, 0);

    const qint64 ps1 = m_gradebook->assignment(QStringLiteral("ps1")).value()->id;
    const QList<RegradeRequestRecord> stored = m_gradebook->regradeRequests(ps1).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).studentId, QStringLiteral("ann"));
    QCOMPARE(stored.at(0).questionName, QStringLiteral("nb1:q1"));
    QCOMPARE(stored.at(0).message, QStringLiteral("please"));
    QCOMPARE(stored.at(0).source, RegradeSource::Csv);
    QCOMPARE(stored.at(0).sourceKey, first.rows.at(0).sourceKey);
    QCOMPARE(stored.at(0).enteredBy, QStringLiteral("alice"));
    QCOMPARE(stored.at(0).state, RegradeState::Open);
    QCOMPARE(stored.at(1).cellId, qint64(0));
    QCOMPARE(stored.at(1).questionName, QString());

    // The same file again: both known rows say "already imported", nothing is added.
    const RegradeCsvPreview again = preview(csv);
    QCOMPARE(again.count(RegradeIssue::AlreadyImported), 2);
    QCOMPARE(again.count(RegradeIssue::None), 0);
    const Result<RegradeCsvResult> second = RegradeCsv::commit(*m_gradebook, again, QStringLiteral("alice"));
    QVERIFY(second.ok());
    QCOMPARE(second.value().added, 0);
    QCOMPARE(second.value().alreadyImported, 2);
    QCOMPARE(m_gradebook->regradeRequests(ps1).value().size(), 2);
}

void RegradeCsvTest::commit_stalePreview_countsAlreadyImported()
{
    // Two previews of the same file before either is committed (two graders importing at once).
    const QByteArray csv = "student,assignment,question,message\nann,ps1,q2,check\n";
    const RegradeCsvPreview one = preview(csv);
    const RegradeCsvPreview two = preview(csv);
    QCOMPARE(RegradeCsv::commit(*m_gradebook, one, QStringLiteral("alice")).value().added, 1);
    const Result<RegradeCsvResult> late = RegradeCsv::commit(*m_gradebook, two, QStringLiteral("bob"));
    QVERIFY(late.ok());
    QCOMPARE(late.value().added, 0);
    QCOMPARE(late.value().alreadyImported, 1);
}

void RegradeCsvTest::previewFile_missingFile_reportsIo()
{
    const Result<RegradeCsvPreview> result =
        RegradeCsv::previewFile(*m_gradebook, m_dir->filePath(QStringLiteral("absent.csv")));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ServiceError::Kind::Io);
    QVERIFY(result.error().message.contains(QStringLiteral("absent.csv")));

    QFile file(m_dir->filePath(QStringLiteral("requests.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("student,assignment,question,message\nann,ps1,q1,from a file\n");
    file.close();
    const Result<RegradeCsvPreview> read = RegradeCsv::previewFile(*m_gradebook, file.fileName());
    QVERIFY(read.ok());
    QCOMPARE(read.value().rows.size(), 1);
    QCOMPARE(read.value().path, file.fileName());
}

QTEST_GUILESS_MAIN(RegradeCsvTest)
#include "regradecsv_test.moc"
