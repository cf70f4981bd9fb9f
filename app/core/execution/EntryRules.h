#pragma once

#include "common/Result.h"
#include "recipe/Recipe.h"

#include <QJsonValue>
#include <QString>

// What an entry is worth before it is recorded: whether the value is acceptable input for the
// step at all, and how it compares with the step's limits. Shared by the engine and by screens
// that preview a typed value.
namespace ck::entryrules {

// The value as it will be stored, or why it is not an entry for this step (Error::BadInput).
// Numbers may come as JSON numbers or as text in the C locale.
Result<QJsonValue> normalize(const Step &step, const QJsonValue &value);
// flag::InSpec, flag::Alert, flag::OutOfSpec or flag::None.
QString classify(const Step &step, const QJsonValue &value);
QString outOfSpecDetail(const Step &step, const QJsonValue &value);
// The value as a person reads it, with its unit ("212.5 mL", "12.0 min").
QString valueText(const Step &step, const QJsonValue &value);

} // namespace ck::entryrules
