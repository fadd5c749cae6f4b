#pragma once
// Creates dialects by id: the only place that lists every server AuthDesk speaks.

#include "Dialect.h"

#include <QStringList>
#include <memory>
#include <optional>

class DialectRegistry
{
public:
    static QStringList ids();
    static std::shared_ptr<const Dialect> create(const QString& id);
    static QString displayName(const QString& id);
    // `draft` completed by the first dialect that knows the discovery document, the draft's own
    // server type asked first; nothing when none does.
    static std::optional<Profile> profileFromDiscovery(const OidcDiscovery& server, const Profile& draft);
};
