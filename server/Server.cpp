#include "Server.h"

#include "FloorMonitor.h"
#include "Router.h"
#include "ServerContext.h"
#include "demo/DemoShop.h"
#include "demo/SandboxShop.h"
#include "net/Cluster.h"
#include "net/PingRota.h"
#include "net/RequestDispatcher.h"
#include "net/Session.h"
#include "net/TlsFiles.h"
#include "ops/OpsEndpoint.h"
#include "store/IdempotencyPruner.h"
#include "service/AuthService.h"
#include "service/ChatService.h"
#include "service/LibraryService.h"
#include "service/CouponService.h"
#include "service/ImageService.h"
#include "service/RecommendationService.h"
#include "service/SupervisorService.h"
#include "service/TrainingService.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcServer, "agentdesk.server")

namespace agentdesk::server {

namespace {
const QString kStaffPath = QStringLiteral("/v1/staff");
const QString kCustomerPath = QStringLiteral("/v1/customer");
} // namespace

Server::Server(const ServerConfig& config, QObject* parent)
    : QObject(parent)
    , m_ctx(std::make_unique<ServerContext>(config))
{
}

Server::~Server()
{
    stop();
}

const ServerConfig& Server::config() const
{
    return m_ctx->config;
}

bool Server::start(QString* error)
{
    if (!m_ctx->db.open(m_ctx->config.database, m_ctx->config.durability)) {
        *error = m_ctx->db.errorString();
        return false;
    }
    // A sandbox only ever in a database of its own: one that holds anyone already is refused.
    if (m_ctx->config.sandbox && m_ctx->db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong() > 0) {
        *error = QStringLiteral("cannot load the scenario: a sandbox needs a new database, and this one is in use");
        return false;
    }
    if (m_ctx->config.demoData || m_ctx->config.sandbox) {
        try {
            const QString language = m_ctx->config.sandbox ? m_ctx->config.sandboxLanguage : m_ctx->config.demoLanguage;
            DemoShop::populateIfEmpty(m_ctx->db, language == QLatin1String("zh") ? DemoShop::Names::Chinese : DemoShop::Names::Bilingual);
        } catch (const DatabaseError& e) {
            *error = QStringLiteral("cannot load the demo shop: %1").arg(QString::fromUtf8(e.what()));
            return false;
        }
    }
    if (m_ctx->config.sandbox) {
        try {
            SandboxShop::populate(m_ctx->db, *m_ctx->config.sandbox, m_ctx->config.sandboxLanguage);
        } catch (const DatabaseError& e) {
            *error = QStringLiteral("cannot load the scenario: %1").arg(QString::fromUtf8(e.what()));
            return false;
        }
    }
    if (m_ctx->db.dialect() == Database::Dialect::Postgres) {
        m_cluster = new Cluster(*m_ctx, this);
        if (!m_cluster->start(m_ctx->config.database, error))
            return false;
        m_ctx->cluster = m_cluster;
        connect(m_cluster, &Cluster::feedInterrupted, this, [this] {
            for (Session* session : std::as_const(m_sessions))
                session->closeWith(QWebSocketProtocol::CloseCodeGoingAway,
                                   QStringLiteral("the live feed between server instances was interrupted; reconnect"));
        });
    }
    m_chat = std::make_unique<ChatService>(*m_ctx);
    m_library = std::make_unique<LibraryService>(*m_ctx);
    m_recommender = std::make_unique<RecommendationService>(*m_ctx);
    m_images = std::make_unique<ImageService>(*m_ctx);
    m_coupons = std::make_unique<CouponService>(*m_ctx);
    m_auth = std::make_unique<AuthService>(*m_ctx);
    m_supervisor = std::make_unique<SupervisorService>(*m_ctx);
    m_training = std::make_unique<TrainingService>(*m_ctx);
    m_dispatcher = std::make_unique<RequestDispatcher>(*m_ctx);
    m_router = new Router(*m_ctx, this);
    m_floorMonitor = new FloorMonitor(*m_ctx, this);
    m_ctx->chat = m_chat.get();
    m_ctx->library = m_library.get();
    m_ctx->recommender = m_recommender.get();
    m_ctx->imageService = m_images.get();
    m_ctx->couponService = m_coupons.get();
    m_ctx->auth = m_auth.get();
    m_ctx->router = m_router;
    m_ctx->supervisor = m_supervisor.get();
    m_ctx->trainingService = m_training.get();
    m_ctx->floorMonitor = m_floorMonitor;

    const bool tls = !m_ctx->config.tlsCertificate.isEmpty() || !m_ctx->config.tlsKey.isEmpty();
    std::optional<QSslConfiguration> tlsConfiguration;
    if (tls) {
        if (m_ctx->config.tlsCertificate.isEmpty() || m_ctx->config.tlsKey.isEmpty()) {
            *error = QStringLiteral("TLS needs both a certificate and its key");
            return false;
        }
        tlsConfiguration = TlsFiles::load(m_ctx->config.tlsCertificate, m_ctx->config.tlsKey, error);
        if (!tlsConfiguration)
            return false;
    }
    m_listener = new QWebSocketServer(QStringLiteral("agentdesk-server"),
                                      tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    connect(m_listener, &QWebSocketServer::originAuthenticationRequired, this, [this](QWebSocketCorsAuthenticator* check) {
        check->setAllowed(originAllowed(check->origin()));
    });
    if (tlsConfiguration) {
        m_listener->setSslConfiguration(*tlsConfiguration);
        connect(m_listener, &QWebSocketServer::sslErrors, this, [](const QList<QSslError>& errors) {
            for (const QSslError& e : errors)
                qCWarning(lcServer) << "TLS:" << e.errorString();
        });
        connect(m_listener, &QWebSocketServer::peerVerifyError, this,
                [](const QSslError& e) { qCWarning(lcServer) << "TLS peer:" << e.errorString(); });
    }
    connect(m_listener, &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError e) { qCWarning(lcServer) << "a connection could not be accepted:" << e; });
    m_listener->setHandshakeTimeout(m_ctx->config.handshakeTimeoutMs);
    m_listener->setMaxPendingConnections(256);
    if (!m_listener->listen(m_ctx->config.address, m_ctx->config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_ctx->config.address.toString()).arg(m_ctx->config.port).arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QWebSocketServer::newConnection, this, &Server::acceptConnections);

    if (m_ctx->config.opsPort >= 0) {
        m_ops = new OpsEndpoint([this](const QByteArray& path) { return opsResponse(path); }, this);
        if (!m_ops->listen(m_ctx->config.opsAddress, quint16(m_ctx->config.opsPort), error))
            return false;
        qCInfo(lcServer) << "health and metrics on" << QStringLiteral("http://%1:%2/metrics")
                                                            .arg(m_ctx->config.opsAddress.toString()).arg(m_ops->port());
    }

    m_pingRota = std::make_unique<PingRota>(m_ctx->config.heartbeatMs);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_pingRota->tickMs());
    connect(m_heartbeat, &QTimer::timeout, this, &Server::heartbeat);
    m_heartbeat->start();
    m_ctx->endSessionsOf = [this](const QString& stream, const Session* except) { return endSessionsOf(stream, except); };
    m_checkRota = std::make_unique<PingRota>(m_ctx->config.sessionCheckMs);
    m_sessionCheck = new QTimer(this);
    m_sessionCheck->setInterval(m_checkRota->tickMs());
    connect(m_sessionCheck, &QTimer::timeout, this, &Server::checkSessions);
    m_sessionCheck->start();
    m_keyPruner = new IdempotencyPruner(m_ctx->db, m_ctx->idempotency, m_ctx->config.keyRetentionMs, m_ctx->config.keyPruneMs, this);
    m_keyPruner->start();
    m_router->schedule();
    qCInfo(lcServer) << "listening on" << staffUrl().toString() << "and" << customerUrl().toString();
    return true;
}

