#include "UserDirectory.h"

#include "AccessControl.h"
#include "PasswordHasher.h"
#include "PeopleEvents.h"
#include "PeopleProjection.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ck {

namespace {
const QStringList kPolicyKeys = {
    QStringLiteral("password.minLength"), QStringLiteral("password.historyDepth"),
    QStringLiteral("password.expiryDays"), QStringLiteral("signin.maxFailures"),
    QStringLiteral("session.inactivityMinutes")};

EventDraft userEvent(const QString &type, const QString &actor, const QString &userId,
                     const QString &reason = {})
{
    EventDraft d;
    d.type = type;
    d.actor = actor;
    d.reason = reason.trimmed();
    d.payload.insert(QStringLiteral("userId"), userId);
    return d;
}
} // namespace

UserDirectory::UserDirectory(Store &store, EventLog &log, AccessControl &access)
    : m_store(store), m_log(log), m_access(access)
{}

bool UserDirectory::hasUsers() const
{
    return !PeopleProjection::users(m_store.db()).isEmpty();
}

QList<User> UserDirectory::list() const
{
    return PeopleProjection::users(m_store.db());
}

Status UserDirectory::validate(const NewUser &u) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!idPattern.match(u.userId).hasMatch())
        return Error::badInput(
            QStringLiteral("user id '%1' must be 2 to 32 lower-case letters, digits, '.', '_' "
                           "or '-', starting with a letter")
                .arg(u.userId));
    if (u.printedName.trimmed().size() < 3)
        return Error::badInput(QStringLiteral("user %1 needs a full printed name").arg(u.userId));
    if (u.roles.isEmpty())
        return Error::badInput(QStringLiteral("user %1 needs at least one role").arg(u.userId));
    for (const QString &r : u.roles) {
        if (!allRoles().contains(r))
            return Error::badInput(QStringLiteral("unknown role '%1' (roles: %2)")
                                       .arg(r, allRoles().join(QStringLiteral(", "))));
    }
    if (PeopleProjection::user(m_store.db(), u.userId))
        return Error::refused(
            QStringLiteral("user id %1 exists already; user ids are never reused").arg(u.userId));
    if (PeopleProjection::userByBadge(m_store.db(), u.badgeId.trimmed()))
        return Error::refused(QStringLiteral("badge %1 belongs to another user").arg(u.badgeId));
    return {};
}

Status UserDirectory::checkNewPassword(const QString &userId, const QString &password) const
{
    const PasswordPolicy p = m_access.policy();
    if (password.size() < p.minLength)
        return Error::badInput(
            QStringLiteral("a password needs at least %1 characters").arg(p.minLength));
    if (userId.size() >= 3 && password.contains(userId, Qt::CaseInsensitive))
        return Error::badInput(QStringLiteral("a password must not contain the user id"));
    for (const QString &old :
         PeopleProjection::passwordHistory(m_store.db(), userId, p.historyDepth)) {
        if (PasswordHasher::verify(old, password))
            return Error::badInput(
                QStringLiteral("a password must differ from the last %1").arg(p.historyDepth));
    }
    return {};
}

Result<User> UserDirectory::create(const NewUser &u, const QString &password, const QString &actor,
                                   bool mustChange)
{
    if (Status s = validate(u); !s)
        return s.error();
    if (Status s = checkNewPassword(u.userId, password); !s)
        return s.error();
    Result<QString> hash = PasswordHasher::hash(password, m_access.policy().hashCost);
    if (!hash)
        return hash.error();
    EventDraft d = userEvent(eventtype::UserCreated, actor, u.userId);
    d.newValue = QStringLiteral("%1 (%2)").arg(u.userId, u.roles.join(QStringLiteral(", ")));
    d.payload.insert(QStringLiteral("printedName"), u.printedName.trimmed());
    d.payload.insert(QStringLiteral("badgeId"), u.badgeId.trimmed());
    d.payload.insert(QStringLiteral("roles"), QJsonArray::fromStringList(u.roles));
    d.payload.insert(QStringLiteral("passwordHash"), *hash);
    d.payload.insert(QStringLiteral("mustChangePassword"), mustChange);
    if (auto e = m_log.record(d); !e)
        return e.error();
    return *PeopleProjection::user(m_store.db(), u.userId);
}

Result<User> UserDirectory::createFirstAdministrator(const NewUser &u, const QString &password)
{
    if (hasUsers())
        return Error::refused(
            QStringLiteral("this site has users already; an administrator adds the next ones"));
    NewUser admin = u;
    if (!admin.roles.contains(role::Administrator))
        admin.roles.prepend(role::Administrator);
    return create(admin, password, u.userId, false);
}

Result<User> UserDirectory::add(const NewUser &u, const QString &initialPassword)
{
    if (Status s =
            m_access.require(Permission::ManageUsers, QStringLiteral("add user %1").arg(u.userId));
        !s)
        return s.error();
    // A password an administrator chose is changed by its owner at first sign-in (§11.300(b)).
    return create(u, initialPassword, m_access.actor(), true);
}

