#include "net/PingRota.h"

#include <QHashFunctions>

#include <algorithm>

namespace agentdesk::server {

PingRota::PingRota(int intervalMs)
    : m_slices(std::max(1, intervalMs / kTickMs))
    , m_tickMs(std::max(1, intervalMs / m_slices))
{
}

int PingRota::sliceOf(const void* session) const
{
    // Hashed, not the address itself: allocations are aligned and often close together.
    return int(qHash(session) % size_t(m_slices));
}

} // namespace agentdesk::server
