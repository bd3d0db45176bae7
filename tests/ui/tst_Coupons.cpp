// The coupon button and dialogs on the offscreen platform, against a real server: what the agent
// may grant is shown before any click with the reasons for the rest; a grant reaches the customer;
// an over-limit request goes to the lead, who approves it in their own workspace, and the agent
// hears of it live; the coupon log shows every step and exports as CSV.
// Bad inputs tried: asking the lead without a reason; a CSV cell that a spreadsheet would run.

#include "ApprovalsDialog.h"
#include "AuditDialog.h"
#include "CouponDialog.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "WsClient.h"
#include "coupons/CouponDesk.h"
#include "reports/CsvFile.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
constexpr qint64 kFiveYuan = 1;
constexpr qint64 kFiftyYuan = 4;

QString statusOf(QTreeWidget* list, qint64 templateId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == templateId)
            return list->topLevelItem(i)->text(3);
    }
    return {};
}
} // namespace

class TestCoupons : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_agent = session(QStringLiteral("agent1"));
        QTRY_COMPARE(m_agent->engine().state(), app::SyncEngine::State::Online);
        m_customer = liveCustomer(*m_server, QStringLiteral("demo-0031"));
        m_conversation = m_customer->openConversation(QStringLiteral("这个也太贵了吧，有优惠吗？")).id;
        m_window = std::make_unique<ui::MainWindow>(*m_agent, m_settings);
        m_window->resize(1440, 900);
        m_window->show();
        QTRY_VERIFY(m_agent->conversations()->find(m_conversation)
                    && m_agent->conversations()->find(m_conversation)->agentId == m_agent->me().id);
        m_window->selectRow(0);
        QCOMPARE(m_agent->current(), m_conversation);
        QTRY_VERIFY(m_agent->coupons()->hasOptions());
    }

    void cleanup()
    {
        m_window.reset();
        m_agent.reset();
        m_lead.reset();
        m_customer.reset();
        m_server.reset();
    }

    void theButtonSaysWhatMayBeGrantedBeforeAnyClick()
    {
        auto* button = m_window->findChild<QToolButton*>(QStringLiteral("coupon"));
        QVERIFY(button && button->isEnabled());
        // A junior agent, a regular customer who objected to the price: 5, 20 (price objection)
        // and the percent coupons up to 20 yuan... the 10-yuan one only after 3 minutes.
        const int grantable = m_agent->coupons()->grantableCount();
        QVERIFY(grantable >= 2);
        QCOMPARE(button->text(), QStringLiteral("Coupon (%1)").arg(grantable));
        QVERIFY(button->toolTip().contains(QStringLiteral("200.00")));
        // ...and why the others may not, also before the dialog.
        QVERIFY2(button->toolTip().contains(QStringLiteral("only after 3 minutes")), qPrintable(button->toolTip()));
        QVERIFY(button->toolTip().contains(QStringLiteral("your limit per coupon is ¥20.00")));

        ui::CouponDialog dialog(*m_agent->coupons(), QStringLiteral("customer"));
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("couponList"));
        QCOMPARE(list->topLevelItemCount(), 7);
        QCOMPARE(statusOf(list, kFiveYuan), QStringLiteral("You can grant it"));
        QVERIFY2(statusOf(list, kFiftyYuan).contains(QStringLiteral("your limit per coupon is ¥20.00")), qPrintable(statusOf(list, kFiftyYuan)));
        QVERIFY(statusOf(list, kFiftyYuan).contains(QStringLiteral("tier")));
        QVERIFY(statusOf(list, 2).contains(QStringLiteral("only after 3 minutes")));
        dialog.selectTemplate(kFiftyYuan);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("couponDetail"))->text().contains(QStringLiteral("Ask your lead")));
        shoot(dialog, QStringLiteral("coupon-dialog.png"));
    }

    void grantAskApproveAndAudit()
    {
        ui::CouponDialog dialog(*m_agent->coupons(), QStringLiteral("customer"));
        QString asked;
        dialog.setConfirmation([&](const QString& question) {
            asked = question;
            return true;
        });
        dialog.selectTemplate(kFiveYuan);
        dialog.grantSelected();
        QTRY_VERIFY2(dialog.outcome().contains(QStringLiteral("AD-")), qPrintable(dialog.outcome()));
        QVERIFY(asked.contains(QStringLiteral("customer")));
        const auto told = m_customer->waitEvent([](const Frame& f) {
            return f.as<MessageNew>() && f.as<MessageNew>()->message.event == QLatin1String("coupon_granted");
        });
        QVERIFY(told);
        QVERIFY(dialog.outcome().contains(told->as<MessageNew>()->message.args.front()));
        // The conversation shows it too, and the button now counts one coupon less (one per conversation).
        QTRY_VERIFY(m_agent->messages()->rowCount() > 0
                    && m_agent->messages()->index(m_agent->messages()->rowCount() - 1).data(app::MessageListModel::EventRole).toString()
                        == QLatin1String("coupon_granted"));
        QTRY_COMPARE(m_agent->coupons()->grantableCount(), 0);

        // Beyond the agent's authority: asked of the lead, with a reason.
        dialog.selectTemplate(kFiftyYuan);
        dialog.askLead(QStringLiteral("   "));
        QVERIFY(dialog.outcome().contains(QStringLiteral("Say why")));
        dialog.askLead(QStringLiteral("Loyal customer, second problem this month"));
        QTRY_VERIFY(dialog.outcome().contains(QStringLiteral("Sent to your team's leads")));

        // The lead's workspace has it, live; approving grants it within the lead's limits.
        m_lead = session(QStringLiteral("lead1"));
        QTRY_COMPARE(m_lead->engine().state(), app::SyncEngine::State::Online);
        QTRY_COMPARE(m_lead->coupons()->pendingCount(), 1);
        ui::ApprovalsDialog approvals(*m_lead->coupons(), m_lead->me());
        approvals.selectApproval(m_lead->coupons()->approvals().front().id);
        approvals.decideSelected(true);
        QTRY_VERIFY(approvals.outcome().contains(QStringLiteral("Approved")));
        shoot(approvals, QStringLiteral("coupon-requests.png"));
        QCOMPARE(m_lead->coupons()->pendingCount(), 0);
        // The agent hears it live, in the status bar.
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("approved your coupon request")));
        QTest::qWait(200);
        shoot(*m_window, QStringLiteral("coupon-workspace.png"));

        // The lead's log has the team's grant, refusal-free request, approval and its grant.
        ui::AuditDialog log(*m_lead->coupons());
        QTRY_COMPARE(log.rowCount(), 4);
        const QString path = m_dir.filePath(QStringLiteral("log.csv"));
        QString exportError = QStringLiteral("pending");
        log.exportCsv(path, 0, 0, [&](const QString& error) { exportError = error; });
        QTRY_VERIFY(exportError != QLatin1String("pending"));
        QVERIFY2(exportError.isEmpty(), qPrintable(exportError));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,at_utc,action"));  // a byte-order mark, for spreadsheets
        const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.join(u'\n').contains(QStringLiteral(",approve,")));
        QCOMPARE(app::CsvFile::line({QStringLiteral("=HYPERLINK(1)"), QStringLiteral("a,\"b\"")}),
                 QStringLiteral("'=HYPERLINK(1),\"a,\"\"b\"\"\"\r\n"));
    }

private:
    // To look at them: AGENTDESK_SHOTS=dir keeps pictures of the dialogs and the window.
    static void shoot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("AGENTDESK_SHOTS");
        if (dir.isEmpty())
            return;
        widget.show();
        QTest::qWait(100);
        widget.grab().save(dir + QLatin1Char('/') + name);
    }

    std::unique_ptr<app::WorkspaceSession> session(const QString& user)
    {
        auto s = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{m_server->staffUrl(), user, QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(user).arg(++m_round)), QStringLiteral("test-server"));
        QString error;
        if (!s->open(&error))
            qWarning() << error;
        s->start();
        return s;
    }

    QTemporaryDir m_dir;
    app::WorkspaceSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WsClient> m_customer;
    std::unique_ptr<app::WorkspaceSession> m_agent;
    std::unique_ptr<app::WorkspaceSession> m_lead;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_conversation = 0;
    int m_round = 0;
};

QTEST_MAIN(TestCoupons)
#include "tst_Coupons.moc"
