#pragma once

#include "protocol/Records.h"

#include <optional>
#include <span>

namespace agentdesk {

// The KPIs of the supervisor view and its reports, from the counts of a period (docs/
// ARCHITECTURE.md, "KPIs", writes the same formulas down). A rate without a denominator is
// absent, not zero: no consultations is not a conversion of 0 %.
class KpiFormulas {
public:
    // converted / consultations: consultations that led to a purchase within the window.
    static std::optional<double> conversionRate(const protocol::KpiCounts& c);
    // resolvedFirstContact / closed: closed without the customer coming back within the window.
    static std::optional<double> firstContactResolution(const protocol::KpiCounts& c);
    // handlingMs / closed: from assignment to close, on average.
    static std::optional<qint64> averageHandlingMs(const protocol::KpiCounts& c);
    // firstResponseMs / responded: from the customer's arrival to the first answer, on average.
    static std::optional<qint64> averageFirstResponseMs(const protocol::KpiCounts& c);
    // satisfied / rated: the share of ratings of 4 or 5 (the usual CSAT score)...
    static std::optional<double> csat(const protocol::KpiCounts& c);
    // ...and ratingSum / rated, the average rating.
    static std::optional<double> averageRating(const protocol::KpiCounts& c);
    // revenueCents / consultations.
    static std::optional<qint64> revenuePerConsultationCents(const protocol::KpiCounts& c);
    // couponCents / budgetCents.
    static std::optional<double> budgetUsed(qint64 couponCents, qint64 budgetCents);

    // A team's counts: the sum of its agents'.
    static protocol::KpiCounts total(std::span<const protocol::KpiCounts> agents);

    // One conversation's time in the queue: from arrival until its first assignment or its close,
    // whichever came first (0: still waiting).
    struct QueueStay {
        qint64 arrivedAt = 0;
        qint64 leftAt = 0;
    };
    // How many were waiting at each step from `from` (inclusive) to `to` (exclusive).
    static std::vector<protocol::WaitPoint> waitingSeries(std::span<const QueueStay> stays, qint64 from, qint64 to, qint64 stepMs);
};

} // namespace agentdesk
