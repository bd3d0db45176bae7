#include "supervisor/KpiFormulas.h"

namespace agentdesk {

using protocol::KpiCounts;

namespace {
std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<qint64> average(qint64 sum, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    return sum / count;
}
} // namespace

std::optional<double> KpiFormulas::conversionRate(const KpiCounts& c)
{
    return ratio(c.converted, c.consultations);
}

std::optional<double> KpiFormulas::firstContactResolution(const KpiCounts& c)
{
    return ratio(c.resolvedFirstContact, c.closed);
}

std::optional<qint64> KpiFormulas::averageHandlingMs(const KpiCounts& c)
{
    return average(c.handlingMs, c.closed);
}

std::optional<qint64> KpiFormulas::averageFirstResponseMs(const KpiCounts& c)
{
    return average(c.firstResponseMs, c.responded);
}

std::optional<double> KpiFormulas::csat(const KpiCounts& c)
{
    return ratio(c.satisfied, c.rated);
}

std::optional<double> KpiFormulas::averageRating(const KpiCounts& c)
{
    return ratio(c.ratingSum, c.rated);
}

std::optional<qint64> KpiFormulas::revenuePerConsultationCents(const KpiCounts& c)
{
    return average(c.revenueCents, c.consultations);
}

std::optional<double> KpiFormulas::budgetUsed(qint64 couponCents, qint64 budgetCents)
{
    return ratio(couponCents, budgetCents);
}

KpiCounts KpiFormulas::total(std::span<const KpiCounts> agents)
{
    KpiCounts t;
    for (const KpiCounts& a : agents) {
        t.consultations += a.consultations;
        t.converted += a.converted;
        t.revenueCents += a.revenueCents;
        t.closed += a.closed;
        t.resolvedFirstContact += a.resolvedFirstContact;
        t.handlingMs += a.handlingMs;
        t.responded += a.responded;
        t.firstResponseMs += a.firstResponseMs;
        t.rated += a.rated;
        t.ratingSum += a.ratingSum;
        t.satisfied += a.satisfied;
        t.coupons += a.coupons;
        t.couponCents += a.couponCents;
    }
    return t;
}

std::vector<protocol::WaitPoint> KpiFormulas::waitingSeries(std::span<const QueueStay> stays, qint64 from, qint64 to,
                                                            qint64 stepMs)
{
    std::vector<protocol::WaitPoint> out;
    if (stepMs <= 0 || to <= from)
        return out;
    for (qint64 at = from; at < to; at += stepMs) {
        int waiting = 0;
        for (const QueueStay& s : stays) {
            if (s.arrivedAt <= at && (s.leftAt == 0 || s.leftAt > at))
                ++waiting;
        }
        out.push_back({at, waiting});
    }
    return out;
}

} // namespace agentdesk
