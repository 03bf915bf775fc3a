// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasclient.h"
#include "canvascourse.h"
#include "canvaserrors.h"
#include "canvasjson.h"
#include "canvaslogging.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

// CanvasCourse::fetchRoster and CanvasPerson's name helpers.

namespace GradeDesk::Services {

QString CanvasPerson::firstName() const
{
    const qsizetype comma = sortableName.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        return sortableName.mid(comma + 1).trimmed();
    }
    const qsizetype space = name.trimmed().lastIndexOf(QLatin1Char(' '));
    return space > 0 ? name.trimmed().left(space).trimmed() : name.trimmed();
}

QString CanvasPerson::lastName() const
{
    const qsizetype comma = sortableName.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        return sortableName.left(comma).trimmed();
    }
    const qsizetype space = name.trimmed().lastIndexOf(QLatin1Char(' '));
    return space > 0 ? name.trimmed().mid(space + 1).trimmed() : QString();
}

namespace {

class RosterFetch final : public CanvasWorkflow<CanvasRoster>
{
    Q_DECLARE_TR_FUNCTIONS(CanvasRosterFetch)

public:
    explicit RosterFetch(CanvasCourse *course)
        : CanvasWorkflow<CanvasRoster>(course)
        , m_course(course)
    {}

    void start()
    {
        CanvasClient *client = m_course->client();
        const QString course = m_course->coursePath();
        // Students and TAs, every section, only active and invited: anyone else has left the course.
        // One row per enrollment, so people in two sections come twice (merged below).
        read(client->getAll(course + QStringLiteral("/enrollments"),
                            {{QStringLiteral("type[]"), QStringLiteral("StudentEnrollment")},
                             {QStringLiteral("type[]"), QStringLiteral("TaEnrollment")},
                             {QStringLiteral("state[]"), QStringLiteral("active")},
                             {QStringLiteral("state[]"), QStringLiteral("invited")}},
                            tr("Reading the roster")),
             m_enrollments, true);
        read(client->getAll(course + QStringLiteral("/sections"), {}, tr("Reading sections")), m_sections, true);
        // Enrollment rows carry no e-mail; the users list does (when the token may see it).
        read(client->getAll(course + QStringLiteral("/users"),
                            {{QStringLiteral("enrollment_type[]"), QStringLiteral("student")},
                             {QStringLiteral("enrollment_state[]"), QStringLiteral("active")},
                             {QStringLiteral("enrollment_state[]"), QStringLiteral("invited")}},
                            tr("Reading e-mail addresses")),
             m_users, false);
    }

private:
    void read(CanvasPager *pager, QJsonArray &into, bool required)
    {
        track(pager);
        ++m_pending;
        connect(pager, &CanvasPager::progress, this,
                [this](int, int, const QString &stage) { emit progress(++m_pages, 0, stage); });
        connect(pager, &CanvasPager::finished, this, [this, pager, &into, required] {
            if (isFinished()) {
                return;
            }
            if (pager->result()) {
                into = pager->result().value();
            } else if (required || !CanvasErrors::isPermissionProblem(pager->result().error())) {
                cancelRunning();
                finish(pager->result().error());
                return;
            } else {
                m_emailsHidden = true;
            }
            if (--m_pending == 0) {
                assemble();
            }
        });
    }

