#pragma once

#include "SiteUsers.h"
#include "common/Result.h"

namespace ck {

class Workstation;

// The demo site the README's run command starts on: clearly named demo users (their passwords are
// shown on the sign-in screen), the two example recipes (approved) and a few batch orders, due
// relative to now. Each part is seeded once; what the store already holds is left as it is.
struct DemoSite
{
    static Status seed(Workstation &workstation);
    static bool isDemo(Workstation &workstation);
    // The demo users and their passwords, the administrator first. The one list the sign-in
    // screen, the screenshot tour and the README read.
    static const QList<SiteUser> &users();

private:
    static Status seedParts(Workstation &workstation);
};

} // namespace ck
