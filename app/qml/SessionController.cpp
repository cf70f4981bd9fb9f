#include "SessionController.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "people/AccessControl.h"
#include "people/Roles.h"
#include "people/SignatureService.h"
#include "people/UserDirectory.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"

#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QWindow>

#include <spdlog/spdlog.h>

#include <optional>

namespace ck {

namespace {

// One frame at 60 Hz is 16 ms: after two, the busy state is on screen before the password
// check blocks the GUI thread for its 0.3 s.
constexpr int kPaintDelayMs = 32;
// The idle check: a lock a few seconds after the limit is what Annex 11 expects of a terminal.
constexpr int kIdleCheckMs = 5000;

std::optional<Permission> permissionFromName(const QString &name)
{
    static const QHash<QString, Permission> names = {
        {QStringLiteral("execute"), Permission::ExecuteStep},
        {QStringLiteral("verify"), Permission::VerifyStep},
        {QStringLiteral("resolve"), Permission::ResolveException},
        {QStringLiteral("createBatch"), Permission::CreateBatch},
        {QStringLiteral("importRecipe"), Permission::ImportRecipe},
        {QStringLiteral("manageUsers"), Permission::ManageUsers},
        {QStringLiteral("unlockUser"), Permission::UnlockUser},
        {QStringLiteral("viewSecurityLog"), Permission::ViewSecurityLog},
    };
    const auto it = names.constFind(name);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

SessionController::SessionController(Workstation *workstation, bool isDemo, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_isDemo(isDemo)
{
    m_idleTimer.setInterval(kIdleCheckMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionController::checkIdle);
    m_idleTimer.start();
    // Every tap, touch or key anywhere in the application counts as use of the session.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->installEventFilter(this);
    m_shown = current();
    m_needsFirstAdministrator = m_shown.needsFirstAdministrator;
}

SessionController::~SessionController()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

SessionController *SessionController::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine);
    AppContext *context = AppContext::instance();
    if (!context) {
        spdlog::error("QML asked for SessionController before the application created one");
        return nullptr;
    }
    // Owned by the AppContext, which outlives every engine.
    if (jsEngine)
        QJSEngine::setObjectOwnership(context->session(), QJSEngine::CppOwnership);
    return context->session();
}

QVariantList SessionController::demoCredentials()
{
    // The demo site's people. They exist only on a store seeded with --demo, which every screen
    // marks "NOT FOR GMP USE"; showing their passwords there is the point of a demo.
    QVariantList list;
    for (const SiteUser &u : DemoSite::users()) {
        list << QVariantMap{{QStringLiteral("userId"), u.userId},
                            {QStringLiteral("printedName"), u.printedName},
                            {QStringLiteral("role"), u.roles.value(0)},
                            {QStringLiteral("badgeId"), u.badgeId},
                            {QStringLiteral("password"), u.password}};
    }
    return list;
}

SessionController::Shown SessionController::current() const
{
    Shown s;
    if (!m_workstation)
        return s;
    if (const Session *session = m_workstation->access().current()) {
        s.signedIn = true;
        s.locked = session->locked;
        s.mustChange = session->mustChangePassword;
        s.userId = session->userId;
        s.roles = session->roles;
    }
    s.needsFirstAdministrator = !s.signedIn && !m_workstation->users().hasUsers();
    return s;
}

void SessionController::refresh()
{
    const Shown now = current();
    if (now == m_shown)
        return;
    const bool lockChanged = now.locked != m_shown.locked;
    if (lockChanged)
        m_lockedAt = now.locked && m_workstation ? m_workstation->clock().nowUtc() : QDateTime();
    m_shown = now;
    m_needsFirstAdministrator = now.needsFirstAdministrator;
    Q_EMIT sessionChanged();
    if (lockChanged)
        Q_EMIT lockedChanged();
}

bool SessionController::signedIn() const
{
    return m_shown.signedIn;
}

bool SessionController::locked() const
{
    return m_shown.locked;
}

bool SessionController::ready() const
{
    return m_shown.signedIn && !m_shown.locked && !m_shown.mustChange;
}

QString SessionController::userId() const
{
    return m_shown.userId;
}

QString SessionController::printedName() const
{
    const Session *s = m_workstation ? m_workstation->access().current() : nullptr;
    return s ? s->printedName : QString();
}

QStringList SessionController::roles() const
{
    return m_shown.roles;
}

QString SessionController::roleName(const QString &role) const
{
    if (role == role::Operator)
        return tr("Operator");
    if (role == role::Supervisor)
        return tr("Supervisor");
    if (role == role::QA)
        return tr("QA");
    if (role == role::Administrator)
        return tr("Administrator");
    return role; // a role this build does not know is shown as stored, never hidden
}

QString SessionController::roleText() const
{
    QStringList names;
    for (const QString &r : m_shown.roles)
        names << roleName(r);
    return names.join(QStringLiteral(", "));
}

bool SessionController::mustChangePassword() const
{
    return m_shown.mustChange;
}

QVariantList SessionController::demoUsers() const
{
    return m_isDemo ? demoCredentials() : QVariantList();
}

int SessionController::inactivityMinutes() const
{
    return m_workstation ? m_workstation->access().policy().inactivityMinutes : 0;
}

QString SessionController::passwordRules() const
{
    if (!m_workstation)
        return {};
    const PasswordPolicy p = m_workstation->access().policy();
    return tr("At least %1 characters, without your user id, and none of your last %2 passwords.")
        .arg(p.minLength)
        .arg(p.historyDepth);
}

void SessionController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorTextChanged();
}

void SessionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::runBusy(std::function<void()> work)
{
    if (m_busy || !m_workstation)
        return;
    setError({});
    setBusy(true);
    QTimer::singleShot(kPaintDelayMs, this, [this, work = std::move(work)]() {
        work();
        setBusy(false);
        refresh();
    });
}

void SessionController::signIn(const QString &identifier, const QString &password)
{
    runBusy([this, identifier, password]() {
        // Whoever was signed in hands over: their session ends before the next one starts.
        if (m_workstation->access().current())
            (void)m_workstation->access().signOut();
        const Result<Session> s = m_workstation->access().signIn(identifier, password);
        if (s)
            return;
        // The core words every refusal the same so the screen does not tell which part was
        // wrong; the screen does the same in the operator's language.
        setError(s.error().kind == Error::Kind::BadInput
                     ? tr("Enter your user id or badge, and your password.")
                     : tr("Sign-in refused: unknown user or badge, wrong password, or the account "
                          "is locked or deactivated. A supervisor or an administrator unlocks a "
                          "locked account."));
    });
}

void SessionController::unlock(const QString &password)
{
    runBusy([this, password]() {
        const QString name = printedName();
        const Status s = m_workstation->access().unlock(password);
        if (s)
            return;
        if (!m_workstation->access().current())
            setError(tr("Too many failed attempts: the account of %1 is locked and the session "
                        "has ended. A supervisor or an administrator unlocks the account.")
                         .arg(name));
        else
            setError(tr("Wrong password. Only %1 can unlock this session; anyone else signs in "
                        "as someone else.")
                         .arg(name));
    });
}

void SessionController::createFirstAdministrator(const QString &userId, const QString &printedName,
                                                 const QString &badgeId, const QString &password,
                                                 const QString &confirmation)
{
    if (password != confirmation) {
        setError(tr("The two passwords differ. Type the same password twice."));
        return;
    }
    runBusy([this, userId, printedName, badgeId, password]() {
        NewUser u{
            userId.trimmed(), printedName.trimmed(), badgeId.trimmed(), {role::Administrator}};
        const Result<User> created = m_workstation->users().createFirstAdministrator(u, password);
        if (!created) {
            setError(tr("Not created: %1").arg(created.error().message));
            return;
        }
        // The administrator has just given both components; a second entry proves nothing.
        if (const Result<Session> s = m_workstation->access().signIn(u.userId, password); !s)
            setError(tr("The administrator was created, but signing in failed: %1")
                         .arg(s.error().message));
    });
}

void SessionController::changePassword(const QString &oldPassword, const QString &newPassword,
                                       const QString &confirmation)
{
    if (newPassword != confirmation) {
        setError(tr("The new password and its confirmation differ."));
        return;
    }
    runBusy([this, oldPassword, newPassword]() {
        const Status s = m_workstation->users().changeOwnPassword(oldPassword, newPassword);
        if (!s)
            setError(tr("Password not changed: %1").arg(s.error().message));
    });
}

void SessionController::signOut()
{
    if (m_busy || !m_workstation)
        return;
    setError({});
    if (const Status s = m_workstation->access().signOut(); !s)
        setError(s.error().message);
    refresh();
}

void SessionController::switchUser()
{
    signOut();
}

bool SessionController::can(const QString &permission) const
{
    const std::optional<Permission> p = permissionFromName(permission);
    if (!p) {
        spdlog::warn("SessionController::can: unknown permission '{}'", permission.toStdString());
        return false;
    }
    return ready() && rolesGrant(m_shown.roles, *p);
}

bool SessionController::checkIdle()
{
    if (!m_workstation)
        return false;
    const bool locked = m_workstation->access().lockIfIdle();
    refresh();
    return locked;
}

void SessionController::lockNow()
{
    if (!m_workstation)
        return;
    if (Status s = m_workstation->access().lockNow(); !s)
        setError(s.error().message);
    refresh();
}

bool SessionController::signatureNeedsUserId() const
{
    return !m_workstation || m_workstation->signatures().needsBothComponents();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type t = event->type();
    // Only the event as the window receives it: the items it is then delivered to would count
    // the same tap again.
    if ((t == QEvent::MouseButtonPress || t == QEvent::TouchBegin || t == QEvent::KeyPress) &&
        m_workstation && qobject_cast<QWindow *>(watched) && m_workstation->access().current()) {
        // A tap after the idle limit locks first; the lock screen then takes the tap, not the
        // screen underneath.
        if (!m_workstation->access().touch())
            refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ck
