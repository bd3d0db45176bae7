#pragma once

#include <QString>

#include <vector>

namespace agentdesk::bench {

// A member of the team "Bench" (topic bench), password LoadPeer::password().
struct BenchStaff {
    QString login;
    QString role;  // "agent" or "lead"
    int capacity = 0;
};

// Writes the demo shop (through the real server's first start) plus the team "Bench" and its
// staff to a new SQLite file. Passwords are hashed with few iterations, so that thousands of
// sign-ins take seconds, not minutes. False with `error` on failure.
bool prepareBenchShop(const QString& path, const std::vector<BenchStaff>& staff, QString* error);

} // namespace agentdesk::bench
