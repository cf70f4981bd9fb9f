#include "SignatureCheck.h"

#include "PeopleEvents.h"
#include "Roles.h"
#include "store/EventRows.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace ck {

std::optional<ChainProblem> verifySignatures(QSqlDatabase &db, qint64 *signaturesChecked)
{
    struct Known
    {
        QStringList roles;
        bool active = true;
    };
    QHash<QString, Known> users;
    QHash<QString, QByteArray> hashes; // event id -> hash, of the events seen so far
    qint64 checked = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(selectEventsSql() + QStringLiteral(" ORDER BY pos"));
    while (q.next()) {
        const Event e = readEvent(q);
        const QJsonObject p = e.payloadObject();
        const QString userId = p[u"userId"].toString();
        if (e.type == eventtype::UserCreated || e.type == eventtype::UserRolesChanged) {
            QStringList roles;
            for (const QJsonValue &r : p[u"roles"].toArray())
                roles << r.toString();
            users[userId].roles = roles;
        } else if (e.type == eventtype::UserDeactivated) {
            users[userId].active = false;
        } else if (const QJsonObject approval = p[u"scan"][u"approval"].toObject();
                   !approval.isEmpty()) {
            // Typed identity carries its approver's signature inside the scan event, whose hash
            // covers it; what is checked is that the approver could sign it and was not the
            // operator who typed it.
            ++checked;
            const QString approver = approval[u"userId"].toString();
            const QString role = approval[u"role"].toString();
            const QString signedAs = approval[u"meaning"].toString();
            auto fail = [&](const QString &detail) {
                return ChainProblem{ChainProblem::Kind::Link, e.terminalId, e.seq, e.id, detail};
            };
            const auto known = users.constFind(approver);
            if (known == users.constEnd() || !known->active)
                return fail(QStringLiteral("typed identity approved by %1, who is not an active "
                                           "user at that time")
                                .arg(approver));
            if (!known->roles.contains(role) || !roleMaySign(role, signedAs) ||
                signedAs != meaning::Approved)
                return fail(QStringLiteral("typed identity approved by %1, who did not hold a "
                                           "role that approves it at that time")
                                .arg(approver));
            if (approver == e.actor)
                return fail(
                    QStringLiteral("typed identity approved by its own operator %1").arg(approver));
            if (approval[u"reason"].toString().trimmed().isEmpty())
                return fail(QStringLiteral("typed identity approved without a reason"));
        } else if (eventtype::carriesSignature(e.type, p)) {
            ++checked;
            auto fail = [&](const QString &detail) {
                return ChainProblem{ChainProblem::Kind::Link, e.terminalId, e.seq, e.id, detail};
            };
            const QString role = p[u"role"].toString();
            const QString meaning = p[u"meaning"].toString();
            const auto known = users.constFind(e.actor);
            if (known == users.constEnd())
                return fail(
                    QStringLiteral("signature by %1, who is not a user at that time").arg(e.actor));
            if (!known->active)
                return fail(QStringLiteral("signature by %1 after deactivation").arg(e.actor));
            if (!known->roles.contains(role) || !roleMaySign(role, meaning))
                return fail(QStringLiteral("%1 did not hold a role that signs '%2' at that time")
                                .arg(e.actor, meaning));
            const QJsonArray signs = p[u"signs"].toArray();
            if (signs.isEmpty())
                return fail(QStringLiteral("the signature signs nothing"));
            for (const QJsonValue &s : signs) {
                const QString id = s[u"id"].toString();
                const auto h = hashes.constFind(id);
                if (h == hashes.constEnd())
                    return fail(QStringLiteral("signs %1, which is not an earlier event").arg(id));
                if (*h != s[u"hash"].toString().toLatin1())
                    return fail(
                        QStringLiteral("signs %1 with a hash that is not that event's").arg(id));
            }
        }
        hashes.insert(e.id, e.hash);
    }
    if (signaturesChecked)
        *signaturesChecked = checked;
    return std::nullopt;
}

} // namespace ck
