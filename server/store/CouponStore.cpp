#include "store/CouponStore.h"

#include "store/Database.h"

#include <QRandomGenerator>
#include <QStringList>

namespace agentdesk::server {

using namespace protocol;

namespace {

const QString kTemplateColumns = QStringLiteral(
    "id, name, name_zh, kind, amount_cents, percent, cap_cents, min_order_cents, valid_days, skus, categories, min_minutes,"
    " needs_price_objection, tiers, active");

std::vector<QString> listFrom(const QString& text)
{
    std::vector<QString> out;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(item.trimmed());
    return out;
}

CouponTemplate templateFrom(const sql::Rows& q)
{
    CouponTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.nameZh = q.value(2).toString();
    t.kind = enumFromName<CouponKind>(q.value(3).toString()).value_or(CouponKind::Amount);
    t.amountCents = q.value(4).toLongLong();
    t.percent = q.value(5).toInt();
    t.capCents = q.value(6).toLongLong();
    t.minOrderCents = q.value(7).toLongLong();
    t.validDays = q.value(8).toInt();
    t.skus = listFrom(q.value(9).toString());
    t.categories = listFrom(q.value(10).toString());
    t.minMinutes = q.value(11).toInt();
    t.needsPriceObjection = q.value(12).toBool();
    t.tiers = listFrom(q.value(13).toString());
    t.active = q.value(14).toBool();
    return t;
}

QString refusalsToText(const std::vector<CouponRefusal>& refusals)
{
    QStringList parts;
    for (const CouponRefusal& r : refusals)
        parts << QStringLiteral("%1:%2:%3").arg(r.code).arg(r.limit).arg(r.actual);
    return parts.join(QLatin1Char(';'));
}

std::vector<CouponRefusal> refusalsFromText(const QString& text)
{
    std::vector<CouponRefusal> out;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = part.split(QLatin1Char(':'));
        if (f.size() == 3)
            out.push_back({f[0], f[1].toLongLong(), f[2].toLongLong()});
    }
    return out;
}

// 12 characters of an alphabet without 0/O and 1/I: 60 random bits from the system's generator.
QString newCouponCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code = QStringLiteral("AD");
    auto* random = QRandomGenerator::system();
    for (int group = 0; group < 3; ++group) {
        code += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            code += QLatin1Char(alphabet[random->bounded(32)]);
    }
    return code;
}

const QString kApprovalSelect = QStringLiteral(
    "SELECT a.id, a.conversation_id, a.customer_id, COALESCE(cu.name, ''), a.template_id, COALESCE(t.name, ''),"
    " a.value_cents, a.requested_by, COALESCE(r.display_name, ''), a.team_id, a.reason, a.refusals, a.status,"
    " a.decided_by, COALESCE(d.display_name, ''), a.comment, a.coupon_id, COALESCE(c.code, ''), a.created_at, a.decided_at"
    " FROM coupon_approvals a LEFT JOIN customers cu ON cu.id = a.customer_id"
    " LEFT JOIN coupon_templates t ON t.id = a.template_id LEFT JOIN users r ON r.id = a.requested_by"
    " LEFT JOIN users d ON d.id = a.decided_by LEFT JOIN coupons c ON c.id = a.coupon_id ");

CouponApproval approvalFrom(const sql::Rows& q)
{
    CouponApproval a;
    a.id = q.value(0).toLongLong();
    a.conversationId = q.value(1).toLongLong();
    a.customerId = q.value(2).toLongLong();
    a.customerName = q.value(3).toString();
    a.templateId = q.value(4).toLongLong();
    a.templateName = q.value(5).toString();
    a.valueCents = q.value(6).toLongLong();
    a.requestedBy = q.value(7).toLongLong();
    a.requestedByName = q.value(8).toString();
    a.teamId = q.value(9).toLongLong();
    a.reason = q.value(10).toString();
    a.refusals = refusalsFromText(q.value(11).toString());
    a.status = enumFromName<ApprovalStatus>(q.value(12).toString()).value_or(ApprovalStatus::Pending);
    a.decidedBy = q.value(13).toLongLong();
    a.decidedByName = q.value(14).toString();
    a.comment = q.value(15).toString();
    a.couponId = q.value(16).toLongLong();
    a.couponCode = q.value(17).toString();
    a.createdAt = q.value(18).toLongLong();
    a.decidedAt = q.value(19).toLongLong();
    return a;
}

} // namespace

