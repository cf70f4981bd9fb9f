#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace ck {

struct BatchState;
struct Event;
struct Recipe;
struct Step;

// One batch as the execution screen shows it: its header, the active step and everything the
// operator needs to act on it. Every action goes to ck::BatchManager, which decides; a refusal
// leaves the record as it was and shows the core's message in errorText, a success reloads the
// batch from the store (the projection is the truth, not a copy kept here).
class StepController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The batch
    Q_PROPERTY(QString batchId READ batchId NOTIFY stepChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stepChanged)
    Q_PROPERTY(QString orderNo READ orderNo NOTIFY stepChanged)
    Q_PROPERTY(QString recipeTitle READ recipeTitle NOTIFY stepChanged)
    Q_PROPERTY(int recipeVersion READ recipeVersion NOTIFY stepChanged)
    Q_PROPERTY(QString batchState READ batchState NOTIFY stepChanged)
    Q_PROPERTY(QString coiId READ coiId NOTIFY stepChanged)
    Q_PROPERTY(QString patientInitials READ patientInitials NOTIFY stepChanged)
    Q_PROPERTY(QString suite READ suite NOTIFY stepChanged)
    // The active step (empty when the batch is not started or has ended)
    Q_PROPERTY(bool hasActiveStep READ hasActiveStep NOTIFY stepChanged)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY stepChanged)
    Q_PROPERTY(QString stageTitle READ stageTitle NOTIFY stepChanged)
    Q_PROPERTY(QString stepId READ stepId NOTIFY stepChanged)
    Q_PROPERTY(QString title READ title NOTIFY stepChanged)
    Q_PROPERTY(QString text READ text NOTIFY stepChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY stepChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY stepChanged)
    Q_PROPERTY(int decimals READ decimals NOTIFY stepChanged)
    // Limits are NaN when the recipe leaves them out (one-sided limits are common).
    Q_PROPERTY(double actionLow READ actionLow NOTIFY stepChanged)
    Q_PROPERTY(double alertLow READ alertLow NOTIFY stepChanged)
    Q_PROPERTY(double target READ target NOTIFY stepChanged)
    Q_PROPERTY(double alertHigh READ alertHigh NOTIFY stepChanged)
    Q_PROPERTY(double actionHigh READ actionHigh NOTIFY stepChanged)
    Q_PROPERTY(bool hasLimits READ hasLimits NOTIFY stepChanged)
    Q_PROPERTY(QStringList options READ options NOTIFY stepChanged)
    Q_PROPERTY(QStringList acceptable READ acceptable NOTIFY stepChanged)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY stepChanged)
    Q_PROPERTY(int iteration READ iteration NOTIFY stepChanged)
    Q_PROPERTY(int repeatCount READ repeatCount NOTIFY stepChanged)
    Q_PROPERTY(double minMinutes READ minMinutes NOTIFY stepChanged)
    Q_PROPERTY(double maxMinutes READ maxMinutes NOTIFY stepChanged)
    // Calculation steps: the value the core computes now, before it is confirmed.
    Q_PROPERTY(double calculatedValue READ calculatedValue NOTIFY stepChanged)
    Q_PROPERTY(QString calculatedText READ calculatedText NOTIFY stepChanged)
    Q_PROPERTY(QString calculatedFlag READ calculatedFlag NOTIFY stepChanged)
    Q_PROPERTY(QString calculationError READ calculationError NOTIFY stepChanged)
    // Entries of the active step, superseded ones included: eventId, iteration, valueText,
    // flag, enteredAt, actor, superseded, correctionReason.
    Q_PROPERTY(QVariantList entries READ entries NOTIFY stepChanged)
    // Open exceptions of the batch: id, kind, detail, stepId, stepTitle, raisedAt.
    Q_PROPERTY(QVariantList exceptions READ exceptions NOTIFY stepChanged)
    // The last entry recorded in the batch (any step), so its result stays visible after the
    // step moved on.
    Q_PROPERTY(QString lastFlag READ lastFlag NOTIFY stepChanged)
    Q_PROPERTY(QString lastEntryText READ lastEntryText NOTIFY stepChanged)
    Q_PROPERTY(QString lastEntryStepTitle READ lastEntryStepTitle NOTIFY stepChanged)
    Q_PROPERTY(bool lastEntrySuperseded READ lastEntrySuperseded NOTIFY stepChanged)
    // Time-dependent state, refreshed each second while it can change.
    Q_PROPERTY(QString windowState READ windowState NOTIFY timeChanged)
    Q_PROPERTY(QDateTime opensAt READ opensAt NOTIFY timeChanged)
    Q_PROPERTY(QDateTime dueAt READ dueAt NOTIFY timeChanged)
    Q_PROPERTY(QDateTime latestAt READ latestAt NOTIFY timeChanged)
    Q_PROPERTY(bool timerRunning READ timerRunning NOTIFY timeChanged)
    Q_PROPERTY(double timerElapsedSeconds READ timerElapsedSeconds NOTIFY timeChanged)
    Q_PROPERTY(double timerRemainingSeconds READ timerRemainingSeconds NOTIFY timeChanged)
    Q_PROPERTY(bool timerOverMaximum READ timerOverMaximum NOTIFY timeChanged)

    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

    // Signatures (21 CFR 11.50, 11.200): the one the active step waits for ("performed",
    // "verified" or empty), whether the signer must give the user id too (a witness always does;
    // the signed-in user at the first signature of a session), and the manifestations of the
    // signatures given, each {meaning, printedName, userId, signedAt, manifestation}.
    Q_PROPERTY(QString signatureDue READ signatureDue NOTIFY stepChanged)
    Q_PROPERTY(bool signatureNeedsUserId READ signatureNeedsUserId NOTIFY stepChanged)
    Q_PROPERTY(QVariantList signatures READ signatures NOTIFY stepChanged)
    // Those of the step the last entry belongs to, shown beside that entry.
    Q_PROPERTY(QVariantList lastSignatures READ lastSignatures NOTIFY stepChanged)

