#pragma once
// Local filters over the cached users, on top of UserQuery's search and sort. The Overview's
// figures are each one of these, so that a click lists exactly the users a figure counts.

#include <QString>
#include <QStringList>
#include <optional>

struct CacheFilter
{
    enum class Deleted {
        Exclude, // only users the last sync found on the server (the default)
        Include, // with users deleted on server, marked by CachedUser::statusText()
        Only,
    };
    enum class SignIn {
        Any,
        Never,    // the server records sign-ins, and this user has none
        Recorded, // signed in at least once: lastLoginFrom / lastLoginBefore narrow it
    };

    QString role;                // only users with this role or scope; empty: any
    QStringList anyRole;         // only users with at least one of these (the admin roles); empty: any
    std::optional<bool> enabled; // only enabled (true) or disabled (false) users
    Deleted deleted = Deleted::Exclude;
    SignIn signIn = SignIn::Any;
    // Milliseconds since the epoch, UTC: from inclusive, before exclusive.
    std::optional<qint64> lastLoginFrom, lastLoginBefore;
    std::optional<qint64> createdFrom, createdBefore;
    // With a cached session or enabled API key still valid at this time (ms since the epoch).
    std::optional<qint64> holdsAccessAt;

    // Whether anything but `deleted` narrows the users (a search alone is counted faster).
    bool narrows() const
    {
        return !role.isEmpty() || !anyRole.isEmpty() || enabled.has_value() || signIn != SignIn::Any ||
               lastLoginFrom || lastLoginBefore || createdFrom || createdBefore || holdsAccessAt;
    }

    friend bool operator==(const CacheFilter&, const CacheFilter&) = default;
};
