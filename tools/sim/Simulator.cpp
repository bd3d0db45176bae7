#include "Simulator.h"

namespace agentdesk::sim {

namespace {
// The demo shop's customers are demo-0001 to demo-0240: using their references lets agents see
// real profiles and orders beside simulated conversations.
constexpr int kDemoCustomers = 240;
} // namespace

Simulator::Simulator(const SimulatorOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_launcher.setInterval(std::max(1, options.intervalMs));
    connect(&m_launcher, &QTimer::timeout, this, &Simulator::launchNext);
}

void Simulator::start()
{
    // Alternate the demo shop's teams (agents 1-3 presales, 4-6 aftersales) so that each has one soon.
    static constexpr int kOrder[] = {1, 4, 2, 5, 3, 6};
    QStringList logins = m_options.agentLogins;
    if (logins.isEmpty()) {
        for (int i = 0; i < std::min(m_options.agents, 6); ++i)
            logins << QStringLiteral("agent%1").arg(kOrder[i]);
    }
    for (qsizetype i = 0; i < logins.size(); ++i) {
        auto* agent = new SimAgent(m_options.settings, logins[i], m_options.agentPassword,
                                   m_options.seed * 7919u + quint32(i), this);
        connect(agent, &SimAgent::log, this, &Simulator::log);
        m_agents.append(agent);
        agent->start();
    }
    for (const QString& login : m_options.leadLogins) {
        auto* lead = new SimLead(m_options.settings, login, m_options.agentPassword, this);
        connect(lead, &SimLead::log, this, &Simulator::log);
        m_leads.append(lead);
        lead->start();
    }
    launchNext();
    m_launcher.start();
}

void Simulator::launchNext()
{
    if (m_options.customers > 0 && m_started >= m_options.customers) {
        m_launcher.stop();
        return;
    }
    if (m_active >= m_options.concurrency)
        return;
    const int n = m_started++;
    const QString ref = n < kDemoCustomers
        ? QStringLiteral("demo-%1").arg((n * 37 + int(m_options.seed)) % kDemoCustomers + 1, 4, 10, QLatin1Char('0'))
        : QStringLiteral("sim-%1").arg(n);
    PhraseBook::Language language = PhraseBook::Language::Chinese;
    if (m_options.language == QLatin1String("en") || (m_options.language == QLatin1String("mix") && n % 3 == 2))
        language = PhraseBook::Language::English;
    auto* customer = new SimCustomer(m_options.settings, ref, language, m_options.seed * 104729u + quint32(n), this);
    ++m_active;
    connect(customer, &SimCustomer::log, this, &Simulator::log);
    connect(customer, &SimCustomer::finished, this, [this](SimCustomer* c, bool served) {
        --m_active;
        served ? ++m_served : ++m_unserved;
        m_sent += c->messagesSent();
        m_received += c->messagesReceived();
        c->deleteLater();
        if (m_options.customers > 0 && m_started >= m_options.customers && m_active == 0)
            emit allFinished();
    });
    customer->start();
}

QString Simulator::summary() const
{
    int replies = 0;
    int coupons = 0;
    for (const SimAgent* a : m_agents) {
        replies += a->repliesSent();
        coupons += a->couponsGranted();
    }
    return QStringLiteral("customers started %1, served %2, not served %3, still active %4; customer messages sent %5, "
                          "messages received %6; scripted agents' replies %7, coupons granted %8")
        .arg(m_started).arg(m_served).arg(m_unserved).arg(m_active).arg(m_sent).arg(m_received).arg(replies).arg(coupons);
}

} // namespace agentdesk::sim
