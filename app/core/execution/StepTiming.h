#pragma once

#include "recipe/Recipe.h"

#include <QDateTime>
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
WindowStatus windowStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                          const QDateTime &now);
TimerStatus timerStatus(const Recipe &recipe, const BatchState &batch, const QString &stepId,
                        const QDateTime &now);

} // namespace ck
