#pragma once

#include "PhraseBook.h"
#include "SimCustomer.h"

#include <QHash>

#include <optional>
#include <vector>

namespace agentdesk::sim {

// A scripted agent for demos and load: signs in on the staff endpoint, answers every customer
// message of its conversations from the phrase book after a short delay, and closes a
// conversation once the customer says thanks. It makes the demo shop lively without anyone at
// the keyboard; real agents use the desktop workspace.
class SimAgent : public QObject {
    Q_OBJECT
public:
    SimAgent(const SimSettings& settings, QString login, QString password, quint32 seed, QObject* parent = nullptr);

    void start();
    int repliesSent() const { return m_replies; }
    int couponsGranted() const { return m_coupons; }

signals:
    void log(const QString& line);

private:
    void onEvent(const protocol::Frame& frame);
    void replyTo(const protocol::ChatMessage& message);
    // A library reply fit for the topic and language, filled; empty when there is none. Half the
    // time, like a real agent, the simulated one types its own answer instead.
    void maybeRecommend(qint64 conversationId);
    // After a price objection, like a real agent: a coupon the policy allows, or now and then a
    // request to the lead for one it does not.
    void maybeCoupon(qint64 conversationId, PhraseBook::Language language);
    std::optional<std::pair<protocol::ReplyRef, QString>> libraryAnswer(qint64 conversationId, PhraseBook::Language language);

    SimSettings m_settings;
    QString m_login;
    QString m_password;
    QRandomGenerator m_rng;
    app::ProtocolClient m_client;
    qint64 m_userId = 0;
    QHash<qint64, QString> m_topicOf;  // conversation id -> topic
    QHash<qint64, QString> m_customerOf;  // conversation id -> the customer's name
    QString m_name;
    std::vector<protocol::Reply> m_library;
    int m_replies = 0;
    int m_coupons = 0;
};

} // namespace agentdesk::sim
