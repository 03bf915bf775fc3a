// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeuitesting.h"

#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/exchange/ngshareconnection.h>
#include <services/gradebook/gradebook.h>
#include <ui/collectprogress.h>
#include <ui/exchange/exchangeactions.h>
#include <ui/exchange/ngshareconnectiondialog.h>
#include <ui/mainwindow.h>
#include <ui/messagebanner.h>

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using Tests::exchangeChild;

/// Course ▸ Collect (Ctrl+R) in the main window with an ngshare exchange: the token is asked for
/// instead of failing, progress shows in the status bar, Cancel stops, a bad token says what to do.
class ExchangeCollectTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void collect_withoutToken_asksForItThenCollects();
    void collect_cancelled_changesNothing();
    void collect_badToken_saysHowToFixIt();
    void collect_droppedConnection_isRetried();
    void collect_serverGone_saysWhatHappened();

private:
    bool openCourse();
    int submissionsInGradebook() const;

    std::unique_ptr<Tests::ExchangeUiCourse> m_course;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void ExchangeCollectTest::init()
{
    m_course = std::make_unique<Tests::ExchangeUiCourse>();
    QVERIFY(m_course->setUp());
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->exchangeActions()->setTokenStore(m_store.get());
    m_window->show();
}

void ExchangeCollectTest::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_course.reset();
}

bool ExchangeCollectTest::openCourse()
{
    return m_window->openCourse(m_course->coursePath) && m_window->session() && m_window->session()->exchange();
}

int ExchangeCollectTest::submissionsInGradebook() const
{
    const auto assignment = m_window->session()->gradebook()->assignment(QStringLiteral("ps1"));
    if (!assignment || !assignment.value()) {
        return 0;
    }
    const auto submissions = m_window->session()->gradebook()->submissions(assignment.value()->id);
    return submissions ? int(submissions.value().size()) : -1;
}

void ExchangeCollectTest::collect_withoutToken_asksForItThenCollects()
{
    QVERIFY(openCourse());
    QVERIFY(m_window->exchangeActions()->connectAction()->isEnabled());
    m_window->findChild<QAction *>(QStringLiteral("collectAction"))->trigger(); // Ctrl+R
    QTRY_VERIFY(m_window->exchangeActions()->connectionDialog());
    Ui::NgshareConnectionDialog *dialog = m_window->exchangeActions()->connectionDialog();
    QVERIFY(!m_window->isCollecting());
    QVERIFY(dialog->statusText().contains(QStringLiteral("to collect submissions")));
    auto *progress = m_window->findChild<Ui::CollectProgress *>();
    QVERIFY(progress);
    QSignalSpy summaries(progress, &Ui::CollectProgress::succeeded);
    QSignalSpy messages(progress, &Ui::CollectProgress::finishedWithMessage);
    const auto lastSummary = [&summaries, &messages] {
        // A clean run goes to the status bar; one with warnings to the banner: both carry the counts.
        return !summaries.isEmpty()  ? summaries.takeLast().at(0).toString()
               : !messages.isEmpty() ? messages.takeLast().at(1).toString()
                                     : QString();
    };
    auto *tokenEdit = exchangeChild<QLineEdit>(dialog, QStringLiteral("tokenLineEdit"));
    QTRY_VERIFY(tokenEdit->isEnabled());
    QTest::keyClicks(tokenEdit, Tests::ExInstructorToken);
    QTest::mouseClick(exchangeChild<QPushButton>(dialog, QStringLiteral("saveTokenButton")), Qt::LeftButton);
    QTRY_COMPARE(m_store->token(m_course->tokenKey()), Tests::ExInstructorToken);
    QTest::keyClick(dialog, Qt::Key_Escape); // closing the dialog with a token continues the collect
    QTRY_VERIFY(m_window->isCollecting() || submissionsInGradebook() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 120000);
    const int expected = int(m_course->sim.submissions(Tests::ExCourse, QStringLiteral("ps1")).size());
    QCOMPARE(submissionsInGradebook(), expected);
    QVERIFY(QFileInfo(QDir(m_course->courseDir)
                          .filePath(QStringLiteral("submitted/%1/ps1/timestamp.txt").arg(m_course->roster.at(1))))
                .isFile());
    QVERIFY(!m_window->messageBanner()->isVisible() ||
            m_window->messageBanner()->kind() != Ui::MessageBanner::Kind::Error);
    // The status line says what came over the network, verified, and what was already here.
    QString summary = lastSummary();
    // (Plural forms come from the English translation, which tests do not load: compare around them.)
    QVERIFY2(summary.contains(QStringLiteral("Downloaded %1 submission").arg(expected)) &&
                 summary.contains(QStringLiteral("every file's checksum verified; 0 already here and unchanged")),
             qPrintable(summary));
    Tests::screenshot(m_window.get(), QStringLiteral("ngshare-mainwindow"));

    // The token is remembered: the next collect starts at once, and everything is up to date.
    m_window->collect();
    QVERIFY(m_window->isCollecting());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 120000);
    QCOMPARE(submissionsInGradebook(), expected);
    summary = lastSummary();
    QVERIFY2(summary.contains(QStringLiteral("Downloaded 0 submission")) &&
                 summary.contains(QStringLiteral("verified; %1 already here and unchanged").arg(expected)),
             qPrintable(summary));
}

