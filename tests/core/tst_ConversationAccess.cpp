#include "policy/ConversationAccess.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {
Principal staff(qint64 id, Role role, qint64 team)
{
    return Principal{PrincipalKind::Staff, id, QStringLiteral("s"), role, team, {}};
}
Principal customer(qint64 id)
{
    return Principal{PrincipalKind::Customer, id, QStringLiteral("c"), std::nullopt, 0, {}};
}
ConversationInfo conversation(qint64 customerId, qint64 agentId, qint64 team, ConversationStatus status)
{
    ConversationInfo c;
    c.id = 1;
    c.customerId = customerId;
    c.agentId = agentId;
    c.teamId = team;
    c.status = status;
    return c;
}
} // namespace

class TestConversationAccess : public QObject {
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("who");  // index into the principals below
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("reply");
        QTest::addColumn<bool>("manage");
        QTest::addColumn<bool>("customerData");
        // Conversation: customer 40, assigned to agent 1 of team 1, open.
        QTest::newRow("its customer") << 0 << true << true << false << false;
        QTest::newRow("another customer") << 1 << false << false << false << false;
        QTest::newRow("assigned agent") << 2 << true << true << true << true;
        QTest::newRow("agent of the same team") << 3 << false << false << false << false;
        QTest::newRow("lead of the team") << 4 << true << false << true << false;
        QTest::newRow("lead of another team") << 5 << false << false << false << false;
        QTest::newRow("trainer") << 6 << false << false << false << false;
        QTest::newRow("admin") << 7 << true << false << true << false;
    }

    void matrix()
    {
        QFETCH(int, who);
        QFETCH(bool, read);
        QFETCH(bool, reply);
        QFETCH(bool, manage);
        QFETCH(bool, customerData);
        const Principal principals[] = {customer(40), customer(41), staff(1, Role::Agent, 1), staff(2, Role::Agent, 1),
                                        staff(7, Role::Lead, 1), staff(8, Role::Lead, 2), staff(10, Role::Trainer, 0),
                                        staff(13, Role::Admin, 0)};
        const ConversationInfo open = conversation(40, 1, 1, ConversationStatus::Assigned);
        const Principal& p = principals[who];
        QCOMPARE(ConversationAccess::canRead(p, open), read);
        QCOMPARE(ConversationAccess::canReply(p, open), reply);
        QCOMPARE(ConversationAccess::canManage(p, open), manage);
        QCOMPARE(ConversationAccess::canSeeCustomer(p, open), customerData);
        // Once closed, nobody replies or manages it; reading stays as it was.
        const ConversationInfo closed = conversation(40, 1, 1, ConversationStatus::Closed);
        QCOMPARE(ConversationAccess::canRead(p, closed), read);
        QVERIFY(!ConversationAccess::canReply(p, closed));
        QVERIFY(!ConversationAccess::canManage(p, closed));
    }
};

QTEST_GUILESS_MAIN(TestConversationAccess)
#include "tst_ConversationAccess.moc"
