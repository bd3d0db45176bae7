#include "library/ReplyTemplate.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

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

namespace {

// One pass over the original text: a value that itself looks like a placeholder is never replaced
// again, and the order of the values does not matter.
QString substitute(const QString& text, const std::function<QString(const QString& token)>& valueOf)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString value = valueOf(match.captured(0));
        out += value.isEmpty() ? match.captured(0) : value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

ReplyTemplate::Filled ReplyTemplate::fill(const QString& body, const QHash<QString, QString>& facts)
{
    Filled filled;
    for (Placeholder& p : placeholders(body)) {
        if (p.input || facts.value(p.name).trimmed().isEmpty())
            filled.unfilled.push_back(std::move(p));
    }
    filled.text = substitute(body, [&facts](const QString& token) {
        const QString name = token.mid(1, token.size() - 2);
        return name.startsWith(QLatin1String("input:")) ? QString() : facts.value(name).trimmed();
    });
    return filled;
}

QString ReplyTemplate::apply(const QString& text, const QHash<QString, QString>& valuesByToken)
{
    return substitute(text, [&valuesByToken](const QString& token) { return valuesByToken.value(token).trimmed(); });
}

} // namespace agentdesk
