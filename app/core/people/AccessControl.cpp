#include "AccessControl.h"

#include "PasswordHasher.h"
#include "PeopleEvents.h"
#include "PeopleProjection.h"
#include "common/Clock.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

namespace ck {

AccessControl::AccessControl(Store &store, EventLog &log, const Clock &clock)
    : m_store(store), m_log(log), m_clock(clock)
{}

PasswordPolicy AccessControl::policy() const
{
    PasswordPolicy p;
    auto read = [&](const char *key, int &field) {
        bool ok = false;
        const int v = PeopleProjection::setting(m_store.db(), QString::fromLatin1(key)).toInt(&ok);
        if (ok)
            field = v;
    };
    read("password.minLength", p.minLength);
    read("password.historyDepth", p.historyDepth);
    read("password.expiryDays", p.expiryDays);
    read("signin.maxFailures", p.maxFailedSignIns);
    read("session.inactivityMinutes", p.inactivityMinutes);
    p.hashCost = m_hashCost;
    return p;
}

Status AccessControl::recordFailure(const std::optional<User> &user, const QString &identifier,
                                    const QString &why)
{
    const PasswordPolicy pol = policy();
    EventDraft d;
    d.actor = user ? user->userId : QStringLiteral("unknown");
    d.reason = why;
    // An identifier that matches nobody is recorded as given, minus what could be a password
    // typed into the wrong field: only its length.
    d.payload.insert(QStringLiteral("identifier"),
                     user ? identifier : QStringLiteral("<%1 characters>").arg(identifier.size()));
    if (user) {
        d.payload.insert(QStringLiteral("userId"), user->userId);
        const int failures = user->failedSignIns + 1;
        d.payload.insert(QStringLiteral("failures"), failures);
        const bool lock = user->active() && failures >= pol.maxFailedSignIns;
        d.type = lock ? eventtype::UserLocked : eventtype::SignInFailed;
        d.newValue =
            lock ? QStringLiteral("locked after %1 failures").arg(failures)
                 : QStringLiteral("failure %1 of %2").arg(failures).arg(pol.maxFailedSignIns);
    } else {
        d.type = eventtype::SignInFailed;
    }
    spdlog::warn("sign-in refused for {}: {}", d.actor.toStdString(), why.toStdString());
    return m_log.record(d);
}

Result<Session> AccessControl::signIn(const QString &identifier, const QString &password)
{
    const QString id = identifier.trimmed();
    if (id.isEmpty() || password.isEmpty())
        return Error::badInput(
            QStringLiteral("sign-in needs both a user id or badge and a password"));
    std::optional<User> user = PeopleProjection::user(m_store.db(), id);
    const bool viaBadge = !user;
    if (!user)
        user = PeopleProjection::userByBadge(m_store.db(), id);
    // One message for every refusal, so the screen does not tell which part was wrong.
    const Error refused =
        Error::refused(QStringLiteral("sign-in refused: unknown user, wrong password, or "
                                      "account not active"));
    if (!user) {
        (void)recordFailure(std::nullopt, id, QStringLiteral("unknown user or badge"));
        return refused;
    }
    if (!user->active()) {
        (void)recordFailure(user, id, QStringLiteral("account %1").arg(user->status));
        return Error::refused(QStringLiteral("sign-in refused: account %1 is %2; a supervisor or "
                                             "administrator must %3 it")
                                  .arg(user->userId, user->status,
                                       user->status == userstatus::Locked
                                           ? QStringLiteral("unlock")
                                           : QStringLiteral("reactivate")));
    }
    if (!PasswordHasher::verify(user->passwordHash, password)) {
        (void)recordFailure(user, id, QStringLiteral("wrong password"));
        return refused;
    }
    EventDraft d;
    d.actor = user->userId;
    d.type = eventtype::SignInSucceeded;
    d.payload.insert(QStringLiteral("userId"), user->userId);
    d.payload.insert(QStringLiteral("via"),
                     viaBadge ? QStringLiteral("badge") : QStringLiteral("user id"));
    if (auto e = m_log.record(d); !e)
        return e.error();
    Session s;
    s.userId = user->userId;
    s.printedName = user->printedName;
    s.roles = user->roles;
    s.startedAt = s.lastActivity = m_clock.nowUtc();
    const int expiryDays = policy().expiryDays;
    s.mustChangePassword =
        user->mustChangePassword ||
        (expiryDays > 0 && parseUtcText(user->passwordChangedAt).daysTo(s.startedAt) >= expiryDays);
    m_session = s;
    return s;
}

Status AccessControl::signOut()
{
    if (!m_session)
        return {};
    EventDraft d;
    d.actor = m_session->userId;
    d.type = eventtype::SessionEnded;
    d.payload.insert(QStringLiteral("userId"), m_session->userId);
    m_session.reset();
    return m_log.record(d);
}

bool AccessControl::touch()
{
    if (!m_session || lockIfIdle())
        return false;
    m_session->lastActivity = m_clock.nowUtc();
    return true;
}

bool AccessControl::lockIfIdle()
{
    if (!m_session)
        return false;
    if (m_session->locked)
        return true;
    const qint64 idle = m_session->lastActivity.secsTo(m_clock.nowUtc());
    if (idle < static_cast<qint64>(policy().inactivityMinutes) * 60)
        return false;
    lock(QStringLiteral("inactive for %1 min").arg(idle / 60));
    return true;
}

Status AccessControl::lockNow()
{
    if (!m_session)
        return Error::refused(QStringLiteral("nobody is signed in"));
    if (!m_session->locked)
        lock(QStringLiteral("locked by %1").arg(m_session->userId));
    return {};
}

void AccessControl::lock(const QString &why)
{
    m_session->locked = true;
    m_session->fullySigned = false; // the continuous session ends with the lock
    EventDraft d;
    d.actor = m_session->userId;
    d.type = eventtype::SessionLocked;
    d.reason = why;
    d.payload.insert(QStringLiteral("userId"), m_session->userId);
    (void)m_log.record(d);
}

Status AccessControl::unlock(const QString &password)
{
    if (!m_session || !m_session->locked)
        return Error::refused(QStringLiteral("there is no locked session"));
    std::optional<User> user = PeopleProjection::user(m_store.db(), m_session->userId);
    if (!user)
        return Error::refused(QStringLiteral("the locked session's user no longer exists"));
    if (Status s = checkPassword(*user, password, QStringLiteral("unlock")); !s) {
        if (!PeopleProjection::user(m_store.db(), m_session->userId)->active())
            m_session.reset(); // locked out: only a full sign-in of an unlocked account goes on
        return s;
    }
    m_session->locked = false;
    m_session->lastActivity = m_clock.nowUtc();
    EventDraft d;
    d.actor = m_session->userId;
    d.type = eventtype::SessionUnlocked;
    d.payload.insert(QStringLiteral("userId"), m_session->userId);
    return m_log.record(d);
}

Status AccessControl::checkPassword(const User &user, const QString &password,
                                    const QString &purpose)
{
    if (!user.active()) {
        (void)recordFailure(user, user.userId,
                            QStringLiteral("%1: account %2").arg(purpose, user.status));
        return Error::refused(QStringLiteral("account %1 is %2").arg(user.userId, user.status));
    }
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        (void)recordFailure(user, user.userId, QStringLiteral("%1: wrong password").arg(purpose));
        return Error::refused(QStringLiteral("wrong password"));
    }
    return {};
}

