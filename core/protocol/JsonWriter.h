#pragma once

#include "protocol/Enums.h"
#include "protocol/FieldRule.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace agentdesk::protocol {

// Writes a typed record into a JSON object; the mirror of JsonReader.
class JsonWriter {
public:
    QJsonObject take() { return std::move(m_object); }

    void field(const char* name, const QString& value, FieldRule) { put(name, value); }
    void field(const char* name, qint64 value, FieldRule) { put(name, double(value)); }
    void field(const char* name, int value, FieldRule) { put(name, value); }
    void field(const char* name, bool value, FieldRule) { put(name, value); }

    template <WireEnum E>
    void field(const char* name, E value, FieldRule)
    {
        put(name, enumName(value));
    }

    template <class T>
    void field(const char* name, const std::optional<T>& value, FieldRule rule)
    {
        if (value)
            field(name, *value, rule);
    }

    template <class T>
        requires requires(const T& t, JsonWriter& w) { T::fields(t, w); }
    void field(const char* name, const T& value, FieldRule)
    {
        put(name, toObject(value));
    }

    void field(const char* name, const std::vector<QString>& values, FieldRule)
    {
        QJsonArray array;
        for (const QString& v : values)
            array.append(v);
        put(name, array);
    }

    template <class T>
    void field(const char* name, const std::vector<T>& values, FieldRule)
    {
        QJsonArray array;
        for (const T& v : values)
            array.append(toObject(v));
        put(name, array);
    }

    template <class T>
    static QJsonObject toObject(const T& record)
    {
        JsonWriter writer;
        T::fields(record, writer);
        return writer.take();
    }

private:
    void put(const char* name, const QJsonValue& value) { m_object.insert(QLatin1String(name), value); }

    QJsonObject m_object;
};

} // namespace agentdesk::protocol
