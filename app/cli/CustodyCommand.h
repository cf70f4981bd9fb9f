#pragma once

#include <QStringList>

namespace ck {

class Workstation;

// `chainkeeper custody BATCH [--json]`: the chain of custody of one batch, container by container
// (its registration scan, each later scan, each hand-off and receipt), as text or JSON. Exit 1
// when the terminal has no such batch.
int custodyCommand(Workstation &workstation, const QStringList &positional, bool json);

} // namespace ck
