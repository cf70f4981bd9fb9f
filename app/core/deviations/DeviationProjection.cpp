#include "DeviationProjection.h"

#include "execution/BatchState.h"
#include "execution/EventTypes.h"
#include "store/Event.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace ck {

namespace {

QString listText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

Status insertDeviation(QSqlDatabase &db, const Event &e, const QJsonObject &d)
{
    return exec(db,
                QStringLiteral(
                    "INSERT INTO deviations (id, batch_id, step_id, trigger, category, severity, "
                    "blocking, status, detail, description, immediate_action, containers, "
                    "affected_steps, related_events, exception_id, raised_at, raised_by, "
                    "raised_event) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {d[u"id"].toString(), e.batchId, d[u"step"].toString(), d[u"trigger"].toString(),
                 d[u"category"].toString(), d[u"severity"].toString(), d[u"blocking"].toString(),
                 deviationstatus::Open, d[u"detail"].toString(), d[u"description"].toString(),
                 d[u"immediateAction"].toString(), listText(d[u"containers"]),
                 listText(d[u"affectedSteps"]), listText(d[u"related"]), d[u"exception"].toString(),
                 e.utc, e.actor, e.id});
}

// Every transition is in the thread, with its text when it has one; an update or a comment
// without text is not.
Status addComment(QSqlDatabase &db, const Event &e, const QString &deviationId, const QString &kind,
                  const QString &text)
{
    if (text.isEmpty() && (kind == QLatin1String("update") || kind == QLatin1String("comment") ||
                           kind == QLatin1String("raised")))
        return {};
    return exec(db,
                QStringLiteral("INSERT INTO deviation_comments (event_id, deviation_id, kind, "
                               "text, at, by) VALUES (?,?,?,?,?,?)"),
                {e.id, deviationId, kind, text, e.utc, e.actor});
}

Status change(QSqlDatabase &db, const Event &e, const QJsonObject &d)
{
    const QString id = d[u"id"].toString();
    if (e.type == eventtype::DeviationUpdated) {
        const QJsonObject f = d[u"fields"].toObject();
        if (Status s = exec(db,
                            QStringLiteral("UPDATE deviations SET category = ?, description = ?, "
                                           "immediate_action = ?, containers = ?, "
                                           "affected_steps = ? WHERE id = ?"),
                            {f[u"category"].toString(), f[u"description"].toString(),
                             f[u"immediateAction"].toString(), listText(f[u"containers"]),
                             listText(f[u"affectedSteps"]), id});
            !s)
            return s;
        return addComment(db, e, id, QStringLiteral("update"), e.reason);
    }
    if (e.type == eventtype::DeviationSubmitted) {
        if (Status s = exec(db,
                            QStringLiteral("UPDATE deviations SET status = ?, submitted_at = ?, "
                                           "submitted_by = ? WHERE id = ?"),
                            {deviationstatus::Submitted, e.utc, e.actor, id});
            !s)
            return s;
        return addComment(db, e, id, QStringLiteral("submission"), e.reason);
    }
    if (e.type == eventtype::DeviationDecided) {
        if (Status s = exec(db,
                            QStringLiteral("UPDATE deviations SET status = ?, decision = ?, "
                                           "consequence = ?, decided_at = ?, decided_by = ? "
                                           "WHERE id = ?"),
                            {d[u"decision"].toString(), d[u"decision"].toString(),
                             d[u"consequence"].toString(), e.utc, e.actor, id});
            !s)
            return s;
        return addComment(db, e, id, QStringLiteral("decision"), e.reason);
    }
    if (e.type == eventtype::DeviationClosed) {
        if (Status s = exec(db,
                            QStringLiteral("UPDATE deviations SET status = ?, closed_at = ?, "
                                           "closed_by = ? WHERE id = ?"),
                            {deviationstatus::Closed, e.utc, e.actor, id});
            !s)
            return s;
        return addComment(db, e, id, QStringLiteral("closure"), e.reason);
    }
    if (e.type == eventtype::DeviationCommented)
        return addComment(db, e, id, QStringLiteral("comment"), e.reason);
    return {};
}

} // namespace

QStringList DeviationProjection::tables() const
{
    return {QStringLiteral("deviations"), QStringLiteral("deviation_comments"),
            QStringLiteral("container_dispositions")};
}