CouponStore::CouponStore(Database& db)
    : m_db(db)
{
}

std::vector<CouponTemplate> CouponStore::templates()
{
    std::vector<CouponTemplate> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM coupon_templates ORDER BY id").arg(kTemplateColumns));
    while (q.next())
        out.push_back(templateFrom(q));
    return out;
}

std::optional<CouponTemplate> CouponStore::couponTemplate(qint64 id)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM coupon_templates WHERE id = ?").arg(kTemplateColumns), {id});
    if (!q.next())
        return std::nullopt;
    return templateFrom(q);
}

CouponLimits CouponStore::limitsFor(qint64 userId)
{
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT l.max_single_cents, l.daily_total_cents, l.per_customer_count, l.per_customer_days,"
                       " l.per_conversation_count FROM coupon_limits l JOIN users u ON u.id = ?"
                       " WHERE l.user_id = u.id OR (l.user_id = 0 AND l.role = u.role AND (l.level = '' OR l.level = u.level))"
                       " ORDER BY CASE WHEN l.user_id <> 0 THEN 0 WHEN l.level <> '' THEN 1 ELSE 2 END LIMIT 1"),
        {userId});
    if (!q.next())
        return CouponLimits{0, 0, 0, 1, 0};
    return CouponLimits{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                        q.value(4).toInt()};
}

qint64 CouponStore::teamBudget(qint64 teamId)
{
    return m_db.scalar(QStringLiteral("SELECT coupon_budget_cents FROM teams WHERE id = ?"), {teamId}).toLongLong();
}

qint64 CouponStore::grantedBy(qint64 userId, qint64 since)
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(value_cents), 0) FROM coupons WHERE granted_by = ? AND granted_at >= ?"),
                       {userId, since})
        .toLongLong();
}

qint64 CouponStore::grantedByTeam(qint64 teamId, qint64 since)
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(value_cents), 0) FROM coupons WHERE team_id = ? AND granted_at >= ?"),
                       {teamId, since})
        .toLongLong();
}

int CouponStore::grantsToCustomer(qint64 customerId, qint64 since)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE customer_id = ? AND granted_at >= ?"), {customerId, since})
        .toInt();
}

int CouponStore::grantsInConversation(qint64 conversationId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE conversation_id = ?"), {conversationId}).toInt();
}

bool CouponStore::grantedSince(qint64 conversationId, qint64 templateId, qint64 since)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE conversation_id = ? AND template_id = ? AND granted_at >= ?"),
                       {conversationId, templateId, since})
               .toInt()
        > 0;
}

