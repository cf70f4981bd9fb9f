#pragma once

#include <QString>
#include <QStringList>

namespace ck {

namespace userstatus {
inline const QString Active = QStringLiteral("active");
inline const QString Locked = QStringLiteral("locked");
inline const QString Deactivated = QStringLiteral("deactivated");
} // namespace userstatus

// A person who may act on this terminal. User ids are never reused and users are never deleted,
// only deactivated (§11.100(a)).
struct User
{
    QString userId;
    QString printedName;
    QString badgeId;
    QStringList roles;
    QString status = userstatus::Active;
    QString passwordHash;
    QString passwordChangedAt;
    bool mustChangePassword = false;
    int failedSignIns = 0;
    QString createdAt;
    QString createdBy;

    bool active() const { return status == userstatus::Active; }
};

} // namespace ck
