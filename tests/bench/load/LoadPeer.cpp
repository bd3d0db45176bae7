#include "LoadPeer.h"

#include "LoadStats.h"
#include "protocol/FrameCodec.h"

namespace agentdesk::bench {

using namespace protocol;

namespace {
const QString kMark = QStringLiteral("bench c=");
const QString kPassword = QStringLiteral("bench-password");

// "bench c=<customer> t=<send time in ns>" somewhere in text: the customer and the time.
bool readMark(const QString& text, int* customer, qint64* sentAt)
{
    const qsizetype at = text.indexOf(kMark);
    if (at < 0)
        return false;
    const QStringView rest = QStringView(text).mid(at + kMark.size());
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    if (space < 0 || !rest.mid(space).startsWith(QLatin1String(" t=")))
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *customer = rest.left(space).toInt(&ok1);
    const QStringView time = rest.mid(space + 3);
    qsizetype end = 0;
    while (end < time.size() && time[end].isDigit())
        ++end;
    *sentAt = time.left(end).toLongLong(&ok2);
    return ok1 && ok2;
}
} // namespace

QString LoadPeer::password()
{
    return kPassword;
}

LoadPeer::LoadPeer(Target target, Role role, int index, const QUrl& url, LoadStats& stats,
                   std::vector<qint64>& latencies, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_role(role)
    , m_index(index)
    , m_url(url)
    , m_stats(stats)
    , m_latencies(latencies)
{
    connect(&m_socket, &QWebSocket::connected, this, &LoadPeer::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LoadPeer::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_state != State::Failed && !m_closing)
            fail(QStringLiteral("disconnected (%1 %2)").arg(m_socket.closeCode()).arg(m_socket.closeReason()));
    });
}

LoadPeer::~LoadPeer()
{
    m_socket.disconnect(this);
}

void LoadPeer::open()
{
    m_socket.open(m_url);
}

void LoadPeer::close()
{
    m_closing = true;
    m_socket.close();
}

void LoadPeer::onConnected()
{
    if (m_target == Target::Relay) {
        becomeReady();
        return;
    }
    m_state = State::SigningIn;
    if (m_role == Role::Customer) {
        CustomerSignin signin;
        signin.channelKey = QStringLiteral("demo-channel-key");
        signin.customerRef = QStringLiteral("bench-%1").arg(m_index);
        signin.name = QStringLiteral("Bench customer %1").arg(m_index);
        m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(signin, QStringLiteral("signin"))));
    } else {
        AuthLogin login;
        login.user = QStringLiteral("%1-%2").arg(m_role == Role::Agent ? QLatin1String("bench-agent") : QLatin1String("bench-lead"))
                         .arg(m_index);
        login.password = kPassword;
        login.client = QStringLiteral("bench_routing");
        m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(login, QStringLiteral("signin"))));
    }
}

void LoadPeer::onText(const QString& text)
{
    if (m_state == State::Ready) {
        onReadyFrame(text);
        return;
    }
    if (m_state == State::Failed)
        return;
    const DecodeResult decoded = FrameCodec::decode(text.toUtf8(), DecodeMode::ClientReadsServer);
    if (!decoded.ok()) {
        fail(QStringLiteral("undecodable frame: %1").arg(decoded.error.message));
        return;
    }
    onSetupFrame(*decoded.frame);
}

void LoadPeer::onSetupFrame(const Frame& frame)
{
    if (frame.id.isEmpty())
        return;  // events during setup
    if (const auto* error = frame.as<Error>()) {
        fail(QStringLiteral("%1: %2").arg(error->code, error->message));
        return;
    }
    if (m_state == State::SigningIn && frame.as<AuthOk>()) {
        m_state = State::Syncing;
        m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(Sync{}, QStringLiteral("sync"))));
    } else if (m_state == State::Syncing && frame.as<SyncOk>()) {
        m_state = State::SettingUp;
        if (m_role == Role::Customer) {
            ConversationOpen open;
            open.key = QStringLiteral("bench-open-%1").arg(m_index);
            open.topic = QStringLiteral("bench");
            open.text = QStringLiteral("hello");
            m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(open, QStringLiteral("setup"))));
        } else if (m_role == Role::Agent) {
            PresenceSet presence;
            presence.key = QStringLiteral("bench-online-%1").arg(m_index);
            presence.status = PresenceStatus::Online;
            m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(presence, QStringLiteral("setup"))));
        } else {
            m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(FloorWatch{}, QStringLiteral("setup"))));
        }
    } else if (m_state == State::SettingUp && frame.id == QLatin1String("setup")) {
        if (const auto* opened = frame.as<ConversationOpenOk>())
            m_conversationId = opened->conversation.id;
        becomeReady();
    }
}

void LoadPeer::onReadyFrame(const QString& text)
{
    if (text.contains(QLatin1String("\"type\":\"error\""))) {
        ++m_stats.errors;
        m_stats.noteError(text.left(300));
        return;
    }
    if (m_role != Role::Agent)
        return;
    // From the server only message.new carries the text to the agent (conversation.updated
    // may quote it too); the relay forwards the customer's own frame.
    if (m_target == Target::Server && !text.contains(QLatin1String("\"message.new\"")))
        return;
    int customer = 0;
    qint64 sentAt = 0;
    if (!readMark(text, &customer, &sentAt) || customer < 0 || size_t(customer) >= m_stats.delivered.size())
        return;
    ++m_stats.delivered[size_t(customer)];
    ++m_stats.deliveredTotal;
    if (m_stats.recording.load(std::memory_order_relaxed))
        m_latencies.push_back(LoadStats::nowNs() - sentAt);
}

void LoadPeer::sendMessage()
{
    ++m_sent;
    ++m_stats.sentTotal;
    MessageSend send;
    send.key = QStringLiteral("bench-%1-%2").arg(m_index).arg(m_sent);
    send.conversationId = m_conversationId;
    send.text = kMark + QString::number(m_index) + QLatin1String(" t=") + QString::number(LoadStats::nowNs());
    m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(std::move(send), QString::number(m_sent))));
}

void LoadPeer::becomeReady()
{
    m_state = State::Ready;
    ++m_stats.ready;
    emit settled(true);
}

void LoadPeer::fail(const QString& why)
{
    const bool wasSettled = m_state == State::Ready;
    m_state = State::Failed;
    ++m_stats.failed;
    m_stats.noteError(QStringLiteral("%1 %2: %3")
                          .arg(m_role == Role::Customer ? QLatin1String("customer")
                               : m_role == Role::Agent  ? QLatin1String("agent")
                                                        : QLatin1String("lead"))
                          .arg(m_index)
                          .arg(why));
    if (!wasSettled)
        emit settled(false);
}

} // namespace agentdesk::bench
