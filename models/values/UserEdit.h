#pragma once
// A new or edited user as the form filled it in.

#include "User.h"

#include <QString>

struct UserEdit
{
    User user;
    QString password; // empty: unchanged
};
