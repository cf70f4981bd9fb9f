#include "SecurityLogModel.h"

#include "ModelRows.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "people/AccessControl.h"
#include "people/PeopleEvents.h"
#include "people/SecurityLog.h"
#include "site/Workstation.h"
#include "store/Store.h"

namespace ck {

SecurityLogModel::SecurityLogModel(QObject *parent) : QAbstractListModel(parent)
{
    reload();
}

QString SecurityLogModel::kindOf(const QString &type)
{
    if (type == eventtype::SignInSucceeded || type == eventtype::SignInFailed ||
        type == eventtype::SessionEnded)
        return QStringLiteral("signin");
    if (type == eventtype::UserLocked || type == eventtype::UserUnlocked ||
        type == eventtype::SessionLocked || type == eventtype::SessionUnlocked)
        return QStringLiteral("lock");
    if (type == eventtype::AccessRefused)
        return QStringLiteral("refusal");
    if (type == eventtype::UserCreated || type == eventtype::UserPasswordSet ||
        type == eventtype::UserRolesChanged || type == eventtype::UserDeactivated ||
        type == eventtype::SettingChanged)
        return QStringLiteral("user");
    return {};
}

QString SecurityLogModel::describe(const QString &type)
{
    if (type == eventtype::SignInSucceeded)
        return tr("Signed in");
    if (type == eventtype::SignInFailed)
        return tr("Sign-in failed");
    if (type == eventtype::SessionEnded)
        return tr("Signed out");
    if (type == eventtype::UserLocked)
        return tr("Account locked");
    if (type == eventtype::UserUnlocked)
        return tr("Account unlocked");
    if (type == eventtype::SessionLocked)
        return tr("Session locked");
    if (type == eventtype::SessionUnlocked)
        return tr("Session unlocked");
    if (type == eventtype::AccessRefused)
        return tr("Access refused");
    if (type == eventtype::UserCreated)
        return tr("User added");
    if (type == eventtype::UserPasswordSet)
        return tr("Password set");
    if (type == eventtype::UserRolesChanged)
        return tr("Roles changed");
    if (type == eventtype::UserDeactivated)
        return tr("User deactivated");
    if (type == eventtype::SettingChanged)
        return tr("Setting changed");
    return type; // a type this build does not know is shown as recorded
}

void SecurityLogModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    reload();
}

void SecurityLogModel::setLimit(int limit)
{
    if (m_limit == limit || limit < 1)
        return;
    m_limit = limit;
    Q_EMIT kindChanged();
    reload();
}

int SecurityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SecurityLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case UtcRole:
        return r.utc;
    case TerminalRole:
        return r.terminal;
    case ActorRole:
        return r.actor;
    case TypeRole:
        return r.type;
    case KindRole:
        return kindOf(r.type);
    case WhatRole:
    case Qt::DisplayRole:
        return describe(r.type);
    case UserRole:
        return r.user;
    case DetailRole:
        return r.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> SecurityLogModel::roleNames() const
{
    return {{UtcRole, "utc"},   {TerminalRole, "terminal"}, {ActorRole, "actor"},
            {TypeRole, "type"}, {KindRole, "kind"},         {WhatRole, "what"},
            {UserRole, "user"}, {DetailRole, "detail"}};
}

void SecurityLogModel::reload()
{
    AppContext *context = AppContext::instance();
    Workstation *w = context ? context->workstation() : nullptr;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (!w) {
        m_error = tr("This terminal has no data store.");
    } else {
        QStringList types;
        for (const QString &t : SecurityLog::eventTypes()) {
            if (m_kind.isEmpty() || kindOf(t) == m_kind)
                types << t;
        }
        SecurityLog log(w->store(), w->access());
        Result<std::vector<Event>> events = log.read(types, m_limit);
        if (!events)
            m_error = events.error().message;
        for (const Event &e : events ? *events : std::vector<Event>{}) {
            const QJsonObject payload = e.payloadObject();
            QString user = payload.value(u"userId").toString();
            if (user.isEmpty())
                user = payload.value(u"identifier").toString();
            if (user.isEmpty())
                user = payload.value(u"key").toString();
            QStringList detail;
            for (const QString &part : {e.newValue, e.reason}) {
                if (!part.isEmpty())
                    detail << part;
            }
            m_rows.append({parseUtcText(e.utc), e.terminalId, e.actor, e.type, user,
                           detail.join(QStringLiteral(" · "))});
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

QVariantMap SecurityLogModel::get(int row) const
{
    return rowAsMap(*this, row);
}

} // namespace ck
