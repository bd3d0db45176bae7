#include "admin/StaffAdmin.h"

#include "auth/PasswordHash.h"
#include "protocol/Enums.h"
#include "protocol/FieldRule.h"
#include "store/Database.h"
#include "store/Directory.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace agentdesk::server {

namespace {

bool isPlainName(const QString& text, int maxLength)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return !text.isEmpty() && text.size() <= maxLength && plain.match(text).hasMatch();
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// Agents and leads take conversations: they belong to a team and have a level.
bool takesConversations(const QString& role)
{
    const std::optional<Role> parsed = enumFromName<Role>(role);
    return parsed == Role::Agent || parsed == Role::Lead;
}

} // namespace

StaffAdmin::StaffAdmin(Database& db)
    : m_db(db)
{
}

QString StaffAdmin::checkPassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return QStringLiteral("the password must have at least %1 characters").arg(kMinPasswordLength);
    if (password.size() > 200 || hasControlCharacters(password))
        return QStringLiteral("the password may not be longer than 200 characters or hold control characters");
    return {};
}

QString StaffAdmin::addTeam(const QString& name, const QStringList& topics)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || hasControlCharacters(trimmed))
        return QStringLiteral("a team's name must be 1 to 100 characters without line breaks");
    for (const QString& topic : topics) {
        if (!isPlainName(topic, 40))
            return QStringLiteral("topic \"%1\" must be letters, digits, '.', '_' or '-'").arg(topic);
    }
    WriteTransaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM teams WHERE name = ?"), {trimmed}).toLongLong() > 0)
        return QStringLiteral("there is already a team \"%1\"").arg(trimmed);
    m_db.exec(QStringLiteral("INSERT INTO teams (name, topics) VALUES (?, ?)"), {trimmed, topics.join(QLatin1Char(','))});
    tx.commit();
    return {};
}

QString StaffAdmin::checkAccount(const QString& name, const QString& role, const QString& team, QString* level, int* capacity)
{
    static const QStringList levels = {QStringLiteral("junior"), QStringLiteral("senior"), QStringLiteral("expert")};
    if (name.isEmpty() || name.size() > 100 || hasControlCharacters(name))
        return QStringLiteral("a display name must be 1 to 100 characters without line breaks");
    const std::optional<Role> parsed = enumFromName<Role>(role);
    if (!parsed)
        return QStringLiteral("the role must be agent, lead, trainer or admin, not \"%1\"").arg(role);
    const bool serves = takesConversations(role);
    if (serves && team.isEmpty())
        return QStringLiteral("an agent or a lead belongs to a team: give --team");
    if (level->isEmpty() && serves)
        *level = QStringLiteral("junior");
    if (!level->isEmpty() && (!serves || !levels.contains(*level)))
        return serves ? QStringLiteral("the level must be junior, senior or expert, not \"%1\"").arg(*level)
                      : QStringLiteral("only agents and leads have a level");
    if (*capacity < 0)
        *capacity = *parsed == Role::Agent ? 5 : *parsed == Role::Lead ? 3 : 0;
    if (*capacity > protocol::rules::kCapacity.max)
        return QStringLiteral("the capacity must be 0 to %1 conversations").arg(protocol::rules::kCapacity.max);
    return {};
}

QString StaffAdmin::findTeam(const QString& name, QVariant* id)
{
    if (name.isEmpty())
        return {};
    *id = m_db.scalar(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {name});
    return id->isValid() ? QString() : QStringLiteral("there is no team \"%1\" (agentdesk-admin teams lists them)").arg(name);
}

QString StaffAdmin::addUser(const NewUser& user)
{
    if (!isPlainName(user.login, 64))
        return QStringLiteral("a login must be 1 to 64 letters, digits, '.', '_' or '-'");
    const QString name = user.name.trimmed();
    QString level = user.level;
    int capacity = user.capacity;
    if (const QString problem = checkAccount(name, user.role, user.team, &level, &capacity); !problem.isEmpty())
        return problem;
    if (const QString problem = checkPassword(user.password); !problem.isEmpty())
        return problem;

    const QString hash = PasswordHash::make(user.password);  // slow on purpose: outside the lock
    WriteTransaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {user.login}).toLongLong() > 0)
        return QStringLiteral("there is already an account \"%1\"").arg(user.login);
    QVariant teamId;
    if (const QString problem = findTeam(user.team, &teamId); !problem.isEmpty())
        return problem;
    m_db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, level, team_id, password_hash, capacity, status)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, 'offline')"),
              {user.login, name, user.role, level, teamId, hash, capacity});
    tx.commit();
    return {};
}

