#include "LibraryPanel.h"

#include "ReplyDelegate.h"
#include "UiText.h"
#include "library/LibraryAccess.h"
#include "library/ReplyLibrary.h"
#include "models/ReplySearchModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

using app::ReplySearchModel;
using namespace protocol;

LibraryPanel::LibraryPanel(app::ReplyLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new ReplySearchModel(library, this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    setAccessibleName(tr("Reply library"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    auto* title = new QLabel(tr("Quick replies and scripts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("replySearch"));
    m_search->setAccessibleName(tr("Search replies"));
    m_search->setPlaceholderText(tr("Search titles, text and tags (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_model, &ReplySearchModel::setQuery);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("replyCategory"));
    m_category->setAccessibleName(tr("Reply category"));
    m_category->addItem(tr("All categories"), -1);
    for (size_t i = 0; i < EnumNames<ReplyCategory>::names.size(); ++i)
        m_category->addItem(UiText::replyCategory(ReplyCategory(i)), int(i));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_category->currentData().toInt();
        m_model->setCategory(value < 0 ? std::nullopt : std::optional(ReplyCategory(value)));
    });
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    m_language->setAccessibleName(tr("Reply language"));
    m_language->addItem(tr("All languages"), QString());
    m_language->addItem(UiText::language(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    m_language->addItem(UiText::language(QStringLiteral("en")), QStringLiteral("en"));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { m_model->setLanguage(m_language->currentData().toString()); });
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_category, 1);
    filters->addWidget(m_language);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("replyList"));
    m_list->setAccessibleName(tr("Replies"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ReplyDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::StyledPanel);
    m_list->setToolTip(tr("Click inserts into the message, Ctrl+click sends at once"));
    m_list->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPanel::onCurrentChanged);
    // Using a reply re-ranks the list: the reply in hand stays selected, and a script its steps.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptId = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; m_keptId != 0 && row < m_model->rowCount(); ++row) {
            if (m_model->replyIdAt(row) == m_keptId) {
                m_list->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
        onCurrentChanged();
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.data(ReplySearchModel::IsScriptRole).toBool())
            return;  // a script shows its steps; a step is what goes into the message
        activate(index.data(ReplySearchModel::IdRole).toLongLong(), QApplication::keyboardModifiers() & Qt::ControlModifier);
    });

    m_stepsTitle = new QLabel(this);
    m_stepsTitle->setObjectName(QStringLiteral("scriptTitle"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("scriptSteps"));
    m_steps->setAccessibleName(tr("Script steps"));
    m_steps->setWordWrap(true);
    m_steps->setMaximumHeight(150);
    m_steps->setToolTip(tr("Click a step to insert it, Ctrl+click to send it"));
    connect(m_steps, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const bool sendNow = QApplication::keyboardModifiers() & Qt::ControlModifier;
        const int step = m_steps->row(item);
        sendNow ? emit sendRequested(currentId(), step) : emit insertRequested(currentId(), step);
    });

    m_insert = new QPushButton(tr("Insert"), this);
    m_insert->setObjectName(QStringLiteral("insertReply"));
    m_insert->setToolTip(tr("Put the reply (or the script's next step) into the message to edit it (Enter)"));
    connect(m_insert, &QPushButton::clicked, this, [this] { activate(currentId(), false); });
    m_send = new QPushButton(tr("Send now"), this);
    m_send->setObjectName(QStringLiteral("sendReply"));
    m_send->setToolTip(tr("Send the reply (or the script's next step) at once (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, [this] { activate(currentId(), true); });
    m_favorite = new QToolButton(this);
    m_favorite->setObjectName(QStringLiteral("favoriteReply"));
    m_favorite->setText(QStringLiteral("☆"));
    m_favorite->setAccessibleName(tr("Favourite"));
    m_favorite->setToolTip(tr("Mark as a favourite: favourites come first"));
    m_favorite->setCheckable(true);
    connect(m_favorite, &QToolButton::clicked, this, [this](bool on) {
        if (currentId() != 0)
            m_library.setFavorite(currentId(), on);
    });
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("libraryMenu"));
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("Library actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_more);
    connect(menu->addAction(tr("New personal reply…")), &QAction::triggered, this, [this] { emit editRequested(0); });
    m_editAction = menu->addAction(tr("Edit…"));
    connect(m_editAction, &QAction::triggered, this, [this] { emit editRequested(currentId()); });
    m_deleteAction = menu->addAction(tr("Delete…"));
    connect(m_deleteAction, &QAction::triggered, this, &LibraryPanel::confirmDelete);
    menu->addSeparator();
    m_statsAction = menu->addAction(tr("Uses, conversions and A/B tests…"));
    connect(m_statsAction, &QAction::triggered, this, &LibraryPanel::statsRequested);
    m_more->setMenu(menu);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addWidget(m_send);
    buttons->addStretch(1);
    buttons->addWidget(m_favorite);
    buttons->addWidget(m_more);

    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_stepsTitle);
    layout->addWidget(m_steps);
    layout->addLayout(buttons);
    setPrincipal({});
    onCurrentChanged();
}

void LibraryPanel::setPrincipal(const Principal& me)
{
    m_me = me;
    const bool lead = me.role && (*me.role == Role::Lead || *me.role == Role::Admin || *me.role == Role::Trainer);
    m_statsAction->setVisible(lead);
    onCurrentChanged();
}

void LibraryPanel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_model->setConversation(conversationId);
    onCurrentChanged();
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

qint64 LibraryPanel::currentId() const
{
    return m_list->currentIndex().data(ReplySearchModel::IdRole).toLongLong();
}

void LibraryPanel::onCurrentChanged()
{
    const Reply* reply = m_library.find(currentId());
    const bool script = reply && reply->isScript();
    m_stepsTitle->setVisible(script);
    m_steps->setVisible(script);
    m_steps->clear();
    if (script) {
        m_stepsTitle->setText(tr("Steps of “%1”").arg(reply->title));
        for (size_t i = 0; i < reply->steps.size(); ++i)
            m_steps->addItem(tr("%1. %2 — %3").arg(i + 1).arg(reply->steps[i].title, reply->steps[i].body));
    }
    m_insert->setText(script ? tr("Insert next step") : tr("Insert"));
    m_send->setText(script ? tr("Send next step") : tr("Send now"));
    m_insert->setEnabled(reply && m_conversationId != 0);
    m_send->setEnabled(reply && m_conversationId != 0);
    m_favorite->setEnabled(reply != nullptr);
    m_favorite->setChecked(reply && m_library.isFavorite(reply->id));
    m_favorite->setText(m_favorite->isChecked() ? QStringLiteral("★") : QStringLiteral("☆"));
    const bool editable = reply && LibraryAccess::canEdit(m_me, *reply);
    m_editAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable);
}

void LibraryPanel::activate(qint64 replyId, bool sendNow)
{
    if (replyId == 0)
        return;
    const int step = m_library.find(replyId) && m_library.find(replyId)->isScript() ? -1 : 0;
    sendNow ? emit sendRequested(replyId, step) : emit insertRequested(replyId, step);
}

void LibraryPanel::confirmDelete()
{
    const Reply* reply = m_library.find(currentId());
    if (!reply)
        return;
    // Copies: the library may change while the question is open.
    const qint64 id = reply->id;
    const QString title = reply->title;
    const auto answer = QMessageBox::question(this, tr("Delete reply"),
                                              tr("Delete “%1” from the library for everyone who uses it?").arg(title));
    if (answer == QMessageBox::Yes)
        m_library.remove(id);
}

bool LibraryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search && (key->key() == Qt::Key_Down || enter) && m_model->rowCount() > 0) {
        // From the search box, Down or Enter goes to the best match.
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
        if (!enter)
            return true;
    }
    if (enter && (watched == m_list || watched == m_search)) {
        activate(currentId(), key->modifiers() & Qt::ControlModifier);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace agentdesk::ui
