#pragma once

#include "common/Result.h"

namespace ck {

class Workstation;

// The demo site the README's run command starts on: the two example recipes (approved) and a
// few batch orders, due relative to now. Seeding happens once; a store that already holds
// recipes or batches is left as it is.
struct DemoSite
{
    static constexpr const char *kDemoActor = "demo-admin";
    static Status seed(Workstation &workstation);
    static bool isDemo(Workstation &workstation);
};

} // namespace ck
