// The reply library in the workspace window on the offscreen platform, against a real server:
// the "/" completer, click to insert and Ctrl+click to send, placeholders that must be filled
// before anything reaches the customer, scripts step by step, favourites first, a lead's edit
// pushed live into the agent's panel, and pictures: a reply's image sent with it and shown in the
// chat, a large picture shrunk to the limit before upload. Bad pictures tried: a text file named
// .png, a photo-sized PNG of noise (shrunk, not refused).

#include "LibraryPanel.h"
#include "MainWindow.h"
#include "ReplyEditorDialog.h"
#include "TestServer.h"
#include "WsClient.h"
#include "library/ReplyTemplate.h"
#include "media/ImageBlob.h"
#include "models/ReplySearchModel.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;
using app::ReplySearchModel;

namespace {

// Answers the next "complete the reply" dialog: every field gets `value`, then OK.
class FillDialogAnswerer : public QObject {
public:
    explicit FillDialogAnswerer(QString value)
        : m_value(std::move(value))
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("replyFillDialog"))
                return;
            for (auto* edit : dialog->findChildren<QLineEdit*>())
                edit->setText(m_value);
            ++answered;
            dialog->accept();
        });
        m_poll.start(20);
    }
    int answered = 0;

private:
    QString m_value;
    QTimer m_poll;
};

// QTest::keyClicks takes Latin-1 only: other characters arrive as key events carrying the text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
        }
    }
}

} // namespace

