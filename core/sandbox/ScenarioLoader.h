#pragma once

#include "sandbox/Scenario.h"

#include <QByteArray>

#include <optional>

namespace agentdesk::sandbox {

// Reads a scenario file (JSON, format 1, documented in docs/SCENARIOS.md) and checks it whole: a
// missing or mistyped field, a text without both languages, a reaction leading nowhere, a state
// nothing leads to, a product the shop does not have... each is an error naming where it is
// ("customer.states.angry.reactions[1].then: no state or ending \"calmm\"").
class ScenarioLoader {
public:
    // `knownSkus`: the products the sandbox shop has besides the scenario's own.
    static std::optional<Scenario> parse(const QByteArray& json, const QStringList& knownSkus, QString* error);
    static std::optional<Scenario> load(const QString& path, const QStringList& knownSkus, QString* error);
    // Lower-case letters, digits and dashes, at most 64: a scenario's id, also on the wire.
    static bool isValidId(const QString& id);

    static constexpr qsizetype kMaxFileBytes = 256 * 1024;
};

} // namespace agentdesk::sandbox
