// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvascourse.h"

#include "canvasclient.h"
#include "canvaserrors.h"
#include "canvasjson.h"
#include "canvaslogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

// CanvasCourse: construction and the connection test. The roster, assignments and the push live in
// canvasroster.cpp, canvasassignments.cpp and canvaspush.cpp.

namespace GradeDesk::Services {

namespace {

using Verdict = CanvasConnectionReport::Verdict;

class ConnectionTest final : public CanvasWorkflow<CanvasConnectionReport>
{
    Q_DECLARE_TR_FUNCTIONS(CanvasConnectionTest)

public:
    ConnectionTest(CanvasCourse *course, CanvasConfig::IdentityRule rule)
        : CanvasWorkflow<CanvasConnectionReport>(course)
        , m_course(course)
        , m_client(course->client())
        , m_rule(rule)
    {}

    void start()
    {
        if (const Result<void> secure = CanvasClient::checkUrl(m_client->baseUrl()); !secure) {
            conclude(Verdict::Insecure, secure.error());
            return;
        }
        if (!m_client->hasToken()) {
            conclude(Verdict::BadToken, CanvasErrors::noToken(m_client->baseUrl()));
            return;
        }
        emit progress(0, 3, tr("Signing in to Canvas"));
        CanvasCall *call = track(m_client->get(QStringLiteral("/users/self")));
        connect(call, &CanvasCall::finished, this, [this, call] {
            if (!call->result()) {
                const ServiceError &error = call->result().error();
                conclude(error.kind == ServiceError::Kind::Auth ? Verdict::BadToken : Verdict::Unreachable,
                         unreachable(error));
                return;
            }
            const Result<QJsonObject> self = CanvasJson::parseObject(call->result().value().body, call->describe());
            if (!self) {
                conclude(Verdict::Unreachable, unreachable(self.error()));
                return;
            }
            m_report.userName = self.value().value(QLatin1String("name")).toString();
            m_userId = CanvasJson::id(self.value().value(QLatin1String("id")));
            openCourse();
        });
    }

private:
    // "Not a Canvas API here" reads better than "HTTP 404" when the very first call fails.
    ServiceError unreachable(const ServiceError &error) const
    {
        if (error.kind == ServiceError::Kind::Auth || error.kind == ServiceError::Kind::Network ||
            error.kind == ServiceError::Kind::Timeout || error.kind == ServiceError::Kind::Cancelled ||
            error.kind == ServiceError::Kind::Security) {
            return error;
        }
        ServiceError out = error;
        out.message = tr("There is no Canvas API at %1 (%2). Check the Canvas address in course.yaml: it is the "
                         "address of your Canvas site, e.g. https://canvas.example.edu.")
                          .arg(m_client->baseUrl().toDisplayString(), error.message);
        return out;
    }

    void openCourse()
    {
        emit progress(1, 3, tr("Opening the course"));
        CanvasCall *call = track(m_client->get(m_course->coursePath()));
        connect(call, &CanvasCall::finished, this, [this, call] {
            if (!call->result()) {
                const ServiceError &error = call->result().error();
                if (error.kind == ServiceError::Kind::NotFound || CanvasErrors::isPermissionProblem(error)) {
                    ServiceError wrong = error;
                    wrong.message = tr("Canvas has no course %1 that this token can open. Check canvas.course_id in "
                                       "course.yaml (the number in the course's address, "
                                       "https://canvas.example.edu/courses/<id>) and that you teach or assist "
                                       "in that course.")
                                        .arg(m_course->courseId());
                    conclude(Verdict::WrongCourse, wrong);
                } else {
                    conclude(error.kind == ServiceError::Kind::Auth ? Verdict::BadToken : Verdict::Unreachable, error);
                }
                return;
            }
            const Result<QJsonObject> course = CanvasJson::parseObject(call->result().value().body, call->describe());
            if (!course) {
                conclude(Verdict::Unreachable, course.error());
                return;
            }
            m_report.courseName = course.value().value(QLatin1String("name")).toString();
            probe();
        });
    }

    // Four independent reads: the owner's role, what a student row shows, e-mail visibility and
    // the manage_grades permission. `refused` runs when Canvas says the token may not read it.
    void probe()
    {
        emit progress(2, 3, tr("Checking permissions"));
        const QString course = m_course->coursePath();
        m_pending = 4;
        // Staff can always list their own enrollments: whoever may not is no teacher or TA.
        fetch(
            m_client->get(course + QStringLiteral("/enrollments"),
                          {{QStringLiteral("user_id"), m_userId},
                           {QStringLiteral("state[]"), QStringLiteral("active")},
                           {QStringLiteral("per_page"), QStringLiteral("20")}}),
            [this](const QJsonDocument &document) { readRole(document); },
            [this] { m_report.canManageGrades = false; });
        fetch(
            m_client->get(course + QStringLiteral("/enrollments"),
                          {{QStringLiteral("type[]"), QStringLiteral("StudentEnrollment")},
                           {QStringLiteral("state[]"), QStringLiteral("active")},
                           {QStringLiteral("per_page"), QStringLiteral("1")}}),
            [this](const QJsonDocument &document) {
                const QJsonObject user = document.array().at(0).toObject().value(QLatin1String("user")).toObject();
                if (!user.isEmpty()) {
                    m_report.canSeeLoginIds = user.contains(QLatin1String("login_id"));
                    m_report.canSeeSisIds = user.contains(QLatin1String("sis_user_id"));
                }
            },
            [this] {
                m_report.canSeeLoginIds = false;
                m_report.canSeeSisIds = false;
            });
        fetch(
            m_client->get(course + QStringLiteral("/users"),
                          {{QStringLiteral("enrollment_type[]"), QStringLiteral("student")},
                           {QStringLiteral("per_page"), QStringLiteral("1")}}),
            [this](const QJsonDocument &document) {
                const QJsonObject user = document.array().at(0).toObject();
                if (!user.isEmpty()) {
                    m_report.canSeeEmails = user.contains(QLatin1String("email"));
                }
            },
            [this] { m_report.canSeeEmails = false; });
        // Not every Canvas has this endpoint; without it decide() falls back to the role.
        fetch(
            m_client->get(course + QStringLiteral("/permissions"),
                          {{QStringLiteral("permissions[]"), QStringLiteral("manage_grades")}}),
            [this](const QJsonDocument &document) {
                const QJsonValue value = document.object().value(QLatin1String("manage_grades"));
                if (value.isBool()) {
                    m_report.canManageGrades = value.toBool();
                }
            },
            [] {});
    }