QStringList CouponStore::customerTexts(qint64 conversationId)
{
    QStringList out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT body FROM messages WHERE conversation_id = ? AND sender = 'customer'"
                                           " ORDER BY id DESC LIMIT 200"),
                            {conversationId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Coupon CouponStore::insertCoupon(Coupon c, qint64 teamId)
{
    // 60 random bits: a clash is all but impossible, and would only cost another draw.
    for (;;) {
        c.code = newCouponCode();
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE code = ?"), {c.code}).toInt() == 0)
            break;
    }
    c.id = m_db.scalar(QStringLiteral("INSERT INTO coupons (code, template_id, customer_id, conversation_id, team_id, value_cents,"
                                      " min_order_cents, granted_by, approval_id, granted_at, valid_until)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {c.code, c.templateId, c.customerId, c.conversationId, teamId, c.valueCents, c.minOrderCents,
                        c.grantedBy, c.approvalId, c.grantedAt, c.validUntil})
               .toLongLong();
    return c;
}

CouponApproval CouponStore::insertApproval(const CouponApproval& a)
{
    const qint64 id = m_db.scalar(QStringLiteral("INSERT INTO coupon_approvals (conversation_id, customer_id, template_id, value_cents,"
                                                 " requested_by, team_id, reason, refusals, created_at)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                  {a.conversationId, a.customerId, a.templateId, a.valueCents, a.requestedBy, a.teamId, a.reason,
                                   refusalsToText(a.refusals), a.createdAt})
                          .toLongLong();
    return *approval(id);
}

std::optional<CouponApproval> CouponStore::approval(qint64 id)
{
    sql::Rows q = m_db.exec(kApprovalSelect + QStringLiteral("WHERE a.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return approvalFrom(q);
}

bool CouponStore::hasPending(qint64 conversationId, qint64 templateId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_approvals WHERE conversation_id = ? AND template_id = ?"
                                      " AND status = 'pending'"),
                       {conversationId, templateId})
               .toInt()
        > 0;
}

void CouponStore::decide(qint64 id, ApprovalStatus status, qint64 decidedBy, const QString& comment, qint64 couponId, qint64 at)
{
    m_db.exec(QStringLiteral("UPDATE coupon_approvals SET status = ?, decided_by = ?, comment = ?, coupon_id = ?, decided_at = ?"
                             " WHERE id = ?"),
              {enumName(status), decidedBy, comment, couponId, at, id});
}

std::vector<CouponApproval> CouponStore::approvals(qint64 teamId, qint64 requesterId, bool includeDecided)
{
    // One condition per caller, so that each query can use its index.
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariant bound;
    if (teamId > 0) {
        where = QStringLiteral("WHERE a.team_id = ?");
        bound = teamId;
    } else if (requesterId > 0) {
        where = QStringLiteral("WHERE a.requested_by = ?");
        bound = requesterId;
    }
    auto run = [&](const QString& rest) {
        return bound.isValid() ? m_db.exec(kApprovalSelect + where + rest, {bound}) : m_db.exec(kApprovalSelect + where + rest);
    };
    std::vector<CouponApproval> out;
    sql::Rows pending = run(QStringLiteral(" AND a.status = 'pending' ORDER BY a.id DESC LIMIT 500"));
    while (pending.next())
        out.push_back(approvalFrom(pending));
    if (includeDecided) {
        sql::Rows decided = run(QStringLiteral(" AND a.status <> 'pending' ORDER BY a.id DESC LIMIT 100"));
        while (decided.next())
            out.push_back(approvalFrom(decided));
    }
    return out;
}

qint64 CouponStore::appendAudit(const AuditEntry& e)
{
    return m_db.scalar(QStringLiteral("INSERT INTO coupon_audit (at, action, actor_id, actor_name, team_id, customer_id,"
                                      " conversation_id, template_id, template_name, value_cents, coupon_id, approval_id, refusals,"
                                      " limits, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {e.at, enumName(e.action), e.actorId, e.actorName, e.teamId, e.customerId, e.conversationId, e.templateId,
                        e.templateName, e.valueCents, e.couponId, e.approvalId, refusalsToText(e.refusals), e.limits, e.comment})
        .toLongLong();
}

std::vector<AuditEntry> CouponStore::audit(qint64 actorId, qint64 teamId, const AuditList& page, bool* more)
{
    const qint64 until = page.until > 0 ? page.until : std::numeric_limits<qint64>::max();
    const qint64 before = page.beforeId > 0 ? page.beforeId : std::numeric_limits<qint64>::max();
    // One condition per caller, so that each query can use its index.
    const QString who = actorId > 0 ? QStringLiteral("actor_id = ?") : teamId > 0 ? QStringLiteral("team_id = ?") : QStringLiteral("0 = ?");
    const qint64 whom = actorId > 0 ? actorId : teamId;
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT id, at, action, actor_id, actor_name, team_id, customer_id, conversation_id, template_id,"
                       " template_name, value_cents, coupon_id, approval_id, refusals, limits, comment FROM coupon_audit"
                       " WHERE %1 AND id < ? AND at >= ? AND at < ? ORDER BY id DESC LIMIT ?")
            .arg(who),
        {whom, before, page.since, until, page.limit + 1});
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.action = enumFromName<AuditAction>(q.value(2).toString()).value_or(AuditAction::Grant);
        e.actorId = q.value(3).toLongLong();
        e.actorName = q.value(4).toString();
        e.teamId = q.value(5).toLongLong();
        e.customerId = q.value(6).toLongLong();
        e.conversationId = q.value(7).toLongLong();
        e.templateId = q.value(8).toLongLong();
        e.templateName = q.value(9).toString();
        e.valueCents = q.value(10).toLongLong();
        e.couponId = q.value(11).toLongLong();
        e.approvalId = q.value(12).toLongLong();
        e.refusals = refusalsFromText(q.value(13).toString());
        e.limits = q.value(14).toString();
        e.comment = q.value(15).toString();
        out.push_back(std::move(e));
    }
    *more = int(out.size()) > page.limit;
    if (*more)
        out.pop_back();
    return out;
}

} // namespace agentdesk::server
