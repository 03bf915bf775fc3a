// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/exchange/exchangefeedbackmodel.h>
#include <models/roles.h>
#include <services/exchange/exchange.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::ExchangeFeedbackModel;
using State = ExchangeFeedbackModel::State;

class ExchangeFeedbackModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void load_listsEverySubmissionWithItsExactTime();
    void load_unknownAssignment_isNotFound();
    void setPageCounts_countsHtmlPagesPerStudent();
    void setReport_marksEachRow_andResetClearsThem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Tests::TestGradebook> m_book;
};

void ExchangeFeedbackModelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_book = Tests::TestGradebook::create(m_dir->filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(m_book);
    QVERIFY(m_book->addSubmission(QStringLiteral("ann"), QStringLiteral("2026-01-14T10:00:00.123456Z"), 2.0, false));
    QVERIFY(m_book->addSubmission(QStringLiteral("bob"), QStringLiteral("2026-01-15T18:30:00Z"), 1.0, false));
}

void ExchangeFeedbackModelTest::load_listsEverySubmissionWithItsExactTime()
{
    ExchangeFeedbackModel model;
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.load(*m_book->gradebook, QStringLiteral("ps1")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.student(0), QStringLiteral("ann"));
    QCOMPARE(model.index(0, ExchangeFeedbackModel::SubmittedColumn).data().toString(),
             QStringLiteral("2026-01-14 10:00:00.123456"));
    QCOMPARE(model.index(1, 0).data(Models::StudentIdRole).toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(1, ExchangeFeedbackModel::ResultColumn).data().toString(), QString());
    QCOMPARE(model.count(State::Pending), 2);
}

void ExchangeFeedbackModelTest::load_unknownAssignment_isNotFound()
{
    ExchangeFeedbackModel model;
    const auto loaded = model.load(*m_book->gradebook, QStringLiteral("ps9"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, Services::ServiceError::Kind::NotFound);
    QVERIFY(loaded.error().message.contains(QStringLiteral("Collect it first")));
}

void ExchangeFeedbackModelTest::setPageCounts_countsHtmlPagesPerStudent()
{
    ExchangeFeedbackModel model;
    QVERIFY(model.load(*m_book->gradebook, QStringLiteral("ps1")));
    const QDir feedback(m_dir->filePath(QStringLiteral("feedback")));
    QVERIFY(feedback.mkpath(QStringLiteral("ann/ps1")));
    for (const QString &name : {QStringLiteral("a.html"), QStringLiteral("b.html"), QStringLiteral("notes.txt")}) {
        QFile file(feedback.filePath(QStringLiteral("ann/ps1/") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPageCounts(feedback.path());
    QCOMPARE(model.index(0, ExchangeFeedbackModel::PagesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(1, ExchangeFeedbackModel::PagesColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(changed.size(), 2);
    changed.clear();
    model.setPageCounts(feedback.path());
    QCOMPARE(changed.size(), 0); // nothing changed, nothing reported
}

void ExchangeFeedbackModelTest::setReport_marksEachRow_andResetClearsThem()
{
    ExchangeFeedbackModel model;
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.load(*m_book->gradebook, QStringLiteral("ps1")));
    Services::ExchangeFeedbackReport report;
    report.assignment = QStringLiteral("ps1");
    report.submissions = 1;
    report.skipped.append({QStringLiteral("ps1"), QStringLiteral("bob"),
                           Services::ServiceError::make(Services::ServiceError::Kind::NotFound,
                                                        QStringLiteral("No feedback pages."), QStringLiteral("x"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReport(report);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), model.index(0, ExchangeFeedbackModel::ResultColumn));
    QCOMPARE(model.state(0), State::Uploaded);
    QCOMPARE(model.state(1), State::Failed);
    QCOMPARE(model.index(1, ExchangeFeedbackModel::ResultColumn).data().toString(),
             QStringLiteral("Failed: No feedback pages."));
    QCOMPARE(model.message(1), QStringLiteral("No feedback pages."));
    model.resetResults();
    QCOMPARE(model.count(State::Pending), 2);
}

QTEST_GUILESS_MAIN(ExchangeFeedbackModelTest)
#include "exchangefeedbackmodel_test.moc"
