#pragma once

#include <QString>

namespace agentdesk {

// Sets up spdlog (console, plus a rotating file when a directory is given) and routes Qt's
// messages (qDebug, qWarning, qCInfo...) into it, so that Qt's own warnings land in the same log.
// Never log tokens, passwords or message bodies.
struct LogOptions {
    QString program;   // the log file's base name
    QString directory; // empty: console only
    bool verbose = false;
    bool quiet = false; // warnings and errors only on the console
    // One JSON object per line (time, level, category, message) on the console and in the file,
    // for journald, Loki, Elasticsearch...; otherwise plain text lines.
    bool json = false;
};

void initLogging(const LogOptions& options);

} // namespace agentdesk
