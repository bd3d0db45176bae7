#pragma once

#include "PhraseBook.h"
#include "net/ProtocolClient.h"

#include <QObject>
#include <QRandomGenerator>

namespace agentdesk::sim {

struct SimSettings {
    QUrl customerUrl;
    QUrl staffUrl;
    QString channelKey;
    int turns = 3;              // follow-up questions before saying thanks
    int minReplyDelayMs = 1500; // how long a customer "types" before answering
    int maxReplyDelayMs = 5000;
    bool quiet = false;         // print only the summary
};

// One scripted customer of the channel endpoint: signs in, opens a conversation with a question
// on a topic, answers each agent message with a follow-up, thanks the agent after a few turns,
// and finishes when the conversation is closed (or after thanking, if nobody closes it).
class SimCustomer : public QObject {
    Q_OBJECT
public:
    SimCustomer(const SimSettings& settings, QString customerRef, PhraseBook::Language language, quint32 seed,
                QObject* parent = nullptr);

    void start();
    int messagesSent() const { return m_sent; }
    int messagesReceived() const { return m_received; }

signals:
    void finished(agentdesk::sim::SimCustomer* customer, bool served);
    void log(const QString& line);

private:
    void onEvent(const protocol::Frame& frame);
    void say(const QString& text);
    void placeOrder();
    void answerSoon();
    void finish(bool served);

    SimSettings m_settings;
    QString m_ref;
    PhraseBook::Language m_language;
    QRandomGenerator m_rng;
    TopicPhrases m_topic;
    app::ProtocolClient m_client;
    qint64 m_customerId = 0;
    qint64 m_conversationId = 0;
    int m_turnsLeft = 0;
    int m_sent = 0;
    int m_received = 0;
    bool m_thanked = false;
    bool m_done = false;
};

} // namespace agentdesk::sim
