#pragma once

#include "Recipe.h"
#include "RecipeFields.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ck {

// The labels a scan step can ask for, and the checks each can carry: a check the label cannot
// carry (the DIN of a CoI label) would make the step impossible to pass, so import refuses it.
namespace scanlabel {
const QStringList &names();
const QStringList &checks(); // coi, din, productCode, notExpired
QStringList checksCarriedBy(const QString &label);
// "an ISBT 128 DIN", for messages and the stop screen.
QString describe(const QString &label);
} // namespace scanlabel

// Reads the `scan` object of the recipe's scan steps, in recipe order, so that it can refuse a
// scan of a container no earlier step registered and a DIN match before any step binds a DIN.
class ScanSpecReader
{
public:
    void read(recipefields::Fields &step, Step &out);

private:
    void readContainer(recipefields::Fields &step, const QJsonObject &scan, Step &out);

    QHash<QString, QString> m_registeredBy; // container -> step id
    QString m_dinBoundBy;                   // the first step that binds the DIN
};

} // namespace ck
