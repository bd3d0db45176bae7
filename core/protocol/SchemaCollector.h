#pragma once

#include "protocol/Enums.h"
#include "protocol/FieldRule.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace agentdesk::protocol {

// Describes a record's fields ("text: string, required, max 4000") for the protocol document
// and the test that keeps docs/PROTOCOL.md in step with the code.
struct FieldDescription {
    QString name;
    QString type;
    bool required = true;
    QString constraints;
};

class SchemaCollector {
public:
    QList<FieldDescription> take() { return std::move(m_fields); }

    void field(const char* name, const QString&, FieldRule rule);
    void field(const char* name, const qint64&, FieldRule rule);
    void field(const char* name, const int&, FieldRule rule);
    void field(const char* name, const bool&, FieldRule rule);
    void field(const char* name, const std::vector<QString>&, FieldRule rule);

    template <WireEnum E>
    void field(const char* name, const E&, FieldRule rule)
    {
        add(name, enumAlternatives<E>(), rule, {});
    }

    template <class T>
    void field(const char* name, const std::optional<T>& value, FieldRule rule)
    {
        rule.required = false;
        field(name, value.value_or(T{}), rule);
    }

    template <class T>
        requires requires(const T& t, SchemaCollector& c) { T::fields(t, c); }
    void field(const char* name, const T&, FieldRule rule)
    {
        add(name, QString::fromLatin1(T::kName), rule, {});
    }

    template <class T>
    void field(const char* name, const std::vector<T>&, FieldRule rule)
    {
        add(name, QString::fromLatin1(T::kName) + QStringLiteral("[]"), rule,
            QStringLiteral("at most %1").arg(rule.maxItems));
    }

    template <class T>
    static QList<FieldDescription> describe()
    {
        SchemaCollector collector;
        const T sample{};
        T::fields(sample, collector);
        return collector.take();
    }

private:
    void add(const char* name, const QString& type, FieldRule rule, const QString& constraints);

    QList<FieldDescription> m_fields;
};

} // namespace agentdesk::protocol
