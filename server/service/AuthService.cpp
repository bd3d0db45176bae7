#include "service/AuthService.h"

#include "ServerContext.h"
#include "auth/PasswordHash.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "agentdesk.server.auth")

namespace agentdesk::server {

using namespace protocol;

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AuthService::Result refused(ErrorCode code, const QString& message)
{
    return {std::nullopt, failWith(code, message)};
}
} // namespace

AuthService::AuthService(ServerContext& context)
    : m_ctx(context)
    , m_throttle(context.config.signInFailuresPerAddress, context.config.signInFailuresPerName, context.config.signInWindowMs)
{
}

std::optional<ProtocolError> AuthService::throttled(const QString& peerAddress, const QString& name, qint64 at) const
{
    const qint64 wait = m_throttle.retryAfter(peerAddress, name, at);
    if (wait == 0)
        return std::nullopt;
    const int minutes = int((wait + 59'999) / 60'000);
    return ProtocolError{ErrorCode::RateLimited, tr("too many failed sign-ins; try again in %n minute(s)", nullptr, minutes)};
}

std::optional<ProtocolError> AuthService::checkVersion(int protocol)
{
    if (protocol == kProtocolVersion)
        return std::nullopt;
    return ProtocolError{ErrorCode::Unsupported,
                         tr("protocol version %1 is not supported; this server speaks %2")
                             .arg(protocol).arg(kProtocolVersion)};
}

std::optional<Identity> AuthService::staffIdentity(qint64 userId)
{
    const auto user = m_ctx.directory.userById(userId);
    if (!user || user->disabled)
        return std::nullopt;
    return Identity{PrincipalKind::Staff, user->id, user->name, user->role, user->teamId, user->teamName};
}

AuthService::Result AuthService::success(const Identity& identity, QString token)
{
    AuthOk ok;
    ok.token = std::move(token);
    ok.principal = identity.principal();
    ok.head = m_ctx.events.head(identity.stream());
    ok.slaMs = m_ctx.config.slaMs;
    return {identity, ok};
}

AuthService::Result AuthService::login(const AuthLogin& request, const QString& peerAddress)
{
    if (auto error = checkVersion(request.protocol))
        return {std::nullopt, *error};
    if (auto error = throttled(peerAddress, request.user, now()))
        return {std::nullopt, *error};
    const auto user = m_ctx.directory.userByLogin(request.user);
    // Same answer, and the same work, for an unknown user and a wrong password: neither the
    // message nor the time it takes tells whether a user name exists.
    static const QString unknownUserHash = PasswordHash::make(QStringLiteral("no such user"));
    const bool verified = PasswordHash::verify(request.password, user ? user->passwordHash : unknownUserHash);
    if (!user || !verified) {
        m_throttle.failed(peerAddress, request.user, now());
        qCInfo(lcAuth) << "failed sign-in for a user name of" << request.user.size() << "characters";
        return refused(ErrorCode::AuthFailed, tr("wrong user name or password"));
    }
    m_throttle.succeeded(request.user);
    if (user->disabled) {
        qCInfo(lcAuth) << "refused sign-in of disabled staff user" << user->id;
        return refused(ErrorCode::AuthFailed, tr("this account is disabled; ask an administrator"));
    }
    WriteTransaction tx(m_ctx.db);
    const QString token = m_ctx.directory.issueToken(PrincipalKind::Staff, user->id, now(), m_ctx.config.tokenLifetimeMs);
    tx.commit();
    qCInfo(lcAuth) << "staff user" << user->id << "signed in";
    return success(*staffIdentity(user->id), token);
}

AuthService::Result AuthService::resume(const AuthToken& request, Endpoint endpoint)
{
    if (auto error = checkVersion(request.protocol))
        return {std::nullopt, *error};
    const auto owner = m_ctx.directory.resolveToken(request.token, now());
    const PrincipalKind expected = endpoint == StaffEndpoint ? PrincipalKind::Staff : PrincipalKind::Customer;
    if (!owner || owner->kind != expected)
        return refused(ErrorCode::AuthFailed, tr("the token is unknown or expired; sign in again"));
    if (owner->kind == PrincipalKind::Staff) {
        const auto identity = staffIdentity(owner->id);
        if (!identity)
            return refused(ErrorCode::AuthFailed, tr("the account no longer exists or is disabled"));
        return success(*identity, request.token);
    }
    const QString name = m_ctx.directory.customerName(owner->id);
    if (name.isNull())
        return refused(ErrorCode::AuthFailed, tr("the customer no longer exists"));
    return success(Identity{PrincipalKind::Customer, owner->id, name, Role::Agent, 0, {}}, request.token);
}

AuthService::Result AuthService::customerSignin(const CustomerSignin& request, const QString& peerAddress)
{
    if (auto error = checkVersion(request.protocol))
        return {std::nullopt, *error};
    const qint64 at = now();
    if (auto error = throttled(peerAddress, {}, at))
        return {std::nullopt, *error};
    if (m_ctx.config.channelKey.isEmpty() || request.channelKey != m_ctx.config.channelKey) {
        m_throttle.failed(peerAddress, {}, at);
        return refused(ErrorCode::AuthFailed, tr("wrong channel key"));
    }
    WriteTransaction tx(m_ctx.db);
    const qint64 customerId = m_ctx.directory.customerForRef(request.customerRef, request.name, at);
    m_ctx.directory.setCustomerChannel(customerId, request.channel);
    const QString token = m_ctx.directory.issueToken(PrincipalKind::Customer, customerId, at, m_ctx.config.tokenLifetimeMs);
    tx.commit();
    return success(Identity{PrincipalKind::Customer, customerId, m_ctx.directory.customerName(customerId), Role::Agent, 0, {}},
                   token);
}

int AuthService::logout(const Identity& who)
{
    WriteTransaction tx(m_ctx.db);
    const int revoked = m_ctx.directory.revokeTokens(who.kind, who.id);
    tx.commit();
    qCInfo(lcAuth) << (who.isStaff() ? "staff user" : "customer") << who.id << "signed out;" << revoked << "tokens revoked";
    return revoked;
}

} // namespace agentdesk::server