    void assemble()
    {
        CanvasRoster roster;
        QHash<QString, QString> sectionNames;
        for (const QJsonValue &value : std::as_const(m_sections)) {
            const QJsonObject object = value.toObject();
            CanvasSection section{CanvasJson::id(object.value(QLatin1String("id"))),
                                  object.value(QLatin1String("name")).toString()};
            if (!section.id.isEmpty()) {
                sectionNames.insert(section.id, section.name);
                roster.sections.append(section);
            }
        }
        QHash<QString, std::optional<QString>> emails;
        bool anyEmailKey = false;
        for (const QJsonValue &value : std::as_const(m_users)) {
            const QJsonObject object = value.toObject();
            const std::optional<QString> email = CanvasJson::optionalText(object, QStringLiteral("email"));
            anyEmailKey = anyEmailKey || email.has_value();
            emails.insert(CanvasJson::id(object.value(QLatin1String("id"))), email);
        }

        QMap<QString, CanvasPerson> students; // by user id
        QMap<QString, CanvasPerson> assistants;
        bool anyLogin = false;
        bool anySis = false;
        int skipped = 0;
        for (const QJsonValue &value : std::as_const(m_enrollments)) {
            const QJsonObject row = value.toObject();
            const QJsonObject user = row.value(QLatin1String("user")).toObject();
            const QString userId = CanvasJson::id(user.value(QLatin1String("id")));
            const QString type = row.value(QLatin1String("type")).toString();
            const bool isStudent = type == QLatin1String("StudentEnrollment");
            if (userId.isEmpty() || (!isStudent && type != QLatin1String("TaEnrollment"))) {
                ++skipped;
                continue;
            }
            QMap<QString, CanvasPerson> &group = isStudent ? students : assistants;
            CanvasPerson &person = group[userId];
            if (person.userId.isEmpty()) {
                person.userId = userId;
                person.name = user.value(QLatin1String("name")).toString();
                person.sortableName = user.value(QLatin1String("sortable_name")).toString();
                person.loginId = CanvasJson::optionalText(user, QStringLiteral("login_id"));
                person.sisUserId = CanvasJson::optionalText(user, QStringLiteral("sis_user_id"));
                person.email = emails.value(userId);
                person.role = isStudent ? CanvasPerson::Role::Student : CanvasPerson::Role::Ta;
                anyLogin = anyLogin || person.loginId.has_value();
                anySis = anySis || person.sisUserId.has_value();
            }
            const QString section = CanvasJson::id(row.value(QLatin1String("course_section_id")));
            if (!section.isEmpty() && !person.sectionIds.contains(section)) {
                person.sectionIds.append(section);
            }
        }
        if (skipped > 0) {
            qCWarning(lcCanvas) << "roster:" << skipped << "enrollment rows without a user id or of another type";
        }
        const auto finishPerson = [&sectionNames](CanvasPerson person) {
            std::sort(person.sectionIds.begin(), person.sectionIds.end(), [](const QString &a, const QString &b) {
                return a.size() != b.size() ? a.size() < b.size() : a < b; // numeric order for digit strings
            });
            for (const QString &id : std::as_const(person.sectionIds)) {
                person.sectionNames.append(sectionNames.value(id, id));
            }
            return person;
        };
        const auto byName = [](const CanvasPerson &a, const CanvasPerson &b) {
            const int order = QString::compare(a.sortableName, b.sortableName, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.userId < b.userId;
        };
        for (const CanvasPerson &person : std::as_const(students)) {
            roster.students.append(finishPerson(person));
        }
        for (const CanvasPerson &person : std::as_const(assistants)) {
            // Someone both student and TA is a student here.
            if (!students.contains(person.userId)) {
                roster.teachingAssistants.append(finishPerson(person));
            }
        }
        std::sort(roster.students.begin(), roster.students.end(), byName);
        std::sort(roster.teachingAssistants.begin(), roster.teachingAssistants.end(), byName);
        const bool anyone = !students.isEmpty() || !assistants.isEmpty();
        roster.loginIdsVisible = !anyone || anyLogin;
        roster.sisIdsVisible = !anyone || anySis;
        roster.emailsVisible = !m_emailsHidden && (m_users.isEmpty() || anyEmailKey);
        qCInfo(lcCanvas) << "roster:" << roster.students.size() << "students," << roster.teachingAssistants.size()
                         << "TAs," << roster.sections.size() << "sections";
        finish(roster);
    }

    CanvasCourse *m_course;
    QJsonArray m_enrollments;
    QJsonArray m_sections;
    QJsonArray m_users;
    int m_pending = 0;
    int m_pages = 0;
    bool m_emailsHidden = false;
};

} // namespace

CanvasRosterJob *CanvasCourse::fetchRoster()
{
    auto *job = new RosterFetch(this);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

} // namespace GradeDesk::Services
