#include "BatchProjection.h"

#include "EventTypes.h"
#include "deviations/DeviationProjection.h"
#include "store/Event.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace ck {

namespace {

QString jsonText(const QJsonValue &v)
{
    // Entry values are stored as a one-element JSON array so that numbers, strings and booleans
    // all keep their type through the text column.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

Status createBatch(QSqlDatabase &db, const Event &e, const QJsonObject &b)
{
    if (Status s =
            exec(db,
                 QStringLiteral("INSERT INTO batches (id, order_no, recipe_id, recipe_version, "
                                "recipe_hash, coi_id, patient_initials, suite, due_utc, state, "
                                "order_data, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                 {e.batchId, b[u"orderNo"].toString(), b[u"recipeId"].toString(),
                  b[u"recipeVersion"].toInt(), b[u"recipeHash"].toString(), b[u"coiId"].toString(),
                  b[u"patientInitials"].toString(), b[u"suite"].toString(), b[u"dueUtc"].toString(),
                  batchstate::Created,
                  QString::fromUtf8(
                      QJsonDocument(b[u"orderData"].toObject()).toJson(QJsonDocument::Compact)),
                  e.utc});
        !s)
        return s;
    const QJsonArray steps = b[u"steps"].toArray();
    for (int i = 0; i < steps.size(); ++i) {
        if (Status s = exec(db,
                            QStringLiteral("INSERT INTO step_states (batch_id, step_id, ordinal, "
                                           "state) VALUES (?,?,?,?)"),
                            {e.batchId, steps[i].toString(), i, stepstate::Pending});
            !s)
            return s;
    }
    return {};
}

} // namespace

QStringList BatchProjection::tables() const
{
    return {QStringLiteral("batches"), QStringLiteral("step_states"), QStringLiteral("entries"),
            QStringLiteral("exceptions")};
}

Status BatchProjection::apply(QSqlDatabase &db, const Event &e)
{
    if (e.batchId.isEmpty())
        return {};
    const QJsonObject p = e.payloadObject();
    if (e.type == eventtype::BatchCreated)
        return createBatch(db, e, p[u"batch"].toObject());

    if (p.contains(u"timer")) {
        const QJsonObject t = p[u"timer"].toObject();
        if (Status s = exec(db,
                            QStringLiteral("UPDATE step_states SET timer_started_at = ? "
                                           "WHERE batch_id = ? AND step_id = ?"),
                            {t[u"startedAt"].toString(), e.batchId, t[u"step"].toString()});
            !s)
            return s;
    }
    const QJsonArray supersede = p[u"supersede"].toArray();
    for (const QJsonValue &id : supersede) {
        if (Status s =
                exec(db,
                     QStringLiteral("UPDATE entries SET superseded_by = ?, correction_reason = ? "
                                    "WHERE event_id = ? AND batch_id = ?"),
                     {e.id, e.reason, id.toString(), e.batchId});
            !s)
            return s;
    }
    if (p.contains(u"entry")) {
        const QJsonObject n = p[u"entry"].toObject();
        if (Status s =
                exec(db,
                     QStringLiteral("INSERT INTO entries (event_id, batch_id, step_id, iteration, "
                                    "value, flag, entered_at, actor) VALUES (?,?,?,?,?,?,?,?)"),
                     {e.id, e.batchId, n[u"step"].toString(), n[u"iteration"].toInt(),
                      jsonText(n[u"value"]), n[u"flag"].toString(), e.utc, e.actor});
            !s)
            return s;
    }
    const QJsonArray raised = p[u"exceptions"].toArray();
    for (const QJsonValue &v : raised) {
        const QJsonObject x = v.toObject();
        if (Status s =
                exec(db,
                     QStringLiteral("INSERT INTO exceptions (id, batch_id, step_id, kind, detail, "
                                    "status, raised_at, raised_by) VALUES (?,?,?,?,?,'open',?,?)"),
                     {x[u"id"].toString(), e.batchId, x[u"step"].toString(), x[u"kind"].toString(),
                      x[u"detail"].toString(), e.utc, e.actor});
            !s)
            return s;
    }
    if (const QString din = p[u"scan"][u"bindsDin"].toString(); !din.isEmpty()) {
        if (Status s =
                exec(db, QStringLiteral("UPDATE batches SET din = ? WHERE id = ? AND din = ''"),
                     {din, e.batchId});
            !s)
            return s;
    }
    if (p.contains(u"resolved")) {
        const QJsonObject r = p[u"resolved"].toObject();
        if (Status s =
                exec(db,
                     QStringLiteral("UPDATE exceptions SET status = 'resolved', resolution = ?, "
                                    "resolution_reason = ?, resolved_at = ?, resolved_by = ? "
                                    "WHERE id = ? AND batch_id = ?"),
                     {r[u"resolution"].toString(), e.reason, e.utc, e.actor,
                      r[u"exception"].toString(), e.batchId});
            !s)
            return s;
    }
    if (p.contains(u"signaturesReset")) {
        if (Status s = exec(db,
                            QStringLiteral("UPDATE step_states SET signatures = '{}' "
                                           "WHERE batch_id = ? AND step_id = ?"),
                            {e.batchId, p[u"signaturesReset"].toString()});
            !s)
            return s;
    }
    if (p.contains(u"stepSignature")) {
        const QJsonObject sig = p[u"stepSignature"].toObject();
        const QString record = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("event"), e.id},
                                      {QStringLiteral("by"), e.actor},
                                      {QStringLiteral("name"), p[u"printedName"].toString()},
                                      {QStringLiteral("at"), e.utc}})
                .toJson(QJsonDocument::Compact));
        if (Status s =
                exec(db,
                     QStringLiteral("UPDATE step_states SET signatures = "
                                    "json_set(signatures, '$.' || ?, json(?)) "
                                    "WHERE batch_id = ? AND step_id = ?"),
                     {sig[u"meaning"].toString(), record, e.batchId, sig[u"step"].toString()});
            !s)
            return s;
    }
    const QJsonArray steps = p[u"steps"].toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject st = v.toObject();
        const QString state = st[u"state"].toString();
        QString sql = QStringLiteral("UPDATE step_states SET state = ?, reason = ?");
        QVariantList binds{state, st[u"reason"].toString()};
        if (st.contains(u"iterationsDone")) {
            sql += QStringLiteral(", iterations_done = ?");
            binds << st[u"iterationsDone"].toInt();
        }
        if (state == stepstate::Active) {
            sql += QStringLiteral(
                ", activated_at = CASE activated_at WHEN '' THEN ? ELSE activated_at END");
            binds << e.utc;
        } else if (state == stepstate::Done || state == stepstate::Skipped) {
            sql += QStringLiteral(", completed_at = ?");
            binds << e.utc;
        }
        sql += QStringLiteral(" WHERE batch_id = ? AND step_id = ?");
        binds << e.batchId << st[u"step"].toString();
        if (Status s = exec(db, sql, binds); !s)
            return s;
    }
    if (p.contains(u"moved")) {
        if (Status s = exec(db, QStringLiteral("UPDATE batches SET suite = ? WHERE id = ?"),
                            {p[u"moved"][u"suite"].toString(), e.batchId});
            !s)
            return s;
    }
    if (p.contains(u"orderCompleted")) {
        // The order's missing data, completed later with a reason: merged into the order data.
        if (Status s = exec(
                db,
                QStringLiteral("UPDATE batches SET order_data = json_patch(order_data, "
                               "?) WHERE id = ?"),
                {QString::fromUtf8(
                     QJsonDocument(p[u"orderCompleted"].toObject()).toJson(QJsonDocument::Compact)),
                 e.batchId});
            !s)
            return s;
    }
    if (p.contains(u"batchState")) {
        const QString state = p[u"batchState"].toString();
        QString sql =
            QStringLiteral("UPDATE batches SET state = ?, active_step = ?, state_reason = ?");
        QVariantList binds{state, p[u"activeStep"].toString(),
                           state == batchstate::InProgress ? QString() : e.reason};
        if (e.type == eventtype::BatchStarted) {
            sql += QStringLiteral(", started_at = ?");
            binds << e.utc;
        }
        if (state == batchstate::Complete || state == batchstate::Aborted) {
            sql += QStringLiteral(", ended_at = ?");
            binds << e.utc;
        }
        sql += QStringLiteral(" WHERE id = ?");
        binds << e.batchId;
        if (Status s = exec(db, sql, binds); !s)
            return s;
    }
    return {};
}

