#pragma once
// What differs between two copies of one user, as history entries: names, email, enabled,
// each role gained or lost, and each attribute. Timestamps of activity (last login, last
// access, updated_at...) change on every sign-in and are not history, so they are skipped.

#include "UserChange.h"
#include "values/User.h"

#include <QList>

class UserDiff
{
public:
    // Entries of kind Changed, without syncId, at or id (the caller stamps them).
    static QList<UserChange> changes(const User& before, const User& after);
    static bool isVolatileAttribute(const QString& name);
    // How an attribute value reads in history: text as is, lists and maps as compact JSON.
    static QString valueText(const QVariant& value);
};
