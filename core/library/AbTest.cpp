#include "library/AbTest.h"

#include <cmath>

namespace agentdesk {

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
