#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ck {

// A dry run of a recipe, as a process engineer does before approving it: the recipe is executed
// by the real engine on a throw-away in-memory store, with the entries given in `inputs`
// (step id -> value, or an array of values for a repeated step; a value may be
// {"value": v, "atMinutes": m} to set the time since batch start; timers take the minutes held;
// order fields take their value; a scan step takes the text the scanner sends, and "coiId" the
// batch's CoI, COI-SIMU-0000-0001 unless given). Instructions are acknowledged and calculations
// confirmed automatically. An exception is reported and then resolved "continue", so that one run
// shows every exception the inputs raise; a scan that does not match stops the run there, as it
// stops a batch. A hand-off's receipt is signed by the dry run's second person. Nothing is written
// anywhere.
struct SimulationResult
{
    QJsonObject report; // {"steps":[…], "exceptions":[…], "batchState":…}
    bool complete = false;
    bool exceptionsRaised = false;
};

Result<SimulationResult> simulateRecipe(const QByteArray &recipeJson, const QJsonObject &inputs);

} // namespace ck
