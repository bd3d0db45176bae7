#include "coupons/CouponDesk.h"

#include "protocol/IdempotencyKey.h"
#include "reports/CsvFile.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QPointer>

namespace agentdesk::app {

using namespace protocol;

namespace {
constexpr int kTickMs = 20'000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

CouponDesk::CouponDesk(SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // A new shop day resets the daily counts: ask again rather than show yesterday's.
        if (m_options && serverNow() >= m_options->facts.dayStartsAt + kDayMs)
            refresh();
        emit optionsChanged();
    });
    connect(&m_engine, &SyncEngine::approvalUpdated, this, &CouponDesk::onApproval);
    connect(&m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Online)
            return;
        refresh();
        refreshApprovals();
    });
}

qint64 CouponDesk::serverNow() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset;
}

void CouponDesk::setConversation(qint64 conversationId, bool serving)
{
    if (conversationId == m_conversation && serving == m_serving)
        return;
    m_conversation = conversationId;
    m_serving = serving;
    ++m_round;
    m_options.reset();
    emit optionsChanged();
    refresh();
}

void CouponDesk::refresh()
{
    if (m_conversation == 0 || !m_serving || m_engine.state() != SyncEngine::State::Online) {
        m_tick.stop();
        return;
    }
    const qint64 id = m_conversation;
    const int round = m_round;
    m_engine.client().request(CouponsOptions{id}, [this, id, round](const Frame& reply) {
        if (id != m_conversation || round != m_round)
            return;
        const auto* ok = reply.as<CouponsOptionsOk>();
        if (!ok)
            return;  // closed or handed over meanwhile: no options
        m_options = *ok;
        m_clockOffset = ok->serverTime - QDateTime::currentMSecsSinceEpoch();
        m_tick.start();
        emit optionsChanged();
    });
}

std::vector<CouponDesk::Option> CouponDesk::options() const
{
    std::vector<Option> out;
    if (!m_options)
        return out;
    for (const CouponTemplate& t : m_options->templates) {
        if (!t.active)
            continue;
        out.push_back({t, CouponPolicy::evaluate(t, m_options->limits, m_options->facts, serverNow())});
    }
    return out;
}

std::optional<qint64> CouponDesk::largestGrantable(qint64 cents) const
{
    if (!m_options)
        return std::nullopt;
    return CouponPolicy::largestAllowed(m_options->templates, m_options->limits, m_options->facts, serverNow(), cents);
}

int CouponDesk::grantableCount() const
{
    const auto all = options();
    return int(std::count_if(all.begin(), all.end(), [](const Option& o) { return o.decision.allowed(); }));
}

qint64 CouponDesk::remainingToday() const
{
    return m_options ? CouponPolicy::remainingToday(m_options->limits, m_options->facts) : 0;
}

void CouponDesk::grant(qint64 templateId, std::function<void(const GrantResult&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler({std::nullopt, {}, tr("You are offline; granting a coupon needs the connection.")});
        return;
    }
    const qint64 conversation = m_conversation;
    const QString slot = QStringLiteral("grant:%1:%2").arg(conversation).arg(templateId);
    m_engine.client().request(CouponGrant{keyFor(slot), conversation, templateId},
                              [this, slot, conversation, handler = std::move(handler)](const Frame& reply) {
                                  GrantResult result;
                                  if (const auto* ok = reply.as<CouponGrantOk>()) {
                                      m_keys.remove(slot);
                                      result.coupon = ok->coupon;
                                      result.refusals = ok->refusals;
                                      if (!ok->refusals.empty())
                                          emit grantRefused(conversation);
                                  } else if (const auto* error = reply.as<protocol::Error>()) {
                                      if (!ProtocolClient::isTransient(*error))
                                          m_keys.remove(slot);
                                      result.error = error->message;
                                  }
                                  handler(result);
                                  refresh();
                              });
}

void CouponDesk::requestApproval(qint64 templateId, const QString& reason, std::function<void(const QString&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler(tr("You are offline; asking your lead needs the connection."));
        return;
    }
    const QString slot = QStringLiteral("request:%1:%2:%3").arg(m_conversation).arg(templateId).arg(reason);
    m_engine.client().request(CouponRequest{keyFor(slot), m_conversation, templateId, reason},
                              [this, slot, handler = std::move(handler)](const Frame& reply) {
                                  const auto* error = reply.as<protocol::Error>();
                                  if (!error || !ProtocolClient::isTransient(*error))
                                      m_keys.remove(slot);
                                  if (const auto* ok = reply.as<CouponRequestOk>()) {
                                      onApproval(ok->approval);
                                      handler({});
                                  } else {
                                      handler(error->message);
                                  }
                              });
}

int CouponDesk::pendingCount(qint64 except) const
{
    return int(std::count_if(m_approvals.begin(), m_approvals.end(), [except](const CouponApproval& a) {
        return a.status == ApprovalStatus::Pending && (except == 0 || a.requestedBy != except);
    }));
}

QString CouponDesk::keyFor(const QString& slot)
{
    if (!m_keys.contains(slot))
        m_keys.insert(slot, newIdempotencyKey());
    return m_keys.value(slot);
}

