#include "ScanSpecReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ck {

using namespace Qt::StringLiterals;
using namespace recipefields;

namespace scanlabel {

const QStringList &names()
{
    static const QStringList labels{u"coi"_s,
                                    u"isbt128.coi"_s,
                                    u"site.coi"_s,
                                    u"isbt128.din"_s,
                                    u"isbt128.product_code"_s,
                                    u"isbt128.expiration"_s,
                                    u"isbt128.compound"_s,
                                    u"gs1"_s};
    return labels;
}

const QStringList &checks()
{
    static const QStringList all{u"coi"_s, u"din"_s, u"productCode"_s, u"notExpired"_s};
    return all;
}

QStringList checksCarriedBy(const QString &label)
{
    if (label == u"coi"_s || label == u"isbt128.coi"_s || label == u"site.coi"_s)
        return {u"coi"_s};
    if (label == u"isbt128.din"_s)
        return {u"din"_s};
    if (label == u"isbt128.product_code"_s)
        return {u"productCode"_s};
    if (label == u"isbt128.expiration"_s || label == u"gs1"_s)
        return {u"notExpired"_s};
    if (label == u"isbt128.compound"_s)
        return checks();
    return {};
}

QString describe(const QString &label)
{
    if (label == u"coi"_s)
        return u"a chain-of-identity id (ISBT 128 or the site's)"_s;
    if (label == u"isbt128.coi"_s)
        return u"an ISBT 128 chain-of-identity id"_s;
    if (label == u"site.coi"_s)
        return u"the site's chain-of-identity id"_s;
    if (label == u"isbt128.din"_s)
        return u"an ISBT 128 DIN"_s;
    if (label == u"isbt128.product_code"_s)
        return u"an ISBT 128 product code"_s;
    if (label == u"isbt128.expiration"_s)
        return u"an ISBT 128 expiration date"_s;
    if (label == u"isbt128.compound"_s)
        return u"an ISBT 128 compound message (the label's 2-D code)"_s;
    if (label == u"gs1"_s)
        return u"a GS1 element string"_s;
    return label;
}

} // namespace scanlabel

namespace {
const QRegularExpression &containerPattern()
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_]*$"_s);
    return re;
}

// A product description code (the product at a stage, any division) or a whole product code.
const QRegularExpression &productCodePattern()
{
    static const QRegularExpression re(u"^[A-Z][A-Z0-9]{4}([A-Z0-9]{3})?$"_s);
    return re;
}
} // namespace

