#pragma once

#include <QProcess>
#include <QStringList>

namespace agentdesk::test {

// The real agentdesk-server program as a child process, for what only a process allows: kill -9,
// SIGSTOP (a server that stops answering with its connections still open) and a limit on the size
// of the files it writes (a full disk). Its console output goes to a log file.
class ServerProcess {
public:
    ServerProcess(QString binary, QStringList arguments, QString logFile);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts it and waits until its port accepts connections.
    bool start(quint16 port, QString* error);
    void kill9();
    // SIGTERM, as systemd stops it: a clean shutdown.
    bool stop();
    void pause();
    void resume();
    // From the next start on, files it writes may not grow beyond this (0: no limit); writes past
    // it fail with EFBIG, as on a full disk.
    void limitFileSize(qint64 bytes) { m_fileSizeLimit = bytes; }
    // Lifts the limit on the running process.
    bool liftFileSizeLimit();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }

    // A loopback port free now.
    static quint16 freePort();

private:
    QString m_binary;
    QStringList m_arguments;
    QString m_logFile;
    QProcess m_process;
    qint64 m_fileSizeLimit = 0;
};

} // namespace agentdesk::test
