#pragma once

#include "sandbox/SandboxResult.h"

#include <QString>

#include <vector>

namespace agentdesk::app {

// The trainee's attempts on this machine: a JSON file each, in the user's data folder, for the
// report's comparison with earlier attempts and the scenario picker's best scores.
class SandboxResultFolder {
public:
    // Saves into `folder` (made when missing); the file's path, or empty with `error`.
    static QString save(const sandbox::SandboxResult& result, const QString& folder, QString* error);
    // Every readable attempt at the scenario in `folder`, oldest first; unreadable files are skipped.
    static std::vector<sandbox::SandboxResult> attempts(const QString& folder, const QString& scenarioId);
    static QString defaultFolder();

    static constexpr qint64 kLargestFile = 4 * 1024 * 1024;
};

} // namespace agentdesk::app
