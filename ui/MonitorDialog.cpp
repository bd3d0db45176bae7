#include "MonitorDialog.h"

#include "MessageDelegate.h"
#include "UiText.h"
#include "models/MessageListModel.h"
#include "policy/ConversationAccess.h"
#include "policy/ConversationActivity.h"
#include "protocol/IdempotencyKey.h"
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
    m_toCustomer = new QPushButton(tr("Send to customer"), this);
    m_toCustomer->setObjectName(QStringLiteral("monitorSend"));
    m_toCustomer->setToolTip(tr("After joining: a message the customer sees, from you"));
    m_toCustomer->hide();
    row->addWidget(m_whisper, 1);
    row->addWidget(m_send);
    row->addWidget(m_toCustomer);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_join = buttons->addButton(tr("Join"), QDialogButtonBox::ActionRole);
    m_join->setObjectName(QStringLiteral("monitorJoin"));
    m_join->setToolTip(tr("Write to the customer beside the agent; everyone sees that you joined"));
    connect(m_join, &QPushButton::clicked, this, &MonitorDialog::join);
    auto* takeOver = buttons->addButton(tr("Take over"), QDialogButtonBox::ActionRole);
    takeOver->setObjectName(QStringLiteral("monitorTakeOver"));
    connect(takeOver, &QPushButton::clicked, this, [this] { emit takeOverRequested(m_conversationId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, [this] { whisper(m_whisper->text()); });
    connect(m_toCustomer, &QPushButton::clicked, this, [this] { sendToCustomer(m_whisper->text()); });
    connect(m_whisper, &QLineEdit::returnPressed, this, [this] { whisper(m_whisper->text()); });
    connect(&m_session.engine(), &app::SyncEngine::transientEvent, this, &MonitorDialog::onEvent);
    // A whisper comes back in my stream as a note of this conversation.
    connect(&m_session.engine(), &app::SyncEngine::messageArrived, this, [this](const ChatMessage& m) {
        if (m.conversationId == m_conversationId)
            onEvent(Frame{FrameType::MessageNew, {}, 0, MessageNew{m}});
    });

    // The server forgets a monitor with its connection: monitor again after each reconnect.
    connect(&m_session.engine(), &app::SyncEngine::stateChanged, this, [this](app::SyncEngine::State state) {
        if (state == app::SyncEngine::State::Online)
            startMonitoring();
    });
    m_header->setText(tr("Loading…"));
    if (m_session.engine().state() == app::SyncEngine::State::Online)
        startMonitoring();
}

void MonitorDialog::startMonitoring()
{
    QPointer<MonitorDialog> self(this);
    m_session.engine().client().request(ConversationMonitor{m_conversationId, false}, [this, self](const Frame& reply) {
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

void MonitorDialog::join()
{
    if (m_session.engine().state() != app::SyncEngine::State::Online) {
        m_status->setText(tr("You are offline; joining needs the connection."));
        return;
    }
    QPointer<MonitorDialog> self(this);
    m_session.engine().client().request(ConversationJoin{newIdempotencyKey(), m_conversationId}, [this, self](const Frame& reply) {
        if (!self)
            return;
        if (const auto* ok = reply.as<ConversationJoinOk>()) {
            m_joined = true;
            m_conversation = ok->conversation;
            updateHeader();
            m_status->setText(tr("You joined: the customer sees your messages, sent with “Send to customer”."));
        } else if (const auto* error = reply.as<protocol::Error>()) {
            m_status->setText(tr("You could not join: %1").arg(error->message));
        }
    });
}

void MonitorDialog::sendToCustomer(const QString& text)
{
    if (!m_joined || text.trimmed().isEmpty())
        return;
    if (m_session.engine().sendMessage(m_conversationId, text.trimmed())) {
        m_whisper->clear();
        m_status->setText(tr("Sent to %1.").arg(m_conversation.customerName));
    }
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
        // A message.send has no conversation.updated: the message moves the activity itself.
        if (message->message.conversationId == m_conversation.id)
            ConversationActivity::apply(m_conversation, message->message);
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
    m_join->setVisible(!m_joined && ConversationAccess::canJoin(m_session.me(), c));
    m_toCustomer->setVisible(m_joined);
    m_toCustomer->setEnabled(m_joined && ConversationAccess::canReply(m_session.me(), c, true));
    m_whisper->setPlaceholderText(m_joined ? tr("Whisper to the agent, or write to the customer…") : tr("Whisper to the agent…"));
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
