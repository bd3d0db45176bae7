#pragma once

#include "KpiQuery.h"
#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <variant>

namespace agentdesk::server {

struct ServerContext;

// What leads (and admins) do on the floor, each checked by core's SupervisorAccess and kept in
// the action log: watch a team's floor, monitor a conversation, change an agent's capacity,
// broadcast a notice. Reassigning and taking over are transfers (ChatService), logged here too.
class SupervisorService {
    AGENTDESK_SERVER_TEXTS(SupervisorService)

public:
    explicit SupervisorService(ServerContext& context);

    // The team to watch in *team when allowed; the dispatcher subscribes the session to it.
    Outcome watch(const Identity& who, const protocol::FloorWatch& request, qint64* team);
    // Checks and logs; the dispatcher subscribes the session to the conversation's events.
    Outcome monitor(const Identity& who, const protocol::ConversationMonitor& request);
    Outcome setCapacity(const Identity& who, const protocol::AgentCapacitySet& request);
    Outcome broadcast(const Identity& who, const protocol::TeamBroadcast& request);
    Outcome actions(const Identity& who, const protocol::ActionsList& request);
    // kpi.report: its checks and the reply's fixed part here, its figures read by the caller
    // (RequestDispatcher, on a reader's connection: readKpis in FloorReader.h)...
    struct PreparedKpis {
        protocol::KpiReportOk report;
        KpiQuery query;
    };
    std::variant<protocol::ProtocolError, PreparedKpis> prepareKpis(const Identity& who, const protocol::KpiReport& request);
    // ...or the whole report on the server's connection.
    Outcome kpis(const Identity& who, const protocol::KpiReport& request);
    Outcome join(const Identity& who, const protocol::ConversationJoin& request);

    // Inside the caller's transaction.
    void record(const Identity& who, StaffActionKind action, qint64 teamId, qint64 conversationId, qint64 targetId = 0,
                const QString& targetName = {}, const QString& detail = {});

    static constexpr int kMonitorHistory = 100;
    static constexpr qsizetype kDetailLength = 2000;

private:
    ServerContext& m_ctx;
};

} // namespace agentdesk::server
