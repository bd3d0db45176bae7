// The baseline of bench_client_start: an empty QMainWindow started the way agentdesk is, reporting
// like agentdesk under AGENTDESK_REPORT_READY: once it has painted, "ready <ms since main()>" on
// stdout, then it quits.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& sinceStart)
        : m_sinceStart(sinceStart)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued, as agentdesk does: the paint being delivered finishes first.
            QTimer::singleShot(0, this, [this] {
                std::printf("ready %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer& m_sinceStart;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1440, 900);  // agentdesk's size
    FirstPaint watch(sinceStart);
    window.installEventFilter(&watch);
    window.show();
    return QApplication::exec();
}
