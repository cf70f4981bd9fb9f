#pragma once

#include "recipe/Recipe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ck {

struct BatchState;

// Where a step stands against its time window (or, for repeated steps, against its interval).
struct WindowStatus
{
    enum class State
    {
        None,
        Waiting,
        NotOpen,
        Open,
        Overdue,
        Missed
    };
    State state = State::None;
    QDateTime opensAt;
    QDateTime dueAt;
    QDateTime latestAt;
    QString name() const;
};

// How a timer step stands now.
struct TimerStatus
{
    bool running = false;
    double elapsedMinutes = 0;
    double remainingMinutes = 0; // until the minimum hold is reached
    bool belowMinimum = false;
    bool overMaximum = false;
};

// The window of a step at `now` (a finished step is judged at its completion time).
// The receipt check of a step with an `arrival` spec: when the material was collected, when it
// was due, when it arrived (now) and whether it is past the recipe's limit.
struct ArrivalCheck
{
    bool late = false;
    QString detail;      // the deviation's pre-filled text
    QJsonObject payload; // collectedAt, scheduledAt, arrivedAt, hoursSinceCollection, ...
};
ArrivalCheck arrivalCheck(const Step &step, const QJsonObject &orderData, const QDateTime &nowUtc);

WindowStatus windowStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                          const QDateTime &now);
TimerStatus timerStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                        const QDateTime &now);

} // namespace ck
