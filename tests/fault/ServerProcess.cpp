#include "ServerProcess.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace agentdesk::test {

ServerProcess::ServerProcess(QString binary, QStringList arguments, QString logFile)
    : m_binary(std::move(binary))
    , m_arguments(std::move(arguments))
    , m_logFile(std::move(logFile))
{
}

ServerProcess::~ServerProcess()
{
    resume();
    if (!stop())
        kill9();
}

quint16 ServerProcess::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool ServerProcess::start(quint16 port, QString* error)
{
    m_process.setProgram(m_binary);
    m_process.setArguments(m_arguments);
    m_process.setStandardOutputFile(m_logFile, QIODevice::Append);
    m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    const qint64 limit = m_fileSizeLimit;
    m_process.setChildProcessModifier([limit] {
        if (limit > 0) {
            // A write past the limit must fail with EFBIG, not kill the process with SIGXFSZ.
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit r{};
            getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = rlim_t(limit);
            setrlimit(RLIMIT_FSIZE, &r);
        }
    });
    m_process.start();
    if (!m_process.waitForStarted(10'000)) {
        *error = m_process.errorString();
        return false;
    }
    const bool up = QTest::qWaitFor([&] {
        if (m_process.state() != QProcess::Running)
            return true;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(200);
    }, 60'000);
    if (!up || m_process.state() != QProcess::Running) {
        *error = QStringLiteral("agentdesk-server did not come up on port %1 (see %2)").arg(port).arg(m_logFile);
        return false;
    }
    return true;
}

void ServerProcess::kill9()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10'000);
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return true;
    m_process.terminate();
    return m_process.waitForFinished(30'000) && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ServerProcess::pause()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void ServerProcess::resume()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

bool ServerProcess::liftFileSizeLimit()
{
    rlimit r{};
    if (prlimit(pid_t(m_process.processId()), RLIMIT_FSIZE, nullptr, &r) != 0)
        return false;
    r.rlim_cur = r.rlim_max;
    return prlimit(pid_t(m_process.processId()), RLIMIT_FSIZE, &r, nullptr) == 0;
}

} // namespace agentdesk::test
