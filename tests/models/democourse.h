// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rosterimport.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>
#include <optional>

namespace GradeDesk::Tests {

/**
 * A demo course (services/demo) as a grader has it after importing the roster and collecting:
 * submitted and autograded notebooks on disk, grades in the course's SQLite gradebook. Built once
 * per test executable (initTestCase); each test opens its own copy of the gradebook.
 */
struct DemoCourse {
    Services::CourseConfig config;
    QString gradebookPath; ///< The collected gradebook; never opened by tests directly.

    /// Generates the course into `directory` (must not exist yet) and collects it. Null on failure (logged).
    static std::unique_ptr<DemoCourse> create(const QString &directory, int students)
    {
        Services::DemoOptions options;
        options.directory = directory;
        options.students = students;
        options.questions = 3;
        const auto report = Services::generateDemoCourse(options);
        if (!report) {
            qWarning() << "demo course:" << report.error().message << report.error().detail;
            return nullptr;
        }
        const auto loaded = Services::CourseConfigLoader::load(report.value().configPath);
        if (!loaded) {
            qWarning() << "course.yaml:" << loaded.error().detail;
            return nullptr;
        }
        auto course = std::make_unique<DemoCourse>();
        course->config = loaded.value().config;
        course->gradebookPath = QDir(directory).filePath(QStringLiteral("gradebook.sqlite"));
        {
            auto gradebook = Services::Gradebook::openSqlite(course->gradebookPath);
            if (!gradebook) {
                qWarning() << "gradebook:" << gradebook.error().detail;
                return nullptr;
            }
            if (auto roster = Services::importRosterCsv(*gradebook.value(), report.value().rosterPath); !roster) {
                qWarning() << "roster:" << roster.error().detail;
                return nullptr;
            }
            Services::LocalExchange exchange(course->config, *gradebook.value());
            Services::CollectJob *job = exchange.collect(QString());
            std::optional<bool> collected;
            QObject::connect(job, &Services::CollectJob::finished, job, [&] {
                collected = job->result().ok();
                if (!job->result()) {
                    qWarning() << "collect:" << job->result().error().detail;
                }
            });
            if (!QTest::qWaitFor([&] { return collected.has_value(); }, 120000) || !*collected) {
                return nullptr;
            }
        } // closing the last connection checkpoints the WAL, so copying the file copies everything
        return course;
    }

    /// Opens a fresh copy of the collected gradebook at `path`.
    std::unique_ptr<Services::Gradebook> openCopy(const QString &path) const
    {
        QFile::remove(path);
        if (!QFile::copy(gradebookPath, path)) {
            return nullptr;
        }
        auto gradebook = Services::Gradebook::openSqlite(path);
        return gradebook ? std::move(gradebook).value() : nullptr;
    }
};

} // namespace GradeDesk::Tests
