#pragma once

#include <cstddef>
#include <cstdint>

// Each fuzz target defines this, as libFuzzer expects. With AGENTDESK_FUZZ (clang) it is linked
// with libFuzzer; otherwise with CorpusMain.cpp, which replays the kept corpus as a plain test.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// A property the fuzzer must not break: abort() shows the input that broke it.
#define FUZZ_CHECK(condition)                                                                          \
    do {                                                                                               \
        if (!(condition)) {                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);   \
            std::abort();                                                                              \
        }                                                                                              \
    } while (false)
