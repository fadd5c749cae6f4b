#pragma once
// The columns of the audit log wherever it is written out: the console's CSV export and
// authdesk-cli's `audit`, so both give the same header and cells for the same entries. Column
// names stay English: a CSV is read by scripts as much as by people.

#include "audit/AuditEntry.h"

#include <QStringList>

class AuditColumns
{
public:
    // time, profile, server, signed_in_as, action, target, target_id, outcome, http_status,
    // server_code, message, review (the access review a change applied, else empty)
    static QStringList names();
    // The time in ISO 8601 UTC with milliseconds; http_status empty when no answer came.
    static QStringList cells(const AuditEntry& entry);
};
