// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasconnection.h"

#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>

namespace GradeDesk::Models {

using namespace Services;

CanvasConnection::CanvasConnection(const CourseConfig &config, QNetworkAccessManager *network, CanvasTokenStore *store,
                                   QObject *parent)
    : RemoteConnection(config, store,
                       {QStringLiteral("canvas"), QStringLiteral("canvas token"),
                        tr("The keychain holds an empty Canvas token for this course."),
                        tr("The token is empty. Paste the access token you created in Canvas.")},
                       parent)
{
    if (isConfigured()) {
        m_client = new CanvasClient(network, config.canvas.url, this);
        m_course = new CanvasCourse(m_client, config.canvas.courseId, this);
    }
}

CanvasConnection::~CanvasConnection()
{
    // The course's jobs use the client: end them first.
    delete m_course;
}

bool CanvasConnection::isConfigured() const
{
    return config().canvas.url.isValid() && !config().canvas.url.isEmpty() && !config().canvas.courseId.isEmpty();
}

QString CanvasConnection::configurationProblem() const
{
    if (isConfigured()) {
        return {};
    }
    return tr("This course has no Canvas site. Add a line such as\n"
              "canvas: {url: https://canvas.example.edu, course_id: \"12345\", identity: login_id}\n"
              "to %1 (the course id is the number in the course's Canvas address), then open the course again.")
        .arg(config().filePath.isEmpty() ? tr("course.yaml") : config().filePath);
}

QString CanvasConnection::tokenKey() const
{
    return CanvasClient::secretKey(config().canvas, config().grader);
}

QString CanvasConnection::actor() const
{
    if (!config().grader.trimmed().isEmpty()) {
        return config().grader.trimmed();
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("gradedesk") : user;
}

bool CanvasConnection::hasToken() const
{
    return m_client && m_client->hasToken();
}

void CanvasConnection::setClientToken(const QString &token)
{
    m_client->setToken(token);
}

} // namespace GradeDesk::Models