namespace {
const QString kBatchColumns = QStringLiteral(
    "id, order_no, recipe_id, recipe_version, recipe_hash, coi_id, patient_initials, suite, "
    "due_utc, state, state_reason, active_step, order_data, created_at, started_at, ended_at, din");

BatchState batchFromQuery(const QSqlQuery &q)
{
    BatchState b;
    b.id = q.value(0).toString();
    b.orderNo = q.value(1).toString();
    b.recipeId = q.value(2).toString();
    b.recipeVersion = q.value(3).toInt();
    b.recipeHash = q.value(4).toString();
    b.coiId = q.value(5).toString();
    b.patientInitials = q.value(6).toString();
    b.suite = q.value(7).toString();
    b.dueUtc = q.value(8).toString();
    b.state = q.value(9).toString();
    b.stateReason = q.value(10).toString();
    b.activeStep = q.value(11).toString();
    b.orderData = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    b.createdAt = q.value(13).toString();
    b.startedAt = q.value(14).toString();
    b.endedAt = q.value(15).toString();
    b.din = q.value(16).toString();
    return b;
}
} // namespace

Result<BatchState> BatchProjection::load(QSqlDatabase &db, const QString &batchId)
{
    // Every action loads its batch, so the four statements come from the store's cache of
    // prepared statements instead of being compiled again each time.
    auto forEachRow = [&](const QString &sql,
                          const std::function<void(const QSqlQuery &)> &read) -> Status {
        Error error;
        QSqlQuery *q = prepared(db, sql, &error);
        if (!q)
            return error;
        q->bindValue(0, batchId);
        if (!q->exec()) {
            const QString message = q->lastError().text();
            q->finish();
            return Error::storage(message);
        }
        while (q->next())
            read(*q);
        q->finish();
        return {};
    };

    std::optional<BatchState> found;
    if (Status s =
            forEachRow(QStringLiteral("SELECT %1 FROM batches WHERE id = ?").arg(kBatchColumns),
                       [&](const QSqlQuery &q) { found = batchFromQuery(q); });
        !s)
        return s.error();
    if (!found)
        return Error::notFound(QStringLiteral("no batch '%1' on this terminal").arg(batchId));
    BatchState b = std::move(*found);

    Status s = forEachRow(
        QStringLiteral("SELECT step_id, ordinal, state, iterations_done, reason, activated_at, "
                       "completed_at, timer_started_at, signatures FROM step_states "
                       "WHERE batch_id = ? "
                       "ORDER BY ordinal"),
        [&](const QSqlQuery &q) {
            StepState st;
            st.stepId = q.value(0).toString();
            st.ordinal = q.value(1).toInt();
            st.state = q.value(2).toString();
            st.iterationsDone = q.value(3).toInt();
            st.reason = q.value(4).toString();
            st.activatedAt = q.value(5).toString();
            st.completedAt = q.value(6).toString();
            st.timerStartedAt = q.value(7).toString();
            st.signatures = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
            b.steps.push_back(st);
        });
    if (!s)
        return s.error();

    s = forEachRow(
        QStringLiteral("SELECT en.event_id, en.step_id, en.iteration, en.value, en.flag, "
                       "en.entered_at, en.actor, en.superseded_by, en.correction_reason "
                       "FROM entries en JOIN events ev ON ev.id = en.event_id "
                       "WHERE en.batch_id = ? ORDER BY ev.pos"),
        [&](const QSqlQuery &q) {
            EntryRecord r;
            r.eventId = q.value(0).toString();
            r.stepId = q.value(1).toString();
            r.iteration = q.value(2).toInt();
            r.value = jsonValue(q.value(3).toString());
            r.flag = q.value(4).toString();
            r.enteredAt = q.value(5).toString();
            r.actor = q.value(6).toString();
            r.supersededBy = q.value(7).toString();
            r.correctionReason = q.value(8).toString();
            b.entries.append(r);
        });
    if (!s)
        return s.error();

    s = forEachRow(QStringLiteral("SELECT id, step_id, kind, detail, status, raised_at, raised_by, "
                                  "resolution, resolution_reason, resolved_at, resolved_by "
                                  "FROM exceptions WHERE batch_id = ? ORDER BY rowid"),
                   [&](const QSqlQuery &q) {
                       ExceptionRecord x;
                       x.id = q.value(0).toString();
                       x.stepId = q.value(1).toString();
                       x.kind = q.value(2).toString();
                       x.detail = q.value(3).toString();
                       x.status = q.value(4).toString();
                       x.raisedAt = q.value(5).toString();
                       x.raisedBy = q.value(6).toString();
                       x.resolution = q.value(7).toString();
                       x.resolutionReason = q.value(8).toString();
                       x.resolvedAt = q.value(9).toString();
                       x.resolvedBy = q.value(10).toString();
                       b.exceptions.append(x);
                   });
    if (!s)
        return s.error();
    if (Status d = DeviationProjection::loadInto(db, b); !d)
        return d.error();
    return b;
}

QList<BatchState> BatchProjection::list(QSqlDatabase &db)
{
    QList<BatchState> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM batches ORDER BY due_utc, id").arg(kBatchColumns)))
        return out;
    while (q.next())
        out.append(batchFromQuery(q));
    return out;
}

} // namespace ck
