#include "SandboxReportDialog.h"

#include "SandboxReplayDialog.h"
#include "UiText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

using sandbox::Outcome;
using sandbox::SandboxScore;

namespace {
QString seconds(qint64 ms)
{
    return ms < 0 ? SandboxReportDialog::tr("never") : UiText::clock(ms);
}
} // namespace

SandboxReportDialog::SandboxReportDialog(const sandbox::SandboxResult& result, const std::vector<sandbox::SandboxResult>& attempts,
                                         const QString& expert, QWidget* parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("sandboxReport"));
    setWindowTitle(tr("Sandbox report: %1").arg(result.title));
    resize(760, 560);
    const SandboxScore& s = result.score;
    auto* layout = new QVBoxLayout(this);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("sandboxTotal"));
    m_total->setStyleSheet(QStringLiteral("font-size:22px;font-weight:700"));
    m_total->setText(tr("%1 / 100").arg(s.total()));
    auto* ending = new QLabel(this);
    QString outcome;
    switch (s.outcome) {
    case Outcome::Purchase: outcome = tr("The customer bought."); break;
    case Outcome::Resolved: outcome = tr("The customer's matter was resolved."); break;
    case Outcome::Left: outcome = tr("The customer left without what they came for."); break;
    }
    ending->setText(tr("<b>%1</b><br>%2 Their satisfaction: %3 (%4 of 5).")
                        .arg(result.title.toHtmlEscaped(), outcome,
                             QString(s.rating, QChar(0x2605)) + QString(5 - std::clamp(s.rating, 0, 5), QChar(0x2606)))
                        .arg(s.rating));
    ending->setWordWrap(true);
    layout->addWidget(m_total);
    layout->addWidget(ending);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("sandboxScoreTable"));
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("What you did"), tr("Points")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    addRow(tr("Response times"), tr("first answer after %1, on average %2").arg(seconds(s.firstResponseMs), seconds(s.averageResponseMs)),
           s.responsePoints, 30);
    addRow(tr("Replies and scripts"), tr("%n of your messages came from the library", nullptr, s.repliesUsed)
                                          + tr(" (%n message(s) in all)", nullptr, s.agentMessages),
           -1, 0);
    QString recommendation;
    switch (s.recommendation) {
    case SandboxScore::Recommendation::NotNeeded: recommendation = tr("nothing was worth recommending"); break;
    case SandboxScore::Recommendation::Made: recommendation = tr("recommended"); break;
    case SandboxScore::Recommendation::Missed: recommendation = tr("missed: there was something worth recommending"); break;
    }
    addRow(tr("Recommendation"), recommendation, s.recommendationPoints, 15);
    QString coupon;
    switch (s.coupon) {
    case SandboxScore::CouponVerdict::Respected:
        coupon = s.couponsGranted > 0 ? tr("granted %1, as the situation called for").arg(UiText::money(s.couponCents))
                                      : tr("none granted, none needed");
        break;
    case SandboxScore::CouponVerdict::Missed: coupon = tr("a coupon would have won the customer; none was granted"); break;
    case SandboxScore::CouponVerdict::Unneeded: coupon = tr("granted %1 where none was needed").arg(UiText::money(s.couponCents)); break;
    case SandboxScore::CouponVerdict::BeyondLimits: coupon = tr("%n grant(s) beyond your limits refused", nullptr, s.couponRefusals); break;
    }
    addRow(tr("Coupon policy"), coupon, s.couponPoints, 15);
    addRow(tr("Outcome"), outcome, s.outcomePoints, 25);
    addRow(tr("Customer satisfaction"), tr("rated %1 of 5").arg(s.rating), s.satisfactionPoints, 15);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // As tall as its rows: the room below is the expert's.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    auto* expertTitle = new QLabel(tr("<b>What an expert would have done</b>"), this);
    auto* expertText = new QLabel(expert, this);
    expertText->setObjectName(QStringLiteral("sandboxExpert"));
    expertText->setWordWrap(true);
    expertText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(expertTitle);
    layout->addWidget(expertText);
    layout->addStretch(1);

    QStringList lines;
    const QLocale locale;
    for (size_t i = 0; i < attempts.size(); ++i) {
        const sandbox::SandboxResult& a = attempts[i];
        const bool current = a.endedAt == result.endedAt;
        lines << tr("Attempt %1, %2: %3/100%4")
                     .arg(i + 1)
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(a.endedAt), QLocale::ShortFormat))
                     .arg(a.score.total())
                     .arg(current ? tr(" (this one)") : QString());
    }
    m_attempts = new QLabel(lines.isEmpty() ? tr("This is your first attempt at this scenario.") : lines.join(QLatin1Char('\n')), this);
    m_attempts->setObjectName(QStringLiteral("sandboxAttempts"));
    m_attemptsHeading = new QLabel(tr("<b>Your attempts at this scenario</b>"), this);
    layout->addWidget(m_attemptsHeading);
    layout->addWidget(m_attempts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    auto* replayButton = buttons->addButton(tr("Replay…"), QDialogButtonBox::ActionRole);
    replayButton->setObjectName(QStringLiteral("replayButton"));
    connect(replayButton, &QPushButton::clicked, this, [this] {
        auto* replay = new SandboxReplayDialog(m_result, this);
        replay->setAttribute(Qt::WA_DeleteOnClose);
        replay->show();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the attempt"),
                                                          m_result.scenarioId + QStringLiteral(".json"), tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = exportTo(path);
        if (!error.isEmpty())
            m_attempts->setText(m_attempts->text() + QLatin1Char('\n') + tr("Not exported: %1").arg(error));
    });
    layout->addWidget(buttons);
}

void SandboxReportDialog::addRow(const QString& part, const QString& figure, int points, int max)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(part));
    m_table->setItem(row, 1, new QTableWidgetItem(figure));
    auto* pointsItem = new QTableWidgetItem(max > 0 ? tr("%1 / %2").arg(points).arg(max) : QStringLiteral("–"));
    pointsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (max > 0 && points < max)
        pointsItem->setForeground(points == 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xb4, 0x53, 0x09));
    m_table->setItem(row, 2, pointsItem);
}

void SandboxReportDialog::setTrainee(const QString& name)
{
    setWindowTitle(tr("Sandbox report of %1: %2").arg(name, m_result.title));
    // A coach opens one attempt from the trainee's list, where the others are.
    m_attemptsHeading->hide();
    m_attempts->hide();
}

QString SandboxReportDialog::totalText() const
{
    return m_total->text();
}

int SandboxReportDialog::rowCount() const
{
    return m_table->rowCount();
}

QString SandboxReportDialog::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString SandboxReportDialog::attemptsText() const
{
    return m_attempts->text();
}

QString SandboxReportDialog::exportTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.toJson()) < 0 || !file.commit())
        return file.errorString();
    return {};
}

} // namespace agentdesk::ui
