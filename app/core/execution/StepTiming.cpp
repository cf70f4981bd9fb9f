#include "StepTiming.h"

#include "BatchState.h"
#include "common/Clock.h"

#include <algorithm>

namespace ck {

QString WindowStatus::name() const
{
    switch (state) {
    case State::None:
        return QStringLiteral("none");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::NotOpen:
        return QStringLiteral("not_open");
    case State::Open:
        return QStringLiteral("open");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

WindowStatus windowStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                          const QDateTime &now)
{
    WindowStatus w;
    const Step *step = recipe.step(stepId);
    const StepState *st = batch.step(stepId);
    if (!step || !st)
        return w;
    const bool finished = st->state == stepstate::Done || st->state == stepstate::Skipped;
    const QDateTime at = finished ? parseUtcText(st->completedAt) : now;
    auto addMinutes = [](const QDateTime &t, double m) {
        return t.addMSecs(static_cast<qint64>(m * 60000.0));
    };

    const QList<EntryRecord> entries = batch.currentEntries(stepId);
    if (step->repeat.intervalMinutes && !entries.isEmpty() && !finished) {
        // Each further iteration is due one interval after the previous one was entered.
        w.dueAt = addMinutes(parseUtcText(entries.last().enteredAt), *step->repeat.intervalMinutes);
        w.state = at > w.dueAt ? WindowStatus::State::Overdue : WindowStatus::State::Open;
        return w;
    }
    if (!step->window)
        return w;
    const Window &win = *step->window;
    QString anchorText;
    if (win.after == QLatin1String("batch_start")) {
        anchorText = batch.startedAt;
    } else if (const StepState *anchor = batch.step(win.after)) {
        anchorText = anchor->completedAt;
    }
    if (anchorText.isEmpty()) {
        w.state = WindowStatus::State::Waiting;
        return w;
    }
    const QDateTime anchor = parseUtcText(anchorText);
    if (win.earliestMinutes)
        w.opensAt = addMinutes(anchor, *win.earliestMinutes);
    w.dueAt = addMinutes(anchor, win.dueMinutes);
    if (win.latestMinutes)
        w.latestAt = addMinutes(anchor, *win.latestMinutes);
    if (w.opensAt.isValid() && at < w.opensAt)
        w.state = WindowStatus::State::NotOpen;
    else if (w.latestAt.isValid() && at > w.latestAt)
        w.state = WindowStatus::State::Missed;
    else if (at > w.dueAt)
        w.state = WindowStatus::State::Overdue;
    else
        w.state = WindowStatus::State::Open;
    return w;
}

TimerStatus timerStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                        const QDateTime &now)
{
    TimerStatus t;
    const Step *step = recipe.step(stepId);
    const StepState *st = batch.step(stepId);
    if (!step || !st || st->timerStartedAt.isEmpty())
        return t;
    t.running = true;
    t.elapsedMinutes = static_cast<double>(parseUtcText(st->timerStartedAt).msecsTo(now)) / 60000.0;
    if (step->minMinutes) {
        t.remainingMinutes = std::max(0.0, *step->minMinutes - t.elapsedMinutes);
        t.belowMinimum = t.elapsedMinutes < *step->minMinutes;
    }
    t.overMaximum = step->maxMinutes && t.elapsedMinutes > *step->maxMinutes;
    return t;
}

} // namespace ck