Status DeviationProjection::apply(QSqlDatabase &db, const Event &e)
{
    if (e.batchId.isEmpty())
        return {};
    const QJsonObject p = e.payloadObject();
    QSet<QString> raised;
    for (const QJsonValue &v : p[u"deviations"].toArray()) {
        const QJsonObject d = v.toObject();
        raised.insert(d[u"exception"].toString());
        if (Status s = insertDeviation(db, e, d); !s)
            return s;
        if (Status s = addComment(db, e, d[u"id"].toString(), QStringLiteral("raised"),
                                  d[u"description"].toString());
            !s)
            return s;
    }
    // Exceptions recorded before deviations existed (schema 4 and earlier) each become one:
    // they held the batch, so they are major and hold it.
    for (const QJsonValue &v : p[u"exceptions"].toArray()) {
        const QJsonObject x = v.toObject();
        if (raised.contains(x[u"id"].toString()))
            continue;
        const QJsonObject d{{QStringLiteral("id"), x[u"id"]},
                            {QStringLiteral("step"), x[u"step"]},
                            {QStringLiteral("trigger"), x[u"kind"]},
                            {QStringLiteral("severity"), QStringLiteral("major")},
                            {QStringLiteral("blocking"), QStringLiteral("hold_batch")},
                            {QStringLiteral("detail"), x[u"detail"]},
                            {QStringLiteral("exception"), x[u"id"]}};
        if (Status s = insertDeviation(db, e, d); !s)
            return s;
    }
    if (p.contains(u"deviation")) {
        if (Status s = change(db, e, p[u"deviation"].toObject()); !s)
            return s;
    }
    const QJsonObject dispositions = p[u"dispositions"].toObject();
    for (auto it = dispositions.begin(); it != dispositions.end(); ++it) {
        if (Status s =
                exec(db,
                     QStringLiteral("INSERT INTO container_dispositions (batch_id, "
                                    "container, disposition, reason, at, by, event_id) "
                                    "VALUES (?,?,?,?,?,?,?)"),
                     {e.batchId, it.key(), it.value().toString(), e.reason, e.utc, e.actor, e.id});
            !s)
            return s;
    }
    return {};
}

Status DeviationProjection::loadInto(QSqlDatabase &db, BatchState &b)
{
    Error error;
    QSqlQuery *q = prepared(
        db,
        QStringLiteral("SELECT id, step_id, trigger, category, severity, blocking, status, detail, "
                       "description, immediate_action, containers, affected_steps, "
                       "related_events, exception_id, raised_at, raised_by, raised_event, "
                       "submitted_at, submitted_by, decision, consequence, decided_at, "
                       "decided_by, closed_at, closed_by FROM deviations WHERE batch_id = ? "
                       "ORDER BY rowid"),
        &error);
    if (!q)
        return error;
    q->bindValue(0, b.id);
    if (!q->exec()) {
        const QString message = q->lastError().text();
        q->finish();
        return Error::storage(message);
    }
    while (q->next()) {
        DeviationRecord d;
        int i = 0;
        d.batchId = b.id;
        d.id = q->value(i++).toString();
        d.stepId = q->value(i++).toString();
        d.trigger = q->value(i++).toString();
        d.category = q->value(i++).toString();
        d.severity = q->value(i++).toString();
        d.blocking = q->value(i++).toString();
        d.status = q->value(i++).toString();
        d.detail = q->value(i++).toString();
        d.description = q->value(i++).toString();
        d.immediateAction = q->value(i++).toString();
        d.containers = listOf(q->value(i++).toString());
        d.affectedSteps = listOf(q->value(i++).toString());
        d.relatedEvents = listOf(q->value(i++).toString());
        d.exceptionId = q->value(i++).toString();
        d.raisedAt = q->value(i++).toString();
        d.raisedBy = q->value(i++).toString();
        d.raisedEvent = q->value(i++).toString();
        d.submittedAt = q->value(i++).toString();
        d.submittedBy = q->value(i++).toString();
        d.decision = q->value(i++).toString();
        d.consequence = q->value(i++).toString();
        d.decidedAt = q->value(i++).toString();
        d.decidedBy = q->value(i++).toString();
        d.closedAt = q->value(i++).toString();
        d.closedBy = q->value(i++).toString();
        b.deviations.append(d);
    }
    q->finish();

    QSqlQuery *c = prepared(db,
                            QStringLiteral("SELECT container, disposition FROM "
                                           "container_dispositions WHERE batch_id = ?"),
                            &error);
    if (!c)
        return error;
    c->bindValue(0, b.id);
    if (!c->exec()) {
        const QString message = c->lastError().text();
        c->finish();
        return Error::storage(message);
    }
    while (c->next())
        b.containerDispositions.insert(c->value(0).toString(), c->value(1).toString());
    c->finish();
    return {};
}

QList<DeviationProjection::Comment> DeviationProjection::comments(QSqlDatabase &db,
                                                                  const QString &deviationId)
{
    QList<Comment> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.event_id, c.kind, c.text, c.at, c.by FROM "
                             "deviation_comments c JOIN events e ON e.id = c.event_id "
                             "WHERE c.deviation_id = ? ORDER BY e.pos"));
    q.addBindValue(deviationId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace ck
