// agentdesk-server's --config file, which administrators edit: any bytes give a configuration or
// a message naming what is wrong, never a crash.

#include "FuzzTarget.h"

#include "ServerOptions.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace agentdesk::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agentdesk-server.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    ServerConfig config;
    QString message;
    const auto result = ServerOptions().parse({QStringLiteral("agentdesk-server"), QStringLiteral("--config"), path}, &config, &message);
    FUZZ_CHECK(result == ServerOptions::Result::Run || result == ServerOptions::Result::ShowHelp
               || result == ServerOptions::Result::ShowVersion || !message.isEmpty());
    return 0;
}
