#pragma once
// Local filters over the cached users, on top of UserQuery's search and sort.

#include <QString>
#include <optional>

struct CacheFilter
{
    enum class Deleted {
        Exclude, // only users the last sync found on the server (the default)
        Include, // with users deleted on server, marked by CachedUser::statusText()
        Only,
    };

    QString role;                // only users with this role or scope; empty: any
    std::optional<bool> enabled; // only enabled (true) or disabled (false) users
    Deleted deleted = Deleted::Exclude;

    friend bool operator==(const CacheFilter&, const CacheFilter&) = default;
};
