#include "LoadWorker.h"

#include "LoadStats.h"

#include <cmath>

namespace agentdesk::bench {

namespace {
constexpr int kOpenAtOnce = 32;  // handshakes and sign-ins in progress per worker
}

LoadWorker::LoadWorker(Target target, std::vector<PeerSpec> peers, LoadStats& stats, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_specs(std::move(peers))
    , m_stats(stats)
{
}

void LoadWorker::start()
{
    // Created here, in the worker's thread, so that their sockets live in it.
    m_tick = new QTimer(this);
    m_tick->setTimerType(Qt::PreciseTimer);
    m_tick->setInterval(1);
    connect(m_tick, &QTimer::timeout, this, &LoadWorker::tick);
    for (const PeerSpec& spec : m_specs) {
        auto* peer = new LoadPeer(m_target, spec.role, spec.index, spec.url, m_stats, m_latencies, this);
        if (spec.role == LoadPeer::Role::Customer)
            m_customers.push_back(peer);
        connect(peer, &LoadPeer::settled, this, [this] {
            --m_opening;
            openMore();
        });
        m_toOpen.push_back(peer);
    }
    openMore();
}

void LoadWorker::openMore()
{
    while (m_opening < kOpenAtOnce && !m_toOpen.empty()) {
        LoadPeer* peer = m_toOpen.front();
        m_toOpen.pop_front();
        ++m_opening;
        peer->open();
    }
}

void LoadWorker::probe()
{
    for (LoadPeer* customer : m_customers)
        if (customer->isReady())
            customer->sendMessage();
}

void LoadWorker::setPace(Pace pace, double ratePerSecond, int window)
{
    m_pace = pace;
    m_rate = ratePerSecond;
    m_window = std::max(1, window);
    m_paceSent = 0;
    m_paceClock.start();
    if (pace == Pace::Idle)
        m_tick->stop();
    else
        m_tick->start();
}

std::vector<qint64> LoadWorker::takeLatencies()
{
    return std::exchange(m_latencies, {});
}

void LoadWorker::closeAll()
{
    m_tick->stop();
    for (QObject* child : children())
        if (auto* peer = qobject_cast<LoadPeer*>(child))
            peer->close();
}

void LoadWorker::tick()
{
    if (m_customers.empty())
        return;
    if (m_pace == Pace::Saturate) {
        for (LoadPeer* customer : m_customers) {
            if (!customer->isReady())
                continue;
            const int delivered = m_stats.delivered[size_t(customer->index())].load(std::memory_order_relaxed);
            for (int inFlight = customer->sent() - delivered; inFlight < m_window; ++inFlight)
                customer->sendMessage();
        }
    } else if (m_pace == Pace::Fixed) {
        const auto due = qint64(std::floor(m_rate * double(m_paceClock.nsecsElapsed()) / 1e9));
        for (; m_paceSent < due; ++m_paceSent) {
            LoadPeer* customer = m_customers[m_nextCustomer];
            m_nextCustomer = (m_nextCustomer + 1) % m_customers.size();
            if (customer->isReady())
                customer->sendMessage();
        }
    }
}

} // namespace agentdesk::bench
