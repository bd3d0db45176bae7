#pragma once

#include "policy/RoutingPolicy.h"
#include "protocol/Enums.h"
#include "protocol/Records.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

struct StaffUser {
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Agent;
    qint64 teamId = 0;
    QString teamName;
    QString passwordHash;
    PresenceStatus status = PresenceStatus::Online;
    int capacity = 0;
    bool disabled = false;  // by an admin: no sign-in, not offered to colleagues
};

struct TokenOwner {
    PrincipalKind kind = PrincipalKind::Staff;
    qint64 id = 0;
};

// Users, teams, customers' identities and session tokens.
class Directory {
public:
    explicit Directory(Database& db);

    std::optional<StaffUser> userByLogin(const QString& login);
    std::optional<StaffUser> userById(qint64 id);
    void setPresence(qint64 userId, PresenceStatus status, int capacity);
    void setCapacity(qint64 userId, int capacity);
    void markAssigned(qint64 userId, qint64 at);

    // Agents of a team with their live load, for the router.
    std::vector<AgentAvailability> agentsOfTeam(qint64 teamId, const std::function<bool(qint64)>& isConnected);
    // Agents and leads with their live presence and load, for transfers and supervisors.
    std::vector<protocol::StaffMember> staff(const std::function<bool(qint64)>& isConnected);
    std::vector<protocol::Team> teams();
    // Every staff account as a principal, for events that concern many of them.
    std::vector<protocol::Principal> staffPrincipals();
    QString teamName(qint64 teamId);
    // The team's topics, which are its queues, in the order the team lists them.
    QStringList teamTopics(qint64 teamId);
    // The team whose topics include the topic, else the first team; 0 when there is none.
    qint64 teamForTopic(const QString& topic);

    // Customers as principals of the customer channel.
    qint64 customerForRef(const QString& externalRef, const QString& name, qint64 now);
    QString customerName(qint64 customerId);
    QString customerChannel(qint64 customerId);
    void setCustomerChannel(qint64 customerId, Channel channel);

    // A random token; only its SHA-256 is stored.
    QString issueToken(PrincipalKind kind, qint64 id, qint64 now, qint64 lifetimeMs);
    std::optional<TokenOwner> resolveToken(const QString& token, qint64 now);
    static QString tokenHash(const QString& token);
    // Every token of the principal stops working; how many did.
    int revokeTokens(PrincipalKind kind, qint64 id);
    // Of these token hashes, the ones that still work at `now`.
    QSet<QString> workingTokens(const QStringList& hashes, qint64 now);

private:
    std::optional<StaffUser> userWhere(const QString& condition, const QVariant& value);

    Database& m_db;
};

} // namespace agentdesk::server
