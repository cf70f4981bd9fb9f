#pragma once

#include "common/Result.h"
#include "store/Event.h"

#include <QStringList>

#include <vector>

namespace ck {

class AccessControl;
class Store;

// The security-relevant part of the audit trail (sign-ins and their failures, locks, unlocks,
// refusals, account and setting changes), newest first, for the people allowed to see it.
class SecurityLog
{
public:
    SecurityLog(Store &store, AccessControl &access);

    // Every event type the security log shows.
    static QStringList eventTypes();

    // Refused (and the refusal recorded) unless the signed-in user may view the security log.
    // `types` narrows the event types (empty: all of eventTypes()); at most `limit` events.
    Result<std::vector<Event>> read(const QStringList &types, int limit);

private:
    Store &m_store;
    AccessControl &m_access;
};

} // namespace ck
