#include "sandbox/ScriptedCustomer.h"

#include <algorithm>
#include <limits>

namespace agentdesk::sandbox {

namespace {
constexpr qint64 kSecond = 1000;
// A reaction that enters a state whose "flags" reaction fires at once may chain; a scenario that
// loops on flags would otherwise never end.
constexpr int kMaxChain = 20;
} // namespace

const Ending& ScriptedCustomer::closedEarly()
{
    static const Ending e{QStringLiteral("closed-early"), Outcome::Left, 2, {}, std::nullopt};
    return e;
}

const Ending& ScriptedCustomer::timeUp()
{
    static const Ending e{QStringLiteral("time-up"), Outcome::Left, 1, {}, std::nullopt};
    return e;
}

ScriptedCustomer::ScriptedCustomer(const Scenario& scenario, QString language)
    : m_scenario(scenario)
    , m_language(language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("en"))
{
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::open(qint64 now)
{
    m_openedAt = now;
    m_lastAgentAt = 0;
    m_state = m_scenario.start;
    m_enteredAt = now;
    return {Action{Action::Kind::Say, m_scenario.opening.in(m_language), {}, nullptr, false}};
}

const Reaction* ScriptedCustomer::find(Trigger trigger, qint64 now, const std::function<bool(const Reaction&)>& matches) const
{
    const ScenarioState* state = m_scenario.state(m_state);
    if (!state)
        return nullptr;
    for (const Reaction& r : state->reactions) {
        if (r.trigger != trigger)
            continue;
        if (r.withinSeconds > 0 && now - m_openedAt > r.withinSeconds * kSecond)
            continue;
        if (matches(r))
            return &r;
    }
    return nullptr;
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::agentMessage(const QString& text, qint64 now)
{
    std::vector<Action> out;
    if (finished())
        return out;
    m_lastAgentAt = now;
    // One message may do several things ("sorry, here is your tracking number"): every reaction it
    // matches sets its flags. If that completes what a "flags" reaction waits for, that one
    // answers; otherwise the first match does.
    const ScenarioState* state = m_scenario.state(m_state);
    if (!state)
        return out;
    const Reaction* first = nullptr;
    for (const Reaction& r : state->reactions) {
        if (r.trigger != Trigger::Message || (r.withinSeconds > 0 && now - m_openedAt > r.withinSeconds * kSecond)
            || !r.contains.matches(text, m_language))
            continue;
        if (!first)
            first = &r;
        for (const QString& f : r.sets)
            m_flags.insert(f);
    }
    const bool settles = find(Trigger::Flags, now, [this](const Reaction& x) {
        return std::all_of(x.flags.begin(), x.flags.end(), [this](const QString& f) { return m_flags.contains(f); });
    }) != nullptr;
    if (first && !settles)
        apply(*first, now, &out);
    settleFlags(now, &out);
    return out;
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::couponGranted(qint64 valueCents, qint64 now)
{
    std::vector<Action> out;
    if (finished())
        return out;
    if (const Reaction* r = find(Trigger::Coupon, now, [&](const Reaction& x) { return valueCents >= x.minValueCents; }))
        apply(*r, now, &out);
    settleFlags(now, &out);
    return out;
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::closed(qint64 now)
{
    std::vector<Action> out;
    if (finished())
        return out;
    if (const Reaction* r = find(Trigger::Closed, now, [](const Reaction&) { return true; }))
        apply(*r, now, &out);
    settleFlags(now, &out);
    // Closed on them: whatever the script says, the conversation is over.
    if (!finished()) {
        m_endedAt = now;
        end(closedEarly(), &out);
    }
    return out;
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::tick(qint64 now)
{
    std::vector<Action> out;
    if (finished() || m_openedAt == 0)
        return out;
    if (now >= m_openedAt + m_scenario.timeLimitSeconds * kSecond) {
        m_endedAt = now;
        end(timeUp(), &out);
        return out;
    }
    const qint64 quietSince = std::max({m_enteredAt, m_lastAgentAt, m_silenceAt});
    if (const Reaction* r = find(Trigger::Silence, now, [&](const Reaction& x) { return now >= quietSince + x.afterSeconds * kSecond; })) {
        // A silence that answers and stays counts again from now, not for ever from then.
        m_silenceAt = now;
        apply(*r, now, &out);
    }
    settleFlags(now, &out);
    return out;
}

qint64 ScriptedCustomer::nextDeadline() const
{
    if (finished() || m_openedAt == 0)
        return 0;
    qint64 next = m_openedAt + m_scenario.timeLimitSeconds * kSecond;
    if (const ScenarioState* state = m_scenario.state(m_state)) {
        const qint64 quietSince = std::max({m_enteredAt, m_lastAgentAt, m_silenceAt});
        for (const Reaction& r : state->reactions) {
            if (r.trigger == Trigger::Silence)
                next = std::min(next, quietSince + r.afterSeconds * kSecond);
        }
    }
    return next;
}

std::vector<ScriptedCustomer::Action> ScriptedCustomer::giveUp(qint64 now)
{
    std::vector<Action> out;
    if (!finished()) {
        m_endedAt = now;
        end(timeUp(), &out);
    }
    return out;
}

void ScriptedCustomer::apply(const Reaction& reaction, qint64 now, std::vector<Action>* out)
{
    for (const QString& f : reaction.sets)
        m_flags.insert(f);
    if (reaction.say) {
        // Words said on the way out wait for no answer.
        const bool leaving = m_scenario.ending(reaction.then) != nullptr;
        out->push_back(Action{Action::Kind::Say, reaction.say->in(m_language), {}, nullptr, leaving});
    }
    if (!reaction.then.isEmpty())
        enter(reaction.then, now, out);
}

void ScriptedCustomer::enter(const QString& target, qint64 now, std::vector<Action>* out)
{
    if (const Ending* e = m_scenario.ending(target)) {
        m_endedAt = now;
        end(*e, out);
        return;
    }
    m_state = target;
    m_enteredAt = now;
}

void ScriptedCustomer::end(const Ending& ending, std::vector<Action>* out)
{
    m_ending = &ending;
    if (ending.say)
        out->push_back(Action{Action::Kind::Say, ending.say->in(m_language), {}, nullptr, true});
    if (!ending.order.empty())
        out->push_back(Action{Action::Kind::Order, {}, ending.order, nullptr, false});
    out->push_back(Action{Action::Kind::End, {}, {}, &ending, false});
}

void ScriptedCustomer::settleFlags(qint64 now, std::vector<Action>* out)
{
    for (int i = 0; i < kMaxChain && !finished(); ++i) {
        const Reaction* r = find(Trigger::Flags, now, [this](const Reaction& x) {
            return std::all_of(x.flags.begin(), x.flags.end(), [this](const QString& f) { return m_flags.contains(f); });
        });
        if (!r)
            return;
        const QString before = m_state;
        apply(*r, now, out);
        // A flags reaction that stays in its state would fire for ever.
        if (m_state == before && !finished())
            return;
    }
}

} // namespace agentdesk::sandbox
