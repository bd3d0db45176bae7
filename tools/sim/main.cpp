// agentdesk-sim: simulated customers (and optionally agents) for demos, training and load.

#include "ScenarioCheck.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated customers for an AgentDesk server: each opens a conversation on a topic (delivery, returns, "
        "charging, price), answers the agent's messages, thanks and leaves. Prints what it sends and receives."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL. Default ws://127.0.0.1:8600."),
                                    QStringLiteral("URL"), QStringLiteral("ws://127.0.0.1:8600"));
    const QCommandLineOption key(QStringLiteral("channel-key"), QStringLiteral("Customer channel key. Default demo-channel-key."),
                                 QStringLiteral("KEY"), QStringLiteral("demo-channel-key"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Customers in all, 0 for no end. Default 20."),
                                       QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Customers at once. Default 10."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("Between two new customers. Default 3000."),
                                      QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption agents(QStringLiteral("agents"),
                                    QStringLiteral("Also run N scripted agents of the demo shop (1 to 6, alternating teams). Default 0."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption leads(QStringLiteral("lead"),
                                   QStringLiteral("Also run a scripted lead with this login, deciding its team's coupon requests "
                                                  "(may be given several times)."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption password(QStringLiteral("agent-password"), QStringLiteral("Password of the scripted agents."),
                                      QStringLiteral("PASSWORD"), QStringLiteral("demo1234"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("zh, en or mix. Default mix."),
                                      QStringLiteral("LANG"), QStringLiteral("mix"));
    const QCommandLineOption turns(QStringLiteral("turns"), QStringLiteral("Follow-up questions per customer. Default 3."),
                                   QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption delay(QStringLiteral("reply-delay-ms"),
                                   QStringLiteral("Typing time range MIN,MAX of customers and scripted agents. Default 1500,5000."),
                                   QStringLiteral("MIN,MAX"), QStringLiteral("1500,5000"));
    const QCommandLineOption duration(QStringLiteral("duration-s"), QStringLiteral("Stop after this many seconds; 0: when done."),
                                      QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed. Default 1."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print only the summary."));
    const QCommandLineOption checkScenario(QStringLiteral("check-scenario"),
                                           QStringLiteral("Check sandbox scenario files (docs/SCENARIOS.md) and exit; "
                                                          "may be given several times."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption play(QStringLiteral("play"),
                                  QStringLiteral("With --check-scenario: play the expert or the poor path against the scripted "
                                                 "customer and print the conversation and the score (--language zh or en)."),
                                  QStringLiteral("expert|poor"));
    parser.addOptions({server, key, customers, concurrency, interval, agents, leads, password, language, turns, delay,
                       duration, seed, quiet, checkScenario, play});
    parser.process(app);
    if (parser.isSet(checkScenario)) {
        const QString lang = parser.isSet(language) ? parser.value(language) : QStringLiteral("en");
        return agentdesk::sim::checkScenarios(parser.values(checkScenario), parser.value(play), lang);
    }

    auto number = [&](const QCommandLineOption& option, int min, int max) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr, "agentdesk-sim: --%s expects a whole number from %d to %d\n",
                         qPrintable(option.names().constFirst()), min, max);
            std::exit(2);
        }
        return value;
    };

    agentdesk::sim::SimulatorOptions options;
    QUrl base(parser.value(server));
    if (!base.isValid() || (base.scheme() != QLatin1String("ws") && base.scheme() != QLatin1String("wss"))) {
        std::fprintf(stderr, "agentdesk-sim: --server expects ws://HOST:PORT or wss://HOST:PORT\n");
        return 2;
    }
    options.settings.customerUrl = base.resolved(QUrl(QStringLiteral("/v1/customer")));
    options.settings.staffUrl = base.resolved(QUrl(QStringLiteral("/v1/staff")));
    options.settings.channelKey = parser.value(key);
    options.settings.turns = number(turns, 0, 100);
    const QStringList range = parser.value(delay).split(QLatin1Char(','));
    if (range.size() != 2 || range[0].toInt() < 0 || range[1].toInt() < range[0].toInt()) {
        std::fprintf(stderr, "agentdesk-sim: --reply-delay-ms expects MIN,MAX with 0 <= MIN <= MAX\n");
        return 2;
    }
    options.settings.minReplyDelayMs = range[0].toInt();
    options.settings.maxReplyDelayMs = range[1].toInt();
    options.settings.quiet = parser.isSet(quiet);
    options.customers = number(customers, 0, 10'000'000);
    options.concurrency = number(concurrency, 1, 100'000);
    options.intervalMs = number(interval, 1, 3'600'000);
    options.agents = number(agents, 0, 6);
    options.leadLogins = parser.values(leads);
    options.agentPassword = parser.value(password);
    options.language = parser.value(language);
    if (options.language != QLatin1String("zh") && options.language != QLatin1String("en") && options.language != QLatin1String("mix")) {
        std::fprintf(stderr, "agentdesk-sim: --language expects zh, en or mix\n");
        return 2;
    }
    options.seed = quint32(number(seed, 0, 1'000'000'000));

    agentdesk::sim::Simulator simulator(options);
    const bool printLines = !options.settings.quiet;
    QObject::connect(&simulator, &agentdesk::sim::Simulator::log, [printLines](const QString& line) {
        if (printLines) {
            std::printf("%s %s\n", qPrintable(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))),
                        qPrintable(line));
            std::fflush(stdout);
        }
    });
    QObject::connect(&simulator, &agentdesk::sim::Simulator::allFinished, &app, &QCoreApplication::quit);
    if (const int seconds = number(duration, 0, 86400 * 365); seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    simulator.start();
    const int rc = QCoreApplication::exec();
    std::printf("%s\n", qPrintable(simulator.summary()));
    return rc;
}
