#pragma once

namespace agentdesk::server {

class Database;

// The demo shop's reply library: 139 quick replies and 18 scripts in Chinese and English, read
// from demo_library.json (a resource), with two A/B pairs.
class DemoLibrary {
public:
    // Inside the caller's transaction; throws DatabaseError on a database failure.
    static void populate(Database& db);
};

} // namespace agentdesk::server
