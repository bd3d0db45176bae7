#include "protocol/ProtocolDoc.h"

#include "protocol/FrameSpec.h"
#include "protocol/SchemaCollector.h"

#include <QStringList>

namespace agentdesk::protocol {
namespace {

QString sendersText(unsigned senders)
{
    if (senders == ServerSender)
        return QStringLiteral("server");
    QStringList who;
    const std::pair<unsigned, const char*> names[] = {{SignedOut, "signed out"}, {CustomerSender, "customer"},
                                                      {AgentSender, "agent"},    {LeadSender, "lead"},
                                                      {TrainerSender, "trainer"}, {AdminSender, "admin"}};
    for (const auto& [bit, name] : names) {
        if (senders & bit)
            who << QLatin1String(name);
    }
    return who.join(QStringLiteral(", "));
}

QString endpointsText(unsigned endpoints)
{
    if (endpoints == AnyEndpoint)
        return QStringLiteral("staff, customer");
    return endpoints == StaffEndpoint ? QStringLiteral("staff") : QStringLiteral("customer");
}

QString kindText(FrameKind kind)
{
    switch (kind) {
    case FrameKind::Request: return QStringLiteral("request");
    case FrameKind::Reply: return QStringLiteral("reply");
    case FrameKind::Event: return QStringLiteral("event");
    case FrameKind::Error: return QStringLiteral("error");
    }
    return {};
}

QString fieldTable(const QList<FieldDescription>& fields)
{
    if (fields.isEmpty())
        return QStringLiteral("No fields.\n");
    QString out = QStringLiteral("| field | type | required | constraints |\n|---|---|---|---|\n");
    // A '|' inside a cell (enum alternatives) would end the cell.
    auto cell = [](QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    for (const FieldDescription& f : fields)
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n").arg(f.name, cell(f.type), f.required ? QStringLiteral("yes") : QStringLiteral("no"),
                                                              cell(f.constraints));
    return out;
}

template <class... Ts>
QList<QList<FieldDescription>> describeAll(std::type_identity<std::variant<Ts...>>)
{
    return {SchemaCollector::describe<Ts>()...};
}

template <class T>
QString recordSection()
{
    return QStringLiteral("#### %1\n\n").arg(QLatin1String(T::kName)) + fieldTable(SchemaCollector::describe<T>()) + QLatin1Char('\n');
}

} // namespace

QString frameTablesMarkdown()
{
    QString out = QStringLiteral("### Frame index\n\n| type | kind | endpoint | sent by | key | answered by | purpose |\n"
                                 "|---|---|---|---|---|---|---|\n");
    for (const FrameSpec& s : frameSpecs()) {
        const bool answered = s.kind == FrameKind::Request;
        out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(QLatin1String(s.name), kindText(s.kind), endpointsText(s.endpoints), sendersText(s.senders),
                        s.mutating ? QStringLiteral("yes") : QString(),
                        answered ? QStringLiteral("`%1`").arg(QLatin1String(specOf(s.reply).name)) : QString(),
                        QLatin1String(s.summary));
    }
    out += QStringLiteral("\n### Frame fields\n\nBesides the envelope (`type`, `id`, `seq`).\n\n");
    const auto fields = describeAll(std::type_identity<PayloadVariant>{});
    for (const FrameSpec& s : frameSpecs())
        out += QStringLiteral("#### `%1`\n\n").arg(QLatin1String(s.name)) + fieldTable(fields.at(qsizetype(s.type))) + QLatin1Char('\n');
    out += QStringLiteral("### Records\n\n");
    out += recordSection<Principal>() + recordSection<ConversationInfo>() + recordSection<ChatMessage>()
         + recordSection<CustomerProfile>() + recordSection<Order>() + recordSection<OrderItem>()
         + recordSection<StaffMember>() + recordSection<Team>() + recordSection<Reply>() + recordSection<ScriptStep>()
         + recordSection<ReplyRef>() + recordSection<ReplyMine>() + recordSection<ReplyStats>() + recordSection<OrderLine>()
         + recordSection<Recommendation>() + recordSection<RecommendationStats>() + recordSection<ImageData>()
         + recordSection<CouponTemplate>() + recordSection<CouponLimits>() + recordSection<CouponFacts>()
         + recordSection<CouponRefusal>() + recordSection<Coupon>() + recordSection<CouponApproval>()
         + recordSection<AuditEntry>() + recordSection<FloorAgent>() + recordSection<FloorQueue>() + recordSection<FloorSnapshot>()
         + recordSection<Notice>() + recordSection<StaffAction>() + recordSection<KpiCounts>()
         + recordSection<WaitPoint>();
    return out;
}

} // namespace agentdesk::protocol
