#pragma once

#include "store/Database.h"

#include <QHostAddress>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace agentdesk::sandbox {
struct Scenario;
}

namespace agentdesk::server {

// Everything that can be set on the command line of agentdesk-server (and by the embedded
// launcher of the desktop program). Defaults are the production defaults.
struct ServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8600;            // 0: any free port
    QString database = QStringLiteral("agentdesk.sqlite");
    bool demoData = false;          // load the demo shop into an empty database
    QString demoLanguage = QStringLiteral("mix");  // zh: its people and teams have Chinese names only
    QString channelKey;             // the customer channel's shared secret; empty: channel closed
    Database::Durability durability = Database::Durability::Full;
    qint64 maxFrameBytes = 64 * 1024;
    int heartbeatMs = 25'000;       // ping every interval; abort a peer silent for two
    int authTimeoutMs = 10'000;     // sign in within this or be closed
    int handshakeTimeoutMs = 10'000; // finish the WebSocket handshake within this or be dropped (slow loris)
    int rateBurst = 60;             // frames a connection may send at once...
    int ratePerSecond = 30;         // ...and sustained
    qint64 eventRetention = 10'000; // events kept per stream for resume
    qint64 keyRetentionMs = 7LL * 24 * 3600 * 1000;  // an idempotency key protects a retry this long
    int keyPruneMs = 60'000;        // how often expired keys are deleted
    // How long a message waits for others to be written in the same transaction (group commit).
    // 0: only with those read in the same pass of the event loop.
    int groupWindowMs = 0;
    int maxConnections = 20'000;
    int maxConnectionsPerAddress = 1'000;  // from one peer address (a NAT, a load balancer: raise it)
    // Browser origins allowed to connect ("*": any). Connections without an Origin header (the
    // workstation, server-side channels) are not browsers and always may.
    QStringList allowedOrigins;
    // Failed sign-ins (wrong password or channel key) across connections in the window, from one
    // address and for one user name, before further attempts are refused until the window passes.
    int signInFailuresPerAddress = 20;
    int signInFailuresPerName = 10;
    qint64 signInWindowMs = 15 * 60 * 1000;
    qint64 tokenLifetimeMs = 7LL * 24 * 3600 * 1000;  // a sign-in's token works this long
    int sessionCheckMs = 60'000;   // how often open sessions' tokens are checked (revoked, expired: closed)
    qint64 maxBufferedBytes = 8 * 1024 * 1024;  // a slower consumer is dropped
    qint64 slaMs = 3 * 60 * 1000;   // a customer's wait for an answer beyond this is a breach
    int conversionWindowHours = 72; // an order this long after a conversation credits its replies
    int fcrWindowHours = 72;        // a customer back within this after a close: not resolved at first contact
    int maxAddOnsPerConsultation = 1; // add-on recommendations an agent may send per conversation
    QTimeZone shopTimeZone = QTimeZone::systemTimeZone();  // where the coupon limits' day starts
    QString logDirectory;
    // Health, readiness and metrics over HTTP (OpsEndpoint); opsPort -1: off, 0: any free port.
    QHostAddress opsAddress = QHostAddress::LocalHost;
    int opsPort = -1;
    // wss:// with this PEM certificate (chain) and unencrypted key; both empty: ws:// (loopback,
    // or behind a TLS-terminating proxy).
    QString tlsCertificate;
    QString tlsKey;
    // A sandbox: the demo shop (demoData) with this scenario's customer, orders and trainee, the
    // customer named in sandboxLanguage. Only ever for a throw-away database.
    std::shared_ptr<const sandbox::Scenario> sandbox;
    QString sandboxLanguage = QStringLiteral("en");
};

} // namespace agentdesk::server
