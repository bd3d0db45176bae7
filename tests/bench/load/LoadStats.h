#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <chrono>
#include <vector>

namespace agentdesk::bench {

// What bench_routing's load threads share: per-customer delivery counts (an agent's thread counts,
// the customer's thread reads them to keep its window), totals, and the first error seen.
struct LoadStats {
    explicit LoadStats(int customers)
        : delivered(size_t(customers))
    {
    }

    std::vector<std::atomic<int>> delivered;  // per customer: its messages that reached an agent
    std::atomic<qint64> sentTotal{0};
    std::atomic<qint64> deliveredTotal{0};
    std::atomic<int> ready{0};     // peers signed in and set up
    std::atomic<int> failed{0};    // peers whose setup failed or whose connection dropped
    std::atomic<qint64> errors{0}; // error frames received after setup
    std::atomic<bool> recording{false};  // latencies are kept only while set

    void noteError(const QString& what)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_firstError.isEmpty())
            m_firstError = what;
    }
    QString firstError()
    {
        const QMutexLocker lock(&m_mutex);
        return m_firstError;
    }

    static qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

private:
    QMutex m_mutex;
    QString m_firstError;
};

} // namespace agentdesk::bench
