#include "UserAdminController.h"

#include "AppContext.h"
#include "people/UserDirectory.h"
#include "site/Workstation.h"

namespace ck {

UserAdminController::UserAdminController(QObject *parent) : QObject(parent) {}

UserDirectory *UserAdminController::directory()
{
    AppContext *context = AppContext::instance();
    return context && context->workstation() ? &context->workstation()->users() : nullptr;
}

void UserAdminController::clearError()
{
    if (m_error.isEmpty() && m_done.isEmpty())
        return;
    m_error.clear();
    m_done.clear();
    Q_EMIT errorTextChanged();
}

bool UserAdminController::finish(bool ok, const QString &errorMessage, const QString &done)
{
    m_error = ok ? QString() : errorMessage;
    m_done = ok ? done : QString();
    Q_EMIT errorTextChanged();
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool UserAdminController::add(const QString &userId, const QString &printedName,
                              const QString &badgeId, const QStringList &roles,
                              const QString &initialPassword)
{
    UserDirectory *d = directory();
    if (!d)
        return finish(false, tr("This terminal has no data store."), {});
    const Result<User> u = d->add(
        {userId.trimmed(), printedName.trimmed(), badgeId.trimmed(), roles}, initialPassword);
    return finish(
        u.ok(), u ? QString() : u.error().message,
        tr("%1 added. The password must be changed at the first sign-in.").arg(userId.trimmed()));
}

bool UserAdminController::deactivate(const QString &userId, const QString &reason)
{
    UserDirectory *d = directory();
    if (!d)
        return finish(false, tr("This terminal has no data store."), {});
    const Status s = d->deactivate(userId, reason);
    return finish(s.ok(), s ? QString() : s.error().message, tr("%1 deactivated.").arg(userId));
}

bool UserAdminController::resetPassword(const QString &userId, const QString &newPassword,
                                        const QString &reason)
{
    UserDirectory *d = directory();
    if (!d)
        return finish(false, tr("This terminal has no data store."), {});
    const Status s = d->resetPassword(userId, newPassword, reason);
    return finish(
        s.ok(), s ? QString() : s.error().message,
        tr("Temporary password set for %1; it must be changed at the next sign-in.").arg(userId));
}

bool UserAdminController::unlock(const QString &userId, const QString &reason)
{
    UserDirectory *d = directory();
    if (!d)
        return finish(false, tr("This terminal has no data store."), {});
    const Status s = d->unlock(userId, reason);
    return finish(s.ok(), s ? QString() : s.error().message, tr("%1 unlocked.").arg(userId));
}

bool UserAdminController::setRoles(const QString &userId, const QStringList &roles,
                                   const QString &reason)
{
    UserDirectory *d = directory();
    if (!d)
        return finish(false, tr("This terminal has no data store."), {});
    const Status s = d->setRoles(userId, roles, reason);
    return finish(s.ok(), s ? QString() : s.error().message,
                  tr("Roles of %1 changed.").arg(userId));
}

} // namespace ck
