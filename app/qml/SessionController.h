#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QJSEngine;
class QQmlEngine;

namespace ck {

class Workstation;

// Who is signed in at this terminal, as the screens need it: the gate in front of every batch
// screen (first administrator, sign-in, forced password change, inactivity lock) and what the
// signed-in roles may see. AccessControl and UserDirectory decide everything; this class asks
// them, words their answers in the operator's language and watches the input for the
// inactivity lock. One instance per AppContext, which creates and owns it.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    // Signed in, not locked, no password change pending: batch screens may show.
    Q_PROPERTY(bool ready READ ready NOTIFY sessionChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    Q_PROPERTY(QString printedName READ printedName NOTIFY sessionChanged)
    Q_PROPERTY(QStringList roles READ roles NOTIFY sessionChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY sessionChanged)
    Q_PROPERTY(bool mustChangePassword READ mustChangePassword NOTIFY sessionChanged)
    // A site without any user: the first administrator has to be created before anything else.
    Q_PROPERTY(bool needsFirstAdministrator READ needsFirstAdministrator NOTIFY sessionChanged)
    Q_PROPERTY(bool isDemo READ isDemo CONSTANT)
    // {userId, printedName, role, password, badgeId} of the demo site's people; empty elsewhere.
    Q_PROPERTY(QVariantList demoUsers READ demoUsers CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // A password check (Argon2id, about 0.3 s) is running; the screens show it and take no taps.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int inactivityMinutes READ inactivityMinutes NOTIFY sessionChanged)
    Q_PROPERTY(QDateTime lockedAt READ lockedAt NOTIFY lockedChanged)
    // The site's password rules in words, for the screens that set a password.
    Q_PROPERTY(QString passwordRules READ passwordRules NOTIFY sessionChanged)

public:
    SessionController(Workstation *workstation, bool isDemo, QObject *parent = nullptr);
    ~SessionController() override;

    // The AppContext's controller; QML never owns it.
    static SessionController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // The demo site's people and their passwords, the one list the sign-in screen, the test
    // fixtures and the screenshot tour read: user id, printed name, role, badge and password.
    static QVariantList demoCredentials();

    bool signedIn() const;
    bool locked() const;
    bool ready() const;
    QString userId() const;
    QString printedName() const;
    QStringList roles() const;
    QString roleText() const;
    bool mustChangePassword() const;
    bool needsFirstAdministrator() const { return m_needsFirstAdministrator; }
    bool isDemo() const { return m_isDemo; }
    QVariantList demoUsers() const;
    QString errorText() const { return m_error; }
    bool busy() const { return m_busy; }
    int inactivityMinutes() const;
    QDateTime lockedAt() const { return m_lockedAt; }
    QString passwordRules() const;

    // Each of these shows `busy` first and does the work after the next frame; the outcome
    // arrives through the properties (and errorText).
    Q_INVOKABLE void signIn(const QString &identifier, const QString &password);
    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE void createFirstAdministrator(const QString &userId, const QString &printedName,
                                              const QString &badgeId, const QString &password,
                                              const QString &confirmation);
    Q_INVOKABLE void changePassword(const QString &oldPassword, const QString &newPassword,
                                    const QString &confirmation);
    Q_INVOKABLE void signOut();
    // One tap at a shared terminal: the current person is signed out, the sign-in screen shows
    // and whatever screen was open stays underneath for the next person.
    Q_INVOKABLE void switchUser();

    // Whether the signed-in, unlocked user's roles grant a permission, to hide what a role cannot
    // do. Names: execute, verify, resolve, createBatch, importRecipe, manageUsers, unlockUser,
    // viewSecurityLog. The core checks again (and records a refusal) whatever this says.
    Q_INVOKABLE bool can(const QString &permission) const;
    // What the 5-second timer does: locks an idle session; true when it is locked now.
    Q_INVOKABLE bool checkIdle();
    // The signed-in person steps away: the screen is covered at once.
    Q_INVOKABLE void lockNow();
    // Re-reads the session after C++ changed it behind the screens' back (tests, the tour).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError() { setError({}); }
    // A role's name in the operator's language.
    Q_INVOKABLE QString roleName(const QString &role) const;
    // Whether the next signature of the signed-in user needs the user id as well (§11.200).
    Q_INVOKABLE bool signatureNeedsUserId() const;

Q_SIGNALS:
    void sessionChanged();
    void lockedChanged();
    void errorTextChanged();
    void busyChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Shown
    {
        bool signedIn = false;
        bool locked = false;
        bool mustChange = false;
        QString userId;
        QStringList roles;
        bool needsFirstAdministrator = false;
        bool operator==(const Shown &) const = default;
    };
    Shown current() const;
    void runBusy(std::function<void()> work);
    void setError(const QString &message);
    void setBusy(bool busy);

    Workstation *m_workstation = nullptr;
    bool m_isDemo = false;
    bool m_busy = false;
    bool m_needsFirstAdministrator = false;
    QString m_error;
    QDateTime m_lockedAt;
    Shown m_shown;
    QTimer m_idleTimer;
};

} // namespace ck
