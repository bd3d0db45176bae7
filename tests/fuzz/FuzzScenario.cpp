// The sandbox's scenario files, which trainers write by hand: any bytes give a scenario or a
// reason, never a crash.

#include "FuzzTarget.h"

#include "demo/DemoShop.h"
#include "sandbox/ScenarioLoader.h"

#include <cstdio>
#include <cstdlib>

using namespace agentdesk::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QStringList skus = agentdesk::server::DemoShop::skus();  // what the shipped scenarios name
    QString error;
    const auto scenario = ScenarioLoader::parse(json, skus, &error);
    FUZZ_CHECK(scenario.has_value() || !error.isEmpty());
    return 0;
}
