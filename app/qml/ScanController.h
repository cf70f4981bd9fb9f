#pragma once

#include "StepController.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The scan step of the step card: a read from the scan field is classified by its keystroke
// timing (WedgeDetector: a scanner's burst, or a person typing), recorded through the core, and a
// hard stop on an identity mismatch is shown over the whole screen. Identity typed by hand is
// refused by the core; only a supervisor's signed override lets it through.
class ScanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(StepController *step READ step WRITE setStep NOTIFY stepChanged)
    // What to scan, in words ("the chain-of-identity id on the apheresis bag").
    Q_PROPERTY(QString labelText READ labelText NOTIFY changed)
    Q_PROPERTY(QString container READ container NOTIFY changed)
    Q_PROPERTY(QStringList checks READ checks NOTIFY changed)
    // An identity_mismatch exception is open: the batch stops, full screen.
    Q_PROPERTY(bool identityStop READ identityStop NOTIFY changed)
    Q_PROPERTY(QString stopDetail READ stopDetail NOTIFY changed)
    Q_PROPERTY(QString stopExceptionId READ stopExceptionId NOTIFY changed)
    // The last read was typed by hand and refused: a supervisor may override it.
    Q_PROPERTY(bool typedRefused READ typedRefused NOTIFY changed)
    Q_PROPERTY(QString typedText READ typedText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit ScanController(QObject *parent = nullptr);

    StepController *step() const { return m_step; }
    void setStep(StepController *step);

    // The keys of one entry in the scan field, each {text, key, time} as QML saw them (time in
    // ms); the last is Enter. Returns whether the core recorded a scan (a mismatch is recorded
    // too, and stops the batch).
    Q_INVOKABLE bool scanKeys(const QVariantList &keys);
    // The typed text of the refused read, approved by a supervisor or QA person other than the
    // operator, with their user id and password and a reason.
    Q_INVOKABLE bool overrideTypedIdentity(const QString &reason, const QString &userId,
                                           const QString &password);
    Q_INVOKABLE void clearError();

    QString labelText() const { return m_labelText; }
    QString container() const { return m_container; }
    QStringList checks() const { return m_checks; }
    bool identityStop() const { return !m_stopExceptionId.isEmpty(); }
    QString stopDetail() const { return m_stopDetail; }
    QString stopExceptionId() const { return m_stopExceptionId; }
    bool typedRefused() const { return !m_typedText.isEmpty(); }
    QString typedText() const { return m_typedText; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void stepChanged();
    void changed();

private:
    void refresh();
    bool recorded(bool ok, const QString &error);

    QPointer<StepController> m_step;
    QString m_labelText;
    QString m_container;
    QStringList m_checks;
    QString m_stopDetail;
    QString m_stopExceptionId;
    QString m_typedText;
    QString m_error;
};

} // namespace ck
