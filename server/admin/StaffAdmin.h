#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QVariant;

namespace agentdesk::server {

class Database;

// Staff accounts and teams of a production database, for agentdesk-admin: a database made
// without --demo-data has nobody who could sign in until an admin is added here. Every change is
// checked first and refused with a sentence saying why; the running servers see it at the next
// sign-in, as they read accounts from the database.
class StaffAdmin {
public:
    struct NewUser {
        QString login;
        QString name;
        QString role;      // agent, lead, trainer, admin
        QString team;      // a team's name; agents and leads need one
        QString level;     // agents and leads: junior, senior or expert (default junior)
        int capacity = -1; // conversations at once; -1: 5 for agents, 3 for leads, 0 for others
        QString password;
    };

    static constexpr int kMinPasswordLength = 8;

    explicit StaffAdmin(Database& db);

    // Empty on success, else why not.
    QString addTeam(const QString& name, const QStringList& topics);
    QString addUser(const NewUser& user);
    QString setPassword(const QString& login, const QString& password);

    // What set-user changes; what is not given stays. A new role, team or name signs the account
    // out everywhere (its sessions carry the old ones); a level or capacity applies at once.
    struct UserChanges {
        std::optional<QString> name;
        std::optional<QString> role;
        std::optional<QString> team;
        std::optional<QString> level;
        std::optional<int> capacity;
    };
    QString updateUser(const QString& login, const UserChanges& changes);
    // A disabled account may not sign in and its sessions end (within the server's session check,
    // a minute by default); its conversations and figures stay. Enabling lets it sign in again.
    QString setDisabled(const QString& login, bool disabled);

    struct TeamRow {
        QString name;
        QStringList topics;
        int staff = 0;
    };
    struct UserRow {
        QString login;
        QString name;
        QString role;
        QString level;
        QString team;
        int capacity = 0;
        bool disabled = false;
    };
    // By name and by login.
    std::vector<TeamRow> teams();
    std::vector<UserRow> users();

private:
    static QString checkPassword(const QString& password);
    // The rules add-user and set-user share; the level and capacity as they are to be stored.
    static QString checkAccount(const QString& name, const QString& role, const QString& team, QString* level, int* capacity);
    // A team's id by its name (none for an empty name), or why not.
    QString findTeam(const QString& name, QVariant* id);

    Database& m_db;
};

} // namespace agentdesk::server
