#include "PeopleProjection.h"

#include "PeopleEvents.h"
#include "store/Event.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ck {

namespace {
const QString kUserColumns = QStringLiteral(
    "user_id, printed_name, badge_id, roles, status, password_hash, password_changed_at, "
    "must_change_password, failed_signins, created_at, created_by");

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.userId = q.value(0).toString();
    u.printedName = q.value(1).toString();
    u.badgeId = q.value(2).toString();
    u.roles = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.status = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.passwordChangedAt = q.value(6).toString();
    u.mustChangePassword = q.value(7).toInt() != 0;
    u.failedSignIns = q.value(8).toInt();
    u.createdAt = q.value(9).toString();
    u.createdBy = q.value(10).toString();
    return u;
}

std::optional<User> oneUser(QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kUserColumns, where));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return userFromQuery(q);
    return std::nullopt;
}

QString rolesText(const QJsonValue &roles)
{
    QStringList out;
    for (const QJsonValue &r : roles.toArray())
        out << r.toString();
    return out.join(QLatin1Char(','));
}
} // namespace

QStringList PeopleProjection::tables() const
{
    return {QStringLiteral("users"), QStringLiteral("password_history"), QStringLiteral("settings"),
            QStringLiteral("signatures")};
}

Status PeopleProjection::apply(QSqlDatabase &db, const Event &e)
{
    const QJsonObject p = e.payloadObject();
    const QString userId = p[u"userId"].toString();
    if (e.type == eventtype::UserCreated) {
        if (Status s = exec(db,
                            QStringLiteral("INSERT INTO users (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                                .arg(kUserColumns),
                            {userId, p[u"printedName"].toString(), p[u"badgeId"].toString(),
                             rolesText(p[u"roles"]), QStringLiteral("active"),
                             p[u"passwordHash"].toString(), e.utc,
                             p[u"mustChangePassword"].toBool() ? 1 : 0, 0, e.utc, e.actor});
            !s)
            return s;
        return exec(db, QStringLiteral("INSERT INTO password_history VALUES (?,?,?)"),
                    {userId, p[u"passwordHash"].toString(), e.utc});
    }
    if (e.type == eventtype::UserPasswordSet) {
        if (Status s = exec(
                db,
                QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                               "must_change_password = ?, failed_signins = 0 WHERE user_id = ?"),
                {p[u"passwordHash"].toString(), e.utc, p[u"mustChangePassword"].toBool() ? 1 : 0,
                 userId});
            !s)
            return s;
        return exec(db, QStringLiteral("INSERT INTO password_history VALUES (?,?,?)"),
                    {userId, p[u"passwordHash"].toString(), e.utc});
    }
    if (e.type == eventtype::UserRolesChanged)
        return exec(db, QStringLiteral("UPDATE users SET roles = ? WHERE user_id = ?"),
                    {rolesText(p[u"roles"]), userId});
    if (e.type == eventtype::UserDeactivated)
        return exec(db, QStringLiteral("UPDATE users SET status = 'deactivated' WHERE user_id = ?"),
                    {userId});
    if (e.type == eventtype::UserUnlocked)
        return exec(db,
                    QStringLiteral(
                        "UPDATE users SET status = 'active', failed_signins = 0 WHERE user_id = ?"),
                    {userId});
    if (e.type == eventtype::SignInFailed)
        return exec(db,
                    QStringLiteral(
                        "UPDATE users SET failed_signins = failed_signins + 1 WHERE user_id = ?"),
                    {userId});
    if (e.type == eventtype::UserLocked)
        return exec(db,
                    QStringLiteral(
                        "UPDATE users SET status = 'locked', failed_signins = failed_signins + 1 "
                        "WHERE user_id = ?"),
                    {userId});
    if (e.type == eventtype::SignInSucceeded)
        return exec(db, QStringLiteral("UPDATE users SET failed_signins = 0 WHERE user_id = ?"),
                    {userId});
    if (e.type == eventtype::SettingChanged)
        return exec(
            db,
            QStringLiteral("INSERT INTO settings VALUES (?,?,?,?) ON CONFLICT (key) DO UPDATE SET "
                           "value = excluded.value, changed_at = excluded.changed_at, "
                           "changed_by = excluded.changed_by"),
            {p[u"key"].toString(), p[u"value"].toString(), e.utc, e.actor});
    if (eventtype::carriesSignature(e.type, p))
        return exec(db, QStringLiteral("INSERT INTO signatures VALUES (?,?,?,?,?,?,?,?)"),
                    {e.id, e.batchId, e.actor, p[u"printedName"].toString(), p[u"role"].toString(),
                     p[u"meaning"].toString(), e.utc,
                     QString::fromUtf8(
                         QJsonDocument(p[u"signs"].toArray()).toJson(QJsonDocument::Compact))});
    return {};
}

std::optional<User> PeopleProjection::user(QSqlDatabase &db, const QString &userId)
{
    return oneUser(db, QStringLiteral("user_id"), userId);
}

std::optional<User> PeopleProjection::userByBadge(QSqlDatabase &db, const QString &badgeId)
{
    if (badgeId.isEmpty())
        return std::nullopt;
    return oneUser(db, QStringLiteral("badge_id"), badgeId);
}

QList<User> PeopleProjection::users(QSqlDatabase &db)
{
    QList<User> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY user_id").arg(kUserColumns))) {
        while (q.next())
            out.append(userFromQuery(q));
    }
    return out;
}

QStringList PeopleProjection::passwordHistory(QSqlDatabase &db, const QString &userId, int depth)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash FROM password_history WHERE user_id = ? "
                             "ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(userId);
    q.addBindValue(depth);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QString PeopleProjection::setting(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace ck
