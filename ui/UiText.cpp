#include "UiText.h"

#include "library/ReplyTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace agentdesk::ui {

QString UiText::tier(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Regular: return tr("Regular");
    case CustomerTier::Silver: return tr("Silver");
    case CustomerTier::Gold: return tr("Gold");
    case CustomerTier::Vip: return tr("VIP");
    }
    return {};
}

QString UiText::replyCategory(ReplyCategory category)
{
    switch (category) {
    case ReplyCategory::Greeting: return tr("Greeting");
    case ReplyCategory::ProductInfo: return tr("Product information");
    case ReplyCategory::Logistics: return tr("Logistics");
    case ReplyCategory::Returns: return tr("Returns and refunds");
    case ReplyCategory::PriceObjection: return tr("Price objection");
    case ReplyCategory::Hesitation: return tr("Hesitation");
    case ReplyCategory::Competitor: return tr("Competitor comparison");
    case ReplyCategory::Closing: return tr("Closing");
    case ReplyCategory::Apology: return tr("Apology");
    case ReplyCategory::AfterSales: return tr("After-sales");
    case ReplyCategory::Payment: return tr("Payment");
    case ReplyCategory::Promotion: return tr("Promotion");
    case ReplyCategory::Other: return tr("Other");
    }
    return {};
}

QString UiText::language(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return tr("Chinese");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString UiText::replyVariable(const QString& name)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("customer.name"), QT_TR_NOOP("customer's name")},
        {QStringLiteral("customer.tier"), QT_TR_NOOP("customer's tier")},
        {QStringLiteral("order.id"), QT_TR_NOOP("order number")},
        {QStringLiteral("order.status"), QT_TR_NOOP("order status")},
        {QStringLiteral("order.carrier"), QT_TR_NOOP("carrier")},
        {QStringLiteral("order.tracking"), QT_TR_NOOP("tracking number")},
        {QStringLiteral("agent.name"), QT_TR_NOOP("your name")},
        {QStringLiteral("product.name"), QT_TR_NOOP("product name")},
    };
    const auto it = names.constFind(name);
    return it == names.cend() ? name : tr(*it);
}

QString UiText::withVariableNames(const QString& text)
{
    // ReplyTemplate finds the variables, as it does when they are filled in.
    QHash<QString, QString> shown;
    for (const ReplyTemplate::Placeholder& p : ReplyTemplate::placeholders(text)) {
        if (!p.input)
            shown.insert(p.token, QLatin1Char('{') + replyVariable(p.name) + QLatin1Char('}'));
    }
    return ReplyTemplate::apply(text, shown);
}

QColor UiText::tierColor(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Regular: return QColor(0x8a, 0x94, 0xa6);
    case CustomerTier::Silver: return QColor(0x6b, 0x7b, 0x95);
    case CustomerTier::Gold: return QColor(0xc9, 0x8a, 0x0b);
    case CustomerTier::Vip: return QColor(0x9b, 0x35, 0xc9);
    }
    return Qt::gray;
}

QString UiText::channel(Channel channel)
{
    switch (channel) {
    case Channel::Web: return tr("Web chat");
    case Channel::App: return tr("App");
    case Channel::WeChat: return tr("WeChat");
    case Channel::Taobao: return tr("Taobao");
    case Channel::Email: return tr("Email");
    }
    return {};
}

QString UiText::presence(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Online: return tr("Online");
    case PresenceStatus::Away: return tr("Away");
    case PresenceStatus::Busy: return tr("Busy");
    case PresenceStatus::Offline: return tr("Offline");
    }
    return {};
}

QString UiText::topic(const QString& topic)
{
    if (topic == QLatin1String("logistics"))
        return tr("Delivery");
    if (topic == QLatin1String("returns"))
        return tr("Returns");
    if (topic == QLatin1String("presales"))
        return tr("Product question");
    if (topic == QLatin1String("price"))
        return tr("Price");
    if (topic == QLatin1String("product"))
        return tr("Product details");
    if (topic == QLatin1String("general"))
        return tr("General");
    if (topic == QLatin1String("aftersales"))
        return tr("After-sales");
    if (topic == QLatin1String("repair"))
        return tr("Repair");
    if (topic.isEmpty())
        return tr("No topic");
    return topic;
}

QString UiText::difficulty(const QString& difficulty)
{
    if (difficulty == QLatin1String("easy"))
        return tr("easy");
    if (difficulty == QLatin1String("medium"))
        return tr("medium");
    if (difficulty == QLatin1String("hard"))
        return tr("hard");
    return difficulty;
}

QString UiText::sandboxOutcome(const QString& outcome)
{
    if (outcome == QLatin1String("purchase"))
        return tr("bought");
    if (outcome == QLatin1String("resolved"))
        return tr("resolved");
    if (outcome == QLatin1String("left"))
        return tr("left");
    return outcome;
}

QString UiText::money(qint64 cents)
{
    // The sign before the currency, as both locales write it: -¥12.50.
    const QString amount = tr("¥%1").arg(QLocale().toString(double(cents < 0 ? -cents : cents) / 100.0, 'f', 2));
    return cents < 0 ? QLocale().negativeSign() + amount : amount;
}

