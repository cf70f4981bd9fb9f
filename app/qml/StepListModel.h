#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "StepController.h"

namespace ck {

// The batch's steps in recipe order, grouped by stage, with the mark each one gets on the
// execution screen's progress rail: pending, active, awaiting_signature, done, skipped, or blocked
// (a step an open exception holds). It follows `controller`: whenever that loads a batch or a
// new step (stepChanged) the rows are read again from the core (BatchManager::batch and the
// pinned recipe), so the rail shows the record, never a guess made in the screen.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        ck::StepController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    // Row of the step the batch is at (its active, awaiting-signature or blocked step); -1 when
    // the batch has not started or has ended.
    Q_PROPERTY(int currentRow READ currentRow NOTIFY reloaded)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY reloaded)
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY reloaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY reloaded)

public:
    enum Role
    {
        StepIdRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        KindRole,
        StateRole,
        StageIdRole,
        StageTitleRole,
        StageNumberRole,
        // "done/total" of the step's stage, done counting skipped steps too: a stage whose every
        // step is settled reads as complete.
        StageSettledRole,
        StageSizeRole,
        // The first step of its stage: the rail draws the stage's header above it.
        FirstInStageRole,
        CurrentRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    explicit StepListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    StepController *controller() const { return m_controller; }
    void setController(StepController *controller);
    int count() const { return static_cast<int>(m_rows.size()); }
    int currentRow() const { return m_currentRow; }
    int doneCount() const;
    int skippedCount() const;
    QString errorText() const { return m_error; }

    // Reads the controller's batch again; the rail calls nothing, the controller's stepChanged
    // does. Public for a caller that changed the batch some other way.
    Q_INVOKABLE void reload();
    // The mark of one step (empty for an unknown id): lets QML and tests ask without a delegate.
    Q_INVOKABLE QString stateOf(const QString &stepId) const;
    Q_INVOKABLE int rowOf(const QString &stepId) const;

Q_SIGNALS:
    void controllerChanged();
    void reloaded();

private:
    struct Row
    {
        QString stepId;
        int number = 0;
        QString title;
        QString kind;
        QString state;
        QString stageId;
        QString stageTitle;
        int stageNumber = 0;
        int stageSettled = 0;
        int stageSize = 0;
        bool firstInStage = false;
        QString reason;
    };
    QPointer<StepController> m_controller;
    QMetaObject::Connection m_connection;
    QList<Row> m_rows;
    int m_currentRow = -1;
    QString m_error;
};

} // namespace ck
