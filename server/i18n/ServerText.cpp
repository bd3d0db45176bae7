#include "ServerText.h"

#include <QLocale>
#include <QTranslator>

namespace agentdesk::server {

namespace {

thread_local const TextLanguage* t_current = nullptr;

// Loaded once from the resources lrelease embeds (server/CMakeLists.txt). English has its own
// file for the plural forms.
const QTranslator& translatorFor(TextLanguage language)
{
    static const auto load = [](const char* file) {
        auto* translator = new QTranslator;  // kept for the life of the process
        if (!translator->load(QString::fromLatin1(file)))
            qWarning("agentdesk-server: the translations %s are missing", file);
        return translator;
    };
    static const QTranslator* chinese = load(":/i18n/agentdesk_server_zh_CN.qm");
    static const QTranslator* english = load(":/i18n/agentdesk_server_en.qm");
    return language == TextLanguage::Chinese ? *chinese : *english;
}

} // namespace

TextLanguage ServerText::languageFor(const QString& requested)
{
    if (requested.isEmpty())
        return TextLanguage::English;
    return QLocale(requested).language() == QLocale::Chinese ? TextLanguage::Chinese : TextLanguage::English;
}

QString ServerText::translate(const char* context, const char* source, const char* disambiguation, int n)
{
    const TextLanguage language = t_current ? *t_current : TextLanguage::English;
    QString text = translatorFor(language).translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

ServerText::Scope::Scope(const TextLanguage& language)
    : m_previous(t_current)
{
    t_current = &language;
}

ServerText::Scope::~Scope()
{
    t_current = m_previous;
}

} // namespace agentdesk::server