void ScanSpecReader::read(Fields &step, Step &out)
{
    const auto object = step.object(u"scan"_s);
    if (!object) {
        if (!step.has(u"scan"_s))
            step.problem(u"scan"_s, u"missing; a scan step says which label is scanned, what it "
                                    "must match and which container it is"_s);
        return;
    }
    Fields f = step.nested(*object);
    const QString prefix = u"scan."_s;
    ScanSpec &spec = out.scan;
    spec.label = f.string(u"label"_s, true, prefix);
    const bool labelKnown = scanlabel::names().contains(spec.label);
    if (!spec.label.isEmpty() && !labelKnown)
        step.problem(u"scan.label"_s, u"unknown label '%1'; known labels: %2"_s.arg(
                                          spec.label, scanlabel::names().join(u", "_s)));
    const QStringList carried = scanlabel::checksCarriedBy(spec.label);

    if (const auto match = f.array(u"match"_s, true, prefix)) {
        for (const QJsonValue &v : *match) {
            const QString check = v.toString();
            if (!v.isString())
                step.problem(u"scan.match"_s, u"each check is a string, not %1"_s.arg(typeName(v)));
            else if (!scanlabel::checks().contains(check))
                step.problem(u"scan.match"_s, u"unknown check '%1'; known checks: %2"_s.arg(
                                                  check, scanlabel::checks().join(u", "_s)));
            else if (spec.match.contains(check))
                step.problem(u"scan.match"_s, u"'%1' is listed twice"_s.arg(check));
            else if (labelKnown && !carried.contains(check))
                step.problem(u"scan.match"_s,
                             u"a '%1' label carries no %2 to check (it carries: %3)"_s.arg(
                                 spec.label, check, carried.join(u", "_s)));
            else
                spec.match.append(check);
        }
        if (match->isEmpty())
            step.problem(u"scan.match"_s, u"a scan checks at least one of: %1"_s.arg(
                                              scanlabel::checks().join(u", "_s)));
    }

    const bool matchesProduct = spec.match.contains(u"productCode"_s);
    if (const auto codes = f.array(u"productCodes"_s, matchesProduct, prefix)) {
        if (!matchesProduct)
            step.problem(u"scan.productCodes"_s, u"only used when 'match' lists productCode"_s);
        for (const QJsonValue &v : *codes) {
            const QString code = v.toString();
            if (!v.isString() || !productCodePattern().match(code).hasMatch())
                step.problem(u"scan.productCodes"_s,
                             u"'%1' is not an ISBT 128 product description code (5 characters, "
                             "such as S1234) or product code (8 characters)"_s.arg(
                                 v.isString() ? code : typeName(v)));
            else
                spec.productCodes.append(code);
        }
        if (matchesProduct && codes->isEmpty())
            step.problem(u"scan.productCodes"_s, u"lists no product code to accept"_s);
    }

    spec.bindDin = f.boolean(u"bindDin"_s, prefix).value_or(false);
    if (spec.bindDin && labelKnown && !carried.contains(u"din"_s))
        step.problem(u"scan.bindDin"_s, u"a '%1' label carries no DIN to bind"_s.arg(spec.label));
    else if (spec.bindDin && !spec.match.contains(u"din"_s))
        step.problem(u"scan.bindDin"_s, u"binding the DIN needs 'din' in 'match'"_s);
    if (spec.match.contains(u"din"_s) && !spec.bindDin && m_dinBoundBy.isEmpty())
        step.problem(u"scan.match"_s,
                     u"'din' is matched against the batch's DIN, which no earlier step binds: "
                     "set \"bindDin\": true here or on an earlier scan step"_s);
    if (spec.bindDin && m_dinBoundBy.isEmpty())
        m_dinBoundBy = out.id;

    readContainer(step, *object, out);

    if (const auto handOver = f.object(u"handOver"_s, prefix)) {
        Fields h = step.nested(*handOver);
        spec.handOverTo = h.string(u"to"_s, true, u"scan.handOver."_s);
    }
    if (out.repeat.count > 1 && spec.registers)
        step.problem(u"repeat.count"_s, u"a container is registered by one scan; register each "
                                        "container with its own step"_s);
}

void ScanSpecReader::readContainer(Fields &step, const QJsonObject &scan, Step &out)
{
    Fields f = step.nested(scan);
    ScanSpec &spec = out.scan;
    const bool registers = scan.contains(u"registers"_s);
    const bool names = scan.contains(u"container"_s);
    if (registers && names) {
        step.problem(u"scan"_s, u"give either \"registers\" (a new container) or \"container\" "
                                "(one an earlier step registered), not both"_s);
        return;
    }
    if (!registers && !names) {
        step.problem(u"scan"_s, u"names no container: give \"registers\" (a new container) or "
                                "\"container\" (one an earlier step registered)"_s);
        return;
    }
    QString field = u"scan.container"_s;
    if (registers) {
        const auto r = f.object(u"registers"_s, u"scan."_s);
        if (!r)
            return;
        Fields reg = step.nested(*r);
        spec.container = reg.string(u"container"_s, true, u"scan.registers."_s);
        spec.role = reg.string(u"role"_s, false, u"scan.registers."_s);
        spec.registers = true;
        field = u"scan.registers.container"_s;
    } else {
        spec.container = f.string(u"container"_s, true, u"scan."_s);
    }
    if (spec.container.isEmpty())
        return;
    if (!containerPattern().match(spec.container).hasMatch()) {
        step.problem(field, u"'%1' is not a valid container id (lower-case letters, digits and "
                            "'_', not starting with a digit)"_s.arg(spec.container));
        return;
    }
    const QString by = m_registeredBy.value(spec.container);
    if (registers && !by.isEmpty())
        step.problem(
            field, u"container '%1' is already registered by step '%2'"_s.arg(spec.container, by));
    else if (registers)
        m_registeredBy.insert(spec.container, out.id);
    else if (by.isEmpty()) {
        QStringList known = m_registeredBy.keys();
        known.sort();
        step.problem(field,
                     u"container '%1' is not registered by an earlier step (%2)"_s.arg(
                         spec.container, known.isEmpty()
                                             ? u"no earlier step registers a container"_s
                                             : u"registered before it: "_s + known.join(u", "_s)));
    }
}

} // namespace ck
