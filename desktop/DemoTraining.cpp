#include "DemoTraining.h"

#include "EmbeddedSandbox.h"
#include "net/ProtocolClient.h"
#include "protocol/IdempotencyKey.h"
#include "sandbox/PathPlayer.h"
#include "sandbox/SandboxResult.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoTraining, "agentdesk.demo.training")

namespace agentdesk::desktop {

using namespace protocol;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

DemoTraining::DemoTraining(QUrl staffUrl, QString password, QString language, QObject* parent)
    : QObject(parent)
    , m_url(std::move(staffUrl))
    , m_password(std::move(password))
    , m_language(std::move(language))
{
}

DemoTraining::~DemoTraining() = default;

void DemoTraining::start()
{
    // true: the expert's way; false: the poor one. Oldest first: attempts a few days apart.
    submitAttempts(QStringLiteral("agent1"), {{QStringLiteral("hesitant-buyer"), false}, {QStringLiteral("hesitant-buyer"), true},
                                              {QStringLiteral("late-parcel-angry"), false}},
                   1);
    submitAttempts(QStringLiteral("agent3"), {{QStringLiteral("competitor-price"), true}, {QStringLiteral("broken-screen"), true}}, 3);
    submitAttempts(QStringLiteral("agent4"), {{QStringLiteral("return-earbuds"), false}}, 2);
    assign();
}

void DemoTraining::oneDone()
{
    if (--m_running == 0)
        emit done();
}

void DemoTraining::runAs(const QString& login, Job job)
{
    ++m_running;
    auto owned = std::make_unique<app::ProtocolClient>();
    app::ProtocolClient* client = owned.get();
    m_clients.push_back(std::move(owned));
    connect(client, &app::ProtocolClient::opened, this, [this, client, login, job] {
        client->request(AuthLogin{login, m_password, kProtocolVersion, QStringLiteral("agentdesk-demo"), {}},
                        [this, client, login, job](const Frame& reply) {
                            if (!reply.as<AuthOk>()) {
                                qCWarning(lcDemoTraining) << login << "could not sign in";
                                client->close();
                                oneDone();
                                return;
                            }
                            job(*client, [this, client] {
                                client->close();
                                oneDone();
                            });
                        });
    });
    client->open(m_url);
}

void DemoTraining::submitAttempts(const QString& login, const std::vector<std::pair<QString, bool>>& attempts, int daysAgo)
{
    std::vector<QString> texts;
    qint64 start = QDateTime::currentMSecsSinceEpoch() - daysAgo * kDayMs;
    for (const auto& [id, expert] : attempts) {
        QString error;
        const auto scenario = EmbeddedSandbox::find(id, &error);
        if (!scenario) {
            qCWarning(lcDemoTraining) << "no scenario" << id << error;
            continue;
        }
        const auto played = sandbox::PathPlayer::play(*scenario, m_language, expert ? scenario->expertPath : scenario->poorPath, start);
        const qint64 end = played.transcript.empty() ? start : played.transcript.back().at;
        texts.push_back(QString::fromUtf8(sandbox::SandboxResult::of(*scenario, m_language, played.transcript, played.score, end).toJson(true)));
        start += 5 * 3600 * 1000;  // the next attempt later that day
    }
    runAs(login, [texts](app::ProtocolClient& client, std::function<void()> finished) {
        auto left = std::make_shared<size_t>(texts.size());
        if (texts.empty())
            finished();
        for (const QString& text : texts) {
            client.request(TrainingSubmit{newIdempotencyKey(), text}, [left, finished](const Frame& reply) {
                if (!reply.as<TrainingSubmitOk>())
                    qCWarning(lcDemoTraining) << "an attempt was refused";
                if (--*left == 0)
                    finished();
            });
        }
    });
}

void DemoTraining::assign()
{
    runAs(QStringLiteral("trainer1"), [this](app::ProtocolClient& client, std::function<void()> finished) {
        client.request(TrainingTrainees{}, [this, &client, finished](const Frame& reply) {
            const auto* ok = reply.as<TrainingTraineesOk>();
            qint64 liNa = 0;
            qint64 wangFang = 0;
            for (const Trainee& t : ok ? ok->trainees : std::vector<Trainee>{}) {
                if (t.name.startsWith(QLatin1String("Li Na")))
                    liNa = t.id;
                if (t.name.startsWith(QLatin1String("Wang Fang")))
                    wangFang = t.id;
            }
            if (liNa == 0 || wangFang == 0) {
                finished();
                return;
            }
            const bool zh = m_language == QLatin1String("zh");
            auto left = std::make_shared<int>(2);
            auto one = [left, finished](const Frame&) {
                if (--*left == 0)
                    finished();
            };
            client.request(TrainingAssign{newIdempotencyKey(), liNa,
                                          {QStringLiteral("late-parcel-angry"), QStringLiteral("charging-warranty")},
                                          zh ? QStringLiteral("先道歉，再给物流答复；周五前完成") : QStringLiteral("Apologise first, then the tracking. By Friday.")},
                           one);
            client.request(TrainingAssign{newIdempotencyKey(), wangFang, {QStringLiteral("return-earbuds")},
                                          zh ? QStringLiteral("按退货政策回答") : QStringLiteral("Answer by the returns policy")},
                           one);
        });
    });
}

} // namespace agentdesk::desktop
