#pragma once
// One account as a server describes it, normalised across dialects. Whatever the server sent
// that has no field here stays in `attributes`, so the detail panel can still show it.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// An action a server advertises for one user (Gemini's `_links`): what may be done, and how.
struct UserAction
{
    QString method;
    QString href;
    QString title;
    friend bool operator==(const UserAction&, const UserAction&) = default;
};

// The names of the per-user actions the console understands. A dialect whose server advertises
// actions (Gemini's `_links`) files each under one of these; the views know only these names.
namespace UserActionName {
inline constexpr QLatin1StringView edit{"edit"};
inline constexpr QLatin1StringView remove{"delete"};
inline constexpr QLatin1StringView scopes{"scopes"};
inline constexpr QLatin1StringView sessions{"sessions"};
inline constexpr QLatin1StringView revokeSessions{"revoke-sessions"};
inline constexpr QLatin1StringView reload{"self"};
} // namespace UserActionName

struct User
{
    QString id;       // the server's stable identifier (uuid, number, or username)
    QString username; // the sign-in name; may equal email
    QString email;
    QString firstName;
    QString lastName;
    QStringList roles; // roles or scopes, as the server names them
    bool enabled = true;
    QDateTime createdAt;
    QDateTime lastLoginAt;
    QVariantMap attributes;            // every attribute as received, including unknown ones
    QMap<QString, UserAction> actions; // empty when the server does not advertise actions

    QString displayName() const;
    // The attribute at `path` as one line of text: keys joined by '.' walk nested maps (Keycloak
    // keeps its custom attributes under "attributes"), lists are joined by ", ".
    QString attributeText(const QString& path) const;
    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const User&, const User&) = default;
};

Q_DECLARE_METATYPE(User)
