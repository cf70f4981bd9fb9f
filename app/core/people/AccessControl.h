#pragma once

#include "PasswordPolicy.h"
#include "Roles.h"
#include "User.h"
#include "common/Result.h"

#include <QDateTime>

#include <optional>

namespace ck {

class Clock;
class EventLog;
class Store;

// A continuous period of use by one signed-in person on this terminal (§11.200(a)(1)(i)). It ends
// on sign-out or on the inactivity lock.
struct Session
{
    QString userId;
    QString printedName;
    QStringList roles;
    QDateTime startedAt;
    QDateTime lastActivity;
    bool fullySigned = false;        // a signature with both components was given in this session
    bool mustChangePassword = false; // reset by an administrator, or expired (§11.300(b))
    bool locked = false;
};

// Sign-in with two components, lockout after repeated failures, the inactivity lock, and the
// permission check every action of the core goes through. Refusals and failures are recorded in
// the audit trail, where supervisors see them in the security log.
class AccessControl
{
public:
    AccessControl(Store &store, EventLog &log, const Clock &clock);

    PasswordPolicy policy() const;
    // The Argon2id cost of new password hashes. Every stored hash carries its own cost, so this
    // changes nothing for existing passwords; the test suite lowers it to run in seconds.
    void setHashCost(const PasswordHasher::Cost &cost) { m_hashCost = cost; }

    // `identifier` is a user id or a scanned badge id; the password is always needed too.
    Result<Session> signIn(const QString &identifier, const QString &password);
    Status signOut();
    const Session *current() const { return m_session ? &*m_session : nullptr; }

    // Called on every user interaction; returns false when the session had already locked.
    bool touch();
    // Locks the session when it has been idle for the policy's time; true when it is locked now.
    bool lockIfIdle();
    // Locks at once: the person steps away from the terminal.
    Status lockNow();
    // Only the same person, with their password, opens a locked session; it starts a new
    // continuous session for the purposes of signing.
    Status unlock(const QString &password);

    // Refuses (and records the refusal) unless the signed-in, unlocked user holds a role that
    // grants `permission`. `what` names the action for the record.
    Status require(Permission permission, const QString &what);
    QString actor() const { return m_session ? m_session->userId : QString(); }

    // Checks a password for `user`, counting a failure towards the lock like a failed sign-in.
    Status checkPassword(const User &user, const QString &password, const QString &purpose);
    void markFullySigned();
    void passwordChanged();

private:
    void lock(const QString &why);
    Status recordFailure(const std::optional<User> &user, const QString &identifier,
                         const QString &why);

    Store &m_store;
    EventLog &m_log;
    const Clock &m_clock;
    std::optional<Session> m_session;
    PasswordHasher::Cost m_hashCost = PasswordHasher::standardCost();
};

} // namespace ck
