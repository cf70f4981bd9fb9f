#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The security log supervisors, QA and administrators read (§11.300(d)): sign-ins and failed
// attempts, account and session locks, refusals of the permission check and every change to a
// user or a site setting, newest first. Reading it is itself a permission the core checks:
// reload() asks AccessControl first, and a refusal is recorded there and shown in errorText.
class SecurityLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)
    // "" for everything, or one of signin, lock, refusal, user.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    // The newest rows read; the log itself keeps everything.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY kindChanged)

public:
    enum Role
    {
        UtcRole = Qt::UserRole + 1,
        TerminalRole,
        ActorRole,
        TypeRole,
        KindRole,
        WhatRole,
        UserRole,
        DetailRole,
    };
    Q_ENUM(Role)

    explicit SecurityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    QString errorText() const { return m_error; }
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    Q_INVOKABLE void reload();
    // One row as a map of the role names above, for tests and the detail view.
    Q_INVOKABLE QVariantMap get(int row) const;

    // What an event of `type` means, in the operator's language.
    static QString describe(const QString &type);
    // The filter group of an event type: signin, lock, refusal or user; empty for other events.
    static QString kindOf(const QString &type);

Q_SIGNALS:
    void countChanged();
    void kindChanged();

private:
    struct Row
    {
        QDateTime utc;
        QString terminal;
        QString actor;
        QString type;
        QString user;
        QString detail;
    };
    QList<Row> m_rows;
    QString m_error;
    QString m_kind;
    int m_limit = 500;
};

} // namespace ck
