#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace agentdesk {

// The variables of a reply body: {customer.name}, {order.id}... filled from the open
// conversation, and fill-in fields {input:label} that the agent types once. Nothing in braces
// that looks like one of them may reach a customer unfilled.
class ReplyTemplate {
public:
    struct Placeholder {
        QString token;  // as written, e.g. "{order.id}" or "{input:tracking number}"
        QString name;   // "order.id", or the input's label
        bool input = false;
        bool operator==(const Placeholder&) const = default;
    };
    struct Filled {
        QString text;                      // the body with every known value put in
        std::vector<Placeholder> unfilled;  // inputs and variables without a value, in order, once each
    };

    // The variables a reply may use, in the order they are documented.
    static const std::vector<QString>& variables();

    static std::vector<Placeholder> placeholders(const QString& body);
    // facts: variable name -> value; an empty value counts as missing.
    static Filled fill(const QString& body, const QHash<QString, QString>& facts);
    // Puts the typed values (keyed by placeholder token) in; the rest stay as they are.
    static QString apply(const QString& text, const QHash<QString, QString>& valuesByToken);
    // Whether the text still holds a placeholder: such a text must not be sent.
    static bool hasPlaceholders(const QString& text) { return !placeholders(text).empty(); }
};

} // namespace agentdesk
