#include "sandbox/PathPlayer.h"

#include <limits>

namespace agentdesk::sandbox {

namespace {
using Who = TranscriptEntry::Who;

void record(const std::vector<ScriptedCustomer::Action>& actions, qint64 at, PathPlayer::Result* out)
{
    for (const ScriptedCustomer::Action& a : actions) {
        switch (a.kind) {
        case ScriptedCustomer::Action::Kind::Say:
            out->transcript.push_back({Who::Customer, at, a.text, false, false, 0, {}, a.leaving});
            break;
        case ScriptedCustomer::Action::Kind::Order: {
            QStringList lines;
            for (const ScenarioOrderLine& l : a.order)
                lines << QStringLiteral("%1 x%2").arg(l.sku).arg(l.quantity);
            out->transcript.push_back({Who::System, at, QStringLiteral("order: %1").arg(lines.join(QStringLiteral(", "))), false, false, 0});
            break;
        }
        case ScriptedCustomer::Action::Kind::End:
            out->ending = a.ending;
            break;
        }
    }
}

// Lets the customer's timers run until `until` (or until it is done).
void advance(ScriptedCustomer& customer, qint64 until, PathPlayer::Result* out)
{
    qint64 previous = 0;
    while (!customer.finished()) {
        const qint64 due = customer.nextDeadline();
        // A deadline that does not move on would never end (the time limit always comes).
        if (due <= 0 || due > until || due <= previous)
            return;
        previous = due;
        record(customer.tick(due), due, out);
    }
}
} // namespace

PathPlayer::Result PathPlayer::play(const Scenario& scenario, const QString& language, const std::vector<PathStep>& path, qint64 startMs)
{
    Result out;
    ScriptedCustomer customer(scenario, language);
    record(customer.open(startMs), startMs, &out);
    for (const PathStep& step : path) {
        const qint64 at = startMs + step.atSeconds * 1000LL;
        advance(customer, at, &out);
        if (customer.finished())
            break;
        switch (step.kind) {
        case PathStep::Kind::Say: {
            const QString text = step.text.in(language);
            out.transcript.push_back({Who::Agent, at, text, false, false, 0});
            record(customer.agentMessage(text, at), at, &out);
            break;
        }
        case PathStep::Kind::Coupon:
            out.transcript.push_back({Who::System, at, QStringLiteral("coupon"), false, false, step.valueCents});
            record(customer.couponGranted(step.valueCents, at), at, &out);
            break;
        case PathStep::Kind::Close:
            record(customer.closed(at), at, &out);
            break;
        case PathStep::Kind::Wait:
            break;
        }
    }
    // The rest plays out: silences, then the time limit at the latest.
    advance(customer, std::numeric_limits<qint64>::max(), &out);
    out.score = SandboxScore::of(scenario, language, out.transcript, out.ending ? *out.ending : ScriptedCustomer::timeUp(), 0,
                                 customer.endedAt());
    return out;
}

} // namespace agentdesk::sandbox
