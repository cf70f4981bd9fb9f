#include "SiteUsers.h"

#include "Workstation.h"
#include "people/AccessControl.h"
#include "people/Roles.h"
#include "people/UserDirectory.h"

namespace ck {

namespace {
NewUser newUser(const SiteUser &u)
{
    return {u.userId, u.printedName, u.badgeId, u.roles};
}
} // namespace

Status createSiteUsers(Workstation &w, const QList<SiteUser> &users,
                       const QList<std::pair<QString, QString>> &settings)
{
    if (users.isEmpty())
        return {};
    const SiteUser &admin = users.first();
    if (!admin.roles.contains(role::Administrator))
        return Error::badInput(
            QStringLiteral("the first user of a site (%1) must be an administrator")
                .arg(admin.userId));
    if (auto created = w.users().createFirstAdministrator(newUser(admin), admin.password); !created)
        return created.error();
    Result<Session> session = w.access().signIn(admin.userId, admin.password);
    if (!session)
        return session.error();
    for (const auto &[key, value] : settings) {
        if (Status s = w.users().setPolicy(key, value); !s) {
            (void)w.access().signOut();
            return s;
        }
    }
    QList<const SiteUser *> mustChange;
    for (qsizetype i = 1; i < users.size(); ++i) {
        const SiteUser &u = users[i];
        // The initial password is only ever typed by this function; the user's own replaces it.
        const QString initial = u.password + QStringLiteral("#initial");
        Result<User> added = w.users().add(newUser(u), initial);
        if (!added) {
            (void)w.access().signOut();
            return added.error();
        }
        if (added->mustChangePassword)
            mustChange << &u;
    }
    if (Status s = w.access().signOut(); !s)
        return s;
    for (const SiteUser *u : mustChange) {
        const QString initial = u->password + QStringLiteral("#initial");
        if (Result<Session> s = w.access().signIn(u->userId, initial); !s)
            return s.error();
        if (Status s = w.users().changeOwnPassword(initial, u->password); !s)
            return s;
        if (Status s = w.access().signOut(); !s)
            return s;
    }
    return {};
}

} // namespace ck
