#include "store/Directory.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace agentdesk::server {
QString Directory::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Directory::Directory(Database& db)
    : m_db(db)
{
}

std::optional<StaffUser> Directory::userWhere(const QString& condition, const QVariant& value)
{
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT u.id, u.login, u.display_name, u.role, COALESCE(u.team_id, 0), COALESCE(t.name, ''),"
        " u.password_hash, u.status, u.capacity, u.disabled FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE ")
        + condition, {value});
    if (!q.next())
        return std::nullopt;
    StaffUser u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = enumFromName<Role>(q.value(3).toString()).value_or(Role::Agent);
    u.teamId = q.value(4).toLongLong();
    u.teamName = q.value(5).toString();
    u.passwordHash = q.value(6).toString();
    u.status = enumFromName<PresenceStatus>(q.value(7).toString()).value_or(PresenceStatus::Offline);
    u.capacity = q.value(8).toInt();
    u.disabled = q.value(9).toInt() != 0;
    return u;
}

std::optional<StaffUser> Directory::userByLogin(const QString& login)
{
    return userWhere(QStringLiteral("u.login = ?"), login);
}

std::optional<StaffUser> Directory::userById(qint64 id)
{
    return userWhere(QStringLiteral("u.id = ?"), id);
}

void Directory::setPresence(qint64 userId, PresenceStatus status, int capacity)
{
    m_db.exec(QStringLiteral("UPDATE users SET status = ?, capacity = ? WHERE id = ?"),
              {enumName(status), capacity, userId});
}

void Directory::setCapacity(qint64 userId, int capacity)
{
    m_db.exec(QStringLiteral("UPDATE users SET capacity = ? WHERE id = ?"), {capacity, userId});
}

void Directory::markAssigned(qint64 userId, qint64 at)
{
    m_db.exec(QStringLiteral("UPDATE users SET last_assigned_at = ? WHERE id = ?"), {at, userId});
}

std::vector<AgentAvailability> Directory::agentsOfTeam(qint64 teamId, const std::function<bool(qint64)>& isConnected)
{
    std::vector<AgentAvailability> out;
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT u.id, u.status, u.capacity, u.last_assigned_at,"
        " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = u.id AND c.status = 'assigned'), u.skills"
        " FROM users u WHERE u.team_id = ? AND u.role IN ('agent', 'lead') AND u.disabled = 0 ORDER BY u.id"), {teamId});
    while (q.next()) {
        AgentAvailability a;
        a.agentId = q.value(0).toLongLong();
        a.status = enumFromName<PresenceStatus>(q.value(1).toString()).value_or(PresenceStatus::Offline);
        a.capacity = q.value(2).toInt();
        a.lastAssignedAt = q.value(3).toLongLong();
        a.load = q.value(4).toInt();
        a.skills = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.connected = isConnected(a.agentId);
        out.push_back(a);
    }
    return out;
}

