#pragma once

#include "StepController.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ck {

struct Event;

// The guided exception paths of the execution screen: moving the batch to another suite,
// terminating the run or the current stage with each container's disposition, repeating the
// active step (a manual intervention) and the incomplete record (what the order lacks,
// completing it later). Each signed path takes a supervisor's user id and password (meaning
// "approved"); every action goes to ck::DeviationManager, which decides. A refusal leaves the
// record as it was and shows the core's message in errorText; a success reloads the batch.
class ExceptionPathController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The execution screen's controller: the batch and the active step.
    Q_PROPERTY(ck::StepController *step READ step WRITE setStep NOTIFY stepChanged)
    // The batch's suite and the other suites known from this terminal's batches.
    Q_PROPERTY(QString suite READ suite NOTIFY changed)
    Q_PROPERTY(QStringList knownSuites READ knownSuites NOTIFY changed)
    // The containers the batch holds (its registering scan steps that are done, with no
    // disposition yet): each needs a disposition when the whole run is terminated.
    Q_PROPERTY(QStringList containers READ containers NOTIFY changed)
    Q_PROPERTY(QStringList dispositionKinds READ dispositionKinds CONSTANT)
    // Container -> disposition already recorded (after a termination).
    Q_PROPERTY(QVariantMap dispositions READ dispositions NOTIFY changed)
    // The stage of the active step.
    Q_PROPERTY(QString stageId READ stageId NOTIFY changed)
    Q_PROPERTY(QString stageTitle READ stageTitle NOTIFY changed)
    // What each path may do now (the core decides in the end).
    Q_PROPERTY(bool canMove READ canMove NOTIFY changed)
    Q_PROPERTY(bool canTerminate READ canTerminate NOTIFY changed)
    Q_PROPERTY(bool canRepeat READ canRepeat NOTIFY changed)
    // The order fields the active step requires and the order lacks: ids, and for the form
    // {id, title, unit} each.
    Q_PROPERTY(QStringList missingOrderData READ missingOrderData NOTIFY changed)
    Q_PROPERTY(QVariantList missingFields READ missingFields NOTIFY changed)
    // An incomplete-record deviation of the active step is already raised and not rejected.
    Q_PROPERTY(bool incompleteRecordRaised READ incompleteRecordRaised NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ExceptionPathController(QObject *parent = nullptr);
    ~ExceptionPathController() override;

    StepController *step() const { return m_step; }
    void setStep(StepController *step);

    QString suite() const { return m_suite; }
    QStringList knownSuites() const { return m_knownSuites; }
    QStringList containers() const { return m_containers; }
    QStringList dispositionKinds() const;
    QVariantMap dispositions() const { return m_dispositions; }
    QString stageId() const { return m_stageId; }
    QString stageTitle() const { return m_stageTitle; }
    bool canMove() const { return m_canMove; }
    bool canTerminate() const { return m_canTerminate; }
    bool canRepeat() const { return m_canRepeat; }
    QStringList missingOrderData() const { return m_missing; }
    QVariantList missingFields() const { return m_missingFields; }
    bool incompleteRecordRaised() const { return m_incompleteRaised; }
    QString errorText() const { return m_error; }

    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();

    // Room or equipment not available: the batch moves to `suite`, approved by a supervisor.
    Q_INVOKABLE bool moveBatch(const QString &suite, const QString &reason,
                               const QString &supervisorId, const QString &password);
    // Run failure. scope "batch": the whole run ends (every held container needs a disposition);
    // "stage": the rest of the active step's stage is skipped. `dispositions`: container ->
    // discard | quarantine | return | segregate.
    Q_INVOKABLE bool terminate(const QString &scope, const QString &reason,
                               const QVariantMap &dispositions, const QString &supervisorId,
                               const QString &password);
    // Manual intervention: the active step's work no longer counts and it is done again.
    Q_INVOKABLE bool repeatStep(const QString &justification, const QString &supervisorId,
                                const QString &password);
    // A supervisor completes a missing order field later, with a reason. `value` is a number in
    // the C locale for a field with a unit, text otherwise.
    Q_INVOKABLE bool completeOrder(const QString &field, const QString &value,
                                   const QString &reason);

Q_SIGNALS:
    void stepChanged();
    void changed();
    void errorTextChanged();

private:
    bool apply(const Result<Event> &result);
    void setError(const QString &message);
    void rebuild();

    QPointer<StepController> m_step;
    QString m_suite;
    QStringList m_knownSuites;
    QStringList m_containers;
    QVariantMap m_dispositions;
    QString m_stageId;
    QString m_stageTitle;
    bool m_canMove = false;
    bool m_canTerminate = false;
    bool m_canRepeat = false;
    QStringList m_missing;
    QVariantList m_missingFields;
    bool m_incompleteRaised = false;
    QString m_error;
};

} // namespace ck
