#pragma once

#include <QString>

namespace agentdesk::sandbox {
struct Scenario;
}

namespace agentdesk::server {

class Database;

// A sandbox's shop: the demo shop of a throw-away database, plus what a scenario brings (its own
// products, its customer with their orders) and the trainee's account on the team that serves
// the scenario's topic. Nothing here is ever written to another database.
class SandboxShop {
public:
    static constexpr const char* kTrainee = "trainee";  // password: DemoShop::kPassword

    // The customer's sign-in reference on the customer endpoint.
    static QString customerRef(const sandbox::Scenario& scenario);
    // Into a database the demo shop has just been loaded into; names in `language` (zh or en).
    static void populate(Database& db, const sandbox::Scenario& scenario, const QString& language);
};

} // namespace agentdesk::server
