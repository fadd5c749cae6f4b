#pragma once
// What the Overview shows of one profile's cached users: headline figures and three
// distributions, each figure with the CacheFilter that lists exactly the users it counts.

#include "cache/CacheFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

struct InsightFigure
{
    QString key;        // stable, for JSON and tests: "total", "idle90", "role:admin", "created:2025-03"
    QString label;      // translated
    qint64 count = -1;  // -1: not known, see unknownReason
    QString unknownReason; // why this cache cannot tell (no sign-in times, sessions not cached)
    CacheFilter filter; // the users counted

    bool known() const { return count >= 0; }
};

struct UserInsights
{
    QDateTime now;  // "30 days" counts back from here
    QDateTime asOf; // the end of the last full sync: the figures are as of then
    bool recordsSignIn = false; // the server gave at least one user a sign-in time
    QList<InsightFigure> summary;         // total, enabled, disabled, never signed in, idle, admins, …
    QList<InsightFigure> roles;           // users per role or scope, most first
    QList<InsightFigure> createdPerMonth; // oldest first, months without users included
    QList<InsightFigure> lastSignIn;      // within 7 days … over a year, never

    // The four groups by their JSON names: "summary", "roles", "createdPerMonth", "lastSignIn".
    QList<std::pair<QString, const QList<InsightFigure>*>> groups() const
    {
        return {{QStringLiteral("summary"), &summary},
                {QStringLiteral("roles"), &roles},
                {QStringLiteral("createdPerMonth"), &createdPerMonth},
                {QStringLiteral("lastSignIn"), &lastSignIn}};
    }

    const InsightFigure* figure(const QString& key) const
    {
        for (const auto& [name, group] : groups()) {
            for (const InsightFigure& f : *group) {
                if (f.key == key)
                    return &f;
            }
        }
        return nullptr;
    }
};
