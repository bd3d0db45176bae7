#include "policy/SlaPolicy.h"

namespace agentdesk {

SlaPolicy::State SlaPolicy::state(qint64 waitingSince, qint64 now) const
{
    if (waitingSince <= 0)
        return State::NotWaiting;
    const qint64 waited = now - waitingSince;
    if (waited >= m_targetMs)
        return State::Breached;
    if (double(waited) >= double(m_targetMs) * kNearFraction)
        return State::Near;
    return State::Ok;
}

} // namespace agentdesk
