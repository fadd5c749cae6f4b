#pragma once
// A new or edited user as the form filled it in.

#include "User.h"

#include <QString>

struct UserEdit
{
    User user;
    QString password; // empty: unchanged
    // The password is a temporary one: the user chooses another at the next sign-in, where the
    // server can ask for that (a form field "temporaryPassword" of type Bool).
    bool temporaryPassword = false;
};
