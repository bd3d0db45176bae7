#pragma once

#include "protocol/Enums.h"
#include "protocol/ErrorCode.h"
#include "protocol/FieldRule.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace agentdesk::protocol {

class JsonReader;

// A record is a struct with `template <class S, class V> static void fields(S&, V&)` that names
// each field once for the reader, the writer and the schema collector.
template <class T>
concept Record = requires(T& t, JsonReader& r) { T::fields(t, r); };

// Reads a JSON object into a typed record, field by field, and keeps the first precise error
// ("conversation.messages[2].text: expected a string, got a number"). In strict mode a field the
// record does not declare is an error too; lenient mode (the client reading a newer server)
// ignores it.
class JsonReader {
public:
    JsonReader(const QJsonObject& object, bool strict, QString path = {});

    bool ok() const { return !m_error.has_value(); }
    const std::optional<ProtocolError>& error() const { return m_error; }

    // Keys handled outside the record (the envelope's type, id, seq).
    void ignoreKey(QLatin1String key) { declare(key); }
    // After all fields: reports undeclared keys in strict mode.
    void finish();

    void field(const char* name, QString& out, FieldRule rule);
    void field(const char* name, qint64& out, FieldRule rule);
    void field(const char* name, int& out, FieldRule rule);
    void field(const char* name, bool& out, FieldRule rule);

    template <WireEnum E>
    void field(const char* name, E& out, FieldRule rule)
    {
        QString text;
        if (!readString(name, text, rule) || text.isNull())
            return;
        if (auto value = enumFromName<E>(text))
            out = *value;
        else
            fail(pathOf(name) + QStringLiteral(": expected one of %1, got \"%2\"")
                             .arg(enumAlternatives<E>(), text.left(40)));
    }

    template <class T>
    void field(const char* name, std::optional<T>& out, FieldRule rule)
    {
        if (!ok() || !m_object.contains(QLatin1String(name))) {
            declare(QLatin1String(name));
            return;
        }
        rule.required = true;
        T value{};
        field(name, value, rule);
        if (ok())
            out = std::move(value);
    }

    template <Record T>
    void field(const char* name, T& out, FieldRule rule)
    {
        QJsonObject object;
        if (!readObject(name, object, rule))
            return;
        readRecord(object, out, m_path + QLatin1String(name) + QLatin1Char('.'));
    }

    void field(const char* name, std::vector<QString>& out, FieldRule rule);

    template <Record T>
    void field(const char* name, std::vector<T>& out, FieldRule rule)
    {
        QJsonArray array;
        if (!readArray(name, array, rule))
            return;
        out.clear();
        out.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            if (!array.at(i).isObject()) {
                fail(itemPath(name, i) + QStringLiteral(": expected an object"));
                return;
            }
            T item{};
            readRecord(array.at(i).toObject(), item, itemPath(name, i) + QLatin1Char('.'));
            out.push_back(std::move(item));
        }
    }

private:
    template <class T>
    void readRecord(const QJsonObject& object, T& out, const QString& path)
    {
        JsonReader nested(object, m_strict, path);
        T::fields(out, nested);
        nested.finish();
        if (!nested.ok())
            m_error = nested.m_error;
    }

    // A key the record knows. Unknown keys are found by counting, not by a set of names: reading
    // is on the path of every frame the workstation applies (thousands in a catch-up).
    void declare(QLatin1String key)
    {
        if (m_object.contains(key))
            ++m_known;
        if (m_strict)
            m_declared.push_back(key);
    }
    const QJsonValue* lookup(const char* name, FieldRule rule, QJsonValue& storage);
    bool readString(const char* name, QString& out, FieldRule rule);
    bool readObject(const char* name, QJsonObject& out, FieldRule rule);
    bool readArray(const char* name, QJsonArray& out, FieldRule rule);
    void fail(const QString& message);
    // A field's place in the frame, for its error: built only then, as most fields have none.
    QString pathOf(const char* name) const;
    QString itemPath(const char* name, qsizetype index) const;
    void failType(const QString& where, const char* expected, const QJsonValue& got);

    QJsonObject m_object;
    bool m_strict;
    QString m_path;
    qsizetype m_known = 0;                // keys of the object declared so far
    // Strict mode: to name an unknown key. Inline: a heap vector grew several times a record.
    QVarLengthArray<QLatin1String, 24> m_declared;
    std::optional<ProtocolError> m_error;
};

} // namespace agentdesk::protocol
