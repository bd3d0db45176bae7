#pragma once

#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <vector>

namespace agentdesk::protocol {
struct Frame;
}

namespace agentdesk::bench {

struct LoadStats;

// What bench_routing talks to: the bare relay (the transport's limit) or agentdesk-server.
enum class Target { Relay, Server };

// One connection of the load: a customer who sends marked messages, an agent who receives them
// and measures their latency, or a lead watching the floor. Against the server it signs in and
// sets itself up (a customer opens a conversation, an agent goes online) before it is ready; once
// ready, frames are scanned for the mark, not decoded, so that the load costs little.
class LoadPeer : public QObject {
    Q_OBJECT
public:
    enum class Role { Customer, Agent, Lead };

    LoadPeer(Target target, Role role, int index, const QUrl& server, LoadStats& stats,
             std::vector<qint64>& latencies, QObject* parent = nullptr);
    ~LoadPeer() override;

    void open();
    void close();
    Role role() const { return m_role; }
    int index() const { return m_index; }
    bool isReady() const { return m_state == State::Ready; }
    // Customers: sends the next marked message.
    void sendMessage();
    int sent() const { return m_sent; }
    // The bench's staff accounts all have this password.
    static QString password();

signals:
    // Once: set up (true) or failed (false).
    void settled(bool ok);

private:
    enum class State { Connecting, SigningIn, Syncing, SettingUp, Ready, Failed };

    void onConnected();
    void onText(const QString& text);
    void onSetupFrame(const protocol::Frame& frame);
    void onReadyFrame(const QString& text);
    void becomeReady();
    void fail(const QString& why);

    Target m_target;
    Role m_role;
    int m_index;
    QUrl m_url;
    LoadStats& m_stats;
    std::vector<qint64>& m_latencies;
    QWebSocket m_socket;
    State m_state = State::Connecting;
    qint64 m_conversationId = 0;
    int m_sent = 0;
    bool m_closing = false;
};

} // namespace agentdesk::bench
