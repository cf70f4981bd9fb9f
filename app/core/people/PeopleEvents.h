#pragma once

#include <QJsonObject>
#include <QString>

namespace ck::eventtype {

// Part of the record format like the execution events: stored, hashed, pushed, never renamed.
inline const QString UserCreated = QStringLiteral("user.created");
inline const QString UserPasswordSet = QStringLiteral("user.password_set");
inline const QString UserRolesChanged = QStringLiteral("user.roles_changed");
inline const QString UserDeactivated = QStringLiteral("user.deactivated");
inline const QString UserLocked = QStringLiteral("user.locked");
inline const QString UserUnlocked = QStringLiteral("user.unlocked");
inline const QString SignInSucceeded = QStringLiteral("signin.succeeded");
inline const QString SignInFailed = QStringLiteral("signin.failed");
inline const QString SessionLocked = QStringLiteral("session.locked");
inline const QString SessionUnlocked = QStringLiteral("session.unlocked");
inline const QString SessionEnded = QStringLiteral("session.ended");
inline const QString AccessRefused = QStringLiteral("access.refused");
inline const QString SettingChanged = QStringLiteral("setting.changed");
inline const QString SignatureApplied = QStringLiteral("signature.applied");

// Whether an event carries an electronic signature: a step signature (type signature.applied)
// or an action signed as part of itself (a deviation decision, a batch move), which keeps its own
// type and carries the same fields (userId, printedName, role, meaning, signs, components).
inline bool carriesSignature(const QString &type, const QJsonObject &payload)
{
    return type == SignatureApplied ||
           (payload.contains(QLatin1String("signs")) && payload.contains(QLatin1String("meaning")));
}

} // namespace ck::eventtype
