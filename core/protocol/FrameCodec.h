#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/FrameSpec.h"

#include <QByteArray>

#include <optional>

namespace agentdesk::protocol {

// A decoded frame: the envelope (type, id, seq) and its typed payload.
//
// For the build's sake (see Payload), its copies, moves and destruction are compiled once, in
// FrameCodec.cpp, and a frame of one payload type is made without a Payload temporary (the
// in_place_type constructor).
struct Frame {
    FrameType type = FrameType::Ping;
    QString id;       // requests, and the replies and errors that answer them
    qint64 seq = 0;   // events: the sequence number in the receiver's stream
    Payload payload;

    Frame();
    Frame(FrameType type, QString id, qint64 seq, Payload payload);
    template <class T>
    Frame(std::in_place_type_t<T>, QString id_, qint64 seq_, T payload_)
        : type(T::kType), id(std::move(id_)), seq(seq_), payload(std::in_place_type<T>, std::move(payload_))
    {
    }
    Frame(const Frame& other);
    Frame(Frame&& other) noexcept;
    Frame& operator=(const Frame& other);
    Frame& operator=(Frame&& other) noexcept;
    ~Frame();

    template <class T>
    const T* as() const { return std::get_if<T>(&payload); }
};

enum class DecodeMode {
    ServerReadsRequest,  // strict: requests only, unknown fields rejected
    ClientReadsServer,   // lenient: replies, events and errors; unknown fields ignored
};

struct DecodeResult {
    std::optional<Frame> frame;
    ProtocolError error;
    QString requestId;  // the id, when one could be read, so that an error can answer it
    bool ok() const { return frame.has_value(); }
};

// The only place where frames are turned from and into JSON text.
class FrameCodec {
public:
    static DecodeResult decode(QByteArrayView utf8, DecodeMode mode);
    static QByteArray encode(const Frame& frame);

    template <class T>
    static QByteArray encode(T payload, const QString& id = {}, qint64 seq = 0)
    {
        return encode(Frame(std::in_place_type<T>, id, seq, std::move(payload)));
    }
    static QByteArray encodeError(const QString& id, ErrorCode code, const QString& message);
    // An event encoded without a sequence number, given one: the same text as encoding it with
    // that number (the server numbers a transaction's events just before it commits).
    static QByteArray withSeq(const QByteArray& event, qint64 seq);

    // A stable digest of a request's content (without its id), stored with its idempotency
    // key: a retry must carry the same request. "2:" and the SHA-256 of the request as encode()
    // writes it without its id, which writes the fields in a fixed order.
    static QByteArray fingerprint(const Frame& frame);
    // Whether a stored fingerprint is this request's. A fingerprint without the "2:" is one
    // from before (the digest of a JSON object with sorted keys, which cost five times as much
    // to make): a retry of a request stored then is still recognised.
    static bool hasFingerprint(const Frame& frame, const QByteArray& stored);
};

} // namespace agentdesk::protocol
