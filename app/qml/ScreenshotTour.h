#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class QQuickWindow;

namespace ck {

class SessionController;
class StepController;
struct Step;

// --screenshot DIR: walks the operator screens on a demo batch and saves each as DIR/<name>.png,
// for the README and for a person reviewing a layout change. It drives the same QML functions
// and the same StepController a tap would, so the pictures show what an operator sees. It
// records real events: run it on the demo site or a throw-away --data-dir.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow *window, QString directory, QObject *parent = nullptr);

    // Runs the whole tour (with short waits for the scene to settle), then quits the
    // application: exit code 0, or 1 when a screen could not be reached or saved.
    void run();

private:
    void settle(int milliseconds);
    void shoot(const QString &name);
    void fail(const QString &message);
    bool callQml(const char *function, const QVariant &argument = {});
    bool actNominally(StepController &c, const Step &step);
    void walk(StepController &c);
    // Signs in the demo person with `role` (SessionController::demoCredentials), as the sign-in
    // screen would; false, with the reason, when the demo site has no such person.
    bool signInAs(SessionController &session, const QString &role);
    // The demo person holding `role`, as the sign-in screen lists them.
    static QVariantMap demoPerson(const QString &role);
    void waitWhileBusy(SessionController &session);
    // The people screens: signature dialog, security log, user administration, lock screen.
    void peopleShots(SessionController &session, StepController &c);
    // The deviation behind an open exception through its workflow, as the tour's people would:
    // the supervisor walking the batch completes and submits it (a picture of the panel waiting
    // for the decision), QA, who was not involved, approves it with `consequenceName`.
    bool settleDeviation(StepController &c, const QString &deviationId, const QString &category,
                         const QString &consequenceName, const QString &comment);
    // The deviation dialog, the supervisor's desk and the review by exception of the batch.
    void deviationShots(StepController &c);

    QQuickWindow *m_window = nullptr;
    QString m_directory;
    QStringList m_saved;
    bool m_failed = false;
    bool m_shotWaiting = false;
};

} // namespace ck
