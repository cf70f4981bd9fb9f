#pragma once

#include <QString>
#include <QStringList>

namespace ck {

// What a person may do. Every action in the core names the permission it needs, and the core
// refuses (and records the refusal) whatever the UI shows or hides.
enum class Permission
{
    ExecuteStep,      // perform steps of a batch record
    VerifyStep,       // witness or verify another person's step
    ResolveException, // decide how a batch goes on after an exception
    CreateBatch,      // release a batch order to the floor
    ImportRecipe,     // import (and so approve) master batch records
    ManageUsers,      // add, deactivate, reset passwords, change roles
    UnlockUser,       // unlock an account locked by failed sign-ins
    ViewSecurityLog,  // read failed sign-ins, locks and refusals
};

namespace role {
inline const QString Operator = QStringLiteral("operator");
inline const QString Supervisor = QStringLiteral("supervisor");
inline const QString QA = QStringLiteral("qa");
inline const QString Administrator = QStringLiteral("administrator");
} // namespace role

QStringList allRoles();
QString permissionName(Permission permission);
bool roleGrants(const QString &roleName, Permission permission);
bool rolesGrant(const QStringList &roles, Permission permission);

// The meanings a signature can carry (§11.50(a)(3)) and the roles allowed to sign with each.
namespace meaning {
inline const QString Performed = QStringLiteral("performed");
inline const QString Verified = QStringLiteral("verified");
inline const QString Reviewed = QStringLiteral("reviewed");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
// A deviation report: its author signs it as complete and true when submitting it.
inline const QString Submitted = QStringLiteral("submitted");
// Custody: the person a container is handed to signs that they have it.
inline const QString Received = QStringLiteral("received");
} // namespace meaning

QStringList allMeanings();
bool roleMaySign(const QString &roleName, const QString &signatureMeaning);

} // namespace ck
