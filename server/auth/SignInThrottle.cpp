#include "auth/SignInThrottle.h"

#include <algorithm>

namespace agentdesk::server {

namespace {
// Beyond this many addresses or names, the stale ones are dropped before another is added.
constexpr qsizetype kPruneAbove = 10'000;
} // namespace

SignInThrottle::SignInThrottle(int perAddress, int perName, qint64 windowMs)
    : m_perAddress(std::max(1, perAddress))
    , m_perName(std::max(1, perName))
    , m_windowMs(windowMs)
{
}

qint64 SignInThrottle::waitFor(const QHash<QString, Failures>& table, const QString& key, int limit, qint64 now) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || qsizetype(it->size()) < limit)
        return 0;
    // Only the last `limit` failures are kept: the oldest of them decides.
    return std::max<qint64>(0, it->front() + m_windowMs - now);
}

qint64 SignInThrottle::retryAfter(const QString& address, const QString& name, qint64 now) const
{
    return std::max(waitFor(m_byAddress, address, m_perAddress, now), waitFor(m_byName, name, m_perName, now));
}

void SignInThrottle::note(QHash<QString, Failures>& table, const QString& key, int limit, qint64 now)
{
    if (table.size() > kPruneAbove) {
        for (auto it = table.begin(); it != table.end();) {
            if (it->back() + m_windowMs <= now)
                it = table.erase(it);
            else
                ++it;
        }
    }
    Failures& failures = table[key];
    failures.push_back(now);
    while (qsizetype(failures.size()) > limit)
        failures.pop_front();
}

void SignInThrottle::failed(const QString& address, const QString& name, qint64 now)
{
    note(m_byAddress, address, m_perAddress, now);
    if (!name.isEmpty())
        note(m_byName, name, m_perName, now);
}

void SignInThrottle::succeeded(const QString& name)
{
    m_byName.remove(name);
}

} // namespace agentdesk::server
