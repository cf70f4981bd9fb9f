#include "SecurityLog.h"

#include "AccessControl.h"
#include "PeopleEvents.h"
#include "store/EventRows.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ck {

SecurityLog::SecurityLog(Store &store, AccessControl &access) : m_store(store), m_access(access) {}

QStringList SecurityLog::eventTypes()
{
    return {eventtype::SignInSucceeded, eventtype::SignInFailed,     eventtype::SessionEnded,
            eventtype::UserLocked,      eventtype::UserUnlocked,     eventtype::SessionLocked,
            eventtype::SessionUnlocked, eventtype::AccessRefused,    eventtype::UserCreated,
            eventtype::UserPasswordSet, eventtype::UserRolesChanged, eventtype::UserDeactivated,
            eventtype::SettingChanged};
}

Result<std::vector<Event>> SecurityLog::read(const QStringList &types, int limit)
{
    if (Status s =
            m_access.require(Permission::ViewSecurityLog, QStringLiteral("view the security log"));
        !s)
        return s.error();
    const QStringList known = eventTypes();
    QStringList wanted;
    for (const QString &t : types.isEmpty() ? known : types) {
        if (!known.contains(t))
            return Error::badInput(QStringLiteral("'%1' is not in the security log").arg(t));
        wanted << QStringLiteral("?");
    }
    QSqlQuery q(m_store.db());
    q.prepare(selectEventsSql() + QStringLiteral(" WHERE type IN (%1) ORDER BY pos DESC LIMIT ?")
                                      .arg(wanted.join(QLatin1Char(','))));
    for (const QString &t : types.isEmpty() ? known : types)
        q.addBindValue(t);
    q.addBindValue(limit);
    if (!q.exec())
        return Error::storage(q.lastError().text());
    std::vector<Event> out;
    while (q.next())
        out.push_back(readEvent(q));
    return out;
}

} // namespace ck
