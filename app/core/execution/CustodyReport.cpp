#include "CustodyReport.h"

#include "EventTypes.h"
#include "ScanRules.h"
#include "people/PeopleEvents.h"
#include "people/Roles.h"

#include <QHash>
#include <QJsonArray>

namespace ck {

QJsonObject CustodyLink::toJson() const
{
    QJsonObject o{{QStringLiteral("at"), at},       {QStringLiteral("action"), action},
                  {QStringLiteral("step"), step},   {QStringLiteral("by"), by},
                  {QStringLiteral("event"), event}, {QStringLiteral("terminal"), terminal}};
    auto add = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    add("printedName", printedName);
    add("role", role);
    add("identity", identity);
    add("verdict", verdict);
    add("source", source);
    add("to", to);
    add("suite", suite);
    add("place", place);
    return o;
}

CustodyChain &CustodyReport::chainOf(const QString &container)
{
    for (CustodyChain &c : containers) {
        if (c.container == container)
            return c;
    }
    containers.append(CustodyChain{container, {}, {}});
    return containers.last();
}

CustodyReport CustodyReport::fromEvents(const BatchState &batch, const std::vector<Event> &events)
{
    CustodyReport r;
    r.batchId = batch.id;
    r.orderNo = batch.orderNo;
    r.coiId = batch.coiId;
    r.din = batch.din;
    QHash<QString, QString> handedOverAt; // step -> container, for the receiver's signature
    for (const Event &e : events) {
        const QJsonObject p = e.payloadObject();
        if (e.type == eventtype::ScanRecorded) {
            const QJsonObject s = p[u"scan"].toObject();
            const QJsonObject where = s[u"location"].toObject();
            const QString verdict = s[u"verdict"].toString();
            const bool matched = verdict == scanverdict::Match;
            CustodyLink l;
            l.at = e.utc;
            l.step = s[u"step"].toString();
            l.by = e.actor;
            l.identity = s[u"identity"].toString();
            l.verdict = verdict;
            l.source = s[u"source"].toString();
            l.to = s[u"handOverTo"].toString();
            l.terminal = where[u"terminal"].toString();
            l.suite = where[u"suite"].toString();
            l.place = where[u"place"].toString();
            l.event = e.id;
            if (matched && s[u"registers"].toBool())
                l.action = QStringLiteral("registered");
            else if (matched && !l.to.isEmpty())
                l.action = QStringLiteral("handed_over");
            else
                l.action = QStringLiteral("scanned");
            CustodyChain &chain = r.chainOf(s[u"container"].toString());
            if (chain.role.isEmpty())
                chain.role = s[u"role"].toString();
            if (l.action == QLatin1String("handed_over"))
                handedOverAt.insert(l.step, chain.container);
            chain.links.append(l);
        } else if (e.type == eventtype::SignatureApplied &&
                   p[u"meaning"].toString() == meaning::Received) {
            const QString step = p[u"stepSignature"][u"step"].toString();
            if (!handedOverAt.contains(step))
                continue;
            CustodyLink l;
            l.at = e.utc;
            l.action = QStringLiteral("received");
            l.step = step;
            l.by = e.actor;
            l.printedName = p[u"printedName"].toString();
            l.role = p[u"role"].toString();
            l.terminal = e.terminalId;
            l.event = e.id;
            r.chainOf(handedOverAt.value(step)).links.append(l);
        }
    }
    return r;
}

QJsonObject CustodyReport::toJson() const
{
    QJsonArray all;
    for (const CustodyChain &c : containers) {
        QJsonArray links;
        for (const CustodyLink &l : c.links)
            links.append(l.toJson());
        all.append(QJsonObject{{QStringLiteral("container"), c.container},
                               {QStringLiteral("role"), c.role},
                               {QStringLiteral("chain"), links}});
    }
    return {{QStringLiteral("batch"), batchId},
            {QStringLiteral("orderNo"), orderNo},
            {QStringLiteral("coiId"), coiId},
            {QStringLiteral("din"), din},
            {QStringLiteral("containers"), all}};
}

} // namespace ck