class TestLibraryPanel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_customer = std::make_unique<WsClient>(m_server->customerUrl());
        QVERIFY(m_customer->waitConnected());
        m_customer->sync(m_customer->signinCustomer(QStringLiteral("demo-0101")).head);
        m_conversation = m_customer->openConversation(QStringLiteral("Where is my parcel?"), QStringLiteral("presales")).id;

        m_session = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_round)), QStringLiteral("test-server"));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(*m_session, m_settings);
        m_window->resize(1440, 900);
        m_window->show();
        m_session->start();
        QTRY_COMPARE(m_session->engine().state(), app::SyncEngine::State::Online);
        QTRY_VERIFY(m_session->library()->replies().size() >= 100);
        QTRY_VERIFY(m_session->conversations()->find(m_conversation));
        m_window->selectRow(0);
        QCOMPARE(m_session->current(), m_conversation);
        QTRY_VERIFY(m_session->profile().has_value());  // order facts fill {order.id}...
        m_composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        m_list = m_window->findChild<QListView*>(QStringLiteral("replyList"));
        QVERIFY(m_composer && m_list);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_customer.reset();
        m_lead.reset();
        m_server.reset();
    }

    void slashOpensTheMatchingRepliesAndEnterPicks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("category");
        QTest::newRow("english") << QStringLiteral("/deliv") << int(ReplyCategory::Logistics);
        QTest::newRow("chinese") << QStringLiteral("/物流") << int(ReplyCategory::Logistics);
        QTest::newRow("pinyin initials") << QStringLiteral("/wl") << int(ReplyCategory::Logistics);
    }

    void slashOpensTheMatchingRepliesAndEnterPicks()
    {
        QFETCH(QString, typed);
        QFETCH(int, category);
        m_composer->setFocus();
        QTest::keyClicks(m_composer, QStringLiteral("Hello! "));
        typeText(m_composer, typed);
        QAbstractItemView* popup = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("replyCompletions"))
                popup = qobject_cast<QAbstractItemView*>(w);
        }
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() >= 3);
        QCOMPARE(popup->model()->index(0, 0).data(ReplySearchModel::CategoryRole).toInt(), category);
        const qint64 picked = popup->model()->index(0, 0).data(ReplySearchModel::IdRole).toLongLong();

        FillDialogAnswerer answerer(QStringLiteral("SF1234567"));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!m_composer->toPlainText().contains(typed));
        const QString text = m_composer->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Hello! ")), qPrintable(text));
        QVERIFY2(!ReplyTemplate::hasPlaceholders(text), qPrintable(text));
        QVERIFY(text.size() > 20);

        // Sent with Enter: the customer gets exactly the text, and the reply's use is recorded.
        QTest::keyClick(m_composer, Qt::Key_Return);
        QVERIFY(m_customer->waitMessage(m_conversation, text));
        QTRY_COMPARE(usesOnServer(picked), 1);
    }

    void clickInsertsAndCtrlClickSends()
    {
        const int row = rowWhere([this](qint64 id) {
            const Reply* r = m_session->library()->find(id);
            return !r->isScript() && ReplyTemplate::placeholders(r->body).empty();
        });
        QVERIFY(row >= 0);
        const QModelIndex index = m_list->model()->index(row, 0);
        const QString body = m_session->library()->find(index.data(ReplySearchModel::IdRole).toLongLong())->body;
        m_list->scrollTo(index);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(index).center());
        QCOMPARE(m_composer->toPlainText(), body);

        // Ctrl+click on another reply sends it at once and leaves the composer alone.
        const int other = rowWhere([&](qint64 id) {
            const Reply* r = m_session->library()->find(id);
            return !r->isScript() && r->body != body && ReplyTemplate::placeholders(r->body).empty();
        });
        const QModelIndex otherIndex = m_list->model()->index(other, 0);
        const QString otherBody = m_session->library()->find(otherIndex.data(ReplySearchModel::IdRole).toLongLong())->body;
        m_list->scrollTo(otherIndex);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, Qt::ControlModifier, m_list->visualRect(otherIndex).center());
        QVERIFY(m_customer->waitMessage(m_conversation, otherBody));
        QCOMPARE(m_composer->toPlainText(), body);
    }

    void placeholdersNeverReachTheCustomer()
    {
        m_composer->setFocus();
        QTest::keyClicks(m_composer, QStringLiteral("Your order {order.id} is on its way"));
        QTest::keyClick(m_composer, Qt::Key_Return);
        QCOMPARE(m_composer->toPlainText(), QStringLiteral("Your order {order.id} is on its way"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("{order.id}")));
        QVERIFY(!m_customer->waitMessage(m_conversation, QStringLiteral("Your order {order.id} is on its way"), 300));

        // A reply with a fill-in field asks for it first: cancelling inserts nothing.
        m_composer->clear();
        const auto prepared = m_session->prepareReply(firstReplyWithInput());
        QVERIFY(prepared && !prepared->filled.unfilled.empty());
        QTimer::singleShot(100, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        m_window->libraryPanel()->insertRequested(firstReplyWithInput(), 0);
        QVERIFY(m_composer->toPlainText().isEmpty());
    }

    void scriptsGoStepByStep()
    {
        const int row = rowWhere([this](qint64 id) { return m_session->library()->find(id)->steps.size() >= 3; });
        QVERIFY(row >= 0);
        const QModelIndex index = m_list->model()->index(row, 0);
        const Reply* script = m_session->library()->find(index.data(ReplySearchModel::IdRole).toLongLong());
        m_list->scrollTo(index);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(index).center());
        QVERIFY(m_composer->toPlainText().isEmpty());  // a click on a script shows it; it inserts nothing
        auto* steps = m_window->findChild<QListWidget*>(QStringLiteral("scriptSteps"));
        QVERIFY(steps->isVisible());
        QCOMPARE(steps->count(), int(script->steps.size()));

        FillDialogAnswerer answerer(QStringLiteral("42"));
        auto* next = m_window->findChild<QPushButton*>(QStringLiteral("sendReply"));
        QCOMPARE(next->text(), QStringLiteral("Send next step"));
        QVERIFY(next->isEnabled());
        for (size_t step = 0; step < 2; ++step) {
            const auto filled = ReplyTemplate::fill(script->steps[step].body, m_session->replyFacts());
            QHash<QString, QString> typed;
            for (const auto& p : filled.unfilled)
                typed.insert(p.token, QStringLiteral("42"));
            next->click();
            const QString expected = ReplyTemplate::apply(filled.text, typed);
            const auto got = m_customer->waitEvent([&](const Frame& f) {
                return f.as<MessageNew>() && f.as<MessageNew>()->message.sender == Sender::Agent;
            });
            QVERIFY2(got, qPrintable(m_window->statusBar()->currentMessage()));
            QCOMPARE(got->as<MessageNew>()->message.text, expected);
        }
        QCOMPARE(m_session->nextStep(script->id), 2);
        // Using it kept the script selected with its steps shown, though the list was re-ranked.
        QVERIFY(steps->isVisible());
        QCOMPARE(m_list->currentIndex().data(ReplySearchModel::IdRole).toLongLong(), script->id);
    }

    void favouritesComeFirst()
    {
        const int last = m_list->model()->rowCount() - 1;
        const QModelIndex index = m_list->model()->index(last, 0);
        const qint64 id = index.data(ReplySearchModel::IdRole).toLongLong();
        m_list->setCurrentIndex(index);
        m_window->findChild<QToolButton*>(QStringLiteral("favoriteReply"))->click();
        QTRY_COMPARE(m_list->model()->index(0, 0).data(ReplySearchModel::IdRole).toLongLong(), id);
        QVERIFY(m_list->model()->index(0, 0).data(ReplySearchModel::FavoriteRole).toBool());
    }

    void theSelectedReplyStaysWhenAnotherIsDeleted()
    {
        // The lead deletes a reply listed above the one the agent has in hand.
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        const int row = rowWhere([this](qint64 id) {
            const Reply* r = m_session->library()->find(id);
            return r->scope == ReplyScope::Team && r->teamId == 1;
        });
        QVERIFY(row > 0);
        const qint64 above = m_list->model()->index(row, 0).data(ReplySearchModel::IdRole).toLongLong();
        const qint64 kept = m_list->model()->index(row + 1, 0).data(ReplySearchModel::IdRole).toLongLong();
        m_list->setCurrentIndex(m_list->model()->index(row + 1, 0));
        const int before = m_list->model()->rowCount();
        QVERIFY(lead->request(ReplyDelete{newKey(), above}).as<ReplyDeleteOk>());
        QTRY_COMPARE(m_list->model()->rowCount(), before - 1);
        QCOMPARE(m_list->currentIndex().data(ReplySearchModel::IdRole).toLongLong(), kept);
    }

    void aLeadsEditArrivesLive()
    {
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        const Frame list = lead->request(LibraryList{});
        Reply edited;
        for (const Reply& r : list.as<LibraryListOk>()->replies) {
            if (r.teamId == 1 && !r.isScript()) {
                edited = r;
                break;
            }
        }
        QVERIFY(edited.id != 0);
        edited.title = QStringLiteral("Fresh from the lead");
        QVERIFY(lead->request(ReplySave{newKey(), edited}).as<ReplySaveOk>());
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("replySearch"));
        search->setText(QStringLiteral("fresh from"));
        QTRY_COMPARE(m_list->model()->rowCount(), 1);
        QCOMPARE(m_list->model()->index(0, 0).data(ReplySearchModel::IdRole).toLongLong(), edited.id);
        // The library in the cache has it too: a restart offline would show it.
        QVERIFY(m_session->library()->find(edited.id)->title == edited.title);
    }

    void recommendationCardsSendOnceAndSayWhy()
    {
        QVERIFY(m_customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("PH-X1-128"), 1}}}).as<OrderPlaceOk>());
        m_customer->send(m_conversation, QStringLiteral("How long does the battery last when charging? Does the screen scratch?"));
        auto cards = [this] {
            QList<QWidget*> out;
            for (QWidget* w : m_window->findChildren<QWidget*>(QStringLiteral("recommendationCard")))
                out << w;
            return out;
        };
        QTRY_COMPARE(cards().size(), 2);  // two at most on screen
        QVERIFY(m_session->recommendations().size() >= 2);
        const Recommendation first = m_session->recommendations()[0];
        const Recommendation second = m_session->recommendations()[1];
        QCOMPARE(first.kind, QStringLiteral("warranty"));
        QVERIFY(cards()[0]->findChild<QLabel*>(QStringLiteral("reason"))->text().contains(first.forProduct));

        // Ctrl+Shift+R sends the first card.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_customer->waitMessage(m_conversation, first.sentence));
        // At once, without asking the server: the policy allows one add-on, so the others are refused.
        QTRY_VERIFY(m_session->recommendations().front().sku == second.sku);
        for (QWidget* card : cards()) {
            QVERIFY(!card->findChild<QPushButton*>(QStringLiteral("sendRecommendation"))->isEnabled());
            QVERIFY(card->findChild<QLabel*>(QStringLiteral("refusal")));
        }
        QVERIFY(!m_session->sendRecommendation(second.sku));
        // Ctrl+Shift+R sends nothing now; dismissed, a card goes (the button, then Ctrl+Shift+D).
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_customer->waitMessage(m_conversation, second.sentence, 300));
        const size_t before = m_session->recommendations().size();
        cards()[0]->findChild<QToolButton*>(QStringLiteral("dismissRecommendation"))->click();
        QTRY_COMPARE(m_session->recommendations().size(), before - 1);
        for (const Recommendation& r : m_session->recommendations())
            QVERIFY(r.sku != second.sku);
        if (!m_session->recommendations().empty()) {
            const QString next = m_session->recommendations().front().sku;
            QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE(m_session->recommendations().size(), before - 2);
            for (const Recommendation& r : m_session->recommendations())
                QVERIFY(r.sku != next);
        }
    }

    void editorOffersOnlyTheScopesOneMayKeep_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("scopes");
        QTest::newRow("agent") << int(Role::Agent) << 1;
        QTest::newRow("lead") << int(Role::Lead) << 2;
        QTest::newRow("admin") << int(Role::Admin) << 3;
    }

    void aReplysImageGoesWithItAndShowsInTheChat()
    {
        const auto withImage = std::find_if(m_session->library()->replies().begin(), m_session->library()->replies().end(),
                                            [](const Reply& r) { return !r.image.isEmpty(); });
        QVERIFY(withImage != m_session->library()->replies().end());
        const qint64 replyId = withImage->id;
        const QString imageId = withImage->image;
        auto* bar = m_window->findChild<QWidget*>(QStringLiteral("attachmentBar"));
        QVERIFY(bar && !bar->isVisible());

        m_window->libraryPanel()->insertRequested(replyId, 0);
        QCOMPARE(m_session->attachedImage(), imageId);
        QVERIFY(bar->isVisible());
        QTest::keyClick(m_composer, Qt::Key_Return);
        const auto pushed = m_customer->waitEvent([&](const Frame& f) {
            const auto* m = f.as<MessageNew>();
            return m && m->message.sender == Sender::Agent && m->message.image == imageId;
        });
        QVERIFY(pushed);
        QVERIFY(m_session->attachedImage().isEmpty());
        QVERIFY(!bar->isVisible());

        // The chat shows the picture once it is here: the bubble grows to hold it.
        auto* messages = m_window->findChild<QListView*>(QStringLiteral("messageList"));
        QTRY_VERIFY(!m_session->images()->bytes(imageId).isEmpty());
        QModelIndex shown;
        QTRY_VERIFY((shown = lastRowWithImage(messages, imageId)).isValid());
        QTRY_VERIFY(messages->visualRect(shown).height() > 150);
        // To look at it: AGENTDESK_SHOTS=dir keeps a picture of the window with the image sent,
        // and one with the next reply's image waiting above the composer.
        if (const QString shots = qEnvironmentVariable("AGENTDESK_SHOTS"); !shots.isEmpty()) {
            messages->scrollToBottom();
            m_window->libraryPanel()->insertRequested(replyId, 0);
            QTest::qWait(200);
            m_window->grab().save(shots + QStringLiteral("/reply-image.png"));
        }
    }

    void aLargePictureIsShrunkBeforeItIsAttached()
    {
        // A photo-sized picture of noise: PNG cannot compress it, so it must be re-encoded smaller.
        QImage photo(1600, 1200, QImage::Format_RGB32);
        auto* random = QRandomGenerator::global();
        for (int y = 0; y < photo.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(photo.scanLine(y));
            for (int x = 0; x < photo.width(); ++x)
                line[x] = random->generate() | 0xff000000u;
        }
        const QString path = m_dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(photo.save(path));
        QVERIFY(QFileInfo(path).size() > media::kMaxImageBytes);

        m_window->attachImageFile(path);
        QTRY_VERIFY(!m_session->attachedImage().isEmpty());
        const QByteArray sent = m_session->images()->bytes(m_session->attachedImage());
        QVERIFY(sent.size() <= media::kMaxImageBytes);
        QCOMPARE(media::imageId(sent), m_session->attachedImage());
        QVERIFY(!QImage::fromData(sent).isNull());
        QTest::mouseClick(m_window->findChild<QToolButton*>(QStringLiteral("removeAttachment")), Qt::LeftButton);
        QVERIFY(m_session->attachedImage().isEmpty());

        // Not a picture: said in the status bar, nothing attached.
        const QString fake = m_dir.filePath(QStringLiteral("notes.png"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a picture");
        file.close();
        m_window->attachImageFile(fake);
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
        QVERIFY(m_session->attachedImage().isEmpty());

        // The reply editor shrinks the same way before anything is uploaded.
        Reply fresh;
        fresh.language = QStringLiteral("en");
        ui::ReplyEditorDialog dialog(fresh, m_session->me());
        dialog.chooseImageFile(path);
        QVERIFY(!dialog.newImage().isEmpty() && dialog.newImage().size() <= media::kMaxImageBytes);
        dialog.findChild<QCheckBox*>(QStringLiteral("replyIsScript"))->setChecked(true);
        QVERIFY(dialog.reply().image.isEmpty());  // scripts carry no image
    }

    void editorOffersOnlyTheScopesOneMayKeep()
    {
        QFETCH(int, role);
        QFETCH(int, scopes);
        Reply fresh;
        fresh.language = QStringLiteral("en");
        ui::ReplyEditorDialog dialog(fresh, Principal{PrincipalKind::Staff, 5, QStringLiteral("x"), Role(role), 1, QStringLiteral("Presales")});
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("replyScope"))->count(), scopes);
        dialog.findChild<QLineEdit*>(QStringLiteral("replyTitle"))->setText(QStringLiteral("Thanks"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("replyBody"))->setPlainText(QStringLiteral("Thank you, {customer.name}!"));
        const Reply r = dialog.reply();
        QCOMPARE(r.scope, ReplyScope::Personal);
        QCOMPARE(r.body, QStringLiteral("Thank you, {customer.name}!"));
        QCOMPARE(r.abPairId, 0);
        // Tested against another reply: the request names it, the server makes the pair.
        dialog.setAbCandidates({{42, QStringLiteral("Thanks, the classic")}});
        auto* ab = dialog.findChild<QComboBox*>(QStringLiteral("replyAbTest"));
        QCOMPARE(ab->count(), 2);
        ab->setCurrentIndex(1);
        QCOMPARE(dialog.reply().abPairId, 42);
    }

private:
    static QModelIndex lastRowWithImage(QListView* view, const QString& imageId)
    {
        for (int row = view->model()->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(app::MessageListModel::ImageRole).toString() == imageId)
                return index;
        }
        return {};
    }

    int rowWhere(const std::function<bool(qint64)>& match)
    {
        for (int row = 0; row < m_list->model()->rowCount(); ++row) {
            if (match(m_list->model()->index(row, 0).data(ReplySearchModel::IdRole).toLongLong()))
                return row;
        }
        return -1;
    }

    qint64 firstReplyWithInput()
    {
        for (const Reply& r : m_session->library()->replies()) {
            if (!r.isScript() && r.body.contains(QStringLiteral("{input:")))
                return r.id;
        }
        return 0;
    }

    int usesOnServer(qint64 replyId)
    {
        if (!m_lead)
            m_lead = liveStaff(*m_server, QStringLiteral("lead1"));
        const Frame frame = m_lead->request(LibraryStats{});  // alive while its stats are read
        for (const ReplyStats& s : frame.as<LibraryStatsOk>()->stats) {
            if (s.replyId == replyId)
                return s.uses;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    app::WorkspaceSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WsClient> m_customer;
    std::unique_ptr<WsClient> m_lead;
    qint64 m_conversation = 0;
    int m_round = 0;
    std::unique_ptr<app::WorkspaceSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QPlainTextEdit* m_composer = nullptr;
    QListView* m_list = nullptr;
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_LibraryPanel.moc"
