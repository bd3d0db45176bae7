#pragma once

#include "ServerConfig.h"
#include "ops/OpsEndpoint.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

class QWebSocketServer;
class QTimer;

namespace agentdesk::server {

struct ServerContext;
class Session;
class RequestDispatcher;
class ChatService;
class LibraryService;
class RecommendationService;
class ImageService;
class CouponService;
class AuthService;
class Router;
class FloorMonitor;
class Cluster;
class SupervisorService;
class TrainingService;
class IdempotencyPruner;
class PingRota;

// The whole backend behind one narrow entry point: agentdesk-server's main() and the desktop
// program's embedded mode both create a Server, start() it and connect to its URLs.
class Server : public QObject {
    Q_OBJECT
public:
    explicit Server(const ServerConfig& config, QObject* parent = nullptr);
    ~Server() override;

    // Opens and migrates the database, loads the demo shop if asked, and listens.
    bool start(QString* error);
    // Closes every connection and the database. Acknowledged data is already committed.
    void stop();

    quint16 port() const;
    QUrl staffUrl() const;
    QUrl customerUrl() const;
    int connectionCount() const;
    // The health and metrics port (--ops-listen), 0 when off.
    quint16 opsPort() const;
    const ServerConfig& config() const;
    // Whether the floors pushed to leads are read on a thread of their own (FloorReader).
    bool readsFloorsInBackground() const;

private:
    void acceptConnections();
    void heartbeat();
    int endSessionsOf(const QString& stream, const Session* except);
    bool originAllowed(const QString& origin) const;
    void checkSessions();
    OpsEndpoint::Response opsResponse(const QByteArray& path);

    std::unique_ptr<ServerContext> m_ctx;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<LibraryService> m_library;
    std::unique_ptr<RecommendationService> m_recommender;
    std::unique_ptr<ImageService> m_images;
    std::unique_ptr<CouponService> m_coupons;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SupervisorService> m_supervisor;
    std::unique_ptr<TrainingService> m_training;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    Router* m_router = nullptr;
    FloorMonitor* m_floorMonitor = nullptr;
    Cluster* m_cluster = nullptr;
    OpsEndpoint* m_ops = nullptr;
    QWebSocketServer* m_listener = nullptr;
    QTimer* m_heartbeat = nullptr;
    std::unique_ptr<PingRota> m_pingRota;
    QTimer* m_sessionCheck = nullptr;
    std::unique_ptr<PingRota> m_checkRota;  // which sessions a tick of m_sessionCheck checks
    IdempotencyPruner* m_keyPruner = nullptr;
    QList<Session*> m_sessions;
    QHash<QString, int> m_connectionsByAddress;
};

} // namespace agentdesk::server
