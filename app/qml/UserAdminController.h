#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace ck {

class UserDirectory;

// The user administration screen's actions. Each goes to UserDirectory as the signed-in user,
// which checks the permission (and records a refusal) and records the change with its reason;
// this class only passes the answer on. Returns whether the change was made; a refusal's
// message is in errorText, and `changed` tells the list to reload.
class UserAdminController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // What the last accepted change did, in words, for a confirmation line on the screen.
    Q_PROPERTY(QString doneText READ doneText NOTIFY errorTextChanged)

public:
    explicit UserAdminController(QObject *parent = nullptr);

    QString errorText() const { return m_error; }
    QString doneText() const { return m_done; }

    // UserDirectory::add takes no reason: creating an account is its own record.
    Q_INVOKABLE bool add(const QString &userId, const QString &printedName, const QString &badgeId,
                         const QStringList &roles, const QString &initialPassword);
    Q_INVOKABLE bool deactivate(const QString &userId, const QString &reason);
    Q_INVOKABLE bool resetPassword(const QString &userId, const QString &newPassword,
                                   const QString &reason);
    Q_INVOKABLE bool unlock(const QString &userId, const QString &reason);
    Q_INVOKABLE bool setRoles(const QString &userId, const QStringList &roles,
                              const QString &reason);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void errorTextChanged();
    void changed();

private:
    UserDirectory *directory();
    bool finish(bool ok, const QString &errorMessage, const QString &done);

    QString m_error;
    QString m_done;
};

} // namespace ck
