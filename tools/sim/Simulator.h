#pragma once

#include "SimAgent.h"
#include "SimLead.h"
#include "SimCustomer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace agentdesk::sim {

struct SimulatorOptions {
    SimSettings settings;
    int customers = 20;        // in all; 0 for no end
    int concurrency = 10;      // at the same time
    int intervalMs = 3000;     // between two new customers
    int agents = 0;            // scripted agents, alternating between the demo teams
    QStringList agentLogins;   // or exactly these scripted agents
    QStringList leadLogins;    // scripted leads deciding their teams' coupon requests
    QString agentPassword = QStringLiteral("demo1234");
    QString language = QStringLiteral("mix");  // zh, en or mix
    quint32 seed = 1;
};

// Drives the customer channel with a stream of scripted customers (and, if asked, scripted
// agents): the demo's life, the sandbox's engine and a load generator.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(const SimulatorOptions& options, QObject* parent = nullptr);

    void start();
    QString summary() const;

signals:
    void log(const QString& line);
    void allFinished();

private:
    void launchNext();

    SimulatorOptions m_options;
    QTimer m_launcher;
    QList<SimAgent*> m_agents;
    QList<SimLead*> m_leads;
    int m_started = 0;
    int m_active = 0;
    int m_served = 0;
    int m_unserved = 0;
    int m_sent = 0;
    int m_received = 0;
};

} // namespace agentdesk::sim
