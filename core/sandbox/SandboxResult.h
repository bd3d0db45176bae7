#pragma once

#include "sandbox/SandboxScore.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace agentdesk::sandbox {

// One finished sandbox session: what the trainee's report shows and a replay steps through. Its
// JSON is the exported file, the file kept per attempt on the trainee's machine, and what a
// server stores for the trainee's trainers (training.submit): one format, read strictly.
struct SandboxResult {
    QString scenarioId;
    QString title;
    QString language;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    SandboxScore score;
    std::vector<TranscriptEntry> transcript;

    // A session of the scenario played in `language`: it started with its first line, ended at `endedAt`.
    static SandboxResult of(const Scenario& scenario, const QString& language, std::vector<TranscriptEntry> transcript,
                            const SandboxScore& score, qint64 endedAt);

    QByteArray toJson(bool compact = false) const;
    // Refuses what the program never writes: a score whose parts exceed their share of the 100
    // points, an unknown outcome, an end before the start, more than kMaxLines lines.
    static std::optional<SandboxResult> fromJson(const QByteArray& json, QString* error);

    static constexpr int kMaxLines = 2000;
};

QString outcomeName(Outcome outcome);

} // namespace agentdesk::sandbox
