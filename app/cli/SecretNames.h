#pragma once
// Which secrets a profile has: what sign-in needs, what --secrets-stdin accepts and login
// keeps, every keychain entry logout and profiles remove delete, and how a prompt names each.
// The dialect says; nothing here knows a server.

#include "remote/Dialect.h"

#include <QCoreApplication>
#include <QStringList>

class SecretNames
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // What sign-in uses for this profile, and what else the dialect keeps as a secret (Nebula's
    // api_key beside a password): what --secrets-stdin accepts and login stores.
    static QStringList storable(const Profile& profile, const Dialect& dialect);
    // Every keychain entry a profile may have (as the console's profiles dialog removes them):
    // also the password of a profile that now signs in with a key, and the refresh token.
    static QStringList every(const Profile& profile, const Dialect* dialect);
    // "Password", or the dialect's label for the setting.
    static QString label(const Dialect& dialect, const QString& name);
    // One line per server type: its id and the secrets it signs in with, for --help.
    static QString help();
};
