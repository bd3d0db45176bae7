#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace agentdesk::desktop {

// --screenshot: polls `ready` (given the ms since the start) until it holds or `limitMs` has
// passed, then renders the window into a PNG and quits (3: it did not fill in time). `extra`, when
// given, is called just before quitting (more pictures).
void takeScreenshotWhen(QWidget& window, const QString& file, int limitMs, const char* what,
                        std::function<bool(qint64 elapsedMs)> ready, std::function<void()> extra = {});

} // namespace agentdesk::desktop
