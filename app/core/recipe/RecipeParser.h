#pragma once

#include "Recipe.h"
#include "common/Result.h"

#include <QByteArray>

namespace ck {

// Reads a recipe file and validates it completely. A refusal is Error::BadInput whose message
// names the step (or stage, or the recipe) and the field of every problem found, one per line.
Result<Recipe> parseRecipe(const QByteArray &json);

} // namespace ck
