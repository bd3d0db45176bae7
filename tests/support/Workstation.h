#pragma once

#include "cache/LocalCache.h"
#include "sync/SyncEngine.h"

#include <QUrl>

namespace agentdesk::test {

// The workstation's own sync engine on a cache file of its own, as agent `user` with the demo
// password: open() the cache, then engine.start().
struct Workstation {
    Workstation(const QUrl& staffUrl, const QString& cacheFile, const QString& user = QStringLiteral("agent1"))
        : cache(cacheFile, staffUrl.toString(), user)
        , engine(cache, {staffUrl, user, QStringLiteral("demo1234")})
    {
    }
    bool open(QString* error) { return cache.open(error); }

    app::LocalCache cache;
    app::SyncEngine engine;
};

} // namespace agentdesk::test