void AccessControl::passwordChanged()
{
    if (m_session)
        m_session->mustChangePassword = false;
}

void AccessControl::markFullySigned()
{
    if (m_session)
        m_session->fullySigned = true;
}

Status AccessControl::require(Permission permission, const QString &what)
{
    QString why;
    if (!m_session)
        why = QStringLiteral("nobody is signed in");
    else if (lockIfIdle())
        why = QStringLiteral("the session is locked");
    else if (m_session->mustChangePassword)
        why = QStringLiteral("%1 must change the password first").arg(m_session->userId);
    else if (!rolesGrant(m_session->roles, permission))
        why = QStringLiteral("%1 (%2) may not %3")
                  .arg(m_session->userId, m_session->roles.join(QStringLiteral(", ")),
                       permissionName(permission));
    if (why.isEmpty()) {
        m_session->lastActivity = m_clock.nowUtc();
        return {};
    }
    EventDraft d;
    d.actor = m_session ? m_session->userId : QStringLiteral("unknown");
    d.type = eventtype::AccessRefused;
    d.reason = why;
    d.newValue = what;
    d.payload.insert(QStringLiteral("permission"), permissionName(permission));
    (void)m_log.record(d);
    spdlog::warn("refused: {}: {}", what.toStdString(), why.toStdString());
    return Error::refused(QStringLiteral("refused: %1: %2").arg(what, why));
}

} // namespace ck
