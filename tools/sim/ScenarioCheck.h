#pragma once

#include <QStringList>

namespace agentdesk::sim {

// agentdesk-sim --check-scenario: reads scenario files the way the sandbox does, prints every
// mistake, and can play a file's expert or poor path against its scripted customer (no server),
// printing the conversation, the ending and the score. Returns the process's exit code.
int checkScenarios(const QStringList& files, const QString& play, const QString& language);

} // namespace agentdesk::sim
