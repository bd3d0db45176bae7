#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace agentdesk::server {

// The server's TLS identity from PEM files: the certificate (with its chain after it, as a CA
// issues it) and the unencrypted private key (RSA or EC). Every problem is named with its file. A
// key of the right kind that belongs to another certificate is not caught here: every handshake
// then fails, and the server logs it.
class TlsFiles {
public:
    static std::optional<QSslConfiguration> load(const QString& certificatePath, const QString& keyPath, QString* error);
};

} // namespace agentdesk::server