public:
    explicit StepController(QObject *parent = nullptr);
    ~StepController() override;

    Q_INVOKABLE bool open(const QString &batchId);
    Q_INVOKABLE bool reload();
    Q_INVOKABLE void clearError() { setError({}); }

    // Actions on the active step. Each returns whether the core accepted it.
    Q_INVOKABLE bool start();
    Q_INVOKABLE bool acknowledge();
    // `text` is a number in the C locale (QML converts from the operator's locale), a text or
    // the chosen option.
    Q_INVOKABLE bool enter(const QString &text);
    Q_INVOKABLE bool confirmCalculation();
    Q_INVOKABLE bool startTimer();
    Q_INVOKABLE bool stopTimer();
    Q_INVOKABLE bool correct(const QString &entryEventId, const QString &text,
                             const QString &reason);
    Q_INVOKABLE bool resolveException(const QString &exceptionId, const QString &resolution,
                                      const QString &reason);
    // Gives the signature the step waits for. `userId` empty: the signed-in user, by password
    // alone (only when signatureNeedsUserId is false).
    Q_INVOKABLE bool sign(const QString &userId, const QString &password);
    // How a value typed into the field would be flagged, before it is committed: in_spec, alert,
    // out_of_spec, none (no limits) or empty when the text is no number (C locale).
    Q_INVOKABLE QString previewFlag(const QString &text) const;
    // Whether the core would take `text` (C locale) as an entry of the active step at all, for
    // example not more decimals than the step allows.
    Q_INVOKABLE bool acceptsEntry(const QString &text) const;

    QString batchId() const { return m_batchId; }
    bool loaded() const { return m_batch != nullptr; }
    // The batch and its active step as last loaded, for the controllers beside this one (no
    // second read of the store); null when nothing is loaded.
    const BatchState *loadedBatch() const { return m_batch.get(); }
    const Step *activeStep() const { return m_step; }
    QString orderNo() const;
    QString recipeTitle() const;
    int recipeVersion() const;
    QString batchState() const;
    QString coiId() const;
    QString patientInitials() const;
    QString suite() const;
    bool hasActiveStep() const { return m_step != nullptr; }
    int stepNumber() const { return m_stepNumber; }
    int stepCount() const;
    QString stageTitle() const { return m_stageTitle; }
    QString stepId() const;
    QString title() const;
    QString text() const;
    QString kind() const;
    QString unit() const;
    int decimals() const;
    double actionLow() const;
    double alertLow() const;
    double target() const;
    double alertHigh() const;
    double actionHigh() const;
    bool hasLimits() const;
    QStringList options() const;
    QStringList acceptable() const;
    int maxLength() const;
    int iteration() const { return m_iteration; }
    int repeatCount() const;
    double minMinutes() const;
    double maxMinutes() const;
    double calculatedValue() const { return m_calculatedValue; }
    QString calculatedText() const { return m_calculatedText; }
    QString calculatedFlag() const { return m_calculatedFlag; }
    QString calculationError() const { return m_calculationError; }
    QVariantList entries() const { return m_entries; }
    QVariantList exceptions() const { return m_exceptions; }
    QString lastFlag() const { return m_lastFlag; }
    QString lastEntryText() const { return m_lastEntryText; }
    QString lastEntryStepTitle() const { return m_lastEntryStepTitle; }
    bool lastEntrySuperseded() const { return m_lastEntrySuperseded; }
    QString windowState() const { return m_windowState; }
    QDateTime opensAt() const { return m_opensAt; }
    QDateTime dueAt() const { return m_dueAt; }
    QDateTime latestAt() const { return m_latestAt; }
    bool timerRunning() const { return m_timerRunning; }
    double timerElapsedSeconds() const { return m_timerElapsedSeconds; }
    double timerRemainingSeconds() const { return m_timerRemainingSeconds; }
    bool timerOverMaximum() const { return m_timerOverMaximum; }
    QString errorText() const { return m_error; }
    QString signatureDue() const { return m_signatureDue; }
    bool signatureNeedsUserId() const;
    QVariantList signatures() const { return m_signatures; }
    QVariantList lastSignatures() const { return m_lastSignatures; }

