#pragma once
// How a sync ended. Only Completed changed the cache; Cancelled and Failed left it exactly as
// it was before the sync began.

#include "SyncRecord.h"
#include "values/ApiError.h"

#include <QMetaType>

struct SyncResult
{
    enum class Outcome { Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Failed;
    SyncRecord record; // valid when Completed
    ApiError error;    // set when Failed

    bool completed() const { return outcome == Outcome::Completed; }
};

Q_DECLARE_METATYPE(SyncResult)
