#include "ReadyReport.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace agentdesk::desktop {

namespace {
class PaintWatch : public QObject {
public:
    PaintWatch(QAbstractItemView& view, const QElapsedTimer& sinceStart)
        : QObject(&view)
        , m_view(view)
        , m_sinceStart(sinceStart)
    {
        view.viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_view.model() && m_view.model()->rowCount() > 0) {
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
    QAbstractItemView& m_view;
    const QElapsedTimer& m_sinceStart;
};
} // namespace

void reportReadyWhenPainted(QAbstractItemView& view, const QElapsedTimer& sinceStart)
{
    new PaintWatch(view, sinceStart);
}

} // namespace agentdesk::desktop
