#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace agentdesk::server {

// Failed sign-ins counted across connections, by peer address and by user name, over a sliding
// window: past either limit, sign-ins from that address or for that name are refused without
// looking at the password until the oldest counted failure leaves the window. Closing the
// connection after 5 failures alone would let a guesser simply reconnect. Kept in memory, per
// instance; bounded by pruning names and addresses whose failures have all left the window.
class SignInThrottle {
public:
    SignInThrottle(int perAddress, int perName, qint64 windowMs);

    // Milliseconds until a sign-in from the address for the name may be tried; 0: now.
    qint64 retryAfter(const QString& address, const QString& name, qint64 now) const;
    void failed(const QString& address, const QString& name, qint64 now);
    // A right password forgives the name's failures (not the address's).
    void succeeded(const QString& name);

private:
    using Failures = std::deque<qint64>;
    qint64 waitFor(const QHash<QString, Failures>& table, const QString& key, int limit, qint64 now) const;
    void note(QHash<QString, Failures>& table, const QString& key, int limit, qint64 now);

    int m_perAddress;
    int m_perName;
    qint64 m_windowMs;
    QHash<QString, Failures> m_byAddress;
    QHash<QString, Failures> m_byName;
};

} // namespace agentdesk::server
