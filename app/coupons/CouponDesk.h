#pragma once

#include "coupon/CouponPolicy.h"
#include "protocol/Frames.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace agentdesk::app {

class SyncEngine;

// The coupon button's knowledge for the open conversation: the server's templates, the user's
// limits and the conversation's facts, run through core's CouponPolicy here so that the workspace
// shows before any click what may be granted and why not; the grant itself is decided again by
// the server. Also the coupon requests (an agent's own, a lead's team's) and the audit log.
class CouponDesk : public QObject {
    Q_OBJECT
public:
    explicit CouponDesk(SyncEngine& engine, QObject* parent = nullptr);

    struct Option {
        protocol::CouponTemplate coupon;
        CouponPolicy::Decision decision;
    };

    // Fetches the options of a conversation (0: none); optionsChanged follows.
    void setConversation(qint64 conversationId, bool serving);
    void refresh();
    bool hasOptions() const { return m_options.has_value(); }
    // Whether the user serves the open conversation, so that coupons are theirs to grant there.
    bool serving() const { return m_serving; }
    std::vector<Option> options() const;
    int grantableCount() const;
    // The most valuable coupon worth at most `cents` that may be granted now (core's rule).
    std::optional<qint64> largestGrantable(qint64 cents) const;
    qint64 remainingToday() const;
    const protocol::CouponLimits* limits() const { return m_options ? &m_options->limits : nullptr; }

    // The handler gets the server's answer: the coupon, or the refusals, or an error message.
    struct GrantResult {
        std::optional<protocol::Coupon> coupon;
        std::vector<protocol::CouponRefusal> refusals;
        QString error;
    };
    void grant(qint64 templateId, std::function<void(const GrantResult&)> handler);
    void requestApproval(qint64 templateId, const QString& reason, std::function<void(const QString& error)> handler);

    // Requests: for leads their team's pending ones to decide, for agents their own.
    const std::vector<protocol::CouponApproval>& approvals() const { return m_approvals; }
    // Pending requests, leaving out those made by `except` (a lead's own, which others decide).
    int pendingCount(qint64 except = 0) const;
    void refreshApprovals();
    void decide(qint64 approvalId, bool approve, const QString& comment, std::function<void(const GrantResult&)> handler);

    void auditPage(const protocol::AuditList& request, std::function<void(const protocol::AuditListOk*, const QString&)> handler);
    // Every row of the log the user may see in [since, until) (0: open-ended), as CSV for
    // spreadsheets; the handler gets an error message, empty on success.
    void exportAudit(const QString& path, qint64 since, qint64 until, std::function<void(const QString& error)> done);

    void setMe(const protocol::Principal& me) { m_me = me; }

signals:
    void optionsChanged();
    void approvalsChanged();
    // The outcome of one of my requests, as it arrives.
    void myRequestDecided(const agentdesk::protocol::CouponApproval& approval);
    // The policy refused one of my grants (the server decides again: a modified or stale client).
    void grantRefused(qint64 conversationId);
    void problem(const QString& message);

private:
    void onApproval(const protocol::CouponApproval& approval);
    void fetchAudit(protocol::AuditList page, std::shared_ptr<std::vector<protocol::AuditEntry>> rows,
                    std::function<void(const QString&)> done);
    qint64 serverNow() const;

    SyncEngine& m_engine;
    protocol::Principal m_me;
    qint64 m_conversation = 0;
    bool m_serving = false;
    int m_round = 0;  // answers to requests for an earlier conversation are dropped
    std::optional<protocol::CouponsOptionsOk> m_options;
    qint64 m_clockOffset = 0;  // the server's clock minus ours
    // The same key for the same action until the server answered it for sure: a retry after a
    // lost reply is not done twice. "grant:conversation:template", "request:...", "decide:id:yes".
    QString keyFor(const QString& slot);
    QHash<QString, QString> m_keys;
    std::vector<protocol::CouponApproval> m_approvals;
    QTimer m_tick;  // conditions such as "after 3 minutes" come true as time passes
};

} // namespace agentdesk::app
