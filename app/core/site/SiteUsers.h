#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace ck {

class Workstation;

// A person to create on a new site, with the password they will sign in with.
struct SiteUser
{
    QString userId;
    QString printedName;
    QString badgeId;
    QStringList roles;
    QString password;
};

// Creates the people of a site that has none, through the same audited paths an administrator
// uses: the first entry (it must hold the administrator role) becomes the first administrator,
// who adds the others. Where the site forces a new password at first sign-in, each user signs
// in once with an initial password and changes it to theirs. Nobody is signed in afterwards.
// `settings` (key, value) are set by the first administrator, as UserDirectory::setPolicy.
// For sites that are made, not run: the demo site, the dry run, the test suite.
Status createSiteUsers(Workstation &workstation, const QList<SiteUser> &users,
                       const QList<std::pair<QString, QString>> &settings = {});

} // namespace ck
