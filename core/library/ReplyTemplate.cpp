#include "library/ReplyTemplate.h"

#include <QRegularExpression>

#include <algorithm>

namespace agentdesk {
namespace {

const QRegularExpression& placeholderPattern()
{
    // {input:any label} or {word.word}: braces around anything else are ordinary text.
    static const QRegularExpression pattern(QStringLiteral(R"(\{(input:([^{}\n]{1,40})|([a-z]+\.[a-z_]+))\})"));
    return pattern;
}

} // namespace

const std::vector<QString>& ReplyTemplate::variables()
{
    static const std::vector<QString> names{
        QStringLiteral("customer.name"), QStringLiteral("customer.tier"),  QStringLiteral("order.id"),
        QStringLiteral("order.status"),  QStringLiteral("order.carrier"),  QStringLiteral("order.tracking"),
        QStringLiteral("agent.name"),    QStringLiteral("product.name"),
    };
    return names;
}

std::vector<ReplyTemplate::Placeholder> ReplyTemplate::placeholders(const QString& body)
{
    std::vector<Placeholder> out;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        Placeholder p;
        p.token = match.captured(0);
        p.input = match.capturedLength(2) > 0;
        p.name = p.input ? match.captured(2).trimmed() : match.captured(3);
        if (std::find(out.begin(), out.end(), p) == out.end())
            out.push_back(std::move(p));
    }
    return out;
}

ReplyTemplate::Filled ReplyTemplate::fill(const QString& body, const QHash<QString, QString>& facts)
{
    Filled filled;
    filled.text = body;
    for (Placeholder& p : placeholders(body)) {
        const QString value = p.input ? QString() : facts.value(p.name).trimmed();
        if (value.isEmpty())
            filled.unfilled.push_back(std::move(p));
        else
            filled.text.replace(p.token, value);
    }
    return filled;
}

QString ReplyTemplate::apply(const QString& text, const QHash<QString, QString>& valuesByToken)
{
    QString out = text;
    for (auto it = valuesByToken.begin(); it != valuesByToken.end(); ++it) {
        if (!it.value().trimmed().isEmpty())
            out.replace(it.key(), it.value().trimmed());
    }
    return out;
}

} // namespace agentdesk
