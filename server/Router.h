#pragma once

#include <QObject>

namespace agentdesk::server {

struct ServerContext;

// Assigns waiting conversations to available agents of their team by RoutingPolicy. Runs soon
// after anything that may free or add capacity (a new conversation, a close, a presence change,
// an agent connecting), once per event-loop turn however many of those happened.
class Router : public QObject {
    Q_OBJECT
public:
    explicit Router(ServerContext& context, QObject* parent = nullptr);

    void schedule();
    void drainNow();

private:
    ServerContext& m_ctx;
    bool m_scheduled = false;
};

} // namespace agentdesk::server
