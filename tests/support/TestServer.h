#pragma once

#include "Server.h"

#include <QTemporaryDir>

#include <memory>

namespace agentdesk::test {

// A real agentdesk server on a free loopback port with a fresh database of the demo shop: a
// SQLite file, or, when the environment names a PostgreSQL cluster (AGENTDESK_TEST_POSTGRES: a
// file holding its URL, as tests/postgres/pg-cluster writes it), a new database in it, dropped
// at the end. restart() stops it and starts a new one on the same database, as after a crash or
// an upgrade.
class TestServer {
public:
    explicit TestServer(std::function<void(server::ServerConfig&)> tweak = {});
    // Another instance on the database of `first` (several instances: PostgreSQL only); the
    // database stays `first`'s.
    struct SameDatabaseAs {
        const TestServer& first;
    };
    explicit TestServer(SameDatabaseAs shared, std::function<void(server::ServerConfig&)> tweak = {});
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    bool start();
    bool restart();
    void stop() { m_server.reset(); }

    server::Server& server() { return *m_server; }
    // What the next start() or restart() runs with.
    server::ServerConfig& config() { return m_config; }
    QUrl staffUrl() const { return m_server->staffUrl(); }
    QUrl customerUrl() const { return m_server->customerUrl(); }
    // As --db takes it: the SQLite file's path or the PostgreSQL URL.
    QString database() const { return m_config.database; }
    QString error() const { return m_error; }

    // The cluster's URL when the tests run on PostgreSQL, else empty.
    static QString postgresCluster();
    // A new empty database in that cluster, or one with the demo shop loaded (copied from a
    // template made once per cluster); its URL, or empty with a warning.
    static QString createPostgresDatabase(bool withDemoShop);

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::Server> m_server;
    QString m_error;
    bool m_ownsDatabase = true;
};

} // namespace agentdesk::test
