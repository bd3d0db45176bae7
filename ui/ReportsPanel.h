#pragma once

#include "protocol/Frames.h"

#include <QTimer>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace agentdesk::app {
class CouponDesk;
class FloorWatch;
}

namespace agentdesk::ui {

// The watched team's KPIs for a chosen period and queue, per agent and for the team, as a table and three
// charts (the queue over the last hour, conversion and CSAT by agent, coupon spend against the
// budget), and the period's KPIs, leads' actions and coupon log exported as CSV.
class ReportsPanel : public QWidget {
    Q_OBJECT
public:
    enum Period { Today, Yesterday, Last7Days, Last30Days, Custom };
    enum Column {
        AgentColumn, ConsultationsColumn, ConversionColumn, RevenueColumn, FcrColumn, AhtColumn, FirstResponseColumn,
        CsatColumn, RatingColumn, CouponsColumn, ColumnCount
    };

    ReportsPanel(app::FloorWatch& floor, app::CouponDesk& coupons, QWidget* parent = nullptr);

    void setPeriod(Period period);
    // Whole days of the shop's calendar, `from` to `to` inclusive (at most kLongestDays, none
    // after today): the "Chosen days" period. One day short of what a report takes, as two clock
    // changes may make the calendar days an hour longer.
    static constexpr int kLongestDays = int(protocol::kLongestKpiReportMs / (24 * 3600 * 1000)) - 1;
    void setCustomPeriod(QDate from, QDate to);
    // One of the team's queues (a topic), or empty for the whole team.
    void setQueue(const QString& queue);
    QString queue() const;
    void refresh();
    // Forgets the shown report (another team is watched); the next showing loads it again.
    void clear();
    // [since, until) of the chosen period, in ms since the epoch; days start at the shop's
    // midnight, as the floor's "today" and the coupon budget's days do.
    std::pair<qint64, qint64> period() const;
    const std::optional<protocol::KpiReportOk>& report() const { return m_report; }
    QString cell(int row, int column) const;
    int rowCount() const;
    // The handler gets an error message, empty on success.
    void exportKpis(const QString& path, std::function<void(const QString&)> done);
    void exportActions(const QString& path, std::function<void(const QString&)> done);
    void exportCouponLog(const QString& path, std::function<void(const QString&)> done);

private:
    void show(const protocol::KpiReportOk& report);
    void updateQueues();
    // Shows the day pickers for the chosen days, keeping their range within what a report takes.
    void updateDayPickers();
    // The pickers' days as a report takes them: none after today, at most kLongestDays.
    std::pair<QDate, QDate> chosenDays(QDate today) const;
    QTimeZone shopZone() const;
    void fillTable(const protocol::KpiReportOk& report);
    void fillCharts(const protocol::KpiReportOk& report);
    void chooseExport(int which);
    QStringList rowCells(const protocol::KpiCounts& counts) const;

    app::FloorWatch& m_floor;
    app::CouponDesk& m_coupons;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_daysChosen = false;  // the pickers hold the user's days, not their initial ones
    QTimer m_dayDelay;          // a date typed digit by digit asks once
    QComboBox* m_queue = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QChartView* m_waiting = nullptr;
    QChartView* m_byAgent = nullptr;
    QChartView* m_budget = nullptr;
    std::optional<protocol::KpiReportOk> m_report;
    int m_round = 0;
};

} // namespace agentdesk::ui
