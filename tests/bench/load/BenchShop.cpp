#include "load/BenchShop.h"

#include "Server.h"
#include "auth/PasswordHash.h"
#include "load/LoadPeer.h"
#include "store/Database.h"

namespace agentdesk::bench {

bool prepareBenchShop(const QString& path, const std::vector<BenchStaff>& staff, QString* error)
{
    {
        server::ServerConfig config;
        config.database = path;
        config.demoData = true;
        config.port = 0;
        server::Server migrate(config);
        if (!migrate.start(error))
            return false;
        migrate.stop();
    }
    server::Database db;
    if (!db.open(path, server::Database::Durability::Off)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    try {
        server::WriteTransaction tx(db);
        db.exec(QStringLiteral("INSERT INTO teams (name, topics) VALUES ('Bench', 'bench')"));
        const QVariant team = db.scalar(QStringLiteral("SELECT id FROM teams WHERE name = 'Bench'"));
        const QString hash = server::PasswordHash::make(LoadPeer::password(), 1000);
        for (const BenchStaff& member : staff)
            db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, level, team_id, password_hash, capacity, status)"
                                   " VALUES (?, ?, ?, 'junior', ?, ?, ?, 'offline')"),
                    {member.login, member.login, member.role, team, hash, member.capacity});
        tx.commit();
    } catch (const server::DatabaseError& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace agentdesk::bench
