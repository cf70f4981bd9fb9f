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

// Only ever typed by this code; the user's own password replaces it at once.
QString initialPassword(const SiteUser &u)
{
    return u.password + QStringLiteral("#initial");
}
} // namespace

Status createSiteUsers(Workstation &w, const QList<SiteUser> &users, const SiteSettings &settings)
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
    return addSiteUsers(w, admin, users.mid(1), settings);
}

Status addSiteUsers(Workstation &w, const SiteUser &admin, const QList<SiteUser> &users,
                    const SiteSettings &settings)
{
    if (Result<Session> session = w.access().signIn(admin.userId, admin.password); !session)
        return session.error();
    auto asAdmin = [&]() -> Status {
        for (const auto &[key, value] : settings) {
            if (Status s = w.users().setPolicy(key, value); !s)
                return s;
        }
        for (const SiteUser &u : users) {
            if (Result<User> added = w.users().add(newUser(u), initialPassword(u)); !added)
                return added.error();
        }
        return {};
    };
    const Status added = asAdmin();
    (void)w.access().signOut();
    if (!added)
        return added;
    for (const SiteUser &u : users) {
        if (Result<Session> s = w.access().signIn(u.userId, initialPassword(u)); !s)
            return s.error();
        const Status changed = w.users().changeOwnPassword(initialPassword(u), u.password);
        (void)w.access().signOut();
        if (!changed)
            return changed;
    }
    return {};
}

} // namespace ck
