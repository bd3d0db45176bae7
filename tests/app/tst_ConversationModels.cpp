// The conversation list models on their own, checked by Qt's model tester: newest activity first
// through the filter model, live updates reorder, filters, the pinned open conversation, search,
// unread counts.

#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::app;
using protocol::ConversationInfo;

namespace {
ConversationInfo conversation(qint64 id, qint64 lastMessageAt, ConversationStatus status = ConversationStatus::Assigned,
                              qint64 waitingSince = 0, const QString& name = {})
{
    ConversationInfo c;
    c.id = id;
    c.customerId = id;
    c.customerName = name.isEmpty() ? QStringLiteral("customer %1").arg(id) : name;
    c.status = status;
    c.agentId = 1;
    c.lastMessageAt = lastMessageAt;
    c.waitingSince = waitingSince;
    c.lastMessagePreview = QStringLiteral("preview %1").arg(id);
    return c;
}

QList<qint64> ids(const QAbstractItemModel& model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ConversationListModel::IdRole).toLongLong();
    return out;
}
} // namespace

class TestConversationModels : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<ConversationListModel>();
        m_filtered = std::make_unique<ConversationFilterModel>();
        m_filtered->setSourceModel(m_model.get());
        m_filtered->setOwner(1);
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(m_filtered.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_model->reset({conversation(1, 100), conversation(2, 300), conversation(3, 200, ConversationStatus::Assigned, 150),
                        conversation(4, 400, ConversationStatus::Closed)});
    }
    void cleanup()
    {
        m_testers.clear();
        m_filtered.reset();
        m_model.reset();
    }

    void onlyAConversationListIsASource()
    {
        // The filter reads its source's rows as conversations: any other model is refused.
        QStringListModel other(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        ConversationFilterModel filtered;
        QTest::ignoreMessage(QtWarningMsg, "ConversationFilterModel: the source must be a ConversationListModel");
        filtered.setSourceModel(&other);
        QCOMPARE(filtered.sourceModel(), nullptr);
        QCOMPARE(filtered.rowCount(), 0);
        filtered.setSourceModel(m_model.get());
        QCOMPARE(filtered.rowCount(), 3);
    }

    void newestActivityFirstAndLiveReorder()
    {
        QCOMPARE(ids(*m_filtered), (QList<qint64>{2, 3, 1}));  // 4 is closed: not in "mine"
        m_model->upsert(conversation(1, 500));                 // a new message in 1
        QCOMPARE(ids(*m_filtered), (QList<qint64>{1, 2, 3}));
        m_model->upsert(conversation(5, 250));                 // a new conversation
        QCOMPARE(ids(*m_filtered), (QList<qint64>{1, 2, 5, 3}));
        QCOMPARE(m_model->rowCount(), 5);
    }

    void filters()
    {
        m_filtered->setFilter(ConversationFilterModel::Filter::Waiting);
        QCOMPARE(ids(*m_filtered), (QList<qint64>{3}));
        m_filtered->setFilter(ConversationFilterModel::Filter::Closed);
        QCOMPARE(ids(*m_filtered), (QList<qint64>{4}));
        m_filtered->setFilter(ConversationFilterModel::Filter::Mine);
        m_filtered->setSearch(QStringLiteral("PREVIEW 1"));
        QCOMPARE(ids(*m_filtered), (QList<qint64>{1}));
        m_filtered->setSearch(QString());
        // A conversation handed to a colleague leaves my list.
        ConversationInfo moved = conversation(2, 600);
        moved.agentId = 9;
        m_model->upsert(moved);
        QCOMPARE(ids(*m_filtered), (QList<qint64>{3, 1}));
    }

    void theOpenConversationIsPinned()
    {
        m_filtered->setFilter(ConversationFilterModel::Filter::Waiting);
        m_filtered->setPinned(3);
        m_model->upsert(conversation(3, 700));  // answered: no longer waiting...
        QCOMPARE(ids(*m_filtered), (QList<qint64>{3}));  // ...but still shown while open
        m_filtered->setPinned(0);
        QVERIFY(ids(*m_filtered).isEmpty());
    }

    void unreadAndSla()
    {
        m_model->addUnread(1);
        m_model->addUnread(1);
        QCOMPARE(m_model->unread(1), 2);
        QCOMPARE(m_model->index(m_model->rowOf(1), 0).data(ConversationListModel::UnreadRole).toInt(), 2);
        m_model->markRead(1);
        QCOMPARE(m_model->unread(1), 0);
        m_model->tick(150 + 3 * 60 * 1000);
        QCOMPARE(m_model->index(m_model->rowOf(3), 0).data(ConversationListModel::SlaStateRole).toInt(),
                 int(SlaPolicy::State::Breached));
        QCOMPARE(m_model->index(m_model->rowOf(1), 0).data(ConversationListModel::SlaStateRole).toInt(),
                 int(SlaPolicy::State::NotWaiting));
    }

private:
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<ConversationFilterModel> m_filtered;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_GUILESS_MAIN(TestConversationModels)
#include "tst_ConversationModels.moc"
