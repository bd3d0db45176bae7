#include "ReportsPanel.h"

#include "UiText.h"
#include "coupons/CouponDesk.h"
#include "reports/CsvFile.h"
#include "supervisor/FloorWatch.h"
#include "supervisor/KpiFormulas.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace agentdesk::ui {

using namespace protocol;

namespace {
QString percent(const std::optional<double>& ratio)
{
    return ratio ? QLocale().toString(*ratio * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString duration(const std::optional<qint64>& ms)
{
    return ms ? UiText::clock(*ms) : QStringLiteral("–");
}

QString raw(const std::optional<double>& ratio)
{
    return ratio ? QString::number(*ratio, 'f', 4) : QString();
}

QString raw(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

QChartView* chartView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void resetChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}
} // namespace

ReportsPanel::ReportsPanel(app::FloorWatch& floor, app::CouponDesk& coupons, QWidget* parent)
    : QWidget(parent)
    , m_floor(floor)
    , m_coupons(coupons)
{
    setObjectName(QStringLiteral("reportsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Yesterday"), Yesterday);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Chosen days"), Custom);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("reportQueue"));
    m_queue->addItem(tr("All queues"), QString());
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* exportButton = new QPushButton(tr("Export as CSV"), this);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("KPIs of the period…"), this, [this] { chooseExport(0); });
    menu->addAction(tr("Leads' actions of the period…"), this, [this] { chooseExport(1); });
    menu->addAction(tr("Coupon log of the period…"), this, [this] { chooseExport(2); });
    exportButton->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_queue);
    bar->addWidget(refreshButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->setHorizontalHeaderLabels({tr("Agent"), tr("Consultations"), tr("Conversion"), tr("Revenue"), tr("FCR"),
                                        tr("Handling time"), tr("First response"), tr("CSAT"), tr("Rating"), tr("Coupons")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(AgentColumn, QHeaderView::Stretch);
    m_table->horizontalHeaderItem(FcrColumn)->setToolTip(tr("First contact resolution: closed without the customer coming back"));
    m_table->horizontalHeaderItem(CsatColumn)->setToolTip(tr("The share of ratings of 4 or 5"));
    m_table->horizontalHeaderItem(ConversionColumn)->setToolTip(tr("Consultations after which the customer bought"));
    layout->addWidget(m_table, 1);

    auto* charts = new QHBoxLayout;
    m_waiting = chartView(tr("Waiting in the queue, last hour"), this);
    m_byAgent = chartView(tr("Conversion and CSAT by agent"), this);
    m_budget = chartView(tr("Coupon spend against budget"), this);
    m_waiting->setObjectName(QStringLiteral("waitingChart"));
    m_byAgent->setObjectName(QStringLiteral("agentChart"));
    m_budget->setObjectName(QStringLiteral("budgetChart"));
    charts->addWidget(m_waiting, 3);
    charts->addWidget(m_byAgent, 4);
    charts->addWidget(m_budget, 3);
    layout->addLayout(charts, 1);

    connect(m_period, &QComboBox::activated, this, [this] {
        updateDayPickers();
        refresh();
    });
    m_dayDelay.setSingleShot(true);
    m_dayDelay.setInterval(400);
    connect(&m_dayDelay, &QTimer::timeout, this, [this] {
        updateDayPickers();
        refresh();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, &m_dayDelay, qOverload<>(&QTimer::start));
    connect(m_queue, &QComboBox::activated, this, [this] { refresh(); });
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPanel::refresh);
    connect(&m_floor, &app::FloorWatch::floorChanged, this, &ReportsPanel::updateQueues);
    updateQueues();
}

void ReportsPanel::updateQueues()
{
    // The team's queues as the floor lists them; the chosen one stays chosen while it exists.
    // Conversations without a topic are no queue a report can name ("" is the whole team).
    QStringList topics;
    if (const auto& floor = m_floor.floor()) {
        for (const FloorQueue& q : floor->queues) {
            if (!q.topic.isEmpty())
                topics << q.topic;
        }
    }
    const QString current = queue();
    if (!current.isEmpty() && !topics.contains(current))
        topics << current;  // the chosen one stays while it is shown
    QStringList shown;
    for (int i = 1; i < m_queue->count(); ++i)
        shown << m_queue->itemData(i).toString();
    if (shown == topics)
        return;
    const QString chosen = queue();
    m_queue->clear();
    m_queue->addItem(tr("All queues"), QString());
    for (const QString& topic : topics)
        m_queue->addItem(UiText::topic(topic), topic);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(chosen)));
}

void ReportsPanel::setQueue(const QString& queue)
{
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(queue)));
    refresh();
}

