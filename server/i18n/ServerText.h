#pragma once

#include <QString>

// Texts the server sends to people (the message of an error frame, a close reason) come out in
// the language each connection asked for when it signed in, not in the process's: one server
// serves agents in Chinese and in English, and the embedded server shares its process with a
// workstation whose translator is installed application-wide. A class that makes such texts
// declares AGENTDESK_SERVER_TEXTS(Name) and calls tr() as a QObject would; lupdate reads the
// macro as Q_DECLARE_TR_FUNCTIONS (-tr-function-alias), so its strings land in
// i18n/agentdesk_server_*.ts under Name.
#define AGENTDESK_SERVER_TEXTS(context)                                                                    \
public:                                                                                                    \
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1)                \
    {                                                                                                      \
        return ::agentdesk::server::ServerText::translate(#context, source, disambiguation, n);            \
    }                                                                                                      \
                                                                                                           \
private:

namespace agentdesk::server {

enum class TextLanguage { English, Chinese };

class ServerText {
public:
    // What a client asked for ("zh_CN", "zh-Hans-CN", "zh", "en_US"...): Chinese for any Chinese,
    // English for anything else, an empty or unknown name included.
    static TextLanguage languageFor(const QString& requested);
    static QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

    // Texts made while a Scope lives are in the language it refers to, read at each translation,
    // so a sign-in that names its language is answered in it. The server handles one frame at a
    // time on its thread; scopes nest.
    class Scope {
    public:
        explicit Scope(const TextLanguage& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const TextLanguage* m_previous;
    };
};

} // namespace agentdesk::server
