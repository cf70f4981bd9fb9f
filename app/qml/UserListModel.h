#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The people of this site as the user administration screen lists them: every user ever
// created (none is deleted), with roles, status and the last change to the account from the
// audit trail. Read-only; changes go through UserAdminController.
class UserListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        PrintedNameRole,
        BadgeIdRole,
        RolesRole,
        RoleTextRole,
        StatusRole,
        LastChangeRole,
        LastChangeUtcRole,
    };
    Q_ENUM(Role)

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE void reload();
    Q_INVOKABLE int rowOf(const QString &userId) const;
    // One user's row as a map of the role names above; empty when there is no such user.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString userId;
        QString printedName;
        QString badgeId;
        QStringList roles;
        QString status;
        QString lastChange;
        QDateTime lastChangeUtc;
    };
    QList<Row> m_rows;
};

} // namespace ck
