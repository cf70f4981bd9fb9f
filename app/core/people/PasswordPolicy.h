#pragma once

#include "PasswordHasher.h"

namespace ck {

// The site's rules for credentials and sessions (Part 11 §11.300). Defaults follow common GMP
// practice; a site changes them with `chainkeeper user policy KEY VALUE`, which is an audit event.
struct PasswordPolicy
{
    int minLength = 10;
    int historyDepth = 5;      // a new password may not repeat the last N
    int expiryDays = 180;      // 0: passwords do not expire
    int maxFailedSignIns = 5;  // consecutive failures that lock the account
    int inactivityMinutes = 5; // idle time before the screen locks
    PasswordHasher::Cost hashCost = PasswordHasher::standardCost();
};

} // namespace ck
