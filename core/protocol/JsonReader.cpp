#include "protocol/JsonReader.h"

#include <algorithm>
#include <cmath>

namespace agentdesk::protocol {
namespace {

const char* typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return "a boolean";
    case QJsonValue::Double: return "a number";
    case QJsonValue::String: return "a string";
    case QJsonValue::Array: return "an array";
    case QJsonValue::Object: return "an object";
    case QJsonValue::Undefined: break;
    }
    return "nothing";
}

bool isIdempotencyKeyChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

} // namespace

JsonReader::JsonReader(const QJsonObject& object, bool strict, QString path)
    : m_object(object)
    , m_strict(strict)
    , m_path(std::move(path))
{
}

void JsonReader::fail(const QString& message)
{
    if (!m_error)
        m_error = ProtocolError{ErrorCode::BadFrame, message};
}

QString JsonReader::pathOf(const char* name) const
{
    return m_path + QLatin1String(name);
}

QString JsonReader::itemPath(const char* name, qsizetype index) const
{
    return pathOf(name) + QStringLiteral("[%1]").arg(index);
}

void JsonReader::failType(const QString& where, const char* expected, const QJsonValue& got)
{
    fail(QStringLiteral("%1: expected %2, got %3")
             .arg(where, QLatin1String(expected), QLatin1String(typeName(got))));
}

const QJsonValue* JsonReader::lookup(const char* name, FieldRule rule, QJsonValue& storage)
{
    const QLatin1String key(name);
    if (m_strict)
        m_declared.push_back(key);
    if (!ok())
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (rule.required)
            fail(m_path + key + QStringLiteral(": required field is missing"));
        return nullptr;
    }
    ++m_known;
    storage = it.value();
    return &storage;
}

bool JsonReader::readString(const char* name, QString& out, FieldRule rule)
{
    QJsonValue storage;
    const QJsonValue* value = lookup(name, rule, storage);
    if (!value)
        return ok();
    if (!value->isString()) {
        failType(pathOf(name), "a string", *value);
        return false;
    }
    QString text = value->toString();
    if (text.size() > rule.maxLength) {
        fail(pathOf(name) + QStringLiteral(": longer than %1 characters").arg(rule.maxLength));
        return false;
    }
    if (rule.nonEmpty && text.trimmed().isEmpty()) {
        fail(pathOf(name) + QStringLiteral(": must not be empty"));
        return false;
    }
    if (rule.idempotencyKey) {
        if (text.size() < 8 || !std::all_of(text.cbegin(), text.cend(), isIdempotencyKeyChar)) {
            fail(pathOf(name) + QStringLiteral(": an idempotency key is 8 to 64 characters of A-Z a-z 0-9 - _"));
            return false;
        }
    }
    out = std::move(text);
    return true;
}

void JsonReader::field(const char* name, QString& out, FieldRule rule)
{
    readString(name, out, rule);
}

void JsonReader::field(const char* name, qint64& out, FieldRule rule)
{
    QJsonValue storage;
    const QJsonValue* value = lookup(name, rule, storage);
    if (!value)
        return;
    if (!value->isDouble()) {
        failType(pathOf(name), "an integer", *value);
        return;
    }
    const double d = value->toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(pathOf(name) + QStringLiteral(": expected an integer, got %1").arg(d));
        return;
    }
    if (d < double(rule.min) || d > double(rule.max)) {
        fail(pathOf(name) + QStringLiteral(": %1 is out of range [%2, %3]").arg(d, 0, 'f', 0).arg(rule.min).arg(rule.max));
        return;
    }
    out = qint64(d);
}

void JsonReader::field(const char* name, int& out, FieldRule rule)
{
    rule.max = std::min<qint64>(rule.max, std::numeric_limits<int>::max());
    rule.min = std::max<qint64>(rule.min, std::numeric_limits<int>::min());
    qint64 wide = out;
    field(name, wide, rule);
    if (ok())
        out = int(wide);
}

void JsonReader::field(const char* name, bool& out, FieldRule rule)
{
    QJsonValue storage;
    const QJsonValue* value = lookup(name, rule, storage);
    if (!value)
        return;
    if (!value->isBool()) {
        failType(m_path + QLatin1String(name), "a boolean", *value);
        return;
    }
    out = value->toBool();
}

bool JsonReader::readObject(const char* name, QJsonObject& out, FieldRule rule)
{
    QJsonValue storage;
    const QJsonValue* value = lookup(name, rule, storage);
    if (!value)
        return false;
    if (!value->isObject()) {
        failType(m_path + QLatin1String(name), "an object", *value);
        return false;
    }
    out = value->toObject();
    return true;
}

bool JsonReader::readArray(const char* name, QJsonArray& out, FieldRule rule)
{
    QJsonValue storage;
    const QJsonValue* value = lookup(name, rule, storage);
    if (!value)
        return false;
    if (!value->isArray()) {
        failType(pathOf(name), "an array", *value);
        return false;
    }
    out = value->toArray();
    if (out.size() > rule.maxItems) {
        fail(pathOf(name) + QStringLiteral(": more than %1 items").arg(rule.maxItems));
        return false;
    }
    return true;
}

void JsonReader::field(const char* name, std::vector<QString>& out, FieldRule rule)
{
    QJsonArray array;
    if (!readArray(name, array, rule))
        return;
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            failType(itemPath(name, i), "a string", item);
            return;
        }
        if (item.toString().size() > rule.maxLength) {
            fail(itemPath(name, i) + QStringLiteral(": longer than %1 characters").arg(rule.maxLength));
            return;
        }
        out.push_back(item.toString());
    }
}

void JsonReader::finish()
{
    if (!ok() || !m_strict || m_known == m_object.size())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(m_declared.begin(), m_declared.end(), it.key()) == m_declared.end()) {
            fail(m_path + it.key().left(60) + QStringLiteral(": unknown field"));
            return;
        }
    }
}

} // namespace agentdesk::protocol
