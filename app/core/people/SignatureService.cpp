#include "SignatureService.h"

#include "AccessControl.h"
#include "PeopleEvents.h"
#include "PeopleProjection.h"
#include "Roles.h"
#include "common/Clock.h"
#include "store/EventLog.h"
#include "store/EventRows.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace ck {

namespace {
std::optional<Event> storedEvent(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(selectEventsSql() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEvent(q);
    return std::nullopt;
}
} // namespace

SignatureService::SignatureService(Store &store, EventLog &log, AccessControl &access)
    : m_store(store), m_log(log), m_access(access)
{}

QString SignatureService::manifestation(const QString &printedName, const QString &utc,
                                        const QString &meaning)
{
    return QStringLiteral("%1 — %2 UTC — %3")
        .arg(printedName, parseUtcText(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             meaning);
}

bool SignatureService::needsBothComponents() const
{
    const Session *s = m_access.current();
    return !s || s->locked || !s->fullySigned;
}

Result<Signer> SignatureService::authenticate(const SignatureRequest &r)
{
    const Session *session = m_access.current();
    if (!session || m_access.lockIfIdle())
        return Error::refused(QStringLiteral("signing needs a signed-in, unlocked session"));
    if (!allMeanings().contains(r.meaning))
        return Error::badInput(QStringLiteral("'%1' is not a signature meaning (%2)")
                                   .arg(r.meaning, allMeanings().join(QStringLiteral(", "))));
    if (r.password.isEmpty())
        return Error::badInput(QStringLiteral("signing needs the password"));

    // §11.200(a)(1): the first signature of a continuous session needs both components; later
    // ones by the same person the password. A second person (a witness) always gives both.
    const bool sessionUser = r.userId.isEmpty() || r.userId == session->userId;
    if (sessionUser && r.userId.isEmpty() && !session->fullySigned)
        return Error::badInput(
            QStringLiteral("the first signature of a session needs the user id and the password"));
    const QString signerId = sessionUser ? session->userId : r.userId;
    std::optional<User> signer = PeopleProjection::user(m_store.db(), signerId);
    if (!signer)
        return Error::refused(QStringLiteral(
            "signature refused: unknown user, wrong password, or account not active"));
    if (Status s = m_access.checkPassword(*signer, r.password, QStringLiteral("signature")); !s)
        return Error::refused(QStringLiteral("signature refused: %1").arg(s.error().message));
    QString signingRole = r.role;
    if (signingRole.isEmpty()) {
        // Not named: the first of the signer's roles that signs with this meaning.
        for (const QString &held : signer->roles) {
            if (roleMaySign(held, r.meaning)) {
                signingRole = held;
                break;
            }
        }
        if (signingRole.isEmpty())
            return Error::refused(
                QStringLiteral("%1 (%2) holds no role that signs '%3'")
                    .arg(signerId, signer->roles.join(QStringLiteral(", ")), r.meaning));
    }
    if (!signer->roles.contains(signingRole))
        return Error::refused(
            QStringLiteral("%1 does not hold the role %2").arg(signerId, signingRole));
    if (!roleMaySign(signingRole, r.meaning))
        return Error::refused(
            QStringLiteral("the role %1 does not sign '%2'").arg(signingRole, r.meaning));
    Signer out;
    out.userId = signerId;
    out.printedName = signer->printedName;
    out.role = signingRole;
    out.meaning = r.meaning;
    out.components =
        r.userId.isEmpty() ? QStringLiteral("password") : QStringLiteral("user id and password");
    out.sessionUser = sessionUser;
    return out;
}

Status SignatureService::bind(const Signer &signer, const QStringList &eventIds, EventDraft &d,
                              Signs what)
{
    if (eventIds.isEmpty())
        return Error::badInput(QStringLiteral("a signature must sign at least one record"));
    QJsonArray signs;
    QString batchId;
    for (const QString &id : eventIds) {
        std::optional<Event> e = storedEvent(m_store.db(), id);
        if (!e)
            return Error::notFound(QStringLiteral("no record %1 to sign").arg(id));
        // Separation of duties: nobody verifies, reviews or approves their own work.
        // The author of a deviation report signs it as submitted, whoever recorded what it is
        // about; every other meaning but "performed" is a second person's.
        if (what == Signs::Record && signer.meaning != meaning::Performed &&
            signer.meaning != meaning::Submitted && e->actor == signer.userId)
            return Error::refused(
                QStringLiteral("%1 recorded %2 and cannot sign it as %3; a second person must")
                    .arg(signer.userId, id, signer.meaning));
        if (signer.meaning == meaning::Performed && e->actor != signer.userId)
            return Error::refused(
                QStringLiteral("%1 did not record %2 and cannot sign it as performed")
                    .arg(signer.userId, id));
        if (batchId.isEmpty())
            batchId = e->batchId;
        signs.append(QJsonObject{{QStringLiteral("id"), e->id},
                                 {QStringLiteral("hash"), QString::fromLatin1(e->hash)},
                                 {QStringLiteral("type"), e->type}});
    }
    d.type = eventtype::SignatureApplied;
    d.actor = signer.userId;
    if (d.batchId.isEmpty())
        d.batchId = batchId;
    d.newValue = signer.meaning;
    d.payload.insert(QStringLiteral("userId"), signer.userId);
    d.payload.insert(QStringLiteral("printedName"), signer.printedName);
    d.payload.insert(QStringLiteral("role"), signer.role);
    d.payload.insert(QStringLiteral("meaning"), signer.meaning);
    d.payload.insert(QStringLiteral("signs"), signs);
    d.payload.insert(QStringLiteral("components"), signer.components);
    return {};
}

void SignatureService::recorded(const Signer &signer)
{
    if (signer.sessionUser && signer.components != QLatin1String("password"))
        m_access.markFullySigned();
}

Result<Event> SignatureService::sign(const SignatureRequest &r)
{
    if (r.eventIds.isEmpty())
        return Error::badInput(QStringLiteral("a signature must sign at least one record"));
    Result<Signer> signer = authenticate(r);
    if (!signer)
        return signer.error();
    Result<Event> e = m_log.record([&]() -> Result<EventDraft> {
        EventDraft d;
        if (Status s = bind(*signer, r.eventIds, d); !s)
            return s.error();
        return d;
    });
    if (e)
        recorded(*signer);
    return e;
}

} // namespace ck
