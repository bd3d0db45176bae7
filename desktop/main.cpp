// agentdesk: the agent workspace. With no server configured it runs the embedded demo.

#include "EmbeddedDemo.h"
#include "ReadyReport.h"
#include "SandboxMain.h"
#include "Screenshot.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TrainingDialog.h"
#include "cache/LocalCache.h"
#include "log/Logging.h"
#include "policy/SupervisorAccess.h"
#include "supervisor/FloorFigures.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>

using namespace agentdesk;

namespace {

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("agentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// The workspace: conversations with messages and a customer profile on screen.
void takeScreenshotWhenReady(ui::MainWindow& window, app::WorkspaceSession& session, const QString& file)
{
    desktop::takeScreenshotWhen(window, file, 30'000, "workspace", [&window, &session](qint64 elapsed) {
        // Give the simulated customers a few seconds to fill the list, as a user would see it.
        const bool listed = session.conversations()->rowCount() >= 4 && elapsed > 6000;
        if (listed && session.current() == 0)
            window.selectRow(0);
        return listed && session.current() != 0 && session.profile().has_value() && session.messages()->rowCount() >= 2;
    });
}

// The supervisor view: a queue and conversations served (and, with a short SLA, a breach).
// The training window once what it shows has arrived: a coach's trainee with assignments and
// results, a trainee's own (or after a while without).
void takeTrainingScreenshotWhenReady(ui::TrainingDialog& dialog, const QString& file)
{
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.resize(1240, 720);
    dialog.show();
    desktop::takeScreenshotWhen(dialog, file, 30'000, "training", [&dialog](qint64 elapsed) {
        const bool filled = dialog.trainees()->isVisible()
                                ? dialog.theirResults()->topLevelItemCount() > 0 && dialog.theirAssignments()->topLevelItemCount() > 0
                                : dialog.myResults()->topLevelItemCount() > 0 && dialog.myAssignments()->topLevelItemCount() > 0;
        return (filled && dialog.status().isEmpty()) || elapsed > 15'000;
    });
}

