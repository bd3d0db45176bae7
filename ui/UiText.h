#pragma once

#include "protocol/Records.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace agentdesk::ui {

// Translated names and colours of the domain's values, in one place for every view.
class UiText {
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    static QString tier(CustomerTier tier);
    static QColor tierColor(CustomerTier tier);
    static QString channel(Channel channel);
    static QString presence(PresenceStatus status);
    static QString topic(const QString& topic);
    // A sandbox scenario's difficulty: easy, medium, hard.
    static QString difficulty(const QString& difficulty);
    // A sandbox attempt's outcome as the wire names it: purchase, resolved, left.
    static QString sandboxOutcome(const QString& outcome);
    static QString money(qint64 cents);
    // A moment's time of day and date in the user's locale (14:05 and 2026/11/25 in zh_CN,
    // 2:05 PM and 11/25/26 in en_US), in this machine's time zone.
    static QString timeOfDay(qint64 ms);
    static QString date(qint64 ms);
    static QString orderStatus(const QString& status);
    static QString waited(qint64 ms);
    // A set duration, exactly, in its largest whole unit: "90 s", "3 min", "2 h".
    static QString duration(qint64 ms);
    // A duration as a ticking clock: "2:07", "1:02:07".
    static QString clock(qint64 ms);
    static QString staffAction(StaffActionKind action);
    // Customer tags and RFM segments of the shop's vocabulary; unknown ones are shown as they are.
    static QString tag(const QString& tag);
    static QString segment(const QString& segment);
    // A system message in the user's language when its event is known, else its text.
    static QString replyCategory(ReplyCategory category);
    // "zh_CN" -> 中文, "en" -> English; other codes as they are.
    static QString language(const QString& code);
    // What a reply variable stands for, e.g. "order.id" -> "order number".
    static QString replyVariable(const QString& name);
    // A reply's text for reading, its {variables} named in the user's language ({product.name}
    // reads {商品名称} in Chinese); what is inserted keeps the real names.
    static QString withVariableNames(const QString& text);
    static QString systemEvent(const QString& event, const std::vector<QString>& args, const QString& fallback);
    // A name the shop keeps in English and Chinese (coupons, products), in the user's language.
    static QString localName(const QString& name, const QString& nameZh);
    // Why a coupon may not be granted, with its figures.
    static QString couponRefusal(const protocol::CouponRefusal& refusal);
    static QString couponRefusals(const std::vector<protocol::CouponRefusal>& refusals);
    static QString auditAction(AuditAction action);
    static QString approvalStatus(ApprovalStatus status);
};

} // namespace agentdesk::ui
