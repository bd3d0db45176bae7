#pragma once

#include "ScenarioPickerDialog.h"

#include <QString>

#include <vector>

namespace agentdesk::app {
class WorkspaceSettings;
}

namespace agentdesk::desktop {

struct SandboxArgs {
    QString scenario;        // an id or a file; empty: choose from a list
    bool autoplay = false;   // play the expert's way through the scenario in the workspace
    QString screenshot;      // render the window (and with autoplay the report) and exit
    bool verbose = false;    // debug messages in the log
    QString trainingOutbox;  // also drop each finished attempt here, for the workspace to submit
};

// The scenario's language follows the workspace's: Chinese for a Chinese interface.
QString sandboxLanguage(const app::WorkspaceSettings& settings);
// The scenarios shipped in the program, in the language, with the best score on this machine.
std::vector<ui::ScenarioPickerDialog::Entry> shippedScenarios(const QString& language);

// agentdesk --sandbox: the whole program for a training session, on an EmbeddedSandbox only. It
// never reads the saved server or signs in anywhere else. Returns the exit code.
int runSandbox(const SandboxArgs& args, app::WorkspaceSettings& settings);
// agentdesk --replay FILE: an exported attempt, step by step (a trainer's view of a trainee's
// session). Returns the exit code.
int replayAttempt(const QString& file);

} // namespace agentdesk::desktop