QString UiText::timeOfDay(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

QString UiText::date(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QString UiText::orderStatus(const QString& status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString UiText::waited(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h").arg(seconds / 3600);
}

QString UiText::duration(qint64 ms)
{
    // waited() rounds down, which is right for a wait but not for a target.
    if (ms % 60'000 != 0)
        return tr("%1 s").arg(ms / 1000);
    return ms % 3'600'000 == 0 ? waited(ms) : tr("%1 min").arg(ms / 60'000);
}

QString UiText::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString UiText::staffAction(StaffActionKind action)
{
    switch (action) {
    case StaffActionKind::Reassign: return tr("Reassigned");
    case StaffActionKind::TakeOver: return tr("Took over");
    case StaffActionKind::Requeue: return tr("Returned to a queue");
    case StaffActionKind::Monitor: return tr("Monitored");
    case StaffActionKind::Whisper: return tr("Whispered");
    case StaffActionKind::Capacity: return tr("Changed capacity");
    case StaffActionKind::Broadcast: return tr("Broadcast a notice");
    case StaffActionKind::Join: return tr("Joined");
    }
    return {};
}

QString UiText::systemEvent(const QString& event, const std::vector<QString>& args, const QString& fallback)
{
    if (event == QLatin1String("assigned") && args.size() == 1)
        return tr("%1 is here to help you.").arg(args[0]);
    if (event == QLatin1String("joined") && args.size() == 1)
        return tr("%1 has joined the conversation.").arg(args[0]);
    if (event == QLatin1String("transferred_to_agent") && args.size() == 2)
        return tr("%1 has handed the conversation to %2.").arg(args[0], args[1]);
    if (event == QLatin1String("transferred_to_team") && args.size() == 2)
        return tr("%1 has handed the conversation to the %2 team.").arg(args[0], args[1]);
    // Arguments: code, name, Chinese name, minimum order in yuan, valid until (ISO date).
    if (event == QLatin1String("coupon_granted") && args.size() >= 5) {
        const QString name = localName(args[1], args[2]);
        const QString until = QLocale().toString(QDate::fromString(args[4], Qt::ISODate), QLocale::ShortFormat);
        return args[3].toDouble() > 0
            ? tr("Coupon granted: %1, code %2, valid until %3 on orders of %4 or more.")
                  .arg(name, args[0], until, money(qRound64(args[3].toDouble() * 100)))
            : tr("Coupon granted: %1, code %2, valid until %3.").arg(name, args[0], until);
    }
    return fallback;
}

QString UiText::localName(const QString& name, const QString& nameZh)
{
    return QLocale().language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : name;
}

QString UiText::couponRefusal(const protocol::CouponRefusal& r)
{
    const QString code = r.code;
    if (code == QLatin1String("inactive"))
        return tr("no longer offered");
    if (code == QLatin1String("single_limit"))
        return tr("worth %1, your limit per coupon is %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String("daily_limit"))
        return tr("would make %1 today, your daily limit is %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String("team_budget"))
        return tr("would bring the team's coupons today to %1, above its budget of %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String("customer_limit"))
        return tr("this customer already has the most coupons allowed in the period (%1)").arg(r.limit);
    if (code == QLatin1String("conversation_limit"))
        return tr("at most %n coupon(s) per conversation", nullptr, int(r.limit));
    if (code == QLatin1String("too_early"))
        return tr("only after %1 minutes of conversation (now %2)").arg(r.limit).arg(r.actual);
    if (code == QLatin1String("no_price_objection"))
        return tr("only after the customer objects to the price");
    if (code == QLatin1String("tier"))
        return tr("not for this customer's tier");
    return code;
}

QString UiText::couponRefusals(const std::vector<protocol::CouponRefusal>& refusals)
{
    QStringList parts;
    for (const auto& r : refusals)
        parts << couponRefusal(r);
    return parts.join(QStringLiteral("; "));
}

QString UiText::auditAction(AuditAction action)
{
    switch (action) {
    case AuditAction::Grant: return tr("granted");
    case AuditAction::Refuse: return tr("refused");
    case AuditAction::Request: return tr("asked a lead");
    case AuditAction::Approve: return tr("approved");
    case AuditAction::Deny: return tr("denied");
    }
    return {};
}

QString UiText::approvalStatus(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Pending: return tr("waiting");
    case ApprovalStatus::Approved: return tr("approved");
    case ApprovalStatus::Denied: return tr("denied");
    }
    return {};
}

QString UiText::tag(const QString& tag)
{
    static const QHash<QString, const char*> known = {
        {QStringLiteral("price-sensitive"), QT_TR_NOOP("price-sensitive")},
        {QStringLiteral("no-marketing"), QT_TR_NOOP("no marketing")},
        {QStringLiteral("gift-buyer"), QT_TR_NOOP("buys gifts")},
        {QStringLiteral("tech-savvy"), QT_TR_NOOP("tech-savvy")},
        {QStringLiteral("returns-often"), QT_TR_NOOP("returns often")},
        {QStringLiteral("loyal"), QT_TR_NOOP("loyal")},
        {QStringLiteral("business"), QT_TR_NOOP("business buyer")},
        {QStringLiteral("student"), QT_TR_NOOP("student")},
    };
    const auto it = known.constFind(tag);
    return it == known.cend() ? tag : tr(it.value());
}

QString UiText::segment(const QString& segment)
{
    static const QHash<QString, const char*> known = {
        {QStringLiteral("champion"), QT_TR_NOOP("champion")},
        {QStringLiteral("at-risk high value"), QT_TR_NOOP("high value at risk")},
        {QStringLiteral("loyal"), QT_TR_NOOP("loyal customer")},
        {QStringLiteral("promising"), QT_TR_NOOP("promising")},
        {QStringLiteral("hibernating"), QT_TR_NOOP("hibernating")},
    };
    const auto it = known.constFind(segment);
    return it == known.cend() ? segment : tr(it.value());
}

} // namespace agentdesk::ui