std::vector<protocol::StaffMember> Directory::staff(const std::function<bool(qint64)>& isConnected)
{
    std::vector<protocol::StaffMember> out;
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT u.id, u.display_name, u.role, COALESCE(u.team_id, 0), COALESCE(t.name, ''), u.status, u.capacity,"
        " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = u.id AND c.status = 'assigned')"
        " FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.role IN ('agent', 'lead') AND u.disabled = 0"
        " ORDER BY t.name, u.display_name"));
    while (q.next()) {
        protocol::StaffMember m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.role = enumFromName<Role>(q.value(2).toString()).value_or(Role::Agent);
        m.teamId = q.value(3).toLongLong();
        m.teamName = q.value(4).toString();
        m.status = isConnected(m.id) ? enumFromName<PresenceStatus>(q.value(5).toString()).value_or(PresenceStatus::Offline)
                                     : PresenceStatus::Offline;
        m.capacity = q.value(6).toInt();
        m.load = q.value(7).toInt();
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<protocol::Principal> Directory::staffPrincipals()
{
    std::vector<protocol::Principal> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, display_name, role, COALESCE(team_id, 0) FROM users ORDER BY id"));
    while (q.next()) {
        protocol::Principal p;
        p.kind = PrincipalKind::Staff;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.role = enumFromName<Role>(q.value(2).toString()).value_or(Role::Agent);
        p.teamId = q.value(3).toLongLong();
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<protocol::Team> Directory::teams()
{
    std::vector<protocol::Team> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY id"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QString Directory::teamName(qint64 teamId)
{
    return m_db.scalar(QStringLiteral("SELECT name FROM teams WHERE id = ?"), {teamId}).toString();
}

QStringList Directory::teamTopics(qint64 teamId)
{
    const QString topics = m_db.scalar(QStringLiteral("SELECT topics FROM teams WHERE id = ?"), {teamId}).toString();
    QStringList out;
    for (const QString& t : topics.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString topic = t.trimmed();
        if (!topic.isEmpty() && !out.contains(topic))
            out << topic;
    }
    return out;
}

qint64 Directory::teamForTopic(const QString& topic)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, topics FROM teams ORDER BY id"));
    qint64 first = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (first == 0)
            first = id;
        if (!topic.isEmpty() && q.value(1).toString().split(QLatin1Char(',')).contains(topic))
            return id;
    }
    return first;
}

qint64 Directory::customerForRef(const QString& externalRef, const QString& name, qint64 now)
{
    const QVariant existing = m_db.scalar(QStringLiteral("SELECT id FROM customers WHERE external_ref = ?"), {externalRef});
    if (existing.isValid())
        return existing.toLongLong();
    const QString shown = name.trimmed().isEmpty() ? externalRef : name.trimmed();
    return m_db.scalar(QStringLiteral("INSERT INTO customers (external_ref, name, created_at) VALUES (?, ?, ?) RETURNING id"),
                       {externalRef, shown, now}).toLongLong();
}

QString Directory::customerName(qint64 customerId)
{
    return m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customerId}).toString();
}

QString Directory::customerChannel(qint64 customerId)
{
    return m_db.scalar(QStringLiteral("SELECT channel FROM customers WHERE id = ?"), {customerId}).toString();
}

void Directory::setCustomerChannel(qint64 customerId, Channel channel)
{
    m_db.exec(QStringLiteral("UPDATE customers SET channel = ? WHERE id = ?"), {enumName(channel), customerId});
}

QString Directory::issueToken(PrincipalKind kind, qint64 id, qint64 now, qint64 lifetimeMs)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_db.exec(QStringLiteral("INSERT INTO auth_tokens (token_hash, principal_kind, principal_id, created_at, expires_at)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {tokenHash(token), enumName(kind), id, now, now + lifetimeMs});
    return token;
}

std::optional<TokenOwner> Directory::resolveToken(const QString& token, qint64 now)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT principal_kind, principal_id FROM auth_tokens"
                                           " WHERE token_hash = ? AND expires_at > ?"),
                            {tokenHash(token), now});
    if (!q.next())
        return std::nullopt;
    const auto kind = enumFromName<PrincipalKind>(q.value(0).toString());
    if (!kind)
        return std::nullopt;
    return TokenOwner{*kind, q.value(1).toLongLong()};
}

int Directory::revokeTokens(PrincipalKind kind, qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM auth_tokens WHERE principal_kind = ? AND principal_id = ?"), {enumName(kind), id})
        .numRowsAffected();
}

QSet<QString> Directory::workingTokens(const QStringList& hashes, qint64 now)
{
    // In chunks, to stay below every driver's limit on bound values.
    constexpr qsizetype kChunk = 500;
    QSet<QString> working;
    for (qsizetype from = 0; from < hashes.size(); from += kChunk) {
        const QStringList chunk = hashes.mid(from, kChunk);
        QVariantList bindings{now};
        for (const QString& h : chunk)
            bindings << h;
        QStringList marks(chunk.size(), QStringLiteral("?"));
        sql::Rows q = m_db.exec(QStringLiteral("SELECT token_hash FROM auth_tokens WHERE expires_at > ? AND token_hash IN (%1)")
                                    .arg(marks.join(QLatin1Char(','))),
                                bindings);
        while (q.next())
            working.insert(q.value(0).toString());
    }
    return working;
}

} // namespace agentdesk::server
