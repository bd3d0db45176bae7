#pragma once

#include "sandbox/SandboxScore.h"

#include <QString>

#include <optional>
#include <vector>

namespace agentdesk::app {

// One finished sandbox session: what the trainee's report shows, kept as a JSON file per attempt
// (in the user's data folder, never on a server) so that attempts can be compared and exported.
struct SandboxResult {
    QString scenarioId;
    QString title;
    QString language;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    sandbox::SandboxScore score;
    std::vector<sandbox::TranscriptEntry> transcript;

    QByteArray toJson() const;
    static std::optional<SandboxResult> fromJson(const QByteArray& json, QString* error);

    // Saves into `folder` (made when missing); the file's path, or empty with `error`.
    QString save(const QString& folder, QString* error) const;
    // Every readable attempt at the scenario in `folder`, oldest first; unreadable files are skipped.
    static std::vector<SandboxResult> attempts(const QString& folder, const QString& scenarioId);
    static QString defaultFolder();
};

} // namespace agentdesk::app
