#pragma once

#include "protocol/JsonReader.h"
#include "protocol/JsonTextWriter.h"

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace agentdesk::protocol {

// One record (a conversation, a message...) as compact JSON text, for the client's local cache:
// the same field names and validation as on the wire, so a cache written by an older version or
// tampered with is read strictly or not at all.
class RecordCodec {
public:
    template <class T>
    static QByteArray encode(const T& record)
    {
        return JsonTextWriter::toText(record);
    }

    template <class T>
    static std::optional<T> decode(const QByteArray& text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (!doc.isObject())
            return std::nullopt;
        T record{};
        JsonReader reader(doc.object(), false);
        T::fields(record, reader);
        if (!reader.ok())
            return std::nullopt;
        return record;
    }
};

} // namespace agentdesk::protocol
