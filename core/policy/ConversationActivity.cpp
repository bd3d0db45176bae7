#include "policy/ConversationActivity.h"

namespace agentdesk {

bool ConversationActivity::apply(protocol::ConversationInfo& conversation, const protocol::ChatMessage& message)
{
    if (message.sender != Sender::Customer && message.sender != Sender::Agent)
        return false;
    conversation.lastMessageAt = message.at;
    conversation.lastMessagePreview = preview(message.text);
    if (message.sender == Sender::Agent)
        conversation.waitingSince = 0;
    else if (conversation.waitingSince == 0)
        conversation.waitingSince = message.at;
    return true;
}

QString ConversationActivity::preview(const QString& text)
{
    QString flat = text.simplified();
    return flat.size() > kPreviewLength ? flat.left(kPreviewLength - 1) + QChar(0x2026) : flat;
}

} // namespace agentdesk
