#pragma once

#include <QtGlobal>

namespace agentdesk {

// A/B tests of replies: which variant a conversation is served, and whether the difference in
// conversion between the variants is significant.
class AbTest {
public:
    // Consecutive conversations alternate between the variants, so they are served evenly; the
    // pair id shifts the alternation so that two tests do not split conversations the same way.
    static int variantFor(qint64 conversationId, qint64 pairId) { return int((conversationId + pairId) % 2); }

    struct Result {
        double rateA = 0;
        double rateB = 0;
        double z = 0;
        double pValue = 1;   // two-sided
        bool valid = false;  // false without conversations on both sides, or when nothing differs
    };
    // Two-proportion z-test with the pooled proportion.
    static Result compare(int conversionsA, int trialsA, int conversionsB, int trialsB);
};

} // namespace agentdesk
