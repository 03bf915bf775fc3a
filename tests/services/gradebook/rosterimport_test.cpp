// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rosterimport.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

class RosterImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void import_readsColumnsInAnyOrder();
    void import_updatesExistingStudents();
    void badRoster_isRefusedAndStoresNothing_data();
    void badRoster_isRefusedAndStoresNothing();
    void unsafeIds_areLeftOutWithAWarning();

private:
    QString writeRoster(const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
};

void RosterImportTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto gradebook = Gradebook::openSqlite(m_dir->filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(gradebook.ok());
    m_gradebook = std::move(gradebook).value();
}

QString RosterImportTest::writeRoster(const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("students.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void RosterImportTest::import_readsColumnsInAnyOrder()
{
    const QString path = writeRoster("\xef\xbb\xbf"
                                     "email,last_name,id,first_name,section\r\n"
                                     "ada@example.edu,\"Lovelace, Countess\",ada,Ada,A\r\n"
                                     "\r\n"
                                     "zoe@example.edu,\"M\xc3\xbcller \"\"Zo\"\"\",zoe.m,Zo\xc3\xab,B\n");
    const auto report = importRosterCsv(*m_gradebook, path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report.value().imported, 2);
    QVERIFY(report.value().warnings.isEmpty());

    const auto ada = m_gradebook->student(QStringLiteral("ada"));
    QVERIFY(ada.ok() && ada.value().has_value());
    QCOMPARE(ada.value()->lastName, QStringLiteral("Lovelace, Countess"));
    QCOMPARE(ada.value()->email, QStringLiteral("ada@example.edu"));
    const auto zoe = m_gradebook->student(QStringLiteral("zoe.m"));
    QVERIFY(zoe.ok() && zoe.value().has_value());
    QCOMPARE(zoe.value()->firstName, QStringLiteral("Zoë"));
    QCOMPARE(zoe.value()->lastName, QStringLiteral("Müller \"Zo\""));
}

void RosterImportTest::import_updatesExistingStudents()
{
    QVERIFY(m_gradebook->upsertStudent({QStringLiteral("ada"), {}, {}, {}, {}, true}).ok());
    const auto report = importRosterCsv(*m_gradebook, writeRoster("id,first_name\nada,Ada\n"));
    QVERIFY(report.ok());
    const auto students = m_gradebook->students();
    QVERIFY(students.ok());
    QCOMPARE(students.value().size(), 1);
    QCOMPARE(students.value().constFirst().firstName, QStringLiteral("Ada"));
}

void RosterImportTest::badRoster_isRefusedAndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");

    QTest::newRow("no id column") << QByteArray("name,email\nAda,ada@example.edu\n")
                                  << int(ServiceError::Kind::Validation);
    QTest::newRow("unterminated quote") << QByteArray("id,first_name\nada,\"Ada\n") << int(ServiceError::Kind::Parse);
    QTest::newRow("text after a closing quote")
        << QByteArray("id,first_name\nada,\"Ada\"x\n") << int(ServiceError::Kind::Parse);
    QTest::newRow("not UTF-8") << QByteArray("id,first_name\nada,\xff\xfe\n") << int(ServiceError::Kind::Parse);
    QTest::newRow("empty file") << QByteArray() << int(ServiceError::Kind::Validation);
}

void RosterImportTest::badRoster_isRefusedAndStoresNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    const QString path = writeRoster(content);
    const auto report = importRosterCsv(*m_gradebook, path);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().kind), kind);
    QVERIFY2(report.error().message.contains(path), qPrintable(report.error().message));
    QCOMPARE(m_gradebook->students().value().size(), 0);
}

void RosterImportTest::unsafeIds_areLeftOutWithAWarning()
{
    const auto report = importRosterCsv(*m_gradebook, writeRoster("id\n../etc\n.hidden\na/b\n\"\"\nok\n"));
    QVERIFY(report.ok());
    QCOMPARE(report.value().imported, 1);
    QCOMPARE(report.value().warnings.size(), 4);
    QCOMPARE(m_gradebook->students().value().constFirst().id, QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(RosterImportTest)
#include "rosterimport_test.moc"
