#pragma once
// The columns of an access review wherever it is written out or read back: the report (CSV,
// JSON, the CLI's table) and the decisions file a reviewer may fill in elsewhere and import.
// Column names stay English: a CSV is read by scripts as much as by people.

#include "reviews/ReviewItem.h"

#include <QStringList>

class ReviewColumns
{
public:
    // user_id, username, email, name, roles, enabled, last_login, decision, role, comment,
    // decided_by, decided_at, server_copy (unchanged, changed, deleted on server, not cached:
    // the cache's copy now against the snapshot; empty when not compared), applied_at (when the
    // decision reached the server), applied (how applying it went: "done", "failed: …")
    static QStringList names();
    static QStringList cells(const ReviewItem& item);
    // What an imported decisions file must have: user_id and decision (role, comment and
    // decided_by are read when present).
    static QStringList requiredForImport() { return {QStringLiteral("user_id"), QStringLiteral("decision")}; }
};
