#include "SandboxMain.h"

#include "EmbeddedSandbox.h"
#include "MainWindow.h"
#include "SandboxLauncher.h"
#include "SandboxReplayDialog.h"
#include "SandboxReportDialog.h"
#include "ScenarioPickerDialog.h"
#include "Screenshot.h"
#include "log/Logging.h"
#include "sandbox/SandboxResultFolder.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>

namespace agentdesk::desktop {

QString sandboxLanguage(const app::WorkspaceSettings& settings)
{
    const QString ui = settings.language();
    if (!ui.isEmpty())
        return ui.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::vector<ui::ScenarioPickerDialog::Entry> shippedScenarios(const QString& language)
{
    std::vector<ui::ScenarioPickerDialog::Entry> entries;
    for (const QString& id : EmbeddedSandbox::shippedIds()) {
        QString error;
        const auto s = EmbeddedSandbox::find(id, &error);
        if (!s)
            continue;
        int best = -1;
        for (const sandbox::SandboxResult& r : app::SandboxResultFolder::attempts(app::SandboxResultFolder::defaultFolder(), id))
            best = std::max(best, r.score.total());
        entries.push_back({id, s->title.in(language), s->difficulty, s->brief.in(language), best, s->expert.in(language)});
    }
    return entries;
}

namespace {

QString chooseScenario(const QString& language)
{
    ui::ScenarioPickerDialog picker(shippedScenarios(language));
    return picker.exec() == QDialog::Accepted ? picker.chosen() : QString();
}

QString withSuffix(const QString& file, const QString& suffix)
{
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    return dot > file.lastIndexOf(QLatin1Char('/')) ? file.left(dot) + suffix + file.mid(dot) : file + suffix;
}
} // namespace

int replayAttempt(const QString& file)
{
    QFile in(file);
    QString error;
    std::optional<sandbox::SandboxResult> result;
    if (!in.open(QIODevice::ReadOnly))
        error = in.errorString();
    else if (in.size() > 4 * 1024 * 1024)
        error = QObject::tr("the file is larger than 4 MiB");
    else
        result = sandbox::SandboxResult::fromJson(in.readAll(), &error);
    if (!result) {
        std::fprintf(stderr, "agentdesk: %s: %s\n", qPrintable(file), qPrintable(error));
        return 2;
    }
    ui::SandboxReplayDialog dialog(*result);
    return dialog.exec() >= 0 ? 0 : 1;
}

int runSandbox(const SandboxArgs& args, app::WorkspaceSettings& settings)
{
    const QString language = sandboxLanguage(settings);
    QString id = args.scenario;
    if (id.isEmpty()) {
        if (!args.screenshot.isEmpty()) {
            std::fprintf(stderr, "agentdesk: --screenshot with --sandbox needs a scenario: one of %s\n",
                         qPrintable(EmbeddedSandbox::shippedIds().join(QStringLiteral(", "))));
            return 2;
        }
        id = chooseScenario(language);
        if (id.isEmpty())
            return 0;
    }
    QString error;
    const auto scenario = EmbeddedSandbox::find(id, &error);
    if (!scenario) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
        if (args.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("AgentDesk"), error);
        return 2;
    }
    EmbeddedSandbox sandbox;
    initLogging({QStringLiteral("agentdesk-sandbox"), QDir(sandbox.directory()).filePath(QStringLiteral("logs")), args.verbose, true});
    if (!sandbox.start(*scenario, language, &error)) {
        std::fprintf(stderr, "agentdesk: the sandbox could not start: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("AgentDesk"), QObject::tr("The sandbox could not start: %1").arg(error));
        return 1;
    }
    app::WorkspaceSession session({sandbox.staffUrl(), QStringLiteral("trainee"), QLatin1String(EmbeddedSandbox::kPassword)},
                                  QDir(sandbox.directory()).filePath(QStringLiteral("cache.sqlite")), QStringLiteral("sandbox"));
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("AgentDesk"), error);
        return 1;
    }
    // The window's settings are the user's, copied: what is changed in a sandbox stays there.
    app::WorkspaceSettings sandboxSettings(QDir(sandbox.directory()).filePath(QStringLiteral("settings.ini")));
    sandboxSettings.setLanguage(settings.language());
    sandboxSettings.setDesktopNotifications(settings.desktopNotifications());
    sandboxSettings.setSound(settings.sound());
    ui::MainWindow window(session, sandboxSettings);
    window.setWindowTitle(QObject::tr("AgentDesk — training sandbox"));
    if (auto* training = window.findChild<QWidget*>(QStringLiteral("sandboxButton")))
        training->hide();  // already training
    window.resize(1440, 900);
    SandboxLauncher launcher(sandbox, session, window, language);
    // Pictures and demonstrations are not the trainee's attempts, for this machine or a server.
    if (!args.screenshot.isEmpty() || args.autoplay)
        launcher.setResultsFolder(QDir(sandbox.directory()).filePath(QStringLiteral("results")));
    else
        launcher.setOutbox(args.trainingOutbox);
    launcher.setAutoplay(args.autoplay, args.screenshot.isEmpty() ? 1.0 : 6.0);
    session.start();
    if (args.screenshot.isEmpty()) {
        window.show();
        return QApplication::exec();
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    const QString reportFile = withSuffix(args.screenshot, QStringLiteral("-report"));
    takeScreenshotWhen(
        window, args.screenshot, 120'000, "sandbox",
        [&](qint64 elapsed) {
            const app::SandboxCustomer* customer = launcher.customer();
            const qint64 conversation = customer ? customer->conversationId() : 0;
            if (conversation == 0)
                return false;
            if (session.current() != conversation) {
                session.select(conversation);  // the picture shows the conversation open
                return false;
            }
            // Without autoplay: the customer has written and the chat shows it; with it: the report.
            return args.autoplay ? launcher.report() != nullptr : session.messages()->rowCount() >= 1 && elapsed > 3000;
        },
        [&] {
            if (ui::SandboxReportDialog* report = launcher.report()) {
                const bool saved = report->grab().save(reportFile, "PNG");
                std::fprintf(saved ? stdout : stderr, saved ? "report written to %s\n" : "cannot write %s\n", qPrintable(reportFile));
            }
        });
    return QApplication::exec();
}

} // namespace agentdesk::desktop
