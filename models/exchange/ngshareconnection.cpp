// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareconnection.h"

#include <services/exchange/ngshareexchange.h>

namespace GradeDesk::Models {

using namespace Services;

NgshareConnection::NgshareConnection(const CourseConfig &config, Exchange *exchange, CanvasTokenStore *store,
                                     QObject *parent)
    : RemoteConnection(config, store,
                       {QStringLiteral("ngshare"), QStringLiteral("hub token"),
                        tr("The keychain holds an empty hub token for this course."),
                        tr("The token is empty. Paste the API token you created on the hub's token page.")},
                       parent)
    , m_exchange(qobject_cast<NgshareExchange *>(exchange))
{}

NgshareConnection::~NgshareConnection() = default;

QString NgshareConnection::configurationProblem() const
{
    if (isNgshare()) {
        return {};
    }
    const QString file = config().filePath.isEmpty() ? tr("course.yaml") : config().filePath;
    if (config().exchange.kind == ExchangeConfig::Kind::Ngshare) {
        return tr("The ngshare exchange named in %1 could not be set up (see the message when the course opened). "
                  "Check its url and prefix, then open the course again.")
            .arg(file);
    }
    return tr("This course uses its local course folder as the exchange, where students fetch and submit "
              "directly. To use ngshare, set\nexchange: {type: ngshare, url: https://hub.example.edu, prefix: "
              "/services/ngshare}\nin %1, then open the course again.")
        .arg(file);
}

QUrl NgshareConnection::serviceUrl() const
{
    return NgshareClient::serviceUrl(config().exchange);
}

QString NgshareConnection::tokenKey() const
{
    return NgshareClient::secretKey(config().exchange, config().grader);
}

bool NgshareConnection::hasToken() const
{
    return m_exchange && m_exchange->client() && m_exchange->client()->hasToken();
}

void NgshareConnection::setClientToken(const QString &token)
{
    m_exchange->setToken(token);
}

} // namespace GradeDesk::Models