void Server::stop()
{
    // Messages read but not yet written (group commit) are written before the sessions go.
    if (m_dispatcher && m_ctx->db.isOpen())
        m_dispatcher->flushWrites();
    if (m_listener) {
        m_listener->close();
        for (Session* session : std::as_const(m_sessions)) {
            session->disconnect(this);
            delete session;
        }
        m_sessions.clear();
        // Finished ones waiting for deleteLater too: as children they would otherwise be deleted
        // by ~QObject, after the context their destructors use is gone.
        qDeleteAll(findChildren<Session*>(Qt::FindDirectChildrenOnly));
        delete m_listener;
        m_listener = nullptr;
    }
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_sessionCheck)
        m_sessionCheck->stop();
    if (m_keyPruner)
        m_keyPruner->stop();
    if (m_cluster)
        m_cluster->stop();
    m_ctx->db.close();
}

bool Server::readsFloorsInBackground() const
{
    return m_floorMonitor && m_floorMonitor->readsInBackground();
}

quint16 Server::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl Server::staffUrl() const
{
    QUrl url;
    url.setScheme(m_ctx->config.tlsCertificate.isEmpty() ? QStringLiteral("ws") : QStringLiteral("wss"));
    url.setHost(m_ctx->config.address.toString());
    url.setPort(port());
    url.setPath(kStaffPath);
    return url;
}

QUrl Server::customerUrl() const
{
    QUrl url = staffUrl();
    url.setPath(kCustomerPath);
    return url;
}

int Server::connectionCount() const
{
    return int(m_sessions.size());
}

