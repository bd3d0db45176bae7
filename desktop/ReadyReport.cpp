#include "ReadyReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace agentdesk::desktop {

namespace {
class PaintWatch : public QObject {
public:
    PaintWatch(QWidget& widget, std::function<bool()> ready, const QElapsedTimer& sinceStart)
        : QObject(&widget)
        , m_ready(std::move(ready))
        , m_sinceStart(sinceStart)
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_ready()) {
            watched->removeEventFilter(this);
            // Queued: the paint being delivered finishes (and reaches the screen) first.
            QTimer::singleShot(0, this, [this] {
                std::printf("ready %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    const QElapsedTimer& m_sinceStart;
};
} // namespace

void reportReadyWhenPainted(QWidget& widget, std::function<bool()> ready, const QElapsedTimer& sinceStart)
{
    new PaintWatch(widget, std::move(ready), sinceStart);
}

} // namespace agentdesk::desktop
