#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace ck {

class Workstation;

// A person to create on a site, with the password they will sign in with.
struct SiteUser
{
    QString userId;
    QString printedName;
    QString badgeId;
    QStringList roles;
    QString password;
};

using SiteSettings = QList<std::pair<QString, QString>>;

// Creates the people of a site that has none, through the same audited paths an administrator
// uses: the first entry (it must hold the administrator role) becomes the first administrator,
// who adds the others (addSiteUsers). `settings` (key, value) are set by that administrator, as
// UserDirectory::setPolicy. For sites that are made, not run: the demo site, the dry run, the
// test suite. Nobody is signed in afterwards.
Status createSiteUsers(Workstation &workstation, const QList<SiteUser> &users,
                       const SiteSettings &settings = {});

// `administrator` adds `users`, each with an initial password; each then signs in once and
// changes it to their own, as a new user does at first sign-in (§11.300(b)).
Status addSiteUsers(Workstation &workstation, const SiteUser &administrator,
                    const QList<SiteUser> &users, const SiteSettings &settings = {});

} // namespace ck
