#pragma once

#include <QString>
#include <QStringList>

namespace agentdesk::sim {

// What simulated customers say, by topic and language, and what a simulated agent answers.
struct TopicPhrases {
    QString topic;  // the conversation topic the server routes by
    QStringList openings;
    QStringList followUps;
    QStringList agentAnswers;
};

class PhraseBook {
public:
    enum class Language { Chinese, English };

    static const QList<TopicPhrases>& topics(Language language);
    static QStringList thanks(Language language);
    static QStringList agentClosings(Language language);
};

} // namespace agentdesk::sim
