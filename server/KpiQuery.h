#pragma once

#include <QString>

namespace agentdesk::server {

// What kpi.report reads from the database (readKpis in FloorReader.h), once
// SupervisorService::prepareKpis has checked the request.
struct KpiQuery {
    qint64 teamId = 0;
    QString queue;
    qint64 since = 0;
    qint64 until = 0;
    qint64 conversionWindowMs = 0;
    qint64 fcrWindowMs = 0;
};

} // namespace agentdesk::server
