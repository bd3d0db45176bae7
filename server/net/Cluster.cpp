#include "net/Cluster.h"

#include "FloorMonitor.h"
#include "Router.h"
#include "ServerContext.h"
#include "store/DatabaseLocation.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCluster, "agentdesk.server.cluster")

namespace agentdesk::server {
namespace {
const QString kChannel = QStringLiteral("agentdesk");
// Payload: instance, kind, name, number and frame, separated by tabs (a compact JSON frame has
// none). Kinds: e an event of stream `name` with sequence `number`; t a frame for hub topic
// `name`; f the floors of the teams in `name` (comma-separated); p staff connected or not.
// Without a frame (too large to carry), an e is read from the event log, a t from relayed_frames
// row `number`.
constexpr QChar kSeparator = u'\t';
constexpr qint64 kRelayedFramesKeptMs = 60'000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Cluster::Cluster(ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_listenerName(QStringLiteral("agentdesk-cluster-%1").arg(m_instance))
{
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Cluster::heartbeat);
}

Cluster::~Cluster()
{
    // The database belongs to the context, gone by now: stop() ran in Server::stop().
    closeListener();
}

void Cluster::closeListener()
{
    if (m_listener.isValid()) {
        m_listener.close();
        m_listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_listenerName);
    }
}

bool Cluster::start(const QString& location, QString* error)
{
    m_location = location;
    if (!listen(error))
        return false;
    try {
        registerInstance();
        refreshRemoteStaff();
    } catch (const DatabaseError& e) {
        *error = QStringLiteral("cannot register this instance: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_ctx.db.addBeforeCommit(this, [this] { announceUnannounced(); });
    m_heartbeat.start();
    m_started = true;
    qCInfo(lcCluster) << "instance" << m_instance << "joined; live events cross instances on channel" << kChannel;
    return true;
}

bool Cluster::listen(QString* error)
{
    closeListener();
    const auto where = DatabaseLocation::parse(m_location, error);
    if (!where)
        return false;
    m_listener = where->addConnection(m_listenerName, error);
    if (!m_listener.isValid())
        return false;
    if (!m_listener.open()) {
        *error = QStringLiteral("cannot open the listening connection: %1").arg(m_listener.lastError().text().trimmed());
        return false;
    }
    if (!m_listener.driver()->subscribeToNotification(kChannel)) {
        *error = QStringLiteral("cannot LISTEN on %1: %2").arg(kChannel, m_listener.driver()->lastError().text().trimmed());
        return false;
    }
    connect(m_listener.driver(), &QSqlDriver::notification, this, &Cluster::onNotification, Qt::UniqueConnection);
    return true;
}

void Cluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_heartbeat.stop();
    m_ctx.db.removeBeforeCommit(this);
    try {
        m_ctx.db.exec(QStringLiteral("DELETE FROM staff_connections WHERE instance = ?"), {m_instance});
        m_ctx.db.exec(QStringLiteral("DELETE FROM server_instances WHERE instance = ?"), {m_instance});
        notify(QStringLiteral("p"), {}, 0, {});
    } catch (const DatabaseError& e) {
        qCWarning(lcCluster) << "could not unregister this instance (the others will drop it in"
                             << kDeadAfterMs / 1000 << "s):" << e.what();
    }
    closeListener();
}

void Cluster::registerInstance()
{
    m_ctx.db.exec(QStringLiteral("INSERT INTO server_instances (instance, started_at, seen_at) VALUES (?, ?, ?)"),
                  {m_instance, now(), now()});
}

void Cluster::recordConnected(qint64 userId)
{
    m_ctx.db.exec(QStringLiteral("INSERT INTO staff_connections (instance, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                  {m_instance, userId});
}

void Cluster::staffPresence(qint64 userId, bool connected)
{
    if (!m_started)
        return;
    try {
        if (connected)
            recordConnected(userId);
        else
            m_ctx.db.exec(QStringLiteral("DELETE FROM staff_connections WHERE instance = ? AND user_id = ?"), {m_instance, userId});
        notify(QStringLiteral("p"), {}, 0, {});
    } catch (const DatabaseError& e) {
        qCWarning(lcCluster) << "could not record staff user" << userId << (connected ? "connected" : "gone") << ":" << e.what();
    }
}

void Cluster::touchFloor(qint64 teamId)
{
    if (!m_started)
        return;
    if (m_touchedTeams.isEmpty())
        QTimer::singleShot(0, this, &Cluster::flushFloorTouches);
    m_touchedTeams.insert(teamId);
}

void Cluster::flushFloorTouches()
{
    QStringList teams;
    for (qint64 team : std::exchange(m_touchedTeams, {}))
        teams << QString::number(team);
    if (teams.isEmpty() || !m_started)
        return;
    try {
        notify(QStringLiteral("f"), teams.join(QLatin1Char(',')), 0, {});
    } catch (const DatabaseError& e) {
        qCWarning(lcCluster) << "could not tell the other instances of a floor change:" << e.what();
    }
}

void Cluster::announceUnannounced()
{
    for (const EventLog::Appended& e : m_ctx.events.takeUnannounced()) {
        if (e.seq > 0) {
            notify(QStringLiteral("e"), e.stream, e.seq, e.frame);
        } else if (e.frame.size() + e.stream.size() + 100 <= kMaxPayloadBytes) {
            notify(QStringLiteral("t"), e.stream, 0, e.frame);
        } else {
            const qint64 row = m_ctx.db.scalar(QStringLiteral("INSERT INTO relayed_frames (frame, created_at) VALUES (?, ?) RETURNING id"),
                                               {QString::fromUtf8(e.frame), now()}).toLongLong();
            notify(QStringLiteral("t"), e.stream, row, {});
        }
    }
}

void Cluster::notify(const QString& kind, const QString& name, qint64 seq, const QByteArray& frame)
{
    QString payload = m_instance + kSeparator + kind + kSeparator + name + kSeparator + QString::number(seq) + kSeparator;
    if (payload.size() + frame.size() <= kMaxPayloadBytes)
        payload += QString::fromUtf8(frame);
    m_ctx.db.exec(QStringLiteral("SELECT pg_notify(?, ?)"), {kChannel, payload});
}

void Cluster::onNotification(const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (channel != kChannel || !m_started)
        return;
    const QString text = payload.toString();
    const QStringList head = text.section(kSeparator, 0, 3).split(kSeparator);
    if (head.size() != 4) {
        qCWarning(lcCluster) << "ignoring a notification that is not ours:" << text.left(80);
        return;
    }
    const QString& from = head[0];
    const QString& kind = head[1];
    const QString& name = head[2];
    bool numbered = false;
    const qint64 number = head[3].toLongLong(&numbered);
    if (from == m_instance)
        return;
    if (!numbered || number < 0 || (kind == QLatin1String("e") && number == 0)) {
        qCWarning(lcCluster) << "ignoring a notification with a bad number:" << text.left(80);
        return;
    }
    QByteArray frame = text.section(kSeparator, 4).toUtf8();
    try {
        if (kind == QLatin1String("e")) {
            if (!m_ctx.hub.isLive(name))
                return;
            if (frame.isEmpty())
                frame = m_ctx.db.scalar(QStringLiteral("SELECT frame FROM events WHERE stream = ? AND seq = ?"), {name, number})
                            .toString().toUtf8();
            if (!frame.isEmpty())
                m_ctx.hub.publish(name, frame, number);
        } else if (kind == QLatin1String("t")) {
            if (!m_ctx.hub.hasSubscribers(name))
                return;
            if (frame.isEmpty())
                frame = m_ctx.db.scalar(QStringLiteral("SELECT frame FROM relayed_frames WHERE id = ?"), {number}).toString().toUtf8();
            if (!frame.isEmpty())
                m_ctx.hub.publishTopic(name, frame);
        } else if (kind == QLatin1String("f")) {
            for (const QString& team : name.split(QLatin1Char(','), Qt::SkipEmptyParts))
                m_ctx.floorMonitor->touchHere(team.toLongLong());
        } else if (kind == QLatin1String("p")) {
            refreshRemoteStaff();
            m_ctx.router->schedule();
        }
    } catch (const DatabaseError& e) {
        qCWarning(lcCluster) << "could not handle another instance's" << kind << "notification:" << e.what();
    }
}

void Cluster::refreshRemoteStaff()
{
    QSet<qint64> remote;
    sql::Rows q = m_ctx.db.exec(QStringLiteral("SELECT DISTINCT c.user_id FROM staff_connections c"
                                               " JOIN server_instances i ON i.instance = c.instance"
                                               " WHERE c.instance <> ? AND i.seen_at >= ?"),
                                {m_instance, now() - kDeadAfterMs});
    while (q.next())
        remote.insert(q.value(0).toLongLong());
    m_ctx.hub.setRemoteStaff(std::move(remote));
}

void Cluster::heartbeat()
{
    // A lost listening connection means lost notifications: reconnect, then have sessions resume.
    QSqlQuery probe(m_listener);
    if (!probe.exec(QStringLiteral("SELECT 1"))) {
        qCWarning(lcCluster) << "the listening connection was lost:" << probe.lastError().text().trimmed();
        QString error;
        if (!listen(&error)) {
            qCWarning(lcCluster) << "cannot listen again, retrying at the next heartbeat:" << error;
            return;
        }
        emit feedInterrupted();
    }
    try {
        const qint64 t = now();
        if (m_ctx.db.exec(QStringLiteral("UPDATE server_instances SET seen_at = ? WHERE instance = ?"), {t, m_instance})
                .numRowsAffected() == 0) {
            // Taken for dead after a long stall: register again, with the staff connected here.
            registerInstance();
            for (qint64 user : m_ctx.hub.localStaff())
                recordConnected(user);
            notify(QStringLiteral("p"), {}, 0, {});
        }
        // Instances gone without unregistering: their staff are no longer connected.
        m_ctx.db.exec(QStringLiteral("DELETE FROM staff_connections WHERE instance IN"
                                     " (SELECT instance FROM server_instances WHERE seen_at < ?)"), {t - 3 * kDeadAfterMs});
        m_ctx.db.exec(QStringLiteral("DELETE FROM server_instances WHERE seen_at < ?"), {t - 3 * kDeadAfterMs});
        m_ctx.db.exec(QStringLiteral("DELETE FROM relayed_frames WHERE created_at < ?"), {t - kRelayedFramesKeptMs});
        refreshRemoteStaff();
    } catch (const DatabaseError& e) {
        qCWarning(lcCluster) << "heartbeat failed:" << e.what();
    }
}

} // namespace agentdesk::server