void ExchangeCollectTest::collect_cancelled_changesNothing()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openCourse());
    m_course->sim.setLatency(std::chrono::milliseconds(300));
    m_window->collect();
    QTRY_VERIFY(m_window->isCollecting());
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelCollectAction"));
    QVERIFY(cancel && cancel->isEnabled());
    cancel->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 60000);
    QTRY_VERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(m_window->messageBanner()->text().contains(QStringLiteral("cancelled")),
             qPrintable(m_window->messageBanner()->text()));
    QCOMPARE(submissionsInGradebook(), 0);
}

void ExchangeCollectTest::collect_badToken_saysHowToFixIt()
{
    m_store->write(m_course->tokenKey(), QStringLiteral("revoked-token"), this, [](const Services::Result<void> &) {});
    QVERIFY(openCourse());
    m_window->collect();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting() && m_window->messageBanner()->isVisible(), 60000);
    const QString text = m_window->messageBanner()->text();
    QCOMPARE(m_window->messageBanner()->kind(), Ui::MessageBanner::Kind::Error);
    QVERIFY2(text.startsWith(QStringLiteral("Collecting submissions failed.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Connect to ngshare")), qPrintable(text));
}

void ExchangeCollectTest::collect_droppedConnection_isRetried()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openCourse());
    m_course->sim.dropConnectionOnNext("GET", QStringLiteral("/submission/"), Tests::NgshareSimulator::DropAtHalfBody);
    m_window->collect();
    QTRY_VERIFY(m_window->isCollecting()); // after the token is read from the store
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting(), 120000);
    QCOMPARE(submissionsInGradebook(), int(m_course->sim.submissions(Tests::ExCourse, QStringLiteral("ps1")).size()));
    QVERIFY(!m_window->messageBanner()->isVisible() ||
            m_window->messageBanner()->kind() != Ui::MessageBanner::Kind::Error);
}

void ExchangeCollectTest::collect_serverGone_saysWhatHappened()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openCourse());
    m_course->sim.stop();
    m_window->collect();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCollecting() && m_window->messageBanner()->isVisible(), 120000);
    QCOMPARE(m_window->messageBanner()->kind(), Ui::MessageBanner::Kind::Error);
    const QString text = m_window->messageBanner()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Collecting submissions failed.\n")) &&
                 text.size() > QStringLiteral("Collecting submissions failed.\n").size(),
             qPrintable(text));
    QCOMPARE(submissionsInGradebook(), 0);
}

QTEST_MAIN(ExchangeCollectTest)
#include "exchangecollect_test.moc"
