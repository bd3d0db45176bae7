#pragma once

#include "protocol/Enums.h"
#include "protocol/FieldRule.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace agentdesk::protocol {

// Writes a typed record straight into compact JSON text, in the order its fields are declared:
// the same fields and values as JsonWriter, without building a QJsonObject first. Building one
// (a sorted insert per field) and serialising it was a quarter of the server's time per message.
class JsonTextWriter {
public:
    explicit JsonTextWriter(QByteArray& out)
        : m_out(out)
    {
    }

    // An object whose fields are written by `body` (a callable taking this writer).
    template <class Body>
    void object(Body&& body)
    {
        m_out += '{';
        const bool outer = std::exchange(m_first, true);
        std::forward<Body>(body)(*this);
        m_out += '}';
        m_first = outer;
    }

    void field(const char* name, const QString& value, FieldRule)
    {
        key(name);
        string(value);
    }
    // ASCII names that need no escaping: frame types, enum names.
    void field(const char* name, QLatin1String value, FieldRule)
    {
        key(name);
        m_out += '"';
        m_out += value;
        m_out += '"';
    }
    void field(const char* name, qint64 value, FieldRule)
    {
        key(name);
        m_out += QByteArray::number(value);
    }
    void field(const char* name, int value, FieldRule)
    {
        key(name);
        m_out += QByteArray::number(value);
    }
    void field(const char* name, bool value, FieldRule)
    {
        key(name);
        m_out += value ? "true" : "false";
    }

    template <WireEnum E>
    void field(const char* name, E value, FieldRule rule)
    {
        field(name, QLatin1String(EnumNames<E>::names.at(static_cast<size_t>(value))), rule);
    }

    template <class T>
    void field(const char* name, const std::optional<T>& value, FieldRule rule)
    {
        if (value)
            field(name, *value, rule);
    }

    template <class T>
        requires requires(const T& t, JsonTextWriter& w) { T::fields(t, w); }
    void field(const char* name, const T& value, FieldRule)
    {
        key(name);
        record(value);
    }

    void field(const char* name, const std::vector<QString>& values, FieldRule)
    {
        key(name);
        array(values, [this](const QString& value) { string(value); });
    }

    template <class T>
    void field(const char* name, const std::vector<T>& values, FieldRule)
    {
        key(name);
        array(values, [this](const T& value) { record(value); });
    }

    template <class T>
    void record(const T& value)
    {
        object([&value](JsonTextWriter& w) { T::fields(value, w); });
    }

    template <class T>
    static QByteArray toText(const T& record)
    {
        QByteArray out;
        out.reserve(256);
        JsonTextWriter writer(out);
        writer.record(record);
        return out;
    }

private:
    template <class T, class WriteOne>
    void array(const std::vector<T>& values, WriteOne writeOne)
    {
        m_out += '[';
        for (size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            writeOne(values[i]);
        }
        m_out += ']';
    }

    void key(const char* name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }

    // JSON's escapes for the quote, the backslash and control characters; the rest as UTF-8.
    void string(const QString& value)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        const QByteArray utf8 = value.toUtf8();
        m_out += '"';
        const char* run = utf8.constData();
        const char* const end = run + utf8.size();
        for (const char* p = run; p != end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(run, p - run);
            run = p + 1;
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            default:
                m_out += "\\u00";
                m_out += kHex[c >> 4];
                m_out += kHex[c & 0xF];
            }
        }
        m_out.append(run, end - run);
        m_out += '"';
    }

    QByteArray& m_out;
    bool m_first = true;
};

} // namespace agentdesk::protocol
