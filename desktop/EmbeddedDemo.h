#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace agentdesk::server {
class Server;
}
namespace agentdesk::sim {
class Simulator;
}

namespace agentdesk::desktop {

class DemoTraining;

// The demo that runs when no server is configured: the real server library in-process on a
// free loopback port with a fresh database of the demo shop, simulated customers arriving, and
// scripted colleagues (agent2, agent4, agent5) so that the queue moves, and some training history.
// The user is agent1.
class EmbeddedDemo : public QObject {
    Q_OBJECT
public:
    explicit EmbeddedDemo(QObject* parent = nullptr);
    ~EmbeddedDemo() override;

    struct Load {
        int customerIntervalMs = 4000;  // between two new simulated customers
        int concurrentCustomers = 12;   // at the same time
        int slaSeconds = 180;           // the server's SLA for a customer's wait
        QString language = QStringLiteral("en");  // of the demo's training history: zh or en
    };
    bool start(const Load& load, QString* error);
    QUrl staffUrl() const;
    QString directory() const { return m_dir.path(); }

    static constexpr const char* kUser = "agent1";
    static constexpr const char* kLead = "lead1";  // the user of the supervisor view
    static constexpr const char* kTrainer = "trainer1";  // the user of the training view
    static constexpr const char* kPassword = "demo1234";

signals:
    // The demo's training history (attempts and assignments) is on the server.
    void trainingSeeded();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::Server> m_server;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<DemoTraining> m_training;
};

} // namespace agentdesk::desktop
