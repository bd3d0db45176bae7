#include "net/TlsFiles.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace agentdesk::server {

std::optional<QSslConfiguration> TlsFiles::load(const QString& certificatePath, const QString& keyPath, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: Qt found no TLS library (%1)").arg(QSslSocket::sslLibraryBuildVersionString());
        return std::nullopt;
    }
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1: %2").arg(certificatePath, certificateFile.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return std::nullopt;
    }
    if (chain.constFirst().expiryDate() < QDateTime::currentDateTimeUtc()) {
        *error = QStringLiteral("the TLS certificate %1 expired on %2")
                     .arg(certificatePath, chain.constFirst().expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyPath);
        return std::nullopt;
    }
    if (key.algorithm() != chain.constFirst().publicKey().algorithm()) {
        *error = QStringLiteral("the key %1 is not of the kind of the certificate %2").arg(keyPath, certificatePath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);  // clients sign in with passwords and tokens
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace agentdesk::server
