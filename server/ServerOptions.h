#pragma once

#include "ServerConfig.h"

#include <QStringList>

namespace agentdesk::server {

// agentdesk-server's command line, and the INI file --config names (the same settings by the
// same names, overridden by the command line). parse() fills a ServerConfig or says precisely
// what is wrong.
class ServerOptions {
public:
    enum class Result { Run, ShowHelp, ShowVersion, Error };

    Result parse(const QStringList& arguments, ServerConfig* config, QString* message);
    QString helpText() const { return m_help; }
    bool verbose() const { return m_verbose; }
    bool jsonLogs() const { return m_jsonLogs; }

private:
    QString m_help;
    bool m_verbose = false;
    bool m_jsonLogs = false;
};

} // namespace agentdesk::server
