#pragma once

#include "Recipe.h"
#include "RecipeFields.h"

#include <QSet>

namespace ck {

// Reads what a recipe says about deviations: the recipe's "deviations" policy and, per step,
// "deviationSeverity", the receipt "arrival" check and the order fields a step "requires".
class DeviationSpecReader
{
public:
    static void readPolicy(recipefields::Fields &top, Recipe &recipe);
    static void readStep(recipefields::Fields &step, Step &out, const QSet<QString> &orderFields);
};

} // namespace ck
