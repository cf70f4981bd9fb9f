#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace ck {

// Today's work at this terminal: every batch order of its store that has not ended, and those
// that ended today (UTC), so an operator still sees what was finished on the shift. Overdue
// orders come first (they need attention), then by due time. Reloads by itself after any
// action taken through the GUI (AppContext::batchesChanged).
class BatchListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    enum Role
    {
        BatchIdRole = Qt::UserRole + 1,
        OrderNoRole,
        RecipeTitleRole,
        SuiteRole,
        StateRole,
        ActiveStepTitleRole,
        DueUtcRole,
        OverdueRole,
        PatientInitialsRole,
    };
    Q_ENUM(Role)

    explicit BatchListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    QString errorText() const { return m_error; }

    Q_INVOKABLE void reload();
    // The batch id of a row, or empty; lets QML and tests pick an order without a delegate.
    Q_INVOKABLE QString batchIdAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &batchId) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString batchId;
        QString orderNo;
        QString recipeTitle;
        QString suite;
        QString state;
        QString activeStepTitle;
        QDateTime dueUtc;
        bool overdue = false;
        QString patientInitials;
    };
    QList<Row> m_rows;
    QString m_error;
};

} // namespace ck
