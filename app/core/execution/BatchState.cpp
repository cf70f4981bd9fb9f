#include "BatchState.h"

namespace ck {

const StepState *BatchState::step(const QString &stepId) const
{
    for (const StepState &s : steps) {
        if (s.stepId == stepId)
            return &s;
    }
    return nullptr;
}

QList<EntryRecord> BatchState::currentEntries(const QString &stepId) const
{
    QList<EntryRecord> out;
    for (const EntryRecord &e : entries) {
        if (e.stepId == stepId && e.current())
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const EntryRecord &a, const EntryRecord &b) {
        return a.iteration < b.iteration;
    });
    return out;
}

const EntryRecord *BatchState::entry(const QString &eventId) const
{
    for (const EntryRecord &e : entries) {
        if (e.eventId == eventId)
            return &e;
    }
    return nullptr;
}

QList<ExceptionRecord> BatchState::openExceptions() const
{
    QList<ExceptionRecord> out;
    for (const ExceptionRecord &x : exceptions) {
        if (x.open())
            out.append(x);
    }
    return out;
}

} // namespace ck

namespace ck {

const DeviationRecord *BatchState::deviation(const QString &deviationId) const
{
    for (const DeviationRecord &d : deviations) {
        if (d.id == deviationId)
            return &d;
    }
    return nullptr;
}

QList<DeviationRecord> BatchState::unclosedDeviations() const
{
    QList<DeviationRecord> out;
    for (const DeviationRecord &d : deviations) {
        if (!d.closed())
            out.append(d);
    }
    return out;
}

QString BatchState::disposition() const
{
    if (state == batchstate::Aborted)
        return QStringLiteral("aborted");
    if (state == batchstate::OnHold)
        return QStringLiteral("on_hold");
    for (auto it = containerDispositions.begin(); it != containerDispositions.end(); ++it) {
        if (it.value().toString() != QLatin1String("return"))
            return QStringLiteral("segregated");
    }
    if (!unclosedDeviations().isEmpty())
        return QStringLiteral("continuing_under_deviation");
    return QStringLiteral("normal");
}

} // namespace ck
