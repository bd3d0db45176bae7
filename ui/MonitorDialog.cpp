#include "MonitorDialog.h"

#include "MessageDelegate.h"
#include "UiText.h"
#include "models/MessageListModel.h"
#include "workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

MonitorDialog::MonitorDialog(app::WorkspaceSession& session, qint64 conversationId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_conversationId(conversationId)
{
    setObjectName(QStringLiteral("monitorDialog"));
    setWindowTitle(tr("Monitoring conversation %1").arg(conversationId));
    resize(560, 640);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    auto* readOnly = new QLabel(tr("Read-only: the customer and the agent do not see that you are watching. A whisper is "
                                   "a note only the agent sees."), this);
    readOnly->setWordWrap(true);
    readOnly->setStyleSheet(QStringLiteral("color:#6b7280"));
    layout->addWidget(readOnly);
    m_model = new app::MessageListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("monitorMessages"));
    m_delegate = new MessageDelegate(m_list);
    m_delegate->setImages(m_session.images());
    m_list->setItemDelegate(m_delegate);
    m_list->viewport()->installEventFilter(this);
    m_list->setModel(m_model);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_whisper = new QLineEdit(this);
    m_whisper->setObjectName(QStringLiteral("whisperEdit"));
    m_whisper->setPlaceholderText(tr("Whisper to the agent…"));
    m_send = new QPushButton(tr("Whisper"), this);
    m_send->setObjectName(QStringLiteral("whisperButton"));
    row->addWidget(m_whisper, 1);
    row->addWidget(m_send);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* takeOver = buttons->addButton(tr("Take over"), QDialogButtonBox::ActionRole);
    takeOver->setObjectName(QStringLiteral("monitorTakeOver"));
    connect(takeOver, &QPushButton::clicked, this, [this] { emit takeOverRequested(m_conversationId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, [this] { whisper(m_whisper->text()); });
    connect(m_whisper, &QLineEdit::returnPressed, this, [this] { whisper(m_whisper->text()); });
    connect(&m_session.engine(), &app::SyncEngine::transientEvent, this, &MonitorDialog::onEvent);
    // A whisper comes back in my stream as a note of this conversation.
    connect(&m_session.engine(), &app::SyncEngine::messageArrived, this, [this](const ChatMessage& m) {
        if (m.conversationId == m_conversationId)
            onEvent(Frame{FrameType::MessageNew, {}, 0, MessageNew{m}});
    });

    m_header->setText(tr("Loading…"));
    QPointer<MonitorDialog> self(this);
    m_session.engine().client().request(ConversationMonitor{conversationId, false}, [this, self](const Frame& reply) {
        if (!self)
            return;
        if (const auto* ok = reply.as<ConversationMonitorOk>()) {
            m_conversation = ok->conversation;
            m_messages = ok->messages;
            reload();
            updateHeader();
        } else if (const auto* error = reply.as<protocol::Error>()) {
            m_header->setText(tr("This conversation cannot be monitored: %1").arg(error->message.toHtmlEscaped()));
            m_send->setEnabled(false);
        }
    });
}

MonitorDialog::~MonitorDialog()
{
    if (m_session.engine().state() == app::SyncEngine::State::Online)
        m_session.engine().client().request(ConversationMonitor{m_conversationId, true});
}

bool MonitorDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        m_delegate->setViewWidth(m_list->viewport()->width());
        m_list->doItemsLayout();
    }
    return QDialog::eventFilter(watched, event);
}

int MonitorDialog::messageCount() const
{
    return int(m_messages.size());
}

void MonitorDialog::onEvent(const Frame& event)
{
    if (const auto* update = event.as<ConversationUpdated>()) {
        if (update->conversation.id == m_conversationId) {
            m_conversation = update->conversation;
            updateHeader();
        }
    } else if (const auto* message = event.as<MessageNew>()) {
        if (message->message.conversationId != m_conversationId)
            return;
        for (const ChatMessage& m : m_messages) {
            if (m.id == message->message.id)
                return;  // the same note through my stream and the monitor
        }
        m_messages.push_back(message->message);
        reload();
    }
}

void MonitorDialog::reload()
{
    m_model->load(m_conversationId, m_messages, {}, m_session.me().name);
    m_list->scrollToBottom();
}

void MonitorDialog::updateHeader()
{
    const ConversationInfo& c = m_conversation;
    const QString agent = c.status == ConversationStatus::Waiting ? tr("in the queue")
                          : c.status == ConversationStatus::Closed ? tr("closed")
                                                                   : tr("with %1").arg(c.agentName.toHtmlEscaped());
    m_header->setText(QStringLiteral("<b>%1</b> · %2 · %3 · %4")
                          .arg(c.customerName.toHtmlEscaped(), UiText::tier(c.customerTier), UiText::topic(c.topic), agent));
    m_send->setEnabled(c.status != ConversationStatus::Closed && c.agentId > 0);
}

void MonitorDialog::whisper(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_conversation.agentId <= 0) {
        m_status->setText(tr("Nobody serves this conversation yet; a whisper needs an agent."));
        return;
    }
    if (m_session.engine().addNote(m_conversationId, text.trimmed())) {
        m_whisper->clear();
        m_status->setText(tr("Whispered to %1.").arg(m_conversation.agentName));
    }
}

} // namespace agentdesk::ui
