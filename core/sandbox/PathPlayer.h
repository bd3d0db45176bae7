#pragma once

#include "sandbox/SandboxScore.h"
#include "sandbox/ScriptedCustomer.h"

namespace agentdesk::sandbox {

// Plays a scenario's demonstration path (the expert's or the poor one) against its scripted
// customer on a clock of its own, without a server: what the trainee's report shows as "what an
// expert would have done", what tests check every scenario with, and what a trainer checks a new
// scenario file with (agentdesk-sim --play).
class PathPlayer {
public:
    struct Result {
        std::vector<TranscriptEntry> transcript;
        const Ending* ending = nullptr;
        SandboxScore score;
    };

    static Result play(const Scenario& scenario, const QString& language, const std::vector<PathStep>& path,
                       qint64 startMs = 1'700'000'000'000);
};

} // namespace agentdesk::sandbox
