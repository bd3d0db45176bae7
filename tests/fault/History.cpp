#include "History.h"

namespace agentdesk::test {

void History::invoked(const QString& client, const QString& key, qint64 conversationId, const QString& text)
{
    m_sendByKey.insert(key, m_sends.size());
    m_sends.append(Send{client, key, conversationId, text, 0, 0, {}});
}

void History::attempted(const QString& key)
{
    if (const auto it = m_sendByKey.constFind(key); it != m_sendByKey.cend())
        ++m_sends[*it].attempts;
}

void History::acknowledged(const QString& key, qint64 messageId)
{
    if (const auto it = m_sendByKey.constFind(key); it != m_sendByKey.cend())
        m_sends[*it].messageId = messageId;
}

void History::refused(const QString& key, const QString& code)
{
    if (const auto it = m_sendByKey.constFind(key); it != m_sendByKey.cend())
        m_sends[*it].refusal = code;
}

void History::received(const QString& client, qint64 conversationId, qint64 messageId, const QString& text)
{
    m_receipts.append(Receipt{client, conversationId, messageId, text});
}

void History::anomaly(const QString& client, const QString& what)
{
    m_anomalies << client + QStringLiteral(": ") + what;
}

} // namespace agentdesk::test
