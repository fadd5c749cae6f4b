#pragma once
// The columns of a list of users wherever one is written out: the console's Export and
// authdesk-cli's `users list` and `export`, in every format, so the same view gives the same
// header and the same cells from either program. Every cell is text, the same in CSV and JSON:
// roles separated by spaces, enabled "true" or "false", times ISO 8601 in UTC or empty.

#include "values/User.h"

#include <QStringList>

class UserColumns
{
public:
    // id, username, email, name, roles, enabled, created, last_login
    static QStringList names();
    static QStringList cells(const User& user);
};
