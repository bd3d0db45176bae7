#pragma once

struct sqlite3;
struct sqlite3_stmt;

namespace agentdesk::sql {

// One prepared statement of SqliteStatements, lent to one Rows at a time.
struct NativeStatement {
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    bool lent = false;
    bool onRow = false;  // the last step found a row
    NativeStatement() = default;
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;
    ~NativeStatement();
};

} // namespace agentdesk::sql
