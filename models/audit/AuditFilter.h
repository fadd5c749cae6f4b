#pragma once
// Which audit entries to show or export. Empty fields match everything.

#include "AuditEntry.h"

#include <QDateTime>
#include <QString>
#include <optional>

struct AuditFilter
{
    QString text; // case-insensitive substring of identity, action, target, code or message
    QString profileId;
    QString action; // exact, e.g. "session.revoke"
    std::optional<AuditEntry::Outcome> outcome;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive

    // The same test the SQL query applies, for entries recorded while a view is open.
    bool matches(const AuditEntry& entry) const;
    bool isEmpty() const { return *this == AuditFilter{}; }
    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};
