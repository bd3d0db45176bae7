#pragma once

#include "PhraseBook.h"
#include "SimCustomer.h"

#include <QHash>

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

signals:
    void log(const QString& line);

private:
    void onEvent(const protocol::Frame& frame);
    void replyTo(const protocol::ChatMessage& message);

    SimSettings m_settings;
    QString m_login;
    QString m_password;
    QRandomGenerator m_rng;
    app::ProtocolClient m_client;
    qint64 m_userId = 0;
    QHash<qint64, QString> m_topicOf;  // conversation id -> topic
    int m_replies = 0;
};

} // namespace agentdesk::sim
