#include "Screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace agentdesk::desktop {

void takeScreenshotWhen(QWidget& window, const QString& file, int limitMs, const char* what,
                        std::function<bool(qint64 elapsedMs)> ready, std::function<void()> extra)
{
    auto* poll = new QTimer(&window);
    auto* elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, &window,
                     [&window, file, limitMs, what, ready = std::move(ready), extra = std::move(extra), poll, elapsed] {
        const bool done = ready(elapsed->elapsed());
        if (!done && elapsed->elapsed() < limitMs)
            return;
        poll->stop();
        delete elapsed;
        if (!done)
            std::fprintf(stderr, "agentdesk: the %s did not fill within %d s; the screenshot shows it as it is\n", what, limitMs / 1000);
        const bool saved = window.grab().save(file, "PNG");
        std::fprintf(saved ? stdout : stderr, saved ? "screenshot written to %s\n" : "cannot write %s\n", qPrintable(file));
        if (extra)
            extra();
        QCoreApplication::exit(!saved ? 1 : done ? 0 : 3);
    });
    poll->start(200);
}

} // namespace agentdesk::desktop
