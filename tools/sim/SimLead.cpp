#include "SimLead.h"

#include "protocol/IdempotencyKey.h"

#include <QTimer>

namespace agentdesk::sim {

using namespace protocol;

namespace {
constexpr qint64 kApprovesUpTo = 10000;  // cents
constexpr int kThinkMs = 4000;

bool isChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}
} // namespace

SimLead::SimLead(const SimSettings& settings, QString login, QString password, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_login(std::move(login))
    , m_password(std::move(password))
{
    connect(&m_client, &app::ProtocolClient::eventReceived, this, [this](const Frame& frame) {
        if (const auto* update = frame.as<ApprovalUpdated>(); update && update->approval.status == ApprovalStatus::Pending)
            QTimer::singleShot(kThinkMs, this, [this, approval = update->approval] { decide(approval); });
    });
    connect(&m_client, &app::ProtocolClient::opened, this, [this] {
        m_client.request(AuthLogin{m_login, m_password, kProtocolVersion, QStringLiteral("agentdesk-sim"), {}}, [this](const Frame& reply) {
            const auto* ok = reply.as<AuthOk>();
            if (!ok) {
                emit log(QStringLiteral("lead %1: sign-in refused: %2").arg(m_login, reply.as<protocol::Error>()->message));
                return;
            }
            m_userId = ok->principal.id;
            // Not in the queue: a scripted lead answers requests, not customers.
            m_client.request(PresenceSet{newIdempotencyKey(), PresenceStatus::Away, 0});
            m_client.request(Sync{ok->head});
            emit log(QStringLiteral("lead %1 signed in as %2").arg(m_login, ok->principal.name));
        });
    });
}

void SimLead::start()
{
    m_client.open(m_settings.staffUrl);
}

void SimLead::decide(const CouponApproval& approval)
{
    const bool approve = approval.valueCents <= kApprovesUpTo;
    const bool zh = isChinese(approval.reason);
    const QString comment = approve ? (zh ? QStringLiteral("同意，这次特批。") : QStringLiteral("Approved this once."))
                                    : (zh ? QStringLiteral("金额太大，先用其他方式安抚客户。") : QStringLiteral("Too much; find another way to help."));
    m_client.request(ApprovalDecide{newIdempotencyKey(), approval.id, approve, comment}, [this, approval](const Frame& reply) {
        const auto* ok = reply.as<ApprovalDecideOk>();
        if (!ok) {
            emit log(QStringLiteral("lead %1: request %2 not decided: %3").arg(m_login).arg(approval.id).arg(reply.as<protocol::Error>()->message));
            return;
        }
        ++m_decided;
        emit log(QStringLiteral("lead %1 %2 %3's request %4 (%5)")
                     .arg(m_login, enumName(ok->approval.status), approval.requestedByName)
                     .arg(approval.id)
                     .arg(ok->coupon ? ok->coupon->code : QStringLiteral("no coupon")));
    });
}

} // namespace agentdesk::sim
