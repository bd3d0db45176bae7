#pragma once

#include <functional>

class QElapsedTimer;
class QWidget;

namespace agentdesk::desktop {

// AGENTDESK_REPORT_READY (scripted starts, such as bench_client_start and its baseline
// bench_empty_window): at the first paint of `widget` after which `ready()` holds, prints
// "ready <ms since main()>" to stdout and quits with 0.
void reportReadyWhenPainted(QWidget& widget, std::function<bool()> ready, const QElapsedTimer& sinceStart);

} // namespace agentdesk::desktop
