#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QThread>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include "net/EpollEventDispatcher.h"
#endif

namespace agentdesk::server {

// The server's event loop: on Linux, EpollEventDispatcher; elsewhere, or with
// AGENTDESK_EVENT_DISPATCHER=qt, Qt's UNIX dispatcher rather than glib's (QT_NO_GLIB). Glib's
// keeps socket notifiers in lists that every reply walks twice (12 % of the server's time with
// 2,500 connections); Qt's own hands every socket to poll() on every pass (85 % of the bare
// relay's time at 2,000 msg/s with 2,500 connections); epoll costs what happens, not what is
// connected. The relay baseline and the load threads of bench_routing make the same choice, so
// that the comparison stays fair. Before the QCoreApplication.
inline bool epollChosen()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariable("AGENTDESK_EVENT_DISPATCHER") != QLatin1String("qt");
#else
    return false;
#endif
}

inline void chooseServerEventDispatcher()
{
#ifdef Q_OS_LINUX
    if (epollChosen()) {
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
        return;
    }
#endif
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

// The same for a thread not yet started.
inline void chooseServerEventDispatcher(QThread* thread)
{
#ifdef Q_OS_LINUX
    if (epollChosen())
        thread->setEventDispatcher(new EpollEventDispatcher);
#else
    Q_UNUSED(thread);
#endif
}

} // namespace agentdesk::server
