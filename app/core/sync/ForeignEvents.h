#pragma once

#include "common/Result.h"
#include "store/EventLog.h"

#include <QStringList>

#include <optional>

namespace ck {

class Workstation;

// Two terminals recorded on the same batch while apart: the pulled event's "basis" (the id of
// the batch's last event in its terminal's log when it was recorded) is not where this
// terminal's log of the batch stands.
struct SyncConflict
{
    QString batchId;
    QString stepId;
    QString importedEvent; // the pulled event that starts the other terminal's line
    QString ownEvent;      // this terminal's first event of its own line (may be empty)
    QStringList conflicting;
    QString detail;
    bool raiseHere = false;
};

// Other terminals' events arriving from the central server: each is checked and stored by
// EventLog::importForeign and applied to every projection (a deviation approved at another
// terminal unblocks the step here), and a sync conflict found on the way is recorded in the
// same transaction and raised afterwards through BatchManager::recordSyncConflict.
class ForeignEvents
{
public:
    explicit ForeignEvents(Workstation &workstation);

    // One event, in one transaction (joined when the caller holds one). `conflict` is set when
    // the event was imported and conflicts with this terminal's log of its batch.
    Result<EventLog::ImportOutcome> import(const Event &event,
                                           std::optional<SyncConflict> *conflict = nullptr);

    // What import would find for `event` against the log as it stands; nothing is written.
    std::optional<SyncConflict> detect(const Event &event);

    // Raises every conflict this terminal is to raise and has not raised yet, each in its own
    // transaction with the mark that it was raised. Returns how many were raised; an error
    // leaves the rest pending for the next round.
    Result<int> raisePending();

private:
    Workstation &m_ws;
};

} // namespace ck
