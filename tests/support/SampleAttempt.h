#pragma once

#include "sandbox/SandboxResult.h"

namespace agentdesk::test {

// A well-formed sandbox attempt as the program writes it, two minutes long: a customer finds it too
// expensive, the agent answers from the library after 20 s and grants a coupon of 20.00. Its
// points: response 30, recommendation 0 (missed), coupon 15, outcome 25 unless the customer left,
// satisfaction rating x 3.
sandbox::SandboxResult sampleAttempt(const QString& scenario, qint64 startedAt, int rating,
                                     sandbox::Outcome outcome = sandbox::Outcome::Purchase,
                                     const QString& language = QStringLiteral("en"));

} // namespace agentdesk::test
