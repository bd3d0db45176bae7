#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace agentdesk::server {

// Before the QCoreApplication: Qt's own UNIX event dispatcher instead of glib's, unless
// QT_NO_GLIB is set already. Glib's keeps socket notifiers in lists, and every reply enables and
// then disables its socket's write notifier: with 2,500 connections that walk was 12 % of the
// server's time (perf), and the p99 latency at 2,000 msg/s halved without it (bench_routing).
// The relay baseline (bench_relay) makes the same choice, so that the comparison stays fair.
inline void preferUnixEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

} // namespace agentdesk::server
