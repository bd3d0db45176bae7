#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agentdesk::sandbox {

// A text in both languages a scenario ships in; the trainee plays it in one of them.
struct LocalText {
    QString zh;
    QString en;
    const QString& in(const QString& language) const { return language == QLatin1String("zh") ? zh : en; }
};

// Words one of which an agent's message must contain (case-insensitive), per language.
struct Keywords {
    QStringList zh;
    QStringList en;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    const QStringList& in(const QString& language) const { return language == QLatin1String("zh") ? zh : en; }
    bool matches(const QString& text, const QString& language) const;
};

struct ScenarioProduct {
    QString sku;
    LocalText name;
    QString category;
    QString kind;  // product, addon, warranty, service
    qint64 priceCents = 0;
};

struct ScenarioOrderLine {
    QString sku;
    int quantity = 1;
};

struct ScenarioOrder {
    int daysAgo = 0;
    QString status;  // paid, shipped, delivered, returned, refunded
    std::vector<ScenarioOrderLine> lines;
    QString carrier;
    QString trackingNumber;
};

struct ScenarioCustomer {
    LocalText name;
    QString tier;  // regular, silver, gold, vip
    QStringList tags;
};

// What the scripted customer reacts to.
enum class Trigger {
    Message,  // an agent's message (optionally containing one of the keywords)
    Coupon,   // a coupon granted in the conversation (optionally worth at least minValueCents)
    Silence,  // no agent message for afterSeconds since the state was entered
    Flags,    // every one of the flags is set (checked after every other reaction)
    Closed,   // the agent closed the conversation
};

struct Reaction {
    Trigger trigger = Trigger::Message;
    Keywords contains;
    qint64 minValueCents = 0;
    int withinSeconds = 0;  // Coupon and Message: only this long after the conversation opened (0: any time)
    int afterSeconds = 0;   // Silence
    QStringList flags;      // Flags: all of these set
    QStringList sets;       // flags this reaction sets
    std::optional<LocalText> say;
    QString then;           // a state, an ending, or empty to stay
};

struct ScenarioState {
    QString name;
    std::vector<Reaction> reactions;
};

enum class Outcome { Purchase, Resolved, Left };

struct Ending {
    QString name;
    Outcome outcome = Outcome::Left;
    int rating = 3;  // the scripted customer's satisfaction, 1-5
    std::vector<ScenarioOrderLine> order;  // bought at the end (Purchase)
    std::optional<LocalText> say;
};

// One step of a demonstration path: what an agent does, at a moment after the customer opened.
struct PathStep {
    enum class Kind { Say, Coupon, Close, Wait };
    Kind kind = Kind::Say;
    int atSeconds = 0;
    LocalText text;         // Say
    qint64 valueCents = 0;  // Coupon
};

// What the scoring compares the trainee with.
struct ScenarioGoals {
    int firstResponseSeconds = 60;
    int responseSeconds = 90;
    Keywords recommend;      // the recommendation worth making (empty: none)
    LocalText recommendWhat; // ...named for the report
    enum class CouponUse { Either, Needed, Unneeded };
    CouponUse coupon = CouponUse::Either;
};

struct Scenario {
    static constexpr int kFormat = 1;
    QString id;
    QString difficulty;  // easy, medium, hard
    LocalText title;
    LocalText brief;
    LocalText expert;  // what an expert would have done
    int timeLimitSeconds = 600;
    std::vector<ScenarioProduct> products;  // in addition to the demo shop's catalogue
    ScenarioCustomer customer;
    std::vector<ScenarioOrder> orders;
    QString topic;
    LocalText opening;
    QString start;
    std::vector<ScenarioState> states;
    std::vector<Ending> endings;
    ScenarioGoals goals;
    std::vector<PathStep> expertPath;  // reaches a good ending
    std::vector<PathStep> poorPath;    // reaches a poor one

    const ScenarioState* state(const QString& name) const;
    const Ending* ending(const QString& name) const;
};

} // namespace agentdesk::sandbox
