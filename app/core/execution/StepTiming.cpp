#include "StepTiming.h"

#include "BatchState.h"
#include "common/Clock.h"

#include <algorithm>
#include <cmath>

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

ArrivalCheck arrivalCheck(const Step &step, const QJsonObject &orderData, const QDateTime &nowUtc)
{
    ArrivalCheck a;
    const auto when = [&](const QString &field) {
        return field.isEmpty()
                   ? QDateTime()
                   : QDateTime::fromString(orderData.value(field).toString(), Qt::ISODateWithMs)
                         .toUTC();
    };
    const QDateTime collected = when(step.arrival.collectedField);
    const QDateTime scheduled = when(step.arrival.scheduledField);
    a.payload.insert(QStringLiteral("arrivedAt"), utcText(nowUtc));
    a.payload.insert(QStringLiteral("maxHours"), step.arrival.maxHours);
    if (!collected.isValid()) {
        // Without a collection time nothing can be judged: that is the incomplete-record path
        // (the step `requires` the field), not a silent pass.
        a.payload.insert(QStringLiteral("collectedAt"), QString());
        return a;
    }
    const double hours = std::round(static_cast<double>(collected.secsTo(nowUtc)) / 360.0) / 10.0;
    a.payload.insert(QStringLiteral("collectedAt"), utcText(collected));
    a.payload.insert(QStringLiteral("hoursSinceCollection"), hours);
    QString late;
    if (scheduled.isValid()) {
        const double hoursLate =
            std::round(static_cast<double>(scheduled.secsTo(nowUtc)) / 360.0) / 10.0;
        a.payload.insert(QStringLiteral("scheduledAt"), utcText(scheduled));
        a.payload.insert(QStringLiteral("hoursLate"), hoursLate);
        late = QStringLiteral("; scheduled arrival %1 (%2 h %3)")
                   .arg(utcText(scheduled))
                   .arg(std::abs(hoursLate))
                   .arg(hoursLate >= 0 ? QStringLiteral("late") : QStringLiteral("early"));
    }
    a.late = hours > step.arrival.maxHours;
    a.detail = QStringLiteral("late specimen: collected %1, arrived %2, %3 h since collection "
                              "(limit %4 h)%5")
                   .arg(utcText(collected), utcText(nowUtc))
                   .arg(hours)
                   .arg(step.arrival.maxHours)
                   .arg(late);
    return a;
}

} // namespace ck