Status UserDirectory::deactivate(const QString &userId, const QString &reason)
{
    if (Status s = m_access.require(Permission::ManageUsers,
                                    QStringLiteral("deactivate user %1").arg(userId));
        !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("deactivating a user needs a reason"));
    std::optional<User> u = PeopleProjection::user(m_store.db(), userId);
    if (!u)
        return Error::notFound(QStringLiteral("no user %1").arg(userId));
    if (u->status == userstatus::Deactivated)
        return Error::refused(QStringLiteral("user %1 is deactivated already").arg(userId));
    if (userId == m_access.actor())
        return Error::refused(QStringLiteral("nobody deactivates their own account"));
    EventDraft d = userEvent(eventtype::UserDeactivated, m_access.actor(), userId, reason);
    d.oldValue = u->status;
    d.newValue = userstatus::Deactivated;
    return m_log.record(d);
}

Status UserDirectory::setPassword(const QString &userId, const QString &password, bool mustChange,
                                  const QString &actor, const QString &reason)
{
    if (Status s = checkNewPassword(userId, password); !s)
        return s;
    Result<QString> hash = PasswordHasher::hash(password, m_access.policy().hashCost);
    if (!hash)
        return hash.error();
    EventDraft d = userEvent(eventtype::UserPasswordSet, actor, userId, reason);
    d.newValue =
        mustChange ? QStringLiteral("temporary password set") : QStringLiteral("password changed");
    d.payload.insert(QStringLiteral("passwordHash"), *hash);
    d.payload.insert(QStringLiteral("mustChangePassword"), mustChange);
    return m_log.record(d);
}

Status UserDirectory::resetPassword(const QString &userId, const QString &temporaryPassword,
                                    const QString &reason)
{
    if (Status s = m_access.require(Permission::ManageUsers,
                                    QStringLiteral("reset the password of %1").arg(userId));
        !s)
        return s;
    if (!PeopleProjection::user(m_store.db(), userId))
        return Error::notFound(QStringLiteral("no user %1").arg(userId));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a password reset needs a reason"));
    return setPassword(userId, temporaryPassword, true, m_access.actor(), reason);
}

Status UserDirectory::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    const Session *s = m_access.current();
    if (!s || s->locked)
        return Error::refused(QStringLiteral("sign in first"));
    std::optional<User> u = PeopleProjection::user(m_store.db(), s->userId);
    if (!u)
        return Error::notFound(QStringLiteral("no user %1").arg(s->userId));
    if (Status st = m_access.checkPassword(*u, currentPassword, QStringLiteral("password change"));
        !st)
        return st;
    if (Status st = setPassword(u->userId, newPassword, false, u->userId,
                                QStringLiteral("changed by the user"));
        !st)
        return st;
    m_access.passwordChanged();
    return {};
}

Status UserDirectory::setRoles(const QString &userId, const QStringList &roles,
                               const QString &reason)
{
    if (Status s = m_access.require(Permission::ManageUsers,
                                    QStringLiteral("change the roles of %1").arg(userId));
        !s)
        return s;
    std::optional<User> u = PeopleProjection::user(m_store.db(), userId);
    if (!u)
        return Error::notFound(QStringLiteral("no user %1").arg(userId));
    if (roles.isEmpty())
        return Error::badInput(
            QStringLiteral("a user needs at least one role; deactivate instead"));
    for (const QString &r : roles) {
        if (!allRoles().contains(r))
            return Error::badInput(QStringLiteral("unknown role '%1'").arg(r));
    }
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a role change needs a reason"));
    EventDraft d = userEvent(eventtype::UserRolesChanged, m_access.actor(), userId, reason);
    d.oldValue = u->roles.join(QStringLiteral(", "));
    d.newValue = roles.join(QStringLiteral(", "));
    d.payload.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    return m_log.record(d);
}

Status UserDirectory::unlock(const QString &userId, const QString &reason)
{
    if (Status s =
            m_access.require(Permission::UnlockUser, QStringLiteral("unlock user %1").arg(userId));
        !s)
        return s;
    std::optional<User> u = PeopleProjection::user(m_store.db(), userId);
    if (!u)
        return Error::notFound(QStringLiteral("no user %1").arg(userId));
    if (u->status != userstatus::Locked)
        return Error::refused(QStringLiteral("user %1 is not locked").arg(userId));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("unlocking a user needs a reason"));
    EventDraft d = userEvent(eventtype::UserUnlocked, m_access.actor(), userId, reason);
    d.oldValue = userstatus::Locked;
    d.newValue = userstatus::Active;
    return m_log.record(d);
}

Status UserDirectory::setPolicy(const QString &key, const QString &value)
{
    if (Status s = m_access.require(Permission::ManageUsers, QStringLiteral("set %1").arg(key)); !s)
        return s;
    if (!kPolicyKeys.contains(key))
        return Error::badInput(QStringLiteral("unknown setting '%1' (settings: %2)")
                                   .arg(key, kPolicyKeys.join(QStringLiteral(", "))));
    bool ok = false;
    const int v = value.toInt(&ok);
    const int minimum = key == QLatin1String("password.minLength") ? 8
                        : key == QLatin1String("signin.maxFailures") ||
                                key == QLatin1String("session.inactivityMinutes")
                            ? 1
                            : 0;
    if (!ok || v < minimum || v > 10000)
        return Error::badInput(
            QStringLiteral("%1 takes a whole number from %2").arg(key).arg(minimum));
    EventDraft d;
    d.type = eventtype::SettingChanged;
    d.actor = m_access.actor();
    d.oldValue = PeopleProjection::setting(m_store.db(), key);
    d.newValue = value;
    d.payload.insert(QStringLiteral("key"), key);
    d.payload.insert(QStringLiteral("value"), QString::number(v));
    return m_log.record(d);
}

} // namespace ck
