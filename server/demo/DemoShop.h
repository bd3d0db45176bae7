#pragma once

#include <QStringList>

namespace agentdesk::server {

class Database;

// The demo shop: an electronics store with a catalogue of products, add-ons and warranties,
// customers with tiers and tags, their orders, teams and staff of every role, coupon templates.
// Generated from a fixed seed, so every demo and test sees the same shop.
class DemoShop {
public:
    static constexpr const char* kPassword = "demo1234";
    static constexpr const char* kChannelKey = "demo-channel-key";

    // The people's and teams' names: Chinese and English side by side as a cross-border shop has
    // them, or all Chinese for a demo shown in a Chinese interface.
    enum class Names { Bilingual, Chinese };

    // Does nothing when the database already has users.
    static void populateIfEmpty(Database& db, Names names = Names::Bilingual);
    // The catalogue's SKUs: what a sandbox scenario may name besides its own products.
    static QStringList skus();
};

} // namespace agentdesk::server
