#pragma once

#include "LoadPeer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace agentdesk::bench {

struct LoadStats;

// One thread's share of the load: it opens its peers a few at a time (a burst of thousands of
// handshakes would overflow the listen backlog) and paces its customers' messages on a 1 ms tick.
// Lives in its own thread; the driver calls it with queued or blocking-queued invocations.
class LoadWorker : public QObject {
    Q_OBJECT
public:
    struct PeerSpec {
        LoadPeer::Role role;
        int index;
        QUrl url;
    };
    enum class Pace { Idle, Saturate, Fixed };

    LoadWorker(Target target, std::vector<PeerSpec> peers, LoadStats& stats, QObject* parent = nullptr);

public slots:
    void start();
    // Every customer sends one message now (routing is checked by its arrival).
    void probe();
    // Saturate: each customer keeps `window` messages undelivered. Fixed: `ratePerSecond`
    // messages a second from this worker's customers in turn, whatever arrives (open loop).
    void setPace(agentdesk::bench::LoadWorker::Pace pace, double ratePerSecond, int window);
    // The latencies recorded since the last call, in ns.
    std::vector<qint64> takeLatencies();
    void closeAll();

private:
    void openMore();
    void tick();

    Target m_target;
    std::vector<PeerSpec> m_specs;
    LoadStats& m_stats;
    std::vector<LoadPeer*> m_customers;
    std::deque<LoadPeer*> m_toOpen;
    std::vector<qint64> m_latencies;
    int m_opening = 0;
    QTimer* m_tick = nullptr;
    Pace m_pace = Pace::Idle;
    double m_rate = 0;
    int m_window = 1;
    QElapsedTimer m_paceClock;
    qint64 m_paceSent = 0;
    size_t m_nextCustomer = 0;
};

} // namespace agentdesk::bench
