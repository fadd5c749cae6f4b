#pragma once
// Which keychain entries a profile has and what each is called: the one policy Connection, the
// profiles and sign-in dialogs and authdesk-cli follow. The dialect says which secrets signing
// in needs and which settings are secret (Dialect::storableSecrets); AuthDesk adds the refresh
// token it keeps for a remembered session, and the password a profile may have stored before
// its settings changed to another way of signing in.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class SecretNames
{
    Q_DECLARE_TR_FUNCTIONS(SecretNames)
public:
    static QString password() { return QStringLiteral("password"); }
    static QString refreshToken() { return QStringLiteral("refresh_token"); }
    // Every entry a profile may have, given what its dialect stores: what removing the profile
    // or signing out for good deletes.
    static QStringList every(const QStringList& storable);
    // "Password", "Client secret", "API key"; other names as they are.
    static QString label(const QString& name);
};
