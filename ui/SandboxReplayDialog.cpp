#include "SandboxReplayDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace agentdesk::ui {

using sandbox::TranscriptEntry;

SandboxReplayDialog::SandboxReplayDialog(const sandbox::SandboxResult& result, QWidget* parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("sandboxReplay"));
    setWindowTitle(tr("Replay: %1").arg(result.title));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(tr("<b>%1</b> · %2/100 · ended \"%3\"")
                                   .arg(result.title.toHtmlEscaped())
                                   .arg(result.score.total())
                                   .arg(result.score.ending.toHtmlEscaped()),
                               this);
    layout->addWidget(summary);
    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("replayLines"));
    m_lines->setWordWrap(true);
    m_lines->setSpacing(3);
    layout->addWidget(m_lines, 1);

    auto* controls = new QHBoxLayout;
    auto* back = new QPushButton(tr("◀ Previous"), this);
    auto* forward = new QPushButton(tr("Next ▶"), this);
    m_play = new QPushButton(tr("Play"), this);
    m_play->setCheckable(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, steps());
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("replayPosition"));
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_position);
    layout->addLayout(controls);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(back, &QPushButton::clicked, this, &SandboxReplayDialog::previous);
    connect(forward, &QPushButton::clicked, this, &SandboxReplayDialog::next);
    connect(m_play, &QPushButton::toggled, this, &SandboxReplayDialog::play);
    connect(m_slider, &QSlider::valueChanged, this, &SandboxReplayDialog::setStep);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_step >= steps())
            play(false);
        else
            next();
    });
    setStep(std::min(1, steps()));
}

QString SandboxReplayDialog::lineText(int index) const
{
    const TranscriptEntry& e = m_result.transcript.at(size_t(index));
    const qint64 start = m_result.transcript.front().at;
    QString who;
    switch (e.who) {
    case TranscriptEntry::Who::Customer: who = tr("Customer"); break;
    case TranscriptEntry::Who::Agent: who = tr("You"); break;
    case TranscriptEntry::Who::System: who = tr("Shop"); break;
    }
    QStringList marks;
    if (e.fromLibrary)
        marks << tr("from the library");
    if (e.recommendation)
        marks << tr("recommendation");
    const QString text = e.couponCents > 0 ? tr("a coupon worth %1 granted").arg(UiText::money(e.couponCents)) : e.text;
    return tr("+%1 %2: %3").arg(UiText::clock(e.at - start), who, text)
        + (marks.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(marks.join(QStringLiteral(", "))));
}

void SandboxReplayDialog::setStep(int step)
{
    step = std::clamp(step, 0, steps());
    m_step = step;
    while (m_lines->count() > step)
        delete m_lines->takeItem(m_lines->count() - 1);
    while (m_lines->count() < step) {
        auto* item = new QListWidgetItem(lineText(m_lines->count()), m_lines);
        const TranscriptEntry& e = m_result.transcript.at(size_t(m_lines->count() - 1));
        if (e.who == TranscriptEntry::Who::Agent)
            item->setBackground(QColor(0xe8, 0xf0, 0xfe));
        else if (e.who == TranscriptEntry::Who::System)
            item->setForeground(QColor(0x92, 0x40, 0x0e));
    }
    if (m_lines->count() > 0)
        m_lines->scrollToBottom();
    m_slider->blockSignals(true);
    m_slider->setValue(step);
    m_slider->blockSignals(false);
    m_position->setText(tr("%1 of %2").arg(step).arg(steps()));
}

void SandboxReplayDialog::play(bool on)
{
    if (on && m_step >= steps())
        setStep(0);
    m_play->blockSignals(true);
    m_play->setChecked(on);
    m_play->blockSignals(false);
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace agentdesk::ui
