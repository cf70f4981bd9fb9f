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
