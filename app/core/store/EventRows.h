#pragma once

#include "Event.h"

class QSqlQuery;

namespace ck {

// The one SELECT of event rows and its reader, shared by the log and the verifier so that both
// read exactly the same columns.
QString selectEventsSql();
Event readEvent(const QSqlQuery &query);

} // namespace ck
