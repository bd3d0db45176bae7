#pragma once

#include "protocol/Records.h"

#include <QFrame>

#include <vector>

class QVBoxLayout;

namespace agentdesk::ui {

// The recommendation prompts above the composer: one card per product worth offering, with the
// reason, the ready sentence (one click sends it) and dismiss. A card the policy refuses stays
// visible, greyed, saying why.
class RecommendationBar : public QFrame {
    Q_OBJECT
public:
    explicit RecommendationBar(QWidget* parent = nullptr);

    void show(const std::vector<protocol::Recommendation>& recommendations);
    // In the user's language: why this product, e.g. asked about "charging"; bought X 20 days ago without a warranty.
    static QString reason(const protocol::Recommendation& r, qint64 now);
    static QString refusal(const QString& code);

signals:
    void sendRequested(const QString& sku);
    void dismissRequested(const QString& sku);

private:
    QWidget* card(const protocol::Recommendation& r);

    QVBoxLayout* m_layout = nullptr;
};

} // namespace agentdesk::ui