void takeFloorScreenshotWhenReady(ui::MainWindow& window, app::WorkspaceSession& session, const QString& file)
{
    // A breach is shown once the view has ticked past it too (it ticks every second).
    auto breachSeenAt = std::make_shared<qint64>(0);
    desktop::takeScreenshotWhen(window, file, 45'000, "floor", [&session, breachSeenAt](qint64 elapsed) {
        const auto& floor = session.floor()->floor();
        const FloorFigures figures = floor ? FloorFigures::of(*floor, session.floor()->serverNow()) : FloorFigures{};
        if (figures.breaches > 0 && *breachSeenAt == 0)
            *breachSeenAt = elapsed;
        const bool breachShown = *breachSeenAt > 0 && elapsed - *breachSeenAt > 1200;
        return floor && elapsed > 8000 && figures.waiting >= 2 && figures.active >= 2 && (breachShown || elapsed > 35'000);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;  // for AGENTDESK_REPORT_READY
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationName(QStringLiteral("agentdesk"));
    QApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("agentdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "AgentDesk agent workspace. Without --server (or a saved server) it starts an embedded demo: the AgentDesk "
        "server with a demo shop and simulated customers, and signs you in as agent1. --sandbox [SCENARIO] trains "
        "with a scripted customer instead."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("Connect to this AgentDesk server's staff endpoint, e.g. ws://host:8600/v1/staff (saved for next time)."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("User name for --server; in the embedded demo, the demo user to be (default agent1; lead1 sees the "
                       "reply library's figures)."),
        QStringLiteral("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Run the embedded demo even if a server is saved."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render the window at 1440x900 into FILE (PNG) once the data has loaded, then exit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("User-interface language: zh_CN or en (default: the system's; saved)."), QStringLiteral("LANG"));
    const QCommandLineOption view(QStringLiteral("view"),
        QStringLiteral("Open this view: workspace (default), supervisor (team leads; in the embedded demo the user becomes "
                       "lead1 and more customers arrive than the agents can take) or training (assignments and results; "
                       "in the embedded demo the user becomes trainer1)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption sla(QStringLiteral("sla-seconds"),
        QStringLiteral("Embedded demo: how long a customer may wait for an answer before it counts as an SLA breach "
                       "(default 180)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log debug messages."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QStringLiteral("Train in the sandbox: serve the scripted customer of SCENARIO (a shipped scenario's id such as "
                       "hesitant-buyer, or a scenario file; without one, choose from a list) on a throw-away shop of "
                       "its own. Never connects to a server."));
    const QCommandLineOption autoplay(QStringLiteral("autoplay"),
        QStringLiteral("With --sandbox: watch an expert's way through the scenario, played in the workspace."));
    const QCommandLineOption replay(QStringLiteral("replay"),
        QStringLiteral("Replay a sandbox attempt exported from its report (a trainee's JSON file), step by step."),
        QStringLiteral("FILE"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
        QStringLiteral("With a wss:// server: also trust the CA certificates in FILE (PEM), e.g. the company's own "
                       "(saved). A certificate that does not verify is refused; there is no fallback to ws://."),
        QStringLiteral("FILE"));
    const QCommandLineOption trainingOutbox(QStringLiteral("training-outbox"),
        QStringLiteral("With --sandbox: also put each finished attempt into DIR, from where the workspace that started the "
                       "sandbox submits it to its server for the trainee's coaches."),
        QStringLiteral("DIR"));
    parser.addOptions({server, user, demo, screenshot, language, view, sla, verbose, sandbox, autoplay, replay, trainingOutbox, caCert});
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("With --sandbox: the scenario."),
                                 QStringLiteral("[SCENARIO]"));
    parser.process(app);
    if (!parser.isSet(sandbox)
        && (parser.isSet(autoplay) || parser.isSet(trainingOutbox) || !parser.positionalArguments().isEmpty())) {
        std::fprintf(stderr, "agentdesk: a scenario, --autoplay and --training-outbox go with --sandbox\n");
        return 2;
    }
    if (parser.isSet(trainingOutbox) && (parser.isSet(autoplay) || parser.isSet(screenshot))) {
        std::fprintf(stderr, "agentdesk: --training-outbox is for a trainee's attempts, not --autoplay or --screenshot\n");
        return 2;
    }
    if (parser.isSet(sandbox) && (parser.isSet(server) || parser.isSet(demo) || parser.isSet(view) || parser.isSet(user))) {
        std::fprintf(stderr, "agentdesk: --sandbox runs on its own throw-away shop: no --server, --demo, --view or --user\n");
        return 2;
    }

    app::WorkspaceSettings settings;
    if (parser.isSet(language)) {
        const QString lang = parser.value(language);
        if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
            std::fprintf(stderr, "agentdesk: --language expects zh_CN or en\n");
            return 2;
        }
        settings.setLanguage(lang);
    }
    const QString viewName = parser.value(view);
    if (!viewName.isEmpty() && viewName != QLatin1String("workspace") && viewName != QLatin1String("supervisor")
        && viewName != QLatin1String("training")) {
        std::fprintf(stderr, "agentdesk: --view expects workspace, supervisor or training\n");
        return 2;
    }
    const bool supervisorView = viewName == QLatin1String("supervisor");
    const bool trainingView = viewName == QLatin1String("training");
    desktop::EmbeddedDemo::Load load;
    load.customerIntervalMs = parser.isSet(screenshot) ? 300 : 4000;
    if (supervisorView) {
        load.customerIntervalMs = parser.isSet(screenshot) ? 300 : 1500;
        load.concurrentCustomers = 40;
    }
    if (parser.isSet(sla)) {
        bool ok = false;
        load.slaSeconds = parser.value(sla).toInt(&ok);
        if (!ok || load.slaSeconds < 1 || load.slaSeconds > 24 * 3600) {
            std::fprintf(stderr, "agentdesk: --sla-seconds expects a whole number from 1 to 86400\n");
            return 2;
        }
    }
    installTranslations(app, settings.language());
    load.language = desktop::sandboxLanguage(settings);
    if (parser.isSet(replay))
        return desktop::replayAttempt(parser.value(replay));
    if (parser.isSet(sandbox)) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1) {
            std::fprintf(stderr, "agentdesk: --sandbox takes one scenario\n");
            return 2;
        }
        // Logs and all else of a sandbox stay in its own folder.
        return desktop::runSandbox({positional.value(0), parser.isSet(autoplay), parser.value(screenshot), parser.isSet(verbose),
                                    parser.value(trainingOutbox)},
                                   settings);
    }
    initLogging({QStringLiteral("agentdesk"),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")),
                 parser.isSet(verbose), true});

    QString serverUrl = parser.isSet(server) ? parser.value(server) : settings.serverUrl();
    if (parser.isSet(demo) || (parser.isSet(screenshot) && !parser.isSet(server)))
        serverUrl.clear();
    std::unique_ptr<desktop::EmbeddedDemo> embedded;
    QList<QSslCertificate> authorities;  // a wss:// server's CAs besides the system's
    app::SyncEngine::Credentials credentials;
    QString cachePath;
    QString cacheIdentity;
    if (serverUrl.isEmpty()) {
        embedded = std::make_unique<desktop::EmbeddedDemo>();
        QString error;
        if (!embedded->start(load, &error)) {
            QMessageBox::critical(nullptr, QObject::tr("AgentDesk"), QObject::tr("The demo server could not start: %1").arg(error));
            return 1;
        }
        const QString demoUser = parser.isSet(user) ? parser.value(user)
                                 : supervisorView      ? QLatin1String(desktop::EmbeddedDemo::kLead)
                                 : trainingView        ? QLatin1String(desktop::EmbeddedDemo::kTrainer)
                                                       : QLatin1String(desktop::EmbeddedDemo::kUser);
        credentials = {embedded->staffUrl(), demoUser, QLatin1String(desktop::EmbeddedDemo::kPassword)};
        cachePath = QDir(embedded->directory()).filePath(QStringLiteral("cache.sqlite"));
        cacheIdentity = QStringLiteral("embedded-demo");
    } else {
        const QUrl url(serverUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
            std::fprintf(stderr, "agentdesk: --server expects ws://HOST:PORT/v1/staff or wss://...\n");
            return 2;
        }
        settings.setServerUrl(serverUrl);
        if (parser.isSet(caCert))
            settings.setCaCertificate(parser.value(caCert));
        if (!settings.caCertificate().isEmpty()) {
            authorities = QSslCertificate::fromPath(settings.caCertificate(), QSsl::Pem);
            if (authorities.isEmpty()) {
                std::fprintf(stderr, "agentdesk: --ca-cert: no PEM certificate could be read from %s\n",
                             qPrintable(settings.caCertificate()));
                return 2;
            }
        }
        QString userName = parser.isSet(user) ? parser.value(user) : settings.user();
        // Scripted starts (bench_client_start) give the password in AGENTDESK_PASSWORD instead of
        // typing it into the dialog.
        QString password = qEnvironmentVariable("AGENTDESK_PASSWORD");
        if (password.isEmpty() || userName.isEmpty()) {
            ui::LoginDialog login(serverUrl, userName);
            if (login.exec() != QDialog::Accepted)
                return 0;
            userName = login.user();
            password = login.password();
        }
        settings.setUser(userName);
        credentials = {url, userName, password};
        cachePath = app::LocalCache::defaultPath(serverUrl, userName);
        cacheIdentity = serverUrl;
    }

    app::WorkspaceSession session(credentials, cachePath, cacheIdentity);
    session.engine().setCaCertificates(authorities);
    QString error;
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("AgentDesk"), error);
        return 1;
    }
    ui::MainWindow window(session, settings);
    QPointer<ui::TrainingDialog> training;
    auto openTraining = [&window, &session, &settings, &training] {
        if (!training) {
            training = new ui::TrainingDialog(*session.training(), desktop::shippedScenarios(desktop::sandboxLanguage(settings)), &window);
            training->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(training, &ui::TrainingDialog::startRequested, &window, [&window, &session](const QString& scenario) {
                // A process of its own: the sandbox shares nothing with this session or its server;
                // only its finished attempts come back, through the outbox, for this session to submit.
                QStringList args{QStringLiteral("--sandbox"), QStringLiteral("--training-outbox"), session.training()->outbox()};
                if (!scenario.isEmpty())
                    args << scenario;
                if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
                    QMessageBox::warning(&window, QObject::tr("AgentDesk"), QObject::tr("The training sandbox could not be started."));
            });
        }
        training->show();
        training->raise();
    };
    QObject::connect(&window, &ui::MainWindow::trainingRequested, &window, openTraining);
    if (embedded) {
        QObject::connect(embedded.get(), &desktop::EmbeddedDemo::trainingSeeded, &window, [&training, &session] {
            session.training()->refreshMine();
            if (training)
                training->refresh();
        });
    }
    if (embedded)
        window.setWindowTitle(QObject::tr("AgentDesk — demo shop (embedded server)"));
    window.resize(1440, 900);
    if (!session.cacheNotice().isEmpty())
        QMessageBox::warning(&window, QObject::tr("AgentDesk"), session.cacheNotice());
    if (supervisorView) {
        // Once: a lead who switched to the workspace stays there after a reconnect.
        QObject::connect(&session, &app::WorkspaceSession::signedIn, &window, [&window, &session] {
            if (SupervisorAccess::supervises(session.me()))
                window.showFloor(true);
            else
                std::fprintf(stderr, "agentdesk: the supervisor view is for team leads and admins\n");
        }, Qt::SingleShotConnection);
    }
    if (trainingView) {
        QObject::connect(&session, &app::WorkspaceSession::signedIn, &window, [&] {
            openTraining();
            if (parser.isSet(screenshot))
                takeTrainingScreenshotWhenReady(*training, parser.value(screenshot));
        }, Qt::SingleShotConnection);
    }
    session.start();
    if (parser.isSet(screenshot)) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        // With the training view, the dialog is the picture, once signed in.
        if (supervisorView)
            takeFloorScreenshotWhenReady(window, session, parser.value(screenshot));
        else if (!trainingView)
            takeScreenshotWhenReady(window, session, parser.value(screenshot));
    } else {
        if (qEnvironmentVariableIsSet("AGENTDESK_REPORT_READY")) {
            // Ready: the conversation list painted with the cached conversations in it.
            auto* list = window.findChild<QListView*>(QStringLiteral("conversationList"));
            desktop::reportReadyWhenPainted(*list->viewport(), [list] { return list->model() && list->model()->rowCount() > 0; },
                                            sinceStart);
        }
        window.show();
    }
    return QApplication::exec();
}
