#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ck {

// Where a deviation stands. open -> submitted (the operator signs) -> approved | rejected |
// more_information (back to the operator, who completes it and submits again); approved and
// rejected -> closed. Part of the record format: never renamed.
namespace deviationstatus {
inline const QString Open = QStringLiteral("open");
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString MoreInformation = QStringLiteral("more_information");
inline const QString Closed = QStringLiteral("closed");
} // namespace deviationstatus

// What a supervisor's decision does to the batch. "continue": the flagged record stands and the
// batch goes on; "repeat": it does not count and the step is done again; "keep:<event id>": of
// two records made while terminals were apart, that one stands; "hold" and "abort": the batch
// stops; "none": the batch is not affected (it already went on).
namespace consequence {
inline const QString Continue = QStringLiteral("continue");
inline const QString Repeat = QStringLiteral("repeat");
inline const QString Hold = QStringLiteral("hold");
inline const QString Abort = QStringLiteral("abort");
inline const QString None = QStringLiteral("none");
inline const QString KeepPrefix = QStringLiteral("keep:");
} // namespace consequence

namespace deviationcategory {
QStringList all(); // process, equipment, material, environment, documentation, identity, ...
}

// What the person raising or completing a deviation writes.
struct DeviationFields
{
    QString category;
    QString severity; // only when raised by hand; automatic ones take the recipe's
    QString description;
    QString immediateAction;
    QStringList containers;    // affected containers (recipe container names)
    QStringList affectedSteps; // step ids besides the step it was raised at
};

struct DeviationRecord
{
    QString id;
    QString batchId;
    QString stepId;
    QString trigger;
    QString category;
    QString severity;
    QString blocking;
    QString status;
    QString detail; // what the system recorded (values, limits, times)
    QString description;
    QString immediateAction;
    QStringList containers;
    QStringList affectedSteps;
    QStringList relatedEvents; // the events it is about (the flagged entry, both conflicting ones)
    QString exceptionId;       // the exception that blocks while it waits; empty if it does not
    QString raisedAt;
    QString raisedBy;
    QString raisedEvent;
    QString submittedAt;
    QString submittedBy;
    QString decision;
    QString consequence;
    QString decidedAt;
    QString decidedBy;
    QString closedAt;
    QString closedBy;

    bool closed() const { return status == deviationstatus::Closed; }
    // Waiting for a supervisor's decision: raised, submitted or sent back.
    bool undecided() const
    {
        return status == deviationstatus::Open || status == deviationstatus::Submitted ||
               status == deviationstatus::MoreInformation;
    }
};

} // namespace ck
