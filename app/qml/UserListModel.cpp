#include "UserListModel.h"

#include "ModelRows.h"

#include "AppContext.h"
#include "SecurityLogModel.h"
#include "SessionController.h"
#include "common/Clock.h"
#include "people/PeopleEvents.h"
#include "people/UserDirectory.h"
#include "site/Workstation.h"
#include "store/EventRows.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace ck {

UserListModel::UserListModel(QObject *parent) : QAbstractListModel(parent)
{
    reload();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case UserIdRole:
    case Qt::DisplayRole:
        return r.userId;
    case PrintedNameRole:
        return r.printedName;
    case BadgeIdRole:
        return r.badgeId;
    case RolesRole:
        return r.roles;
    case RoleTextRole: {
        QStringList names;
        SessionController *session =
            AppContext::instance() ? AppContext::instance()->session() : nullptr;
        for (const QString &name : r.roles)
            names << (session ? session->roleName(name) : name);
        return names.join(QStringLiteral(", "));
    }
    case StatusRole:
        return r.status;
    case LastChangeRole:
        return r.lastChange;
    case LastChangeUtcRole:
        return r.lastChangeUtc;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    return {{UserIdRole, "userId"},         {PrintedNameRole, "printedName"},
            {BadgeIdRole, "badgeId"},       {RolesRole, "roles"},
            {RoleTextRole, "roleText"},     {StatusRole, "status"},
            {LastChangeRole, "lastChange"}, {LastChangeUtcRole, "lastChangeUtc"}};
}

void UserListModel::reload()
{
    AppContext *context = AppContext::instance();
    Workstation *w = context ? context->workstation() : nullptr;
    beginResetModel();
    m_rows.clear();
    if (w) {
        // The last event about each account, in the log's order of arrival.
        QHash<QString, Event> last;
        QSqlQuery q(w->store().db());
        const QStringList types = {eventtype::UserCreated,      eventtype::UserPasswordSet,
                                   eventtype::UserRolesChanged, eventtype::UserDeactivated,
                                   eventtype::UserLocked,       eventtype::UserUnlocked};
        q.prepare(selectEventsSql() + QStringLiteral(" WHERE type IN ('%1') ORDER BY pos")
                                          .arg(types.join(QStringLiteral("','"))));
        if (q.exec()) {
            while (q.next()) {
                const Event e = readEvent(q);
                last.insert(e.payloadObject().value(u"userId").toString(), e);
            }
        }
        for (const User &u : w->users().list()) {
            Row r{u.userId, u.printedName, u.badgeId, u.roles, u.status, {}, {}};
            if (const auto it = last.constFind(u.userId); it != last.constEnd()) {
                r.lastChangeUtc = parseUtcText(it->utc);
                r.lastChange = SecurityLogModel::describe(it->type);
            }
            m_rows.append(r);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int UserListModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_rows.at(i).userId == userId)
            return i;
    }
    return -1;
}

QVariantMap UserListModel::get(int row) const
{
    return rowAsMap(*this, row);
}

} // namespace ck
