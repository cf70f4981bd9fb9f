#pragma once

#include "store/Projection.h"

namespace ck {

// Imported recipes as a read model of `recipe.imported` events, which carry the whole recipe.
class RecipeProjection final : public Projection
{
public:
    QStringList tables() const override { return {QStringLiteral("recipes")}; }
    Status apply(QSqlDatabase &db, const Event &event) override;
};

} // namespace ck
