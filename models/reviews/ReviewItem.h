#pragma once
// One user of an access review: the snapshot taken at its start and the decision, if any.

#include "ReviewDecision.h"
#include "values/User.h"

#include <optional>

struct ReviewItem
{
    User user;               // id, username, email, names, roles, enabled, last sign-in, as snapshot
    qint64 fingerprint = 0;  // UserRowCodec's, to see later whether the server's copy changed
    std::optional<ReviewDecision> decision;
};
