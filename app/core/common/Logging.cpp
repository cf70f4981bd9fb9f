#include "Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ck {

void initLogging(const QString &logDirectory, bool console)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!logDirectory.isEmpty() && QDir().mkpath(logDirectory)) {
        const std::string file =
            QDir(logDirectory).filePath(QStringLiteral("chainkeeper.log")).toStdString();
        try {
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log directory must not stop a batch; the console still logs.
        }
    }
    if (console) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>("chainkeeper", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %l %v", spdlog::pattern_time_type::utc);
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

QString maskIdentifier(const QString &identifier)
{
    if (identifier.size() <= 4)
        return QString(identifier.size(), QLatin1Char('*'));
    return QString(identifier.size() - 4, QLatin1Char('*')) + identifier.right(4);
}

} // namespace ck
