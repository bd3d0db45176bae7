// The frame decoder, which reads every byte a client or server sends: whatever it is given, it
// returns a frame or an error and never crashes; a frame it accepts encodes and decodes again to
// the same fingerprint, in both directions.

#include "FuzzTarget.h"

#include "protocol/FrameCodec.h"

#include <cstdio>
#include <cstdlib>

using namespace agentdesk::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const DecodeMode mode : {DecodeMode::ServerReadsRequest, DecodeMode::ClientReadsServer}) {
        const DecodeResult decoded = FrameCodec::decode(bytes, mode);
        if (!decoded.ok()) {
            FUZZ_CHECK(!decoded.error.message.isEmpty());
            continue;
        }
        const QByteArray again = FrameCodec::encode(*decoded.frame);
        const DecodeResult redecoded = FrameCodec::decode(again, mode);
        FUZZ_CHECK(redecoded.ok());
        FUZZ_CHECK(FrameCodec::fingerprint(*redecoded.frame) == FrameCodec::fingerprint(*decoded.frame));
    }
    return 0;
}
