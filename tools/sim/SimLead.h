#pragma once

#include "SimCustomer.h"

namespace agentdesk::sim {

// A scripted team lead for demos: signs in, stays away from the queue (it answers no customers),
// and decides the coupon requests of its team after a short delay: approves those worth at most
// 100 yuan with a reason, denies the rest, with a comment in the language of the reason.
class SimLead : public QObject {
    Q_OBJECT
public:
    SimLead(const SimSettings& settings, QString login, QString password, QObject* parent = nullptr);

    void start();
    int decided() const { return m_decided; }

signals:
    void log(const QString& line);

private:
    void decide(const protocol::CouponApproval& approval);

    SimSettings m_settings;
    QString m_login;
    QString m_password;
    app::ProtocolClient m_client;
    qint64 m_userId = 0;
    int m_decided = 0;
};

} // namespace agentdesk::sim
