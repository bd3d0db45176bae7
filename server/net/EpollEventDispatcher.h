#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>
#include <QMultiHash>
#include <QSet>

#include <chrono>
#include <map>
#include <utility>

class QSocketNotifier;

namespace agentdesk::server {

// An event dispatcher on Linux's epoll, for the server's thread (and the benchmarks' relay and
// load threads, so that they compare like with like).
//
// Why: Qt's UNIX dispatcher hands every socket to poll() on every pass of the event loop, so
// that a pass costs time in proportion to the connections, not to what happened. With 2,500
// connections at 2,000 messages/s the bare relay spent 85 % of its time in ppoll (perf), and the
// server most of what it did not spend in the database. epoll is told once which sockets to
// watch and reports only the ready ones.
//
// Semantics kept from Qt's dispatchers: notifiers are level-triggered; posted events are sent at
// the start of each pass; a timer fires at most once per pass and never inside its own
// handler (a nested event loop); timers of zero interval fire on every pass; a timer's next
// time is its last one plus the interval unless that is already past.
class EpollEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject* parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;
    struct Watched {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
        QSocketNotifier* exception = nullptr;
        quint32 events() const;
    };
    struct Timer {
        QObject* object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        Clock::time_point due;
        bool firing = false;  // in its handler: not fired again by a nested loop
    };

    void watch(int fd, const Watched& before, const Watched& after);
    void schedule(int timerId, Timer& timer, Clock::time_point due);
    void unqueue(int timerId, Clock::time_point due);
    // Milliseconds epoll may sleep: -1 without timers, 0 if one is due.
    int waitMs(Clock::time_point now) const;
    bool fireDueTimers();
    bool activateAlwaysReady();
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeOnlyEpoll = -1;  // the wake-ups alone: waited on while socket notifiers are excluded
    int m_wakeFd = -1;
    QAtomicInt m_wakeUps = 0;
    QAtomicInt m_interrupted = 0;
    QHash<int, Watched> m_watched;
    QSet<int> m_alwaysReady;  // regular files: epoll cannot watch them
    QHash<int, Timer> m_timers;
    QMultiHash<QObject*, int> m_timersOf;
    std::multimap<Clock::time_point, int> m_queue;  // due time -> timer id
};

} // namespace agentdesk::server
