#include "protocol/FrameCodec.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonTextWriter.h"
#include "protocol/JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace agentdesk::protocol {
namespace {

constexpr qsizetype kMaxIdLength = 64;
constexpr QByteArrayView kFingerprintVersion = "2:";

using Decoder = void (*)(JsonReader&, Payload&);

template <class T>
void decodeAs(JsonReader& reader, Payload& out)
{
    T value{};
    T::fields(value, reader);
    out = std::move(value);
}

template <class... Ts>
constexpr std::array<Decoder, sizeof...(Ts)> makeDecoders(std::type_identity<std::variant<Ts...>>)
{
    return {&decodeAs<Ts>...};
}

template <class... Ts>
constexpr bool alternativesFollowEnum(std::type_identity<std::variant<Ts...>>)
{
    size_t i = 0;
    return ((static_cast<size_t>(Ts::kType) == i++) && ...);
}
static_assert(alternativesFollowEnum(std::type_identity<PayloadVariant>{}),
              "Payload alternatives must follow FrameType order");

constexpr auto kDecoders = makeDecoders(std::type_identity<PayloadVariant>{});

bool expectsId(FrameKind kind) { return kind == FrameKind::Request || kind == FrameKind::Reply; }

DecodeResult failure(ErrorCode code, QString message, QString id = {})
{
    DecodeResult result;
    result.error = {code, std::move(message)};
    result.requestId = std::move(id);
    return result;
}

QJsonObject payloadObject(const Frame& frame)
{
    return std::visit([](const auto& p) { return JsonWriter::toObject(p); }, frame.payload);
}

} // namespace

DecodeResult FrameCodec::decode(QByteArrayView utf8, DecodeMode mode)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(ErrorCode::BadJson, QStringLiteral("not valid JSON: %1 at offset %2")
                                               .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failure(ErrorCode::BadJson, QStringLiteral("a frame must be a JSON object"));
    const QJsonObject object = doc.object();

    QString id;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (idValue.isString() && idValue.toString().size() <= kMaxIdLength)
        id = idValue.toString();

    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (!typeValue.isString())
        return failure(ErrorCode::BadFrame, QStringLiteral("type: required string field is missing"), id);
    const QString typeName = typeValue.toString();
    const FrameSpec* spec = specByName(typeName);
    const bool serverSide = mode == DecodeMode::ServerReadsRequest;
    if (!spec || (serverSide != (spec->kind == FrameKind::Request)))
        return failure(ErrorCode::UnknownType,
                       QStringLiteral("unknown frame type \"%1\"").arg(typeName.left(40)), id);

    Frame frame;
    frame.type = spec->type;
    JsonReader reader(object, serverSide);
    reader.ignoreKey(QLatin1String("type"));
    reader.ignoreKey(QLatin1String("id"));
    if (expectsId(spec->kind) || (spec->kind == FrameKind::Error && object.contains(QLatin1String("id")))) {
        if (!idValue.isString() || idValue.toString().isEmpty() || idValue.toString().size() > kMaxIdLength)
            return failure(ErrorCode::BadFrame,
                           QStringLiteral("id: required string of 1 to %1 characters").arg(kMaxIdLength));
        frame.id = id;
    }
    if (spec->kind == FrameKind::Event) {
        reader.field("seq", frame.seq, rules::kOptionalId);
    }
    kDecoders.at(static_cast<size_t>(spec->type))(reader, frame.payload);
    reader.finish();
    if (!reader.ok())
        return failure(reader.error()->code, QStringLiteral("%1: %2").arg(typeName, reader.error()->message), id);

    DecodeResult result;
    result.frame = std::move(frame);
    result.requestId = id;
    return result;
}

Payload::Payload() = default;
Payload::Payload(const Payload& other) = default;
Payload::Payload(Payload&& other) noexcept = default;
Payload& Payload::operator=(const Payload& other) = default;
Payload& Payload::operator=(Payload&& other) noexcept = default;
Payload::~Payload() = default;

Frame::Frame() = default;
Frame::Frame(FrameType type_, QString id_, qint64 seq_, Payload payload_)
    : type(type_), id(std::move(id_)), seq(seq_), payload(std::move(payload_))
{
}
Frame::Frame(const Frame& other) = default;
Frame::Frame(Frame&& other) noexcept = default;
Frame& Frame::operator=(const Frame& other) = default;
Frame& Frame::operator=(Frame&& other) noexcept = default;
Frame::~Frame() = default;

QByteArray FrameCodec::encode(const Frame& frame)
{
    QByteArray out;
    out.reserve(512);
    JsonTextWriter writer(out);
    writer.object([&frame](JsonTextWriter& w) {
        w.field("type", QLatin1String(specOf(frame.type).name), {});
        if (!frame.id.isEmpty())
            w.field("id", frame.id, {});
        if (frame.seq > 0)
            w.field("seq", frame.seq, {});
        std::visit([&w](const auto& p) { std::decay_t<decltype(p)>::fields(p, w); }, frame.payload);
    });
    return out;
}

QByteArray FrameCodec::withSeq(const QByteArray& event, qint64 seq)
{
    // encode() writes the type first, then the id (none for an event), then the sequence; type
    // names need no escaping, so the name ends at the next quote.
    static constexpr QByteArrayView kTypePrefix = "{\"type\":\"";
    Q_ASSERT(event.startsWith(kTypePrefix));
    const qsizetype nameEnd = event.indexOf('"', kTypePrefix.size());
    Q_ASSERT(nameEnd > 0);
    QByteArray out;
    out.reserve(event.size() + 32);
    out.append(event.constData(), nameEnd + 1);
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out.append(event.constData() + nameEnd + 1, event.size() - nameEnd - 1);
    return out;
}

QByteArray FrameCodec::encodeError(const QString& id, ErrorCode code, const QString& message)
{
    return encode(Error{errorCodeName(code), message}, id);
}

QByteArray FrameCodec::fingerprint(const Frame& frame)
{
    return kFingerprintVersion.toByteArray()
         + QCryptographicHash::hash(encode(Frame{frame.type, {}, 0, frame.payload}), QCryptographicHash::Sha256).toHex();
}

bool FrameCodec::hasFingerprint(const Frame& frame, const QByteArray& stored)
{
    if (stored.startsWith(kFingerprintVersion))
        return stored == fingerprint(frame);
    QJsonObject object = payloadObject(frame);
    object.insert(QLatin1String("type"), QLatin1String(specOf(frame.type).name));
    // QJsonObject keeps keys sorted, so the compact text is canonical.
    return stored == QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

} // namespace agentdesk::protocol
