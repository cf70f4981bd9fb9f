#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The supervisor's desk: deviations on this terminal that are not closed (undecided or waiting
// for closure), most severe then oldest first, as DeviationManager::queue() orders them, across
// the suites this terminal knows of. Each row carries the fields of deviationToMap(). Reloads
// whenever a batch changes. Read-only; decisions go through DeviationController.
class DeviationQueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Rows waiting for a supervisor's decision (submitted), of all rows.
    Q_PROPERTY(int awaitingDecisionCount READ awaitingDecisionCount NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    explicit DeviationQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    int awaitingDecisionCount() const;
    QString errorText() const { return m_error; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOf(const QString &deviationId) const;
    // The entries of the deviation's step (and affected steps), for the desk's context:
    // stepTitle, valueText, flag, enteredAt, actor, superseded.
    Q_INVOKABLE QVariantList stepEntries(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    static const QStringList &keys();
    QList<QVariantMap> m_rows;
    QString m_error;
};

} // namespace ck
