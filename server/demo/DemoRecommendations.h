#pragma once

namespace agentdesk::server {

class Database;

// The demo shop's recommendation data: which add-ons, accessories, warranties and upgrades go
// with which products, and the rules that say when a customer's words make one worth offering.
class DemoRecommendations {
public:
    // Inside the caller's transaction.
    static void populate(Database& db);
};

} // namespace agentdesk::server
