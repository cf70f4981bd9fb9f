#include "DeviationSpecReader.h"

namespace ck {

using namespace Qt::Literals::StringLiterals;
using recipefields::Fields;
using recipefields::typeName;

void DeviationSpecReader::readPolicy(Fields &top, Recipe &recipe)
{
    if (!top.has(u"deviations"_s))
        return;
    const QJsonObject o = top.get(u"deviations"_s, QJsonValue::Object, false).toObject();
    Fields f = top.nested(o);
    const QString prefix = u"deviations."_s;
    if (const QJsonObject sev = f.get(u"severity"_s, QJsonValue::Object, false, prefix).toObject();
        !sev.isEmpty()) {
        for (auto it = sev.begin(); it != sev.end(); ++it) {
            const QString field = u"deviations.severity.%1"_s.arg(it.key());
            if (!trigger::all().contains(it.key()) || it.key() == trigger::Manual)
                f.problem(field, u"unknown trigger; known: %1"_s.arg(
                                     trigger::all().mid(0, trigger::all().size() - 1).join(u", ")));
            else if (!severity::all().contains(it.value().toString()))
                f.problem(field, u"must be one of %1"_s.arg(severity::all().join(u", ")));
            else
                recipe.deviations.severityByTrigger.insert(it.key(), it.value().toString());
        }
    }
    if (const QJsonObject blk = f.get(u"blocking"_s, QJsonValue::Object, false, prefix).toObject();
        !blk.isEmpty()) {
        for (auto it = blk.begin(); it != blk.end(); ++it) {
            const QString field = u"deviations.blocking.%1"_s.arg(it.key());
            if (!severity::all().contains(it.key()))
                f.problem(field, u"unknown severity; known: %1"_s.arg(severity::all().join(u", ")));
            else if (!blocking::all().contains(it.value().toString()))
                f.problem(field, u"must be one of %1"_s.arg(blocking::all().join(u", ")));
            else
                recipe.deviations.blockingBySeverity.insert(it.key(), it.value().toString());
        }
    }
    // A policy that lets a more severe deviation block less than a lighter one is a typo.
    const auto weight = [](const QString &b) { return blocking::all().indexOf(b); };
    const DeviationPolicy &p = recipe.deviations;
    if (weight(p.blockingBySeverity.value(severity::Major)) <
            weight(p.blockingBySeverity.value(severity::Minor)) ||
        weight(p.blockingBySeverity.value(severity::Critical)) <
            weight(p.blockingBySeverity.value(severity::Major)))
        f.problem(u"deviations.blocking"_s,
                  u"a more severe deviation must block at least as much as a lighter one"_s);
}

void DeviationSpecReader::readStep(Fields &f, Step &step, const QSet<QString> &orderFields)
{
    step.deviationSeverity = f.string(u"deviationSeverity"_s, false);
    if (!step.deviationSeverity.isEmpty() && !severity::all().contains(step.deviationSeverity))
        f.problem(u"deviationSeverity"_s, u"'%1' is not one of %2"_s.arg(
                                              step.deviationSeverity, severity::all().join(u", ")));
    const auto orderField = [&](const QString &field, const QString &id) {
        if (!id.isEmpty() && !orderFields.contains(id))
            f.problem(field, u"'%1' is not an order field of this recipe"_s.arg(id));
    };
    if (f.has(u"arrival"_s)) {
        const QJsonObject a = f.get(u"arrival"_s, QJsonValue::Object, false).toObject();
        Fields af = f.nested(a);
        const QString prefix = u"arrival."_s;
        step.arrival.collectedField = af.string(u"collected"_s, true, prefix);
        step.arrival.scheduledField = af.string(u"scheduled"_s, false, prefix);
        orderField(u"arrival.collected"_s, step.arrival.collectedField);
        orderField(u"arrival.scheduled"_s, step.arrival.scheduledField);
        if (const auto hours = af.number(u"maxHours"_s, true, prefix)) {
            if (*hours <= 0)
                f.problem(u"arrival.maxHours"_s, u"must be greater than 0"_s);
            else
                step.arrival.maxHours = *hours;
        }
    }
    if (const auto req = f.array(u"requires"_s, false)) {
        for (const QJsonValue &v : *req) {
            if (!v.isString())
                f.problem(u"requires"_s,
                          u"each entry is an order field id, not %1"_s.arg(typeName(v)));
            else {
                orderField(u"requires"_s, v.toString());
                step.requiredOrderFields.append(v.toString());
            }
        }
    }
}

} // namespace ck
