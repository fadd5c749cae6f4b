#pragma once
// How to reach one server: everything but secrets. Secrets (password, client secret, API key,
// refresh token) are stored by CredentialStore under the profile's id, never here.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVariantMap>

struct Profile
{
    QString id;           // stable key (a UUID), used for settings, keychain entries and the cache file
    QString name;         // what the user calls it
    QUrl baseUrl;         // the API's base, documented paths are appended to it
    QString dialect;      // Dialect::id()
    QString identity;     // username or email used to sign in
    QVariantMap settings; // the dialect's non-secret extras (e.g. Gemini "client_id")
    QByteArray pinnedCertificate; // SHA-256 of a certificate the user accepted, empty if none
    bool rememberPassword = true; // store the password in the keychain for silent renewal
    QString proxy;        // "": the environment's or the desktop's; "none": direct; else a URL (ProxySetting)
    QString caBundlePath; // PEM file whose CAs replace the system's for this server; empty: the system's
    int timeoutSeconds = 30;  // no byte for this long fails a request
    int deadlineSeconds = 60; // nor may a whole request take longer, however steadily it trickles

    bool isValid() const { return !id.isEmpty() && baseUrl.isValid() && !dialect.isEmpty(); }
    friend bool operator==(const Profile&, const Profile&) = default;
};

Q_DECLARE_METATYPE(Profile)
