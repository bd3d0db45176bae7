#include "library/AbTest.h"

#include <cmath>

namespace agentdesk {

int AbTest::variantFor(qint64 conversationId, qint64 pairId)
{
    // splitmix64's finaliser over both ids.
    quint64 z = quint64(conversationId) * 0x9E3779B97F4A7C15ULL ^ quint64(pairId) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return int(z & 1);
}

AbTest::Result AbTest::compare(int conversionsA, int trialsA, int conversionsB, int trialsB)
{
    Result r;
    if (trialsA <= 0 || trialsB <= 0 || conversionsA < 0 || conversionsB < 0 || conversionsA > trialsA
        || conversionsB > trialsB)
        return r;
    r.rateA = double(conversionsA) / trialsA;
    r.rateB = double(conversionsB) / trialsB;
    const double pooled = double(conversionsA + conversionsB) / (trialsA + trialsB);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
    if (se <= 0)
        return r;
    r.z = (r.rateB - r.rateA) / se;
    r.pValue = std::erfc(std::fabs(r.z) / std::sqrt(2.0));
    r.valid = true;
    return r;
}

} // namespace agentdesk
