#pragma once

#include <QtGlobal>

namespace agentdesk {

// How long a customer has waited for an answer against the service level (default: a reply
// within 3 minutes). The conversation list colours by it; supervisors count breaches by it.
class SlaPolicy {
public:
    enum class State { NotWaiting, Ok, Near, Breached };

    static constexpr qint64 kDefaultTargetMs = 3 * 60 * 1000;
    // "Near" from this fraction of the target on.
    static constexpr double kNearFraction = 2.0 / 3.0;

    explicit SlaPolicy(qint64 targetMs = kDefaultTargetMs) : m_targetMs(targetMs > 0 ? targetMs : kDefaultTargetMs) {}

    State state(qint64 waitingSince, qint64 now) const;
    qint64 targetMs() const { return m_targetMs; }

private:
    qint64 m_targetMs;
};

} // namespace agentdesk