QString StaffAdmin::setPassword(const QString& login, const QString& password)
{
    if (const QString problem = checkPassword(password); !problem.isEmpty())
        return problem;
    const QString hash = PasswordHash::make(password);
    WriteTransaction tx(m_db);
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!id.isValid())
        return QStringLiteral("there is no account \"%1\"").arg(login);
    m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
    // Sessions opened with the old password end: their tokens no longer sign in.
    Directory(m_db).revokeTokens(PrincipalKind::Staff, id.toLongLong());
    tx.commit();
    return {};
}

QString StaffAdmin::updateUser(const QString& login, const UserChanges& changes)
{
    if (!changes.name && !changes.role && !changes.team && !changes.level && !changes.capacity)
        return QStringLiteral("say what to change: --name, --role, --team, --level or --capacity");
    WriteTransaction tx(m_db);
    sql::Rows q = m_db.exec(QStringLiteral("SELECT u.id, u.display_name, u.role, u.level, COALESCE(t.name, ''), u.capacity"
                                           " FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.login = ?"),
                            {login});
    if (!q.next())
        return QStringLiteral("there is no account \"%1\"").arg(login);
    const qint64 id = q.value(0).toLongLong();
    const QString oldName = q.value(1).toString();
    const QString oldRole = q.value(2).toString();
    const QString oldTeam = q.value(4).toString();
    const QString name = changes.name.value_or(oldName).trimmed();
    const QString role = changes.role.value_or(oldRole);
    const QString team = changes.team.value_or(oldTeam);
    // A trainer or an admin has no level: an agent or lead keeps theirs, others start at junior.
    // A new role starts from its default capacity.
    const bool keepsLevel = takesConversations(role) && takesConversations(oldRole);
    QString level = changes.level.value_or(keepsLevel ? q.value(3).toString() : QString());
    int capacity = changes.capacity.value_or(role == oldRole ? q.value(5).toInt() : -1);
    if (const QString problem = checkAccount(name, role, team, &level, &capacity); !problem.isEmpty())
        return problem;
    QVariant teamId;
    if (const QString problem = findTeam(team, &teamId); !problem.isEmpty())
        return problem;
    m_db.exec(QStringLiteral("UPDATE users SET display_name = ?, role = ?, level = ?, team_id = ?, capacity = ? WHERE id = ?"),
              {name, role, level, teamId, capacity, id});
    if (name != oldName || role != oldRole || team != oldTeam)
        Directory(m_db).revokeTokens(PrincipalKind::Staff, id);
    tx.commit();
    return {};
}

QString StaffAdmin::setDisabled(const QString& login, bool disabled)
{
    WriteTransaction tx(m_db);
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!id.isValid())
        return QStringLiteral("there is no account \"%1\"").arg(login);
    m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id});
    if (disabled)
        Directory(m_db).revokeTokens(PrincipalKind::Staff, id.toLongLong());
    tx.commit();
    return {};
}

std::vector<StaffAdmin::TeamRow> StaffAdmin::teams()
{
    std::vector<TeamRow> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT t.name, t.topics, (SELECT COUNT(*) FROM users u WHERE u.team_id = t.id)"
                                           " FROM teams t ORDER BY t.name"));
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(2).toInt()});
    return out;
}

std::vector<StaffAdmin::UserRow> StaffAdmin::users()
{
    std::vector<UserRow> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT u.login, u.display_name, u.role, u.level, COALESCE(t.name, ''), u.capacity, u.disabled"
                                           " FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.login"));
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt() != 0});
    }
    return out;
}

} // namespace agentdesk::server