QString ReportsPanel::queue() const
{
    return m_queue->currentData().toString();
}

QTimeZone ReportsPanel::shopZone() const
{
    const auto& floor = m_floor.floor();
    const QTimeZone zone(floor ? floor->timeZone.toUtf8() : QByteArray());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void ReportsPanel::setPeriod(Period period)
{
    m_dayDelay.stop();
    m_period->setCurrentIndex(m_period->findData(period));
    updateDayPickers();
    refresh();
}

void ReportsPanel::setCustomPeriod(QDate from, QDate to)
{
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_daysChosen = true;
    m_dayDelay.stop();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    // The last days' limits would hold the new ones back: updateDayPickers sets them again.
    m_from->clearMaximumDate();
    m_to->clearMaximumDate();
    m_from->setDate(from);
    m_to->setDate(to);
    updateDayPickers();
    refresh();
}

void ReportsPanel::updateDayPickers()
{
    const bool custom = Period(m_period->currentData().toInt()) == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!custom)
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_floor.serverNow(), shopZone()).date();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    // First shown: the last 7 days, as a start to change from.
    if (!m_daysChosen) {
        m_daysChosen = true;
        m_to->setDate(today);
        m_from->setDate(today.addDays(-6));
    }
    // The start moves with the end.
    const auto [from, to] = chosenDays(today);
    m_to->setMaximumDate(today);
    m_to->setDate(to);
    m_from->setMaximumDate(to);
    m_from->setDate(from);
}

std::pair<qint64, qint64> ReportsPanel::period() const
{
    const QTimeZone zone = shopZone();
    const qint64 now = m_floor.serverNow();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    auto startOf = [&zone](QDate d) { return d.startOfDay(zone).toMSecsSinceEpoch(); };
    switch (Period(m_period->currentData().toInt())) {
    case Today: return {startOf(today), now};
    case Yesterday: return {startOf(today.addDays(-1)), startOf(today)};
    case Last7Days: return {startOf(today.addDays(-6)), now};
    case Last30Days: return {startOf(today.addDays(-29)), now};
    case Custom: {
        const auto [from, to] = chosenDays(today);
        return {startOf(from), std::min(startOf(to.addDays(1)), now)};
    }
    }
    return {startOf(today), now};
}

std::pair<QDate, QDate> ReportsPanel::chosenDays(QDate today) const
{
    const QDate to = std::min(m_to->date(), today);
    return {std::clamp(m_from->date(), to.addDays(-kLongestDays + 1), to), to};
}

void ReportsPanel::clear()
{
    ++m_round;
    m_report.reset();
    m_table->setRowCount(0);
    for (QChartView* view : {m_waiting, m_byAgent, m_budget})
        resetChart(view->chart());
    m_status->clear();
    if (isVisible())
        refresh();
}

void ReportsPanel::refresh()
{
    const auto [since, until] = period();
    const int round = ++m_round;
    m_status->setText(tr("Loading…"));
    QPointer<ReportsPanel> self(this);
    m_floor.kpiReport(since, until, queue(), [this, self, round](const KpiReportOk* report, const QString& error) {
        if (!self || round != m_round)
            return;
        if (!report) {
            m_status->setText(tr("The report could not be loaded: %1").arg(error));
            return;
        }
        show(*report);
    });
}

void ReportsPanel::show(const KpiReportOk& report)
{
    m_report = report;
    const QLocale locale;
    // In the shop's time, which the periods follow; its zone named when it is not the desktop's.
    const QTimeZone zone = shopZone();
    auto at = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QLocale::ShortFormat); };
    QString period = tr("%1 to %2").arg(at(report.since), at(report.until));
    if (zone != QTimeZone::systemTimeZone())
        period = tr("%1 (%2)").arg(period, QString::fromUtf8(zone.id()));
    const QString who = report.queue.isEmpty() ? report.teamName : tr("%1, queue %2").arg(report.teamName, UiText::topic(report.queue));
    m_status->setText(tr("%1, %2; a purchase counts within %n hour(s) of a consultation.", nullptr, report.conversionWindowHours)
                          .arg(who, period));
    fillTable(report);
    fillCharts(report);
}

