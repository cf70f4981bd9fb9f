#include "Recipe.h"

namespace ck {

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Instruction:
        return QStringLiteral("instruction");
    case StepKind::Numeric:
        return QStringLiteral("numeric");
    case StepKind::Text:
        return QStringLiteral("text");
    case StepKind::Choice:
        return QStringLiteral("choice");
    case StepKind::Calculation:
        return QStringLiteral("calculation");
    case StepKind::Timer:
        return QStringLiteral("timer");
    case StepKind::Scan:
        return QStringLiteral("scan");
    }
    return QStringLiteral("unknown");
}

int Recipe::indexOf(const QString &stepId) const
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return static_cast<int>(i);
    }
    return -1;
}

const Step *Recipe::step(const QString &stepId) const
{
    const int i = indexOf(stepId);
    return i < 0 ? nullptr : &steps[static_cast<std::size_t>(i)];
}

const Stage *Recipe::stage(const QString &stageId) const
{
    for (const Stage &s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

} // namespace ck
