#pragma once

#include "common/Result.h"

#include <QStringList>

class QSqlDatabase;

namespace ck {

struct Event;

// A read model derived from events only. The log applies every projection inside the same
// transaction that appends the event, and `rebuild` replays the whole log through the same code,
// so live state and rebuilt state cannot drift apart.
class Projection
{
public:
    virtual ~Projection() = default;
    // The tables this projection owns, parents before children.
    virtual QStringList tables() const = 0;
    virtual Status apply(QSqlDatabase &db, const Event &event) = 0;
};

} // namespace ck
