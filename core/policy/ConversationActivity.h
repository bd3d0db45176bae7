#pragma once

#include "protocol/Records.h"

namespace agentdesk {

// What a message changes in its conversation: the customer's and the agent's messages move the
// activity time and the preview; the wait runs from the customer's first unanswered message and an
// agent's answer ends it. System messages and internal notes change nothing, so that the list keeps
// showing what the customer and the agent said to each other.
class ConversationActivity {
public:
    static constexpr qsizetype kPreviewLength = 120;

    // False (and nothing changed) for a message that does not count as activity.
    static bool apply(protocol::ConversationInfo& conversation, const protocol::ChatMessage& message);
    static QString preview(const QString& text);
};

} // namespace agentdesk
