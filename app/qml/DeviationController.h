#pragma once

#include "StepController.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ck {

struct BatchState;
struct DeviationRecord;
struct Event;
struct Recipe;

// One deviation as the screens show it: every field of the record, the step's title, the
// manifestation-ready names and the consequences a decision may take. `recipe` may be null.
QVariantMap deviationToMap(const DeviationRecord &deviation, const BatchState &batch,
                           const Recipe *recipe);

// The screens' side of deviations: raising one at a step with its context filled in, completing
// and submitting it (signed "submitted"), deciding it (approved / rejected signed, or asking for
// more information), closing it (signed "reviewed") and the comment thread. Every action goes to
// ck::DeviationManager, which decides; a refusal leaves the record as it was and shows the core's
// message in errorText, a success reloads the step controller's batch.
class DeviationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The execution screen's controller: the batch and step a deviation is raised at.
    Q_PROPERTY(ck::StepController *step READ step WRITE setStep NOTIFY stepChanged)
    // Deviations of the loaded batch that are not closed (see deviationToMap): those waiting for
    // the operator or a decision first, then the decided ones waiting to be closed.
    Q_PROPERTY(QVariantList deviations READ deviations NOTIFY changed)
    // The batch's disposition: normal, continuing_under_deviation, on_hold, segregated, aborted.
    Q_PROPERTY(QString disposition READ disposition NOTIFY changed)
    // Containers registered for the batch so far (recipe names), for "affected containers".
    Q_PROPERTY(QStringList containers READ containers NOTIFY changed)
    // What the system knows at the active step, as text for the description: batch, step, the
    // last values with their limits, times and containers.
    Q_PROPERTY(QString contextText READ contextText NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(QStringList severities READ severities CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The deviation raised last through this controller (kept for a signature given again).
    Q_PROPERTY(QString lastRaisedId READ lastRaisedId NOTIFY changed)

public:
    explicit DeviationController(QObject *parent = nullptr);
    ~DeviationController() override;

    StepController *step() const { return m_step; }
    void setStep(StepController *step);

    QVariantList deviations() const { return m_deviations; }
    QString disposition() const { return m_disposition; }
    QStringList containers() const { return m_containers; }
    QString contextText() const { return m_context; }
    QStringList categories() const;
    QStringList severities() const;
    QString errorText() const { return m_error; }
    QString lastRaisedId() const { return m_lastRaised; }

    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();

    // Raised by hand at the active step of the loaded batch; returns the new deviation's id, or
    // empty (errorText says why).
    Q_INVOKABLE QString raise(const QString &category, const QString &severity,
                              const QString &description, const QString &immediateAction,
                              const QStringList &containers);
    // The guided incomplete-record path at the active step.
    Q_INVOKABLE QString raiseIncompleteRecord();
    // `batchId` empty: the loaded batch.
    Q_INVOKABLE bool update(const QString &batchId, const QString &deviationId,
                            const QString &category, const QString &description,
                            const QString &immediateAction);
    Q_INVOKABLE bool comment(const QString &batchId, const QString &deviationId,
                             const QString &text);
    // The signed-in author signs "submitted". `userId` empty: by password alone (only when the
    // session allows it, SessionController.signatureNeedsUserId()).
    Q_INVOKABLE bool submit(const QString &batchId, const QString &deviationId,
                            const QString &userId, const QString &password);
    // decision: approved | rejected (signed with that meaning) | more_information (no signature).
    Q_INVOKABLE bool decide(const QString &batchId, const QString &deviationId,
                            const QString &decision, const QString &consequence,
                            const QString &comment, const QString &userId, const QString &password);
    Q_INVOKABLE bool close(const QString &batchId, const QString &deviationId,
                           const QString &comment, const QString &userId, const QString &password);
    // The comment thread (raised, comment, update, submission, decision, closure), oldest first:
    // eventId, kind, text, at (UTC QDateTime), by.
    Q_INVOKABLE QVariantList thread(const QString &deviationId) const;
    // The consequences a decision may choose for the deviation, in the order offered.
    Q_INVOKABLE QStringList consequencesFor(const QString &batchId, const QString &deviationId,
                                            const QString &decision) const;
    // Lowercase hex SHA-256 of a file, for an attachment named in the description; empty when
    // it cannot be read.
    Q_INVOKABLE QString fileDigest(const QString &path) const;
    // Review by exception of a batch (`batchId` empty: the loaded one), oldest first: kind, at
    // (UTC QDateTime), person, stepId, stepTitle, summary, eventId, deviationId.
    Q_INVOKABLE QVariantList review(const QString &batchId) const;
    // A file URL (FolderListModel) as a local path.
    Q_INVOKABLE QString localPath(const QUrl &url) const;

Q_SIGNALS:
    void stepChanged();
    void changed();
    void errorTextChanged();

private:
    bool apply(const Result<Event> &result);
    QString batchOr(const QString &batchId) const;
    void setError(const QString &message);
    void rebuild();

    QPointer<StepController> m_step;
    QVariantList m_deviations;
    QString m_disposition;
    QStringList m_containers;
    QString m_context;
    QString m_error;
    QString m_lastRaised;
};

} // namespace ck
