#include "log/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace agentdesk {
namespace {

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

bool g_json = false;

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    const spdlog::level::level_enum level = levelOf(type);
    if (g_json) {
        const QJsonObject line{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), QString::fromUtf8(spdlog::level::to_string_view(level).data())},
            {QStringLiteral("category"), QString::fromUtf8(category)},
            {QStringLiteral("message"), message},
        };
        spdlog::log(level, "{}", QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
    } else {
        spdlog::log(level, "[{}] {}", category, message.toStdString());
    }
    if (type == QtFatalMsg) {
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

void initLogging(const LogOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.quiet ? spdlog::level::warn
                                     : (options.verbose ? spdlog::level::debug : spdlog::level::info));
    sinks.push_back(console);
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        const QString file = QDir(options.directory).filePath(options.program + QStringLiteral(".log"));
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 10 * 1024 * 1024, 5);
            rotating->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex& e) {
            console->log(spdlog::details::log_msg("", spdlog::level::warn,
                                                  fmt::format("cannot write the log file: {}", e.what())));
        }
    }
    auto logger = std::make_shared<spdlog::logger>(options.program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    g_json = options.json;
    logger->set_pattern(options.json ? "%v" : "%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(routeQtMessage);
}

} // namespace agentdesk
