#pragma once

#include "User.h"
#include "common/Result.h"
#include "store/Projection.h"

#include <QList>

#include <optional>

namespace ck {

// Users, password history, site settings and signatures as read models of the people events.
class PeopleProjection final : public Projection
{
public:
    QStringList tables() const override;
    Status apply(QSqlDatabase &db, const Event &event) override;

    static std::optional<User> user(QSqlDatabase &db, const QString &userId);
    static std::optional<User> userByBadge(QSqlDatabase &db, const QString &badgeId);
    static QList<User> users(QSqlDatabase &db);
    static QStringList passwordHistory(QSqlDatabase &db, const QString &userId, int depth);
    static QString setting(QSqlDatabase &db, const QString &key);
};

} // namespace ck
