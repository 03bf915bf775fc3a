// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Exchange widget tests: a generated demo course whose exchange is the loopback
// ngshare simulator, seeded as a course in mid-term looks on a real hub:
//  - the gradebook holds the demo roster (students.csv), nothing collected yet;
//  - ngshare's course "demo101" is taught by "instructor" (token ExInstructorToken); its students
//    are the roster minus the first student, with the second student's last name changed, plus
//    "zz_stranger" who is not in the gradebook; "student-token" belongs to the third student;
//  - ps1 is released (from release/ps1) and the demo submissions of ps1 of the enrolled students are
//    on ngshare (the local submitted/ folder is removed, so a collect must download them);
//  - release/ps2 is removed, so releasing ps2 generates it from source/ps2 first.

#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/exchange/ngshareclient.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rosterimport.h>
#include <tests/sim/ngshare/ngsharesimulator.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace GradeDesk::Tests {

inline const QString ExCourse = QStringLiteral("demo101");
inline const QString ExInstructor = QStringLiteral("instructor");
inline const QString ExInstructorToken = QStringLiteral("hub-token-instructor-4f1c");
inline const QString ExStudentToken = QStringLiteral("hub-token-student-88aa");
inline const QString ExStranger = QStringLiteral("zz_stranger");

class ExchangeUiCourse final
{
public:
    /// False (with a warning) when something could not be made.
    bool setUp(int students = 6)
    {
        if (!m_dir.isValid() || !sim.start()) {
            qWarning() << "temporary folder or simulator";
            return false;
        }
        Services::DemoOptions options;
        options.directory = m_dir.filePath(QStringLiteral("course"));
        options.students = students;
        options.questions = 2;
        const auto report = Services::generateDemoCourse(options);
        if (!report) {
            qWarning() << "demo course:" << report.error().detail;
            return false;
        }
        courseDir = report.value().directory;
        coursePath = report.value().configPath;
        auto loaded = Services::CourseConfigLoader::load(coursePath);
        if (!loaded) {
            qWarning() << "course.yaml:" << loaded.error().detail;
            return false;
        }
        config = loaded.value().config;
        if (!pointAt(sim.serverUrl())) {
            return false;
        }
        {
            auto gradebook = Services::Gradebook::openSqlite(config.gradebook.sqlitePath);
            if (!gradebook || !Services::importRosterCsv(*gradebook.value(), report.value().rosterPath)) {
                qWarning() << "gradebook or roster";
                return false;
            }
            const auto records = gradebook.value()->students();
            for (const Services::StudentRecord &record : records.value()) {
                roster.append(record.id);
                rosterRecords.append(record);
            }
        }
        roster.sort();
        std::sort(rosterRecords.begin(), rosterRecords.end(),
                  [](const Services::StudentRecord &a, const Services::StudentRecord &b) { return a.id < b.id; });
        if (roster.size() < 3) {
            qWarning() << "roster too small";
            return false;
        }
        seedSimulator();
        QDir(QDir(courseDir).filePath(QStringLiteral("submitted"))).removeRecursively();
        QDir(QDir(courseDir).filePath(QStringLiteral("release/ps2"))).removeRecursively();
        return true;
    }

    /// Rewrites course.yaml so its exchange is ngshare at `hub` (prefix /services/ngshare).
    bool pointAt(const QUrl &hub)
    {
        config.exchange.kind = Services::ExchangeConfig::Kind::Ngshare;
        config.exchange.url = hub;
        config.exchange.prefix = QStringLiteral("/services/ngshare");
        config.exchange.directory = courseDir;
        if (const auto saved = Services::CourseConfigLoader::save(config, coursePath); !saved) {
            qWarning() << "save course.yaml:" << saved.error().detail;
            return false;
        }
        return true;
    }

    QString tokenKey() const { return Services::NgshareClient::secretKey(config.exchange, config.grader); }

    NgshareSimulator sim;
    Services::CourseConfig config;
    QString courseDir;
    QString coursePath;
    QStringList roster; ///< Gradebook student ids, sorted.
    QList<Services::StudentRecord> rosterRecords;

private:
    static QList<NgshareSimulator::File> filesBelow(const QString &root)
    {
        QList<NgshareSimulator::File> files;
        const QDir base(root);
        QDirIterator it(root, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).fileName() == QLatin1String("timestamp.txt")) {
                continue;
            }
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                files.append({base.relativeFilePath(path), file.readAll()});
            }
        }
        return files;
    }

    void seedSimulator()
    {
        sim.addToken(ExInstructorToken, ExInstructor);
        sim.addCourse(ExCourse, {ExInstructor});
        for (qsizetype i = 1; i < rosterRecords.size(); ++i) {
            const Services::StudentRecord &record = rosterRecords.at(i);
            NgshareSimulator::Person person{record.id, record.firstName, record.lastName, record.email};
            if (i == 1) {
                person.lastName = QStringLiteral("Oldname");
            }
            sim.addStudent(ExCourse, person);
        }
        sim.addStudent(ExCourse, {ExStranger, QStringLiteral("Zed"), QStringLiteral("Stranger"), std::nullopt});
        sim.addToken(ExStudentToken, rosterRecords.at(2).id);
        const QDir course(courseDir);
        sim.releaseAssignment(ExCourse, QStringLiteral("ps1"),
                              filesBelow(course.filePath(QStringLiteral("release/ps1"))));
        const QString submitted = course.filePath(QStringLiteral("submitted"));
        for (const QString &student : QDir(submitted).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString folder = submitted + QLatin1Char('/') + student + QStringLiteral("/ps1");
            // The student missing from ngshare's roster could not have submitted there.
            if (QFileInfo(folder).isDir() && student != rosterRecords.at(0).id) {
                sim.addSubmission(ExCourse, QStringLiteral("ps1"), student, filesBelow(folder));
            }
        }
    }

    QTemporaryDir m_dir;
};

/// The child `name` of type T (null, with a warning, when missing).
template <typename T>
T *exchangeChild(QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found) {
        qWarning() << "no child" << name;
    }
    return found;
}

/// With GRADEDESK_SCREENSHOT_DIR set, saves `widget` as <dir>/<name>.png (to look at the dialogs).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GRADEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget) {
        return;
    }
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace GradeDesk::Tests
