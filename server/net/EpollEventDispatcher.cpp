#include "net/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <vector>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace agentdesk::server {

namespace {
// As Qt's poll() dispatcher reads them: a hang-up or an error wakes the reader, whose read then
// sees it; the writer hears of them too, so that a socket only written to cannot spin the loop.
constexpr quint32 kReadEvents = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 kWriteEvents = EPOLLOUT | EPOLLHUP | EPOLLERR;
constexpr quint32 kExceptionEvents = EPOLLPRI;
constexpr int kEventsPerWait = 256;

qint64 millisecondsUntil(std::chrono::steady_clock::time_point due, std::chrono::steady_clock::time_point now)
{
    if (due <= now)
        return 0;
    // Rounded up: waking before the timer is due would only cost another pass.
    return std::chrono::ceil<std::chrono::milliseconds>(due - now).count();
}
} // namespace

quint32 EpollEventDispatcher::Watched::events() const
{
    return (read ? quint32(EPOLLIN) : 0u) | (write ? quint32(EPOLLOUT) : 0u) | (exception ? quint32(EPOLLPRI) : 0u);
}

EpollEventDispatcher::EpollEventDispatcher(QObject* parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeOnlyEpoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeOnlyEpoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptors: %s", std::strerror(errno));
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.fd = m_wakeFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake) != 0 || epoll_ctl(m_wakeOnlyEpoll, EPOLL_CTL_ADD, m_wakeFd, &wake) != 0)
        qFatal("EpollEventDispatcher: cannot watch its eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_wakeOnlyEpoll);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool timers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool notifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    int timeout = 0;
    if ((flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed() && (!notifiers || m_alwaysReady.isEmpty())) {
        timeout = timers ? waitMs(Clock::now()) : -1;
        if (timeout != 0)
            emit aboutToBlock();
    }
    // Without the notifiers, ready sockets must not end the wait (they stay ready, level-triggered,
    // and the loop would spin): only the wake-ups' descriptor is waited on then.
    epoll_event ready[kEventsPerWait];
    int count = 0;
    do {
        count = epoll_wait(notifiers ? m_epoll : m_wakeOnlyEpoll, ready, kEventsPerWait, timeout);
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        qWarning("EpollEventDispatcher: epoll_wait failed: %s", std::strerror(errno));
        count = 0;
    }
    // Told to stop meanwhile: nothing more is dispatched in this pass.
    if (m_interrupted.loadRelaxed()) {
        for (int i = 0; i < count; ++i) {
            if (ready[i].data.fd == m_wakeFd)
                drainWakeUps();
        }
        return false;
    }

    bool handled = false;
    QEvent activated(QEvent::SockAct);
    for (int i = 0; i < count; ++i) {
        const int fd = ready[i].data.fd;
        if (fd == m_wakeFd) {
            drainWakeUps();
            continue;
        }
        if (!notifiers)
            continue;
        const quint32 events = ready[i].events;
        // Looked up again before each kind: a handler may unregister or delete the others.
        for (const auto& [slot, mask] : {std::pair{&Watched::read, kReadEvents}, std::pair{&Watched::write, kWriteEvents},
                                         std::pair{&Watched::exception, kExceptionEvents}}) {
            const auto watched = m_watched.constFind(fd);
            if (watched == m_watched.cend())
                break;
            QSocketNotifier* notifier = (*watched).*slot;
            if (notifier && (events & mask)) {
                QCoreApplication::sendEvent(notifier, &activated);
                handled = true;
            }
        }
    }
    if (notifiers && !m_alwaysReady.isEmpty())
        handled = activateAlwaysReady() || handled;
    if (timers)
        handled = fireDueTimers() || handled;
    return handled;
}

// epoll refuses regular files (EPERM); poll() reports them always ready, and so do we.
bool EpollEventDispatcher::activateAlwaysReady()
{
    bool handled = false;
    QEvent activated(QEvent::SockAct);
    const QList<int> fds = m_alwaysReady.values();
    for (int fd : fds) {
        for (auto slot : {&Watched::read, &Watched::write}) {
            const auto watched = m_watched.constFind(fd);
            if (watched == m_watched.cend() || !m_alwaysReady.contains(fd))
                break;
            if (QSocketNotifier* notifier = (*watched).*slot) {
                QCoreApplication::sendEvent(notifier, &activated);
                handled = true;
            }
        }
    }
    return handled;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    Watched& watched = m_watched[fd];
    const Watched before = watched;
    switch (notifier->type()) {
    case QSocketNotifier::Read: watched.read = notifier; break;
    case QSocketNotifier::Write: watched.write = notifier; break;
    case QSocketNotifier::Exception: watched.exception = notifier; break;
    }
    watch(fd, before, watched);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    const auto found = m_watched.find(fd);
    if (found == m_watched.end())
        return;
    const Watched before = *found;
    for (auto slot : {&Watched::read, &Watched::write, &Watched::exception}) {
        if ((*found).*slot == notifier)
            (*found).*slot = nullptr;
    }
    const Watched after = *found;
    if (after.events() == 0)
        m_watched.erase(found);
    watch(fd, before, after);
}

void EpollEventDispatcher::watch(int fd, const Watched& before, const Watched& after)
{
    const quint32 was = before.events();
    const quint32 now = after.events();
    if (was == now)
        return;
    if (m_alwaysReady.contains(fd)) {
        if (now == 0)
            m_alwaysReady.remove(fd);
        return;
    }
    epoll_event event{};
    event.events = now;
    event.data.fd = fd;
    int op = was == 0 ? EPOLL_CTL_ADD : now == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD;
    if (epoll_ctl(m_epoll, op, fd, &event) == 0)
        return;
    // The kernel's view can differ from ours when a descriptor was closed and its number reused
    // before its notifiers were unregistered.
    if (op == EPOLL_CTL_ADD && errno == EEXIST)
        op = EPOLL_CTL_MOD;
    else if (op == EPOLL_CTL_MOD && errno == ENOENT)
        op = EPOLL_CTL_ADD;
    else if (op == EPOLL_CTL_DEL && (errno == ENOENT || errno == EBADF))
        return;
    else if (errno == EPERM) {
        m_alwaysReady.insert(fd);
        return;
    } else {
        qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
        return;
    }
    if (epoll_ctl(m_epoll, op, fd, &event) != 0)
        qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object)
{
    Timer& timer = m_timers[timerId];
    timer.object = object;
    timer.intervalMs = std::max<qint64>(0, interval);
    timer.type = timerType;
    timer.firing = false;
    m_timersOf.insert(object, timerId);
    schedule(timerId, timer, Clock::now() + std::chrono::milliseconds(timer.intervalMs));
}

void EpollEventDispatcher::schedule(int timerId, Timer& timer, Clock::time_point due)
{
    timer.due = due;
    m_queue.emplace(due, timerId);
}

void EpollEventDispatcher::unqueue(int timerId, Clock::time_point due)
{
    auto [from, to] = m_queue.equal_range(due);
    for (auto it = from; it != to; ++it) {
        if (it->second == timerId) {
            m_queue.erase(it);
            return;
        }
    }
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return false;
    unqueue(timerId, found->due);
    m_timersOf.remove(found->object, timerId);
    m_timers.erase(found);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject* object)
{
    const QList<int> ids = m_timersOf.values(object);
    for (int id : ids)
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject* object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timersOf.constFind(object); it != m_timersOf.cend() && it.key() == object; ++it) {
        const Timer& timer = m_timers[it.value()];
        out.append(TimerInfo(it.value(), int(timer.intervalMs), timer.type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto found = m_timers.constFind(timerId);
    if (found == m_timers.cend())
        return -1;
    return int(millisecondsUntil(found->due, Clock::now()));
}

int EpollEventDispatcher::waitMs(Clock::time_point now) const
{
    for (const auto& [due, id] : m_queue) {
        // A timer in its handler up the stack (a nested loop) does not keep the loop from sleeping.
        if (m_timers[id].firing)
            continue;
        return int(std::min<qint64>(millisecondsUntil(due, now), std::numeric_limits<int>::max()));
    }
    return -1;
}

bool EpollEventDispatcher::fireDueTimers()
{
    const Clock::time_point now = Clock::now();
    std::vector<int> due;
    for (auto it = m_queue.begin(); it != m_queue.end() && it->first <= now; ++it)
        due.push_back(it->second);
    bool fired = false;
    for (int id : due) {
        auto timer = m_timers.find(id);
        // Gone, in its handler up the stack, or started again meanwhile by an earlier handler.
        if (timer == m_timers.end() || timer->firing || timer->due > now)
            continue;
        // The next time is set before the handler runs, so that the handler may stop the timer or
        // start it again. A timer late by more than its interval skips the ticks it missed.
        const auto interval = std::chrono::milliseconds(timer->intervalMs);
        Clock::time_point next = timer->due + interval;
        if (next < now)
            next = now + interval;
        unqueue(id, timer->due);
        schedule(id, *timer, next);
        timer->firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer->object, &event);
        fired = true;
        // Looked up again: the handler may have added or removed timers (even reused this id).
        if (const auto after = m_timers.find(id); after != m_timers.end())
            after->firing = false;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUps.testAndSetAcquire(0, 1)) {
        const eventfd_t one = 1;
        while (eventfd_write(m_wakeFd, one) != 0 && errno == EINTR) {
        }
    }
}

void EpollEventDispatcher::drainWakeUps()
{
    eventfd_t value = 0;
    while (eventfd_read(m_wakeFd, &value) != 0 && errno == EINTR) {
    }
    m_wakeUps.storeRelease(0);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

} // namespace agentdesk::server
