#pragma once

#include <QString>

namespace agentdesk::app {
class WorkspaceSettings;
}

namespace agentdesk::desktop {

struct SandboxArgs {
    QString scenario;        // an id or a file; empty: choose from a list
    bool autoplay = false;   // play the expert's way through the scenario in the workspace
    QString screenshot;      // render the window (and with autoplay the report) and exit
    bool verbose = false;    // debug messages in the log
};

// agentdesk --sandbox: the whole program for a training session, on an EmbeddedSandbox only. It
// never reads the saved server or signs in anywhere else. Returns the exit code.
int runSandbox(const SandboxArgs& args, app::WorkspaceSettings& settings);
// agentdesk --replay FILE: an exported attempt, step by step (a trainer's view of a trainee's
// session). Returns the exit code.
int replayAttempt(const QString& file);

} // namespace agentdesk::desktop