    template <typename Read, typename Refused>
    void fetch(CanvasCall *call, Read read, Refused refused)
    {
        track(call);
        connect(call, &CanvasCall::finished, this, [this, call, read, refused] {
            if (isCancelRequested()) {
                finish(call->result() ? CanvasErrors::cancelled() : call->result().error());
                return;
            }
            if (call->result()) {
                read(QJsonDocument::fromJson(call->result().value().body));
            } else if (CanvasErrors::isPermissionProblem(call->result().error())) {
                refused();
            } else {
                qCInfo(lcCanvas).noquote()
                    << "connection probe" << call->describe() << "failed:" << call->result().error().detail;
            }
            if (--m_pending == 0) {
                decide();
            }
        });
    }

    void readRole(const QJsonDocument &document)
    {
        static const QStringList ranking = {QStringLiteral("TeacherEnrollment"), QStringLiteral("TaEnrollment"),
                                            QStringLiteral("DesignerEnrollment"), QStringLiteral("StudentEnrollment"),
                                            QStringLiteral("ObserverEnrollment")};
        qsizetype best = ranking.size();
        for (const QJsonValue &row : document.array()) {
            const qsizetype rank = ranking.indexOf(row.toObject().value(QLatin1String("type")).toString());
            if (rank >= 0 && rank < best) {
                best = rank;
            }
        }
        if (best < ranking.size()) {
            m_report.role = ranking.at(best);
        }
    }

    void decide()
    {
        // Canvas installs without the permissions endpoint: teachers and TAs grade by default.
        if (!m_report.canManageGrades && !m_report.role.isEmpty()) {
            m_report.canManageGrades =
                m_report.role == QLatin1String("TeacherEnrollment") || m_report.role == QLatin1String("TaEnrollment");
        }
        QStringList missing;
        if (m_report.canManageGrades == false) {
            missing << tr("manage grades (needed to push grades)");
        }
        const auto needs = [&](CanvasConfig::IdentityRule rule, const std::optional<bool> &visible,
                               const QString &what) {
            if (m_rule == rule && visible == false) {
                missing << what;
            }
        };
        needs(CanvasConfig::IdentityRule::LoginId, m_report.canSeeLoginIds,
              tr("see login ids (identity: login_id in course.yaml)"));
        needs(CanvasConfig::IdentityRule::SisId, m_report.canSeeSisIds, tr("see SIS ids (identity: sis_id)"));
        needs(CanvasConfig::IdentityRule::EmailLocalPart, m_report.canSeeEmails,
              tr("see e-mail addresses (identity: email)"));
        if (!missing.isEmpty()) {
            conclude(
                Verdict::InsufficientPermission,
                ServiceError::make(ServiceError::Kind::Http,
                                   tr("This Canvas token may not: %1. Use a teacher's token, ask a Canvas "
                                      "administrator for these permissions, or choose another identity rule "
                                      "(canvas.identity in course.yaml).")
                                       .arg(missing.join(QStringLiteral("; "))),
                                   QStringLiteral("missing permissions: %1").arg(missing.join(QStringLiteral("; ")))));
            return;
        }
        m_report.verdict = Verdict::Ok;
        m_report.message =
            tr("Connected to Canvas as %1; course \u201c%2\u201d.").arg(m_report.userName, m_report.courseName);
        emit progress(3, 3, tr("Done"));
        finish(m_report);
    }

    void conclude(Verdict verdict, const ServiceError &error)
    {
        if (error.kind == ServiceError::Kind::Cancelled) {
            finish(error);
            return;
        }
        m_report.verdict = verdict;
        m_report.error = error;
        m_report.message = error.message;
        qCInfo(lcCanvas).noquote() << "connection test:" << int(verdict) << error.detail;
        QMetaObject::invokeMethod(
            this, [this] { finish(m_report); }, Qt::QueuedConnection);
    }

    CanvasCourse *m_course;
    CanvasClient *m_client;
    CanvasConfig::IdentityRule m_rule;
    CanvasConnectionReport m_report;
    QString m_userId;
    int m_pending = 0;
};

} // namespace

CanvasCourse::CanvasCourse(CanvasClient *client, const QString &courseId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_courseId(courseId.trimmed())
{}

CanvasCourse::~CanvasCourse() = default;

QString CanvasCourse::coursePath() const
{
    return QStringLiteral("/courses/") + CanvasClient::encodeId(m_courseId);
}

CanvasConnectionJob *CanvasCourse::testConnection(CanvasConfig::IdentityRule rule)
{
    auto *job = new ConnectionTest(this, rule);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

} // namespace GradeDesk::Services