void Server::acceptConnections()
{
    while (QWebSocket* socket = m_listener->nextPendingConnection()) {
        const QString path = socket->requestUrl().path();
        const protocol::Endpoint endpoint = path == kStaffPath ? protocol::StaffEndpoint : protocol::CustomerEndpoint;
        if (path != kStaffPath && path != kCustomerPath) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("unknown endpoint; use %1 or %2").arg(kStaffPath, kCustomerPath));
            socket->deleteLater();
            continue;
        }
        if (m_sessions.size() >= m_ctx->config.maxConnections) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("the server is full; retry later"));
            socket->deleteLater();
            continue;
        }
        const QString address = socket->peerAddress().toString();
        int& fromAddress = m_connectionsByAddress[address];
        if (fromAddress >= m_ctx->config.maxConnectionsPerAddress) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("too many connections from your address (%1); close some and retry")
                              .arg(m_ctx->config.maxConnectionsPerAddress));
            socket->deleteLater();
            continue;
        }
        ++fromAddress;
        auto* session = new Session(socket, endpoint, *m_ctx, *m_dispatcher, this);
        m_sessions.append(session);
        connect(session, &Session::finished, this, [this](Session* s) {
            m_sessions.removeOne(s);
            if (auto it = m_connectionsByAddress.find(s->peerAddress()); it != m_connectionsByAddress.end() && --*it <= 0)
                m_connectionsByAddress.erase(it);
            s->deleteLater();
        });
    }
}

quint16 Server::opsPort() const
{
    return m_ops ? m_ops->port() : 0;
}

// /healthz: the process and its event loop answer. /readyz: it can serve (listening, the
// database answers). /metrics: Prometheus text.
OpsEndpoint::Response Server::opsResponse(const QByteArray& path)
{
    if (path == "/healthz")
        return {200, "text/plain; charset=utf-8", "ok\n"};
    if (path != "/readyz" && path != "/metrics")
        return {404, "text/plain; charset=utf-8", "not found: try /healthz, /readyz or /metrics\n"};
    Metrics::Gauges gauges;
    QByteArray databaseError;
    try {
        gauges.waitingByTeam = m_ctx->conversations.waitingByTeam();
        gauges.databaseUp = true;
    } catch (const DatabaseError& e) {
        databaseError = e.what();
    }
    if (path == "/readyz") {
        if (!m_listener || !m_listener->isListening())
            return {503, "text/plain; charset=utf-8", "not ready: not listening\n"};
        if (!gauges.databaseUp)
            return {503, "text/plain; charset=utf-8", "not ready: the database does not answer: " + databaseError + '\n'};
        return {200, "text/plain; charset=utf-8", "ready\n"};
    }
    for (const Session* session : std::as_const(m_sessions)) {
        (session->endpoint() == protocol::StaffEndpoint ? gauges.staffConnections : gauges.customerConnections)++;
        gauges.liveSessions += session->isLive() ? 1 : 0;
    }
    gauges.cluster = m_cluster != nullptr;
    gauges.commits = m_ctx->db.commits();
    gauges.logPages = m_ctx->db.logPagesWritten();
    return {200, "text/plain; version=0.0.4; charset=utf-8", m_ctx->metrics.prometheusText(gauges)};
}

void Server::heartbeat()
{
    // A slice of the sessions each tick (PingRota); each is pinged once per heartbeat interval.
    const QList<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        if (m_pingRota->isDue(session))
            session->heartbeat();
    }
    m_pingRota->advance();
}

// Browsers send an Origin header, other clients need not: a page of another site must not use a
// visitor's browser to talk to the server, so a browser's origin has to be on the list.
bool Server::originAllowed(const QString& origin) const
{
    if (origin.isEmpty())
        return true;
    const QStringList& allowed = m_ctx->config.allowedOrigins;
    const bool ok = allowed.contains(QStringLiteral("*")) || allowed.contains(origin, Qt::CaseInsensitive);
    if (!ok)
        qCInfo(lcServer) << "refused a connection from the origin" << origin << "(not in --allowed-origins)";
    return ok;
}

int Server::endSessionsOf(const QString& stream, const Session* except)
{
    int closed = 0;
    const QList<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        if (session != except && !session->isClosing() && session->identity() && session->identity()->stream() == stream) {
            session->endSession();
            ++closed;
        }
    }
    return closed;
}

// Tokens revoked elsewhere (another instance's sign-out, agentdesk-admin) or expired end the
// sessions signed in with them here. A slice of the sessions each tick, as the pings
// (PingRota), each once per check interval: all at once, 10,002 sessions held the server's thread
// for 35-41 ms (PERFORMANCE.md).
void Server::checkSessions()
{
    QStringList hashes;
    QList<Session*> due;
    for (Session* session : std::as_const(m_sessions)) {
        if (session->identity() && !session->isClosing() && m_checkRota->isDue(session)) {
            hashes << session->tokenHash();
            due << session;
        }
    }
    m_checkRota->advance();
    if (hashes.isEmpty())
        return;
    QSet<QString> working;
    try {
        working = m_ctx->directory.workingTokens(hashes, QDateTime::currentMSecsSinceEpoch());
    } catch (const DatabaseError& e) {
        qCWarning(lcServer) << "could not check the sessions' tokens:" << e.what();
        return;
    }
    int ended = 0;
    for (Session* session : std::as_const(due)) {
        if (session->identity() && !session->isClosing() && !working.contains(session->tokenHash())) {
            session->endSession();
            ++ended;
        }
    }
    if (ended > 0)
        qCInfo(lcServer) << ended << "sessions ended: their tokens were revoked or expired";
}

} // namespace agentdesk::server
