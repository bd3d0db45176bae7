// The baseline of bench_client_start: an empty QMainWindow started the way agentdesk is, reporting
// with agentdesk's own code (desktop/ReadyReport): once it has painted, "ready <ms since main()>"
// on stdout, then it quits.

#include "ReadyReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1440, 900);  // agentdesk's size
    agentdesk::desktop::reportReadyWhenPainted(window, [] { return true; }, sinceStart);
    window.show();
    return QApplication::exec();
}
