#include "ExceptionReview.h"

#include "execution/BatchState.h"
#include "execution/EventTypes.h"
#include "recipe/DeviationPolicy.h"
#include "store/Event.h"

namespace ck {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return v.toString();
}

QString deviationKind(const QString &triggerName)
{
    if (triggerName == trigger::IdentityMismatch || triggerName == trigger::MaterialNotReleased)
        return reviewkind::Identity;
    if (triggerName == trigger::WindowMissed || triggerName == trigger::LateSpecimen)
        return reviewkind::Window;
    return reviewkind::Deviation;
}

} // namespace

QJsonObject ReviewItem::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},       {QStringLiteral("at"), at},
                  {QStringLiteral("person"), person},   {QStringLiteral("step"), stepId},
                  {QStringLiteral("summary"), summary}, {QStringLiteral("event"), eventId}};
    if (!deviationId.isEmpty())
        o.insert(QStringLiteral("deviation"), deviationId);
    return o;
}

QJsonArray ExceptionReview::toJson(const QList<ReviewItem> &items)
{
    QJsonArray out;
    for (const ReviewItem &i : items)
        out.append(i.toJson());
    return out;
}

QList<ReviewItem> ExceptionReview::build(const std::vector<Event> &events, const BatchState &batch)
{
    QList<ReviewItem> items;
    for (const Event &e : events) {
        if (!batch.id.isEmpty() && e.batchId != batch.id)
            continue;
        const QJsonObject p = e.payloadObject();
        auto add = [&](const QString &kind, const QString &step, const QString &summary,
                       const QString &deviation = {}) {
            items.append({kind, e.utc, e.actor, step, summary, e.id, deviation});
        };

        // Values at alert level or beyond, as recorded (a correction is listed as such below).
        const QJsonObject entry = p.value(u"entry").toObject();
        if (e.type == eventtype::EntryRecorded) {
            const QString f = entry.value(u"flag").toString();
            const QString step = entry.value(u"step").toString();
            if (f == flag::Alert)
                add(reviewkind::AlertValue, step,
                    QStringLiteral("alert-level value %1 at step '%2'")
                        .arg(valueText(entry.value(u"value")), step));
            else if (f == flag::OutOfSpec)
                add(reviewkind::OutOfSpec, step,
                    QStringLiteral("out-of-specification value %1 at step '%2'")
                        .arg(valueText(entry.value(u"value")), step));
        } else if (e.type == eventtype::EntryCorrected) {
            const QString step = entry.value(u"step").toString();
            add(reviewkind::Correction, step,
                QStringLiteral("corrected %1 → %2 at step '%3': %4")
                    .arg(e.oldValue, e.newValue, step, e.reason));
        }

        // Typed identity approved by a supervisor.
        const QJsonObject scan = p.value(u"scan").toObject();
        const QJsonObject approval = scan.value(u"approval").toObject();
        if (e.type == eventtype::ScanRecorded && !approval.isEmpty())
            add(reviewkind::Override, scan.value(u"step").toString(),
                QStringLiteral("identity typed by hand at step '%1', approved by %2: %3")
                    .arg(scan.value(u"step").toString(), approval.value(u"userId").toString(),
                         approval.value(u"reason").toString()));

        // Manual interventions and the exception paths.
        if (e.type == eventtype::StepRepeated) {
            const QString step = p.value(u"intervention").toObject().value(u"step").toString();
            add(reviewkind::Intervention, step,
                QStringLiteral("step '%1' repeated, approved by %2: %3")
                    .arg(step, e.actor, e.reason));
        } else if (e.type == eventtype::BatchMoved) {
            add(reviewkind::Intervention, {},
                QStringLiteral("batch moved from %1 to %2: %3")
                    .arg(e.oldValue, e.newValue, e.reason));
        } else if (e.type == eventtype::BatchTerminated || e.type == eventtype::StageTerminated) {
            QStringList dispositions;
            const QJsonObject d = p.value(u"dispositions").toObject();
            for (auto it = d.begin(); it != d.end(); ++it)
                dispositions << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
            QString text = e.type == eventtype::BatchTerminated
                               ? QStringLiteral("run terminated: %1").arg(e.reason)
                               : QStringLiteral("stage terminated: %1").arg(e.reason);
            if (!dispositions.isEmpty())
                text += QStringLiteral(" (%1)").arg(dispositions.join(QStringLiteral(", ")));
            add(reviewkind::Intervention, {}, text);
        } else if (e.type == eventtype::OrderCompleted) {
            const QJsonObject fields = p.value(u"orderCompleted").toObject();
            add(reviewkind::Intervention, {},
                QStringLiteral("order completed later: %1: %2")
                    .arg(fields.keys().join(QStringLiteral(", ")), e.reason));
        }

        // Every deviation raised by this event (automatic or by hand).
        for (const QJsonValue &v : p.value(u"deviations").toArray()) {
            const QJsonObject d = v.toObject();
            const QString t = d.value(u"trigger").toString();
            QString detail = d.value(u"detail").toString();
            if (detail.isEmpty())
                detail = e.reason;
            add(deviationKind(t), d.value(u"step").toString(),
                QStringLiteral("%1 deviation %2 (%3): %4")
                    .arg(d.value(u"severity").toString(), d.value(u"id").toString(), t, detail),
                d.value(u"id").toString());
        }
        // A decision on a deviation: what the batch does because of it.
        if (e.type == eventtype::DeviationDecided) {
            const QJsonObject d = p.value(u"deviation").toObject();
            const QString id = d.value(u"id").toString();
            const DeviationRecord *rec = batch.deviation(id);
            add(reviewkind::Decision, rec ? rec->stepId : QString(),
                QStringLiteral("deviation %1 %2 (consequence %3): %4")
                    .arg(id, d.value(u"decision").toString(), d.value(u"consequence").toString(),
                         e.reason),
                id);
        }
    }
    return items;
}

} // namespace ck
