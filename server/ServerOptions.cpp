#include "ServerOptions.h"

#include "demo/DemoShop.h"
#include "store/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace agentdesk::server {
namespace {

bool parsePositive(const QString& text, qint64 min, qint64 max, qint64* out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

// The value of --config FILE or --config=FILE, if given.
QString configFileIn(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--config") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--config=")))
            return arguments[i].mid(9);
    }
    return {};
}

// The settings of an INI file as the options they stand for: `name = value` is --name=value,
// `name = true` a flag, `name = false` nothing. The keys for checking them against the options.
bool readConfigFile(const QString& path, QStringList* options, QStringList* keys, QString* message)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *message = QStringLiteral("--config: cannot read %1").arg(path);
        return false;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        *message = QStringLiteral("--config: %1 is not a valid settings file (INI: name = value per line)").arg(path);
        return false;
    }
    for (const QString& key : file.allKeys()) {
        const QVariant value = file.value(key);
        // "a, b" reads as a list: the option takes the text as written.
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
        keys->append(key);
        if (text == QLatin1String("false"))
            continue;
        options->append(text == QLatin1String("true") ? QStringLiteral("--%1").arg(key) : QStringLiteral("--%1=%2").arg(key, text));
    }
    return true;
}

// HOST:PORT, [IPv6]:PORT or localhost:PORT; port 0 picks a free one.
bool parseHostPort(const QString& option, const QString& value, QHostAddress* address, quint16* port, QString* message)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    qint64 number = 0;
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !parsePositive(value.mid(colon + 1), 0, 65535, &number)) {
        *message = QStringLiteral("%1: expected HOST:PORT with a port from 0 to 65535, got \"%2\"").arg(option, value);
        return false;
    }
    const QHostAddress parsed = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (parsed.isNull()) {
        *message = QStringLiteral("%1: \"%2\" is not an IP address").arg(option, host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

} // namespace

ServerOptions::Result ServerOptions::parse(const QStringList& givenArguments, ServerConfig* config, QString* message)
{
    // A config file's settings come first, so that the command line overrides them.
    QStringList arguments = givenArguments;
    const QString configFile = configFileIn(givenArguments);
    QStringList fileKeys;
    if (!configFile.isEmpty()) {
        QStringList fileOptions;
        if (!readConfigFile(configFile, &fileOptions, &fileKeys, message))
            return Result::Error;
        arguments = givenArguments.mid(0, 1) + fileOptions + givenArguments.mid(1);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "AgentDesk server: agents and customer channels connect over WebSocket to ws://HOST:PORT/v1/staff and "
        "ws://HOST:PORT/v1/customer (wss:// with --tls-cert and --tls-key; protocol: docs/PROTOCOL.md)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one. Default 127.0.0.1:8600."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("A SQLite database file, created if missing, or a PostgreSQL database: "
                       "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require] (without a password, libpq's "
                       "PGPASSWORD or ~/.pgpass). Default: agentdesk.sqlite in the data directory."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption demo(QStringLiteral("demo-data"),
        QStringLiteral("Load the demo shop into an empty database (staff password \"%1\"; channel key \"%2\" unless "
                       "--channel-key is given).").arg(QLatin1String(DemoShop::kPassword), QLatin1String(DemoShop::kChannelKey)));
    const QCommandLineOption channelKey(QStringLiteral("channel-key"),
        QStringLiteral("Shared secret of the customer channel endpoint (or env AGENTDESK_CHANNEL_KEY). Without one the "
                       "customer endpoint refuses every sign-in."), QStringLiteral("KEY"));
    const QCommandLineOption durability(QStringLiteral("durability"),
        QStringLiteral("full: fsync every commit (default); normal: fsync at checkpoints, safe against crashes of the "
                       "server but not of the machine; off: no fsync (benchmarks only)."), QStringLiteral("MODE"));
    const QCommandLineOption maxFrame(QStringLiteral("max-frame-bytes"),
        QStringLiteral("Largest frame accepted; larger ones close the connection (1009). Default 65536."), QStringLiteral("N"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat-ms"),
        QStringLiteral("Ping interval; a peer silent for two intervals is dropped. Default 25000."), QStringLiteral("MS"));
    const QCommandLineOption authTimeout(QStringLiteral("auth-timeout-ms"),
        QStringLiteral("Time to sign in after connecting. Default 10000."), QStringLiteral("MS"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Frames per second a connection may send, sustained. Default 30."), QStringLiteral("N"));
    const QCommandLineOption burst(QStringLiteral("burst"),
        QStringLiteral("Frames a connection may send at once. Default 60."), QStringLiteral("N"));
    const QCommandLineOption retention(QStringLiteral("event-retention"),
        QStringLiteral("Events kept per stream for resuming clients; older ones need a snapshot. Default 10000."),
        QStringLiteral("N"));
    const QCommandLineOption keyRetention(QStringLiteral("key-retention-hours"),
        QStringLiteral("How long a request's idempotency key is kept: a retry within it gets the first reply, one "
                       "after it runs again. Default 168 (7 days)."),
        QStringLiteral("HOURS"));
    const QCommandLineOption groupWindow(QStringLiteral("group-window-ms"),
        QStringLiteral("How long a message waits for others to be written in the same transaction (group commit). "
                       "Default 0: only with those read at the same time. A few milliseconds make bigger groups, and "
                       "fewer fsyncs, under a moderate load, and add as much to each message's latency."),
        QStringLiteral("MS"));
    const QCommandLineOption conversionWindow(QStringLiteral("conversion-window"),
        QStringLiteral("Hours after a conversation in which a purchase is credited to the replies used. Default 72."),
        QStringLiteral("HOURS"));
    const QCommandLineOption maxAddOns(QStringLiteral("max-addons"),
        QStringLiteral("Add-on recommendations an agent may send per consultation. Default 1."), QStringLiteral("N"));
    const QCommandLineOption shopZone(QStringLiteral("shop-timezone"),
        QStringLiteral("The shop's time zone (IANA name, e.g. Asia/Shanghai): daily coupon limits and budgets start at its "
                       "midnight. Default: this machine's."),
        QStringLiteral("ZONE"));
    const QCommandLineOption fcrWindow(QStringLiteral("fcr-window"),
        QStringLiteral("Hours after a close in which the customer's return means the first contact did not resolve it. "
                       "Default 72."),
        QStringLiteral("HOURS"));
    const QCommandLineOption sla(QStringLiteral("sla-seconds"),
        QStringLiteral("How long a customer may wait for an answer before the supervisor view flags a breach. Default 180."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption logDir(QStringLiteral("log-dir"),
        QStringLiteral("Write a rotating log file there as well as to the console."), QStringLiteral("DIR"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("Serve wss:// with this PEM certificate (the server's first, then its chain); needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("The certificate's unencrypted PEM private key (RSA or EC); needs --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("Read settings from an INI file first: one `name = value` per line, named as these options "
                       "(listen = 0.0.0.0:8600, tls-cert = /etc/agentdesk/server.pem, demo-data = true...); options given "
                       "on the command line override it."),
        QStringLiteral("FILE"));
    const QCommandLineOption opsListen(QStringLiteral("ops-listen"),
        QStringLiteral("Serve health (/healthz), readiness (/readyz) and Prometheus metrics (/metrics) over plain HTTP on "
                       "this HOST:PORT, for the monitoring network only. Default: off."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption logFormat(QStringLiteral("log-format"),
        QStringLiteral("text (default) or json: one JSON object per line (time, level, category, message), on the "
                       "console and in the --log-dir file."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption perAddress(QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections one peer address may hold; more are closed (1008). Raise it behind a NAT or a load "
                       "balancer that hides clients' addresses. Default 1000."),
        QStringLiteral("N"));
    const QCommandLineOption origins(QStringLiteral("allowed-origins"),
        QStringLiteral("Comma-separated browser origins allowed to connect (https://shop.example), or *. Clients that send "
                       "no Origin header (the workstation, server-side channels) always may. Default: no browser."),
        QStringLiteral("LIST"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime-hours"),
        QStringLiteral("How long a sign-in's token keeps working; open sessions end when it expires. Default 168."),
        QStringLiteral("HOURS"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log debug messages."));
    for (const auto* option : {&help, &version, &listen, &db, &demo, &channelKey, &durability, &maxFrame, &heartbeat,
                               &authTimeout, &rate, &burst, &retention, &keyRetention, &groupWindow, &conversionWindow, &maxAddOns, &fcrWindow, &sla, &shopZone, &logDir,
                               &tlsCert, &tlsKey, &opsListen, &logFormat, &perAddress, &origins, &tokenLifetime, &configOption,
                               &verbose}) {
        parser.addOption(*option);
        // A config file holds settings, not requests for help or another config file.
        if (option == &help || option == &version || option == &configOption)
            continue;
        for (const QString& name : option->names())
            fileKeys.removeAll(name);
    }
    if (!fileKeys.isEmpty()) {
        *message = QStringLiteral("--config: %1 has a setting no option has: \"%2\"").arg(configFile, fileKeys.constFirst());
        return Result::Error;
    }
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Result::Error;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }
    if (parser.isSet(help))
        return Result::ShowHelp;
    if (parser.isSet(version))
        return Result::ShowVersion;

    if (parser.isSet(listen) && !parseHostPort(QStringLiteral("--listen"), parser.value(listen), &config->address, &config->port, message))
        return Result::Error;
    if (parser.isSet(opsListen)) {
        quint16 port = 0;
        if (!parseHostPort(QStringLiteral("--ops-listen"), parser.value(opsListen), &config->opsAddress, &port, message))
            return Result::Error;
        config->opsPort = port;
    }
    config->database = parser.isSet(db)
        ? parser.value(db)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("agentdesk.sqlite"));
    if (QString why; !DatabaseLocation::parse(config->database, &why)) {
        *message = QStringLiteral("--db: %1").arg(why);
        return Result::Error;
    }
    config->demoData = parser.isSet(demo);
    config->channelKey = parser.isSet(channelKey) ? parser.value(channelKey) : qEnvironmentVariable("AGENTDESK_CHANNEL_KEY");
    if (config->channelKey.isEmpty() && config->demoData)
        config->channelKey = QLatin1String(DemoShop::kChannelKey);
    if (parser.isSet(durability)) {
        const QString mode = parser.value(durability);
        if (mode == QLatin1String("full"))
            config->durability = Database::Durability::Full;
        else if (mode == QLatin1String("normal"))
            config->durability = Database::Durability::Normal;
        else if (mode == QLatin1String("off"))
            config->durability = Database::Durability::Off;
        else {
            *message = QStringLiteral("--durability: expected full, normal or off, got \"%1\"").arg(mode);
            return Result::Error;
        }
    }
    struct Numeric {
        const QCommandLineOption* option;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const Numeric numerics[] = {
        {&maxFrame, 1024, 16 * 1024 * 1024, [&](qint64 v) { config->maxFrameBytes = v; }},
        {&heartbeat, 100, 3'600'000, [&](qint64 v) { config->heartbeatMs = int(v); }},
        {&authTimeout, 100, 600'000, [&](qint64 v) { config->authTimeoutMs = int(v); }},
        {&rate, 1, 100'000, [&](qint64 v) { config->ratePerSecond = int(v); }},
        {&burst, 1, 100'000, [&](qint64 v) { config->rateBurst = int(v); }},
        {&retention, 10, 100'000'000, [&](qint64 v) { config->eventRetention = v; }},
        {&keyRetention, 1, 24 * 3660, [&](qint64 v) { config->keyRetentionMs = v * 3600 * 1000; }},
        {&groupWindow, 0, 1000, [&](qint64 v) { config->groupWindowMs = int(v); }},
        {&conversionWindow, 1, 24 * 90, [&](qint64 v) { config->conversionWindowHours = int(v); }},
        {&maxAddOns, 0, 10, [&](qint64 v) { config->maxAddOnsPerConsultation = int(v); }},
        {&fcrWindow, 1, 24 * 90, [&](qint64 v) { config->fcrWindowHours = int(v); }},
        {&sla, 1, 24 * 3600, [&](qint64 v) { config->slaMs = v * 1000; }},
        {&perAddress, 1, 1'000'000, [&](qint64 v) { config->maxConnectionsPerAddress = int(v); }},
        {&tokenLifetime, 1, 24 * 366, [&](qint64 v) { config->tokenLifetimeMs = v * 3600 * 1000; }},
    };
    for (const Numeric& n : numerics) {
        if (!parser.isSet(*n.option))
            continue;
        qint64 value = 0;
        if (!parsePositive(parser.value(*n.option), n.min, n.max, &value)) {
            *message = QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                           .arg(n.option->names().constFirst()).arg(n.min).arg(n.max).arg(parser.value(*n.option));
            return Result::Error;
        }
        n.apply(value);
    }
    if (parser.isSet(shopZone)) {
        const QTimeZone zone(parser.value(shopZone).toUtf8());
        if (!zone.isValid()) {
            *message = QStringLiteral("--shop-timezone: \"%1\" is not a time zone this machine knows (e.g. Asia/Shanghai, UTC)")
                           .arg(parser.value(shopZone));
            return Result::Error;
        }
        config->shopTimeZone = zone;
    }
    if (parser.isSet(origins)) {
        config->allowedOrigins.clear();
        for (const QString& part : parser.value(origins).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString origin = part.trimmed();
            const QUrl url(origin);
            if (origin != QLatin1String("*")
                && (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.scheme().isEmpty())) {
                *message = QStringLiteral("--allowed-origins: \"%1\" is not an origin (scheme://host[:port], e.g. https://shop.example) or *")
                               .arg(origin);
                return Result::Error;
            }
            config->allowedOrigins << origin;
        }
    }
    config->logDirectory = parser.value(logDir);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        *message = QStringLiteral("--tls-cert and --tls-key go together");
        return Result::Error;
    }
    config->tlsCertificate = parser.value(tlsCert);
    config->tlsKey = parser.value(tlsKey);
    m_verbose = parser.isSet(verbose);
    const QString format = parser.value(logFormat);
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json")) {
        *message = QStringLiteral("--log-format: expected text or json, got \"%1\"").arg(format);
        return Result::Error;
    }
    m_jsonLogs = format == QLatin1String("json");
    return Result::Run;
}

} // namespace agentdesk::server