void CouponDesk::refreshApprovals()
{
    if (m_engine.state() != SyncEngine::State::Online)
        return;
    m_engine.client().request(ApprovalsList{true}, [this](const Frame& reply) {
        if (const auto* ok = reply.as<ApprovalsListOk>()) {
            m_approvals = ok->approvals;
            emit approvalsChanged();
        }
    });
}

void CouponDesk::onApproval(const CouponApproval& approval)
{
    const auto it = std::find_if(m_approvals.begin(), m_approvals.end(), [&](const CouponApproval& a) { return a.id == approval.id; });
    if (it != m_approvals.end())
        *it = approval;
    else
        m_approvals.insert(m_approvals.begin(), approval);
    emit approvalsChanged();
    if (approval.requestedBy == m_me.id && approval.status != ApprovalStatus::Pending) {
        emit myRequestDecided(approval);
        if (approval.conversationId == m_conversation)
            refresh();
    }
}

void CouponDesk::decide(qint64 approvalId, bool approve, const QString& comment, std::function<void(const GrantResult&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler({std::nullopt, {}, tr("You are offline; deciding a request needs the connection.")});
        return;
    }
    const QString slot = QStringLiteral("decide:%1:%2:%3").arg(approvalId).arg(approve).arg(comment);
    m_engine.client().request(ApprovalDecide{keyFor(slot), approvalId, approve, comment},
                              [this, slot, handler = std::move(handler)](const Frame& reply) {
                                  const auto* failure = reply.as<protocol::Error>();
                                  if (!failure || !ProtocolClient::isTransient(*failure))
                                      m_keys.remove(slot);
                                  GrantResult result;
                                  if (const auto* ok = reply.as<ApprovalDecideOk>()) {
                                      result.coupon = ok->coupon;
                                      result.refusals = ok->refusals;
                                      onApproval(ok->approval);
                                  } else {
                                      result.error = reply.as<protocol::Error>()->message;
                                      refreshApprovals();  // decided by someone else, perhaps
                                  }
                                  handler(result);
                              });
}

void CouponDesk::auditPage(const AuditList& request, std::function<void(const AuditListOk*, const QString&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler(nullptr, tr("You are offline; the coupon log needs the connection."));
        return;
    }
    m_engine.client().request(request, [handler = std::move(handler)](const Frame& reply) {
        if (const auto* ok = reply.as<AuditListOk>())
            handler(ok, {});
        else
            handler(nullptr, reply.as<protocol::Error>()->message);
    });
}

void CouponDesk::exportAudit(const QString& path, qint64 since, qint64 until, std::function<void(const QString&)> done)
{
    auto rows = std::make_shared<std::vector<AuditEntry>>();
    fetchAudit(AuditList{since, until, 0, 1000}, rows, [rows, path, done = std::move(done)](const QString& error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        // Machine-readable: ISO times in UTC, codes and cents, as the protocol has them.
        QList<QStringList> lines;
        for (const AuditEntry& e : *rows) {
            QStringList refusals;
            for (const CouponRefusal& r : e.refusals)
                refusals << QStringLiteral("%1 (%2/%3)").arg(r.code).arg(r.actual).arg(r.limit);
            lines.append({QString::number(e.id), QDateTime::fromMSecsSinceEpoch(e.at).toUTC().toString(Qt::ISODateWithMs),
                          enumName(e.action), QString::number(e.actorId), e.actorName, QString::number(e.teamId),
                          QString::number(e.customerId), QString::number(e.conversationId), QString::number(e.templateId),
                          e.templateName, QString::number(e.valueCents), QString::number(e.couponId),
                          QString::number(e.approvalId), refusals.join(QStringLiteral("; ")), e.limits, e.comment});
        }
        done(CsvFile::write(path,
                            {QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("action"), QStringLiteral("actor_id"),
                             QStringLiteral("actor"), QStringLiteral("team_id"), QStringLiteral("customer_id"),
                             QStringLiteral("conversation_id"), QStringLiteral("template_id"), QStringLiteral("template"),
                             QStringLiteral("value_cents"), QStringLiteral("coupon_id"), QStringLiteral("approval_id"),
                             QStringLiteral("refusals"), QStringLiteral("limits"), QStringLiteral("comment")},
                            lines));
    });
}

void CouponDesk::fetchAudit(AuditList page, std::shared_ptr<std::vector<AuditEntry>> rows, std::function<void(const QString&)> done)
{
    QPointer<CouponDesk> self(this);
    auditPage(page, [self, page, rows, done = std::move(done)](const AuditListOk* ok, const QString& error) {
        if (!self)
            return;
        if (!ok) {
            done(error);
            return;
        }
        rows->insert(rows->end(), ok->entries.begin(), ok->entries.end());
        if (ok->more && !ok->entries.empty()) {
            AuditList next = page;
            next.beforeId = ok->entries.back().id;
            self->fetchAudit(next, rows, done);
        } else {
            done({});
        }
    });
}

} // namespace agentdesk::app
