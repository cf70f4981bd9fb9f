#include "Roles.h"

namespace ck {

QStringList allRoles()
{
    return {role::Operator, role::Supervisor, role::QA, role::Administrator};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ExecuteStep:
        return QStringLiteral("execute steps");
    case Permission::VerifyStep:
        return QStringLiteral("verify steps");
    case Permission::ResolveException:
        return QStringLiteral("resolve exceptions");
    case Permission::CreateBatch:
        return QStringLiteral("create batches");
    case Permission::ImportRecipe:
        return QStringLiteral("import recipes");
    case Permission::ManageUsers:
        return QStringLiteral("manage users");
    case Permission::UnlockUser:
        return QStringLiteral("unlock users");
    case Permission::ViewSecurityLog:
        return QStringLiteral("view the security log");
    }
    return {};
}

bool roleGrants(const QString &r, Permission p)
{
    // Administrators manage accounts but do not make GMP decisions: separation of duties.
    if (r == role::Operator)
        return p == Permission::ExecuteStep;
    if (r == role::Supervisor)
        return p == Permission::ExecuteStep || p == Permission::VerifyStep ||
               p == Permission::ResolveException || p == Permission::CreateBatch ||
               p == Permission::UnlockUser || p == Permission::ViewSecurityLog;
    if (r == role::QA)
        return p == Permission::VerifyStep || p == Permission::ResolveException ||
               p == Permission::ImportRecipe || p == Permission::ViewSecurityLog;
    if (r == role::Administrator)
        return p == Permission::ManageUsers || p == Permission::UnlockUser ||
               p == Permission::ViewSecurityLog;
    return false;
}

bool rolesGrant(const QStringList &roles, Permission p)
{
    for (const QString &r : roles) {
        if (roleGrants(r, p))
            return true;
    }
    return false;
}

QStringList allMeanings()
{
    return {meaning::Performed, meaning::Verified, meaning::Reviewed, meaning::Approved,
            meaning::Rejected,  meaning::Received, meaning::Submitted};
}

bool roleMaySign(const QString &r, const QString &m)
{
    if (m == meaning::Performed)
        return r == role::Operator || r == role::Supervisor;
    if (m == meaning::Verified)
        return r == role::Supervisor || r == role::QA;
    if (m == meaning::Reviewed || m == meaning::Approved || m == meaning::Rejected)
        return r == role::Supervisor || r == role::QA;
    // Whoever takes a container over signs for it; administrators handle no product.
    if (m == meaning::Received || m == meaning::Submitted)
        return r == role::Operator || r == role::Supervisor || r == role::QA;
    return false;
}

} // namespace ck
