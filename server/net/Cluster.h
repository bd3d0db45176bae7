#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace agentdesk::server {

struct ServerContext;

// Several server instances on one PostgreSQL database serving one contact centre. The data is
// shared through the database; what is live crosses instances through LISTEN/NOTIFY on the
// channel "agentdesk":
//   - every event a write transaction appends is NOTIFYed inside that transaction, so that the
//     other instances hear of it only if it commits, and in commit order (write transactions are
//     serialised), and deliver it to their sessions on its stream (each session once per
//     sequence number, see Session::deliverEvent);
//   - frames for hub topics (a monitored conversation) likewise;
//   - touches of a team's floor, so that the leads watching it anywhere get new figures;
//   - staff connecting and disconnecting: each instance keeps its connected staff in
//     staff_connections, so that any instance's router can give a conversation to an agent
//     connected to another one, and the floor shows them online.
// An instance that stops heartbeating for kDeadAfterMs no longer counts, nor do its staff.
// A notification payload is limited to 8000 bytes: a larger frame is read from the database.
class Cluster : public QObject {
    Q_OBJECT
public:
    explicit Cluster(ServerContext& context, QObject* parent = nullptr);
    ~Cluster() override;

    // Registers this instance and listens on its own connection to `location` (a postgresql://
    // URL). False with *error when that fails.
    bool start(const QString& location, QString* error);
    // Unregisters (its staff no longer count anywhere) and closes the listening connection.
    void stop();
    QString instance() const { return m_instance; }

    // A staff user's first connection to this instance, or their last one gone.
    void staffPresence(qint64 userId, bool connected);
    // Coalesced: one notification per event-loop turn for all the teams touched in it.
    void touchFloor(qint64 teamId);

    static constexpr int kHeartbeatMs = 5'000;
    static constexpr int kDeadAfterMs = 20'000;
    static constexpr int kMaxPayloadBytes = 7'900;

signals:
    // The listening connection was lost and is back: notifications may have been missed, so
    // sessions should resume (their clients replay what they missed from the event log).
    void feedInterrupted();

private:
    void announceUnannounced();
    void notify(const QString& kind, const QString& name, qint64 seq, const QByteArray& frame);
    void onNotification(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload);
    void heartbeat();
    void flushFloorTouches();
    void refreshRemoteStaff();
    bool listen(QString* error);
    void closeListener();
    void registerInstance();
    void recordConnected(qint64 userId);

    ServerContext& m_ctx;
    QString m_instance;
    QString m_location;
    QString m_listenerName;
    QSqlDatabase m_listener;
    QTimer m_heartbeat;
    QSet<qint64> m_touchedTeams;
    bool m_started = false;
};

} // namespace agentdesk::server
