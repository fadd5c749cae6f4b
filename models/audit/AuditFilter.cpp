#include "AuditFilter.h"

bool AuditFilter::matches(const AuditEntry& entry) const
{
    if (!profileId.isEmpty() && entry.profileId != profileId)
        return false;
    if (!action.isEmpty() && entry.action != action)
        return false;
    if (outcome && entry.outcome != *outcome)
        return false;
    if (from.isValid() && entry.at < from)
        return false;
    if (to.isValid() && entry.at >= to)
        return false;
    if (text.isEmpty())
        return true;
    for (const QString* field : {&entry.identity, &entry.action, &entry.target, &entry.serverCode,
                                 &entry.message, &entry.profileName}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