Q_SIGNALS:
    // After a batch (or its new active step) has been loaded from the store.
    void stepChanged();
    void timeChanged();
    void errorTextChanged();

private:
    bool apply(const Result<Event> &result);
    bool requireStep();
    void setError(const QString &message);
    void clear();
    void refreshTime();
    QString formatValue(const Step &step, const QJsonValue &value) const;

    QString m_batchId;
    std::unique_ptr<BatchState> m_batch;
    std::shared_ptr<const Recipe> m_recipe;
    const Step *m_step = nullptr; // points into m_recipe
    int m_stepNumber = 0;
    int m_iteration = 0;
    QString m_stageTitle;
    double m_calculatedValue = 0;
    QString m_calculatedText;
    QString m_calculatedFlag;
    QString m_calculationError;
    QVariantList m_entries;
    QVariantList m_exceptions;
    QString m_lastFlag;
    QString m_lastEntryText;
    QString m_lastEntryStepTitle;
    bool m_lastEntrySuperseded = false;
    QString m_windowState;
    QDateTime m_opensAt;
    QDateTime m_dueAt;
    QDateTime m_latestAt;
    bool m_timerRunning = false;
    double m_timerElapsedSeconds = 0;
    double m_timerRemainingSeconds = 0;
    bool m_timerOverMaximum = false;
    QString m_error;
    QString m_signatureDue;
    QVariantList m_signatures;
    QVariantList m_lastSignatures;
    QTimer m_clock;
};

} // namespace ck
