#include "protocol/SchemaCollector.h"

namespace agentdesk::protocol {

void SchemaCollector::add(const char* name, const QString& type, FieldRule rule, const QString& constraints)
{
    m_fields.append({QLatin1String(name), type, rule.required, constraints});
}

void SchemaCollector::field(const char* name, const QString&, FieldRule rule)
{
    QString c = rule.idempotencyKey ? QStringLiteral("idempotency key, 8-64 of A-Z a-z 0-9 - _")
                                    : QStringLiteral("max %1").arg(rule.maxLength);
    if (rule.nonEmpty && !rule.idempotencyKey)
        c += QStringLiteral(", non-empty");
    add(name, QStringLiteral("string"), rule, c);
}

void SchemaCollector::field(const char* name, const qint64&, FieldRule rule)
{
    add(name, QStringLiteral("integer"), rule, QStringLiteral(">= %1").arg(rule.min));
}

void SchemaCollector::field(const char* name, const int&, FieldRule rule)
{
    add(name, QStringLiteral("integer"), rule, QStringLiteral("%1..%2").arg(rule.min).arg(rule.max));
}

void SchemaCollector::field(const char* name, const bool&, FieldRule rule)
{
    add(name, QStringLiteral("boolean"), rule, {});
}

void SchemaCollector::field(const char* name, const std::vector<QString>&, FieldRule rule)
{
    add(name, QStringLiteral("string[]"), rule, QStringLiteral("at most %1").arg(rule.maxItems));
}

} // namespace agentdesk::protocol