QStringList ReportsPanel::rowCells(const KpiCounts& c) const
{
    return {c.agentId > 0 ? c.agentName : tr("Team"),
            QString::number(c.consultations),
            percent(KpiFormulas::conversionRate(c)),
            UiText::money(c.revenueCents),
            percent(KpiFormulas::firstContactResolution(c)),
            duration(KpiFormulas::averageHandlingMs(c)),
            duration(KpiFormulas::averageFirstResponseMs(c)),
            percent(KpiFormulas::csat(c)),
            KpiFormulas::averageRating(c) ? QLocale().toString(*KpiFormulas::averageRating(c), 'f', 1) : QStringLiteral("–"),
            c.coupons > 0 ? tr("%1 (%2)").arg(c.coupons).arg(UiText::money(c.couponCents)) : QStringLiteral("0")};
}

void ReportsPanel::fillTable(const KpiReportOk& report)
{
    const KpiCounts team = KpiFormulas::total(report.agents);
    m_table->setRowCount(int(report.agents.size()) + 1);
    auto put = [this](int row, const QStringList& cells, bool bold) {
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > AgentColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, column, item);
        }
    };
    for (size_t i = 0; i < report.agents.size(); ++i)
        put(int(i), rowCells(report.agents[i]), false);
    put(int(report.agents.size()), rowCells(team), true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AgentColumn, QHeaderView::Stretch);
}

void ReportsPanel::fillCharts(const KpiReportOk& report)
{
    // The queue, a minute at a time.
    QChart* waiting = m_waiting->chart();
    resetChart(waiting);
    auto* line = new QLineSeries;
    line->setName(tr("Waiting"));
    int most = 1;
    for (const WaitPoint& p : report.waiting) {
        line->append(double(p.at), p.waiting);
        most = std::max(most, p.waiting);
    }
    waiting->addSeries(line);
    auto* time = new QDateTimeAxis;
    time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    time->setTickCount(5);
    auto* count = new QValueAxis;
    // Whole customers: a tick on each when few, else as many as fit evenly.
    const int top = most + 1;
    count->setRange(0, top <= 5 ? top : (top + 3) / 4 * 4);
    count->setTickCount(top <= 5 ? top + 1 : 5);
    count->setLabelFormat(QStringLiteral("%d"));
    waiting->addAxis(time, Qt::AlignBottom);
    waiting->addAxis(count, Qt::AlignLeft);
    line->attachAxis(time);
    line->attachAxis(count);
    waiting->legend()->hide();

    // Conversion and CSAT of those who served anyone.
    QChart* byAgent = m_byAgent->chart();
    resetChart(byAgent);
    auto* conversion = new QBarSet(tr("Conversion %"));
    auto* csat = new QBarSet(tr("CSAT %"));
    QStringList names;
    for (const KpiCounts& a : report.agents) {
        if (a.consultations == 0)
            continue;
        names << a.agentName.section(QLatin1Char(' '), 0, 1);
        *conversion << KpiFormulas::conversionRate(a).value_or(0) * 100;
        *csat << KpiFormulas::csat(a).value_or(0) * 100;
    }
    auto* bars = new QBarSeries;
    bars->append(conversion);
    bars->append(csat);
    byAgent->addSeries(bars);
    auto* agents = new QBarCategoryAxis;
    agents->append(names.isEmpty() ? QStringList{tr("nobody yet")} : names);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%d%%"));
    byAgent->addAxis(agents, Qt::AlignBottom);
    byAgent->addAxis(share, Qt::AlignLeft);
    bars->attachAxis(agents);
    bars->attachAxis(share);

    // Coupons granted against the team's budget of the period.
    QChart* budget = m_budget->chart();
    resetChart(budget);
    const KpiCounts team = KpiFormulas::total(report.agents);
    auto* spent = new QBarSet(tr("Spent"));
    auto* allowed = new QBarSet(tr("Budget"));
    *spent << double(team.couponCents) / 100;
    *allowed << double(report.couponBudgetCents) / 100;
    spent->setColor(team.couponCents > report.couponBudgetCents ? QColor(0xd6, 0x33, 0x33) : QColor(0x25, 0x63, 0xeb));
    allowed->setColor(QColor(0xcb, 0xd5, 0xe1));
    auto* money = new QHorizontalBarSeries;
    money->append(spent);
    money->append(allowed);
    budget->addSeries(money);
    auto* which = new QBarCategoryAxis;
    which->append(tr("%1 used").arg(percent(KpiFormulas::budgetUsed(team.couponCents, report.couponBudgetCents))));
    auto* yuan = new QValueAxis;
    yuan->setRange(0, std::max(double(report.couponBudgetCents), double(team.couponCents)) / 100 * 1.1 + 1);
    yuan->setLabelFormat(QStringLiteral("%.0f"));
    yuan->setTitleText(tr("yuan"));
    yuan->applyNiceNumbers();
    budget->addAxis(which, Qt::AlignLeft);
    budget->addAxis(yuan, Qt::AlignBottom);
    money->attachAxis(which);
    money->attachAxis(yuan);
}

