#include "DeviationPolicy.h"

namespace ck {

QStringList trigger::all()
{
    return {OutOfSpecification,    IdentityMismatch,
            WindowMissed,          TimerOutOfLimits,
            TypedIdentityOverride, MaterialNotReleased,
            LateSpecimen,          IncompleteRecord,
            SyncConflict,          Manual};
}

QStringList severity::all()
{
    return {Minor, Major, Critical};
}

int severity::rank(const QString &s)
{
    return s == Minor ? 1 : s == Major ? 2 : s == Critical ? 3 : 0;
}

QStringList blocking::all()
{
    return {Continue, BlockStep, HoldBatch};
}

DeviationPolicy DeviationPolicy::defaults()
{
    DeviationPolicy p;
    p.severityByTrigger = {
        {trigger::OutOfSpecification, severity::Major},
        {trigger::IdentityMismatch, severity::Critical},
        {trigger::WindowMissed, severity::Minor},
        {trigger::TimerOutOfLimits, severity::Major},
        {trigger::TypedIdentityOverride, severity::Minor},
        {trigger::MaterialNotReleased, severity::Major},
        {trigger::LateSpecimen, severity::Major},
        {trigger::IncompleteRecord, severity::Major},
        {trigger::SyncConflict, severity::Critical},
    };
    p.blockingBySeverity = {{severity::Minor, blocking::Continue},
                            {severity::Major, blocking::BlockStep},
                            {severity::Critical, blocking::HoldBatch}};
    return p;
}

QString DeviationPolicy::severityFor(const QString &t, const QString &stepSeverity) const
{
    if (!stepSeverity.isEmpty() && t != trigger::Manual)
        return stepSeverity;
    return severityByTrigger.value(t, severity::Major);
}

QString DeviationPolicy::blockingFor(const QString &s, const QString &t) const
{
    const QString b = blockingBySeverity.value(s, blocking::BlockStep);
    const bool neverUnseen = t == trigger::IdentityMismatch || t == trigger::SyncConflict;
    if (neverUnseen && b == blocking::Continue)
        return blocking::BlockStep;
    return b;
}

} // namespace ck
