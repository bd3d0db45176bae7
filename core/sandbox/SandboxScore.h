#pragma once

#include "sandbox/Scenario.h"

#include <vector>

namespace agentdesk::sandbox {

// One line of a sandbox session as it happened: what the replay steps through and the score
// is computed from.
struct TranscriptEntry {
    enum class Who { Customer, Agent, System };
    TranscriptEntry(Who who_ = Who::Agent, qint64 at_ = 0, QString text_ = {}, bool fromLibrary_ = false,
                    bool recommendation_ = false, qint64 couponCents_ = 0, QString key_ = {}, bool leaving_ = false)
        : who(who_), at(at_), text(std::move(text_)), fromLibrary(fromLibrary_), recommendation(recommendation_),
          couponCents(couponCents_), key(std::move(key_)), leaving(leaving_)
    {
    }
    Who who = Who::Agent;
    qint64 at = 0;               // ms since the epoch
    QString text;
    bool fromLibrary = false;    // the agent's message came from a reply or script of the library
    bool recommendation = false; // ...from a recommendation card
    qint64 couponCents = 0;      // System: a coupon granted, worth this
    QString key;                 // Agent: the message's idempotency key
    bool leaving = false;        // Customer: their last words, which wait for no answer
};

// The trainee's result: each figure the report shows and the points it earned (100 in all).
struct SandboxScore {
    enum class Recommendation { NotNeeded, Made, Missed };
    enum class CouponVerdict { Respected, Missed, Unneeded, BeyondLimits };

    qint64 firstResponseMs = -1;    // -1: never answered
    qint64 averageResponseMs = -1;  // over the customer's messages (unanswered ones wait until the end, last words not)
    int agentMessages = 0;
    int repliesUsed = 0;
    Recommendation recommendation = Recommendation::NotNeeded;
    int couponsGranted = 0;
    qint64 couponCents = 0;
    int couponRefusals = 0;         // grants the policy refused: tried beyond one's limits
    CouponVerdict coupon = CouponVerdict::Respected;
    Outcome outcome = Outcome::Left;
    QString ending;
    int rating = 0;

    int responsePoints = 0;        // of 30: first response 15, average response 15
    int recommendationPoints = 0;  // of 15
    int couponPoints = 0;          // of 15
    int outcomePoints = 0;         // of 25: a purchase or a resolution
    int satisfactionPoints = 0;    // of 15: the customer's rating x 3
    int total() const { return responsePoints + recommendationPoints + couponPoints + outcomePoints + satisfactionPoints; }

    // `endedAt`: when the session ended (what an unanswered message waits until); 0: the last entry.
    static SandboxScore of(const Scenario& scenario, const QString& language, const std::vector<TranscriptEntry>& transcript,
                           const Ending& ending, int couponRefusals, qint64 endedAt = 0);
};

} // namespace agentdesk::sandbox
