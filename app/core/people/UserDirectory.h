#pragma once

#include "User.h"
#include "common/Result.h"

#include <QList>

namespace ck {

class AccessControl;
class EventLog;
class Store;

struct NewUser
{
    QString userId;
    QString printedName;
    QString badgeId;
    QStringList roles;
};

// Managing people: every change is one audit event, made by a signed-in administrator, except
// the first administrator of a new site. Users are never deleted and their ids never reused.
class UserDirectory
{
public:
    UserDirectory(Store &store, EventLog &log, AccessControl &access);

    bool hasUsers() const;
    QList<User> list() const;

    // Only on a site with no users at all: there are no default accounts.
    Result<User> createFirstAdministrator(const NewUser &user, const QString &password);
    // The new user must change the initial password at first sign-in.
    Result<User> add(const NewUser &user, const QString &initialPassword);
    Status deactivate(const QString &userId, const QString &reason);
    Status resetPassword(const QString &userId, const QString &temporaryPassword,
                         const QString &reason);
    Status setRoles(const QString &userId, const QStringList &roles, const QString &reason);
    Status unlock(const QString &userId, const QString &reason);
    // The signed-in user changes their own password, proving the current one.
    Status changeOwnPassword(const QString &currentPassword, const QString &newPassword);
    Status setPolicy(const QString &key, const QString &value);

    // Length, not the user id, not one of the last N (§11.300(b)).
    Status checkNewPassword(const QString &userId, const QString &password) const;

private:
    Result<User> create(const NewUser &user, const QString &password, const QString &actor,
                        bool mustChange);
    Status validate(const NewUser &user) const;
    Status setPassword(const QString &userId, const QString &password, bool mustChange,
                       const QString &actor, const QString &reason);

    Store &m_store;
    EventLog &m_log;
    AccessControl &m_access;
};

} // namespace ck
