// A sandbox attempt as a trainee's JSON file or a training.submit payload: any bytes give an
// attempt or a reason; an accepted attempt is written and read back unchanged.

#include "FuzzTarget.h"

#include "sandbox/SandboxResult.h"

#include <cstdio>
#include <cstdlib>

using namespace agentdesk::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto result = SandboxResult::fromJson(json, &error);
    if (!result) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QByteArray written = result->toJson(true);
    const auto again = SandboxResult::fromJson(written, &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toJson(true) == written);
    return 0;
}
