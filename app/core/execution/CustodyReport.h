#pragma once

#include "BatchState.h"
#include "common/Result.h"
#include "store/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace ck {

// One link in a container's chain of custody: a scan of it (registration, a check, a hand-off)
// or the receiver's signature for it.
struct CustodyLink
{
    QString at;     // UTC, as the event has it
    QString action; // registered | scanned | handed_over | received
    QString step;
    QString by;          // user id
    QString printedName; // the receiver's, from their signature
    QString role;        // the receiver's signing role
    QString identity;    // what was scanned, canonical
    QString verdict;     // scans only
    QString source;      // scanner | camera | typed
    QString to;          // a hand-off: to whom or where, as the recipe says
    QString terminal;
    QString suite;
    QString place;
    QString event;
    QJsonObject toJson() const;
};

struct CustodyChain
{
    QString container;
    QString role; // what the container is, from its registration
    QList<CustodyLink> links;
};

// The complete chain of custody of a batch, container by container in the order they were
// registered, each container's links in the order they happened. Read from the audit trail
// itself, so it shows exactly what was recorded.
class CustodyReport
{
public:
    static CustodyReport fromEvents(const BatchState &batch, const std::vector<Event> &events);

    QJsonObject toJson() const;

    QString batchId;
    QString orderNo;
    QString coiId;
    QString din;
    QList<CustodyChain> containers;

private:
    CustodyChain &chainOf(const QString &container);
};

} // namespace ck
