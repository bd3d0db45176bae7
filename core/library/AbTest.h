#pragma once

#include <QtGlobal>

namespace agentdesk {

// A/B tests of replies: which variant a conversation is served, and whether the difference in
// conversion between the variants is significant.
class AbTest {
public:
    // A well-mixed hash of the conversation and the test: half the conversations get each variant,
    // and neither another test nor anything that alternates by conversation id (routing, say)
    // splits them the same way.
    static int variantFor(qint64 conversationId, qint64 pairId);

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
