#pragma once

// The event drafts bench_append and bench_verify record: an in-spec entry as an operator makes
// hundreds of per batch, with a payload of the product's usual size.

#include "store/Event.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QString>

namespace ckbench {

inline ck::EventDraft draftFor(qint64 i)
{
    const double value = 10.0 + static_cast<double>(i % 100) / 8.0;
    ck::EventDraft d;
    d.actor = QStringLiteral("operator.jdoe");
    d.type = QStringLiteral("entry.recorded");
    d.batchId = QStringLiteral("B-ORD-2026-%1").arg(i % 16, 4, 10, QLatin1Char('0'));
    d.newValue = QString::number(value);
    d.payload = QJsonObject{
        {QStringLiteral("stepId"), QStringLiteral("s-%1-cell-count").arg(i % 40)},
        {QStringLiteral("iteration"), static_cast<int>(i % 3) + 1},
        {QStringLiteral("value"), value},
        {QStringLiteral("flag"), QStringLiteral("in-spec")},
        {QStringLiteral("n"), i},
    };
    return d;
}

// Records n events in one transaction: fast set-up of a store to measure against.
inline ck::Status recordMany(ck::Store &store, ck::EventLog &log, qint64 n)
{
    return store.transaction([&]() -> ck::Status {
        for (qint64 i = 0; i < n; ++i) {
            if (ck::Result<ck::Event> e = log.record(draftFor(i)); !e)
                return e.error();
        }
        return {};
    });
}

} // namespace ckbench