QString ReportsPanel::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

int ReportsPanel::rowCount() const
{
    return m_table->rowCount();
}

void ReportsPanel::chooseExport(int which)
{
    const QStringList names{QStringLiteral("kpis.csv"), QStringLiteral("lead-actions.csv"), QStringLiteral("coupon-log.csv")};
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"), names.value(which), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QPointer<ReportsPanel> self(this);
    auto done = [self, path](const QString& error) {
        if (self)
            self->m_status->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : tr("Not saved: %1").arg(error));
    };
    if (which == 0)
        exportKpis(path, done);
    else if (which == 1)
        exportActions(path, done);
    else
        exportCouponLog(path, done);
}

void ReportsPanel::exportKpis(const QString& path, std::function<void(const QString&)> done)
{
    if (!m_report) {
        done(tr("no report is loaded"));
        return;
    }
    // Machine-readable: counts, ms and cents as the server gave them, rates as fractions.
    QList<QStringList> rows;
    std::vector<KpiCounts> all = m_report->agents;
    all.push_back(KpiFormulas::total(m_report->agents));
    const QString since = QDateTime::fromMSecsSinceEpoch(m_report->since).toUTC().toString(Qt::ISODateWithMs);
    const QString until = QDateTime::fromMSecsSinceEpoch(m_report->until).toUTC().toString(Qt::ISODateWithMs);
    for (const KpiCounts& c : all) {
        rows.append({since, until, QString::number(m_report->teamId), m_report->teamName, m_report->queue, QString::number(c.agentId),
                     c.agentId > 0 ? c.agentName : QStringLiteral("team"), QString::number(c.consultations),
                     QString::number(c.converted), raw(KpiFormulas::conversionRate(c)), QString::number(c.revenueCents),
                     QString::number(c.closed), QString::number(c.resolvedFirstContact),
                     raw(KpiFormulas::firstContactResolution(c)), raw(KpiFormulas::averageHandlingMs(c)),
                     QString::number(c.responded), raw(KpiFormulas::averageFirstResponseMs(c)), QString::number(c.rated),
                     raw(KpiFormulas::csat(c)), raw(KpiFormulas::averageRating(c)), QString::number(c.coupons),
                     QString::number(c.couponCents),
                     c.agentId > 0 ? QString() : QString::number(m_report->couponBudgetCents)});
    }
    done(app::CsvFile::write(path,
                             {QStringLiteral("since_utc"), QStringLiteral("until_utc"), QStringLiteral("team_id"), QStringLiteral("team"),
                              QStringLiteral("queue"), QStringLiteral("agent_id"), QStringLiteral("agent"), QStringLiteral("consultations"),
                              QStringLiteral("converted"), QStringLiteral("conversion_rate"), QStringLiteral("revenue_cents"),
                              QStringLiteral("closed"), QStringLiteral("resolved_first_contact"), QStringLiteral("fcr_rate"),
                              QStringLiteral("aht_ms"), QStringLiteral("responded"), QStringLiteral("first_response_ms"),
                              QStringLiteral("rated"), QStringLiteral("csat_rate"), QStringLiteral("average_rating"),
                              QStringLiteral("coupons"), QStringLiteral("coupon_cents"), QStringLiteral("coupon_budget_cents")},
                             rows));
}

void ReportsPanel::exportActions(const QString& path, std::function<void(const QString&)> done)
{
    const auto [since, until] = period();
    m_floor.allActions(since, until, [path, done = std::move(done)](const std::vector<StaffAction>& actions, const QString& error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        QList<QStringList> rows;
        for (const StaffAction& a : actions) {
            rows.append({QString::number(a.id), QDateTime::fromMSecsSinceEpoch(a.at).toUTC().toString(Qt::ISODateWithMs),
                         enumName(a.action), QString::number(a.actorId), a.actorName, QString::number(a.teamId),
                         QString::number(a.conversationId), QString::number(a.targetId), a.targetName, a.detail});
        }
        done(app::CsvFile::write(path,
                                 {QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("action"), QStringLiteral("actor_id"),
                                  QStringLiteral("actor"), QStringLiteral("team_id"), QStringLiteral("conversation_id"),
                                  QStringLiteral("target_id"), QStringLiteral("target"), QStringLiteral("detail")},
                                 rows));
    });
}

void ReportsPanel::exportCouponLog(const QString& path, std::function<void(const QString&)> done)
{
    const auto [since, until] = period();
    m_coupons.exportAudit(path, since, until, std::move(done));
}

} // namespace agentdesk::ui
