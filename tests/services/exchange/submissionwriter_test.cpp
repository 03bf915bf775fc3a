// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/exchange/submissionwriter.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

#include <sys/stat.h>

using namespace GradeDesk::Services;

namespace {

const QString Stamp = QStringLiteral("2026-11-22 23:30:50.373107");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class SubmissionWriterTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void write_createsNbgraderLayoutWithTimestamp();
    void write_replacesEarlierCopyWhole();
    void write_refusesBadNames_data();
    void write_refusesBadNames();
    void write_refusesEscapingFile_writesNothing();
    void write_unwritableFolder_keepsEarlierCopy();
    void cleanStaging_removesOnlyOldLeftovers();

private:
    QString course(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_dir->path() : m_dir->filePath(relative);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void SubmissionWriterTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void SubmissionWriterTest::write_createsNbgraderLayoutWithTimestamp()
{
    const Result<void> written = SubmissionWriter::write(course(), QStringLiteral("alice"), QStringLiteral("ps1"),
                                                         {{QStringLiteral("problem1.ipynb"), "{}", {}},
                                                          {QStringLiteral("data/in.csv"), "1,2", {}},
                                                          {QStringLiteral("timestamp.txt"), "forged", {}}},
                                                         Stamp);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(readFile(course(QStringLiteral("submitted/alice/ps1/problem1.ipynb"))), QByteArray("{}"));
    QCOMPARE(readFile(course(QStringLiteral("submitted/alice/ps1/data/in.csv"))), QByteArray("1,2"));
    QCOMPARE(readFile(course(QStringLiteral("submitted/alice/ps1/timestamp.txt"))), Stamp.toUtf8());
    QCOMPARE(SubmissionWriter::collectedTimestamp(course(), QStringLiteral("alice"), QStringLiteral("ps1")), Stamp);
    QVERIFY(QDir(SubmissionWriter::stagingDirectory(course())).isEmpty());
}

void SubmissionWriterTest::write_replacesEarlierCopyWhole()
{
    QVERIFY(SubmissionWriter::write(course(), QStringLiteral("alice"), QStringLiteral("ps1"),
                                    {{QStringLiteral("old.ipynb"), "old", {}}}, Stamp)
                .ok());
    const QString newer = QStringLiteral("2026-11-23 08:00:00.000001");
    QVERIFY(SubmissionWriter::write(course(), QStringLiteral("alice"), QStringLiteral("ps1"),
                                    {{QStringLiteral("new.ipynb"), "new", {}}}, newer)
                .ok());
    QVERIFY(!QFileInfo::exists(course(QStringLiteral("submitted/alice/ps1/old.ipynb"))));
    QCOMPARE(readFile(course(QStringLiteral("submitted/alice/ps1/new.ipynb"))), QByteArray("new"));
    QCOMPARE(SubmissionWriter::collectedTimestamp(course(), QStringLiteral("alice"), QStringLiteral("ps1")), newer);
    QVERIFY(QDir(SubmissionWriter::stagingDirectory(course())).isEmpty());
}

void SubmissionWriterTest::write_refusesBadNames_data()
{
    QTest::addColumn<QString>("student");
    QTest::addColumn<QString>("assignment");
    QTest::newRow("student ..") << ".."
                                << "ps1";
    QTest::newRow("student with slash") << "a/b"
                                        << "ps1";
    QTest::newRow("hidden student") << ".alice"
                                    << "ps1";
    QTest::newRow("assignment ..") << "alice"
                                   << "..";
    QTest::newRow("empty assignment") << "alice"
                                      << "";
}

void SubmissionWriterTest::write_refusesBadNames()
{
    QFETCH(QString, student);
    QFETCH(QString, assignment);
    const Result<void> written =
        SubmissionWriter::write(course(), student, assignment, {{QStringLiteral("a.ipynb"), "{}", {}}}, Stamp);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ServiceError::Kind::Security);
    QVERIFY(!QFileInfo::exists(course(QStringLiteral("submitted"))));
}

void SubmissionWriterTest::write_refusesEscapingFile_writesNothing()
{
    const Result<void> written = SubmissionWriter::write(
        course(), QStringLiteral("alice"), QStringLiteral("ps1"),
        {{QStringLiteral("a.ipynb"), "{}", {}}, {QStringLiteral("../../x"), "escaped", {}}}, Stamp);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ServiceError::Kind::Security);
    QVERIFY(!QFileInfo::exists(course(QStringLiteral("submitted/alice/ps1"))));
    QVERIFY(QDir(SubmissionWriter::stagingDirectory(course())).isEmpty());
    QVERIFY(!QFileInfo::exists(course(QStringLiteral(".gradedesk/x"))));
    QVERIFY(!QFileInfo::exists(course(QStringLiteral("x"))));
}

void SubmissionWriterTest::write_unwritableFolder_keepsEarlierCopy()
{
    QVERIFY(SubmissionWriter::write(course(), QStringLiteral("alice"), QStringLiteral("ps1"),
                                    {{QStringLiteral("a.ipynb"), "old", {}}}, Stamp)
                .ok());
    // A file where a folder must go makes the second write fail half-way through the files.
    const Result<void> failed = SubmissionWriter::write(
        course(), QStringLiteral("alice"), QStringLiteral("ps1"),
        {{QStringLiteral("a.ipynb"), "new", {}}, {QStringLiteral("d"), "file", {}}, {QStringLiteral("d/e"), "x", {}}},
        QStringLiteral("2026-11-23 08:00:00.000001"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ServiceError::Kind::Io);
    QCOMPARE(readFile(course(QStringLiteral("submitted/alice/ps1/a.ipynb"))), QByteArray("old"));
    QCOMPARE(SubmissionWriter::collectedTimestamp(course(), QStringLiteral("alice"), QStringLiteral("ps1")), Stamp);
    QVERIFY(QDir(SubmissionWriter::stagingDirectory(course())).isEmpty());
}

void SubmissionWriterTest::cleanStaging_removesOnlyOldLeftovers()
{
    const QDir staging(SubmissionWriter::stagingDirectory(course()));
    QVERIFY(QDir().mkpath(staging.filePath(QStringLiteral("in-old/sub"))));
    QVERIFY(QDir().mkpath(staging.filePath(QStringLiteral("in-fresh"))));
    // Back-date the leftover an hour (QFile cannot open a folder to set its time).
    const timespec hourAgo{QDateTime::currentSecsSinceEpoch() - 3600, 0};
    const timespec times[2] = {hourAgo, hourAgo};
    QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(staging.filePath(QStringLiteral("in-old"))).constData(), times, 0),
             0);
    QCOMPARE(SubmissionWriter::cleanStaging(course()), 1);
    QVERIFY(!staging.exists(QStringLiteral("in-old")));
    QVERIFY(staging.exists(QStringLiteral("in-fresh")));
}

QTEST_GUILESS_MAIN(SubmissionWriterTest)
#include "submissionwriter_test.moc"
