#pragma once

#include <QStringList>

namespace ck {

class Workstation;

// `chainkeeper review BATCH [--json]`: review by exception, only what departs from the nominal
// path of the batch's record (deviations and decisions, corrections, overrides, interventions,
// alert-level and out-of-specification values, late or missed windows, identity events), one line
// each with its time, person, step and event id. Exit 1 when the terminal has no such batch.
int reviewCommand(Workstation &workstation, const QStringList &positional, bool json);

} // namespace ck
