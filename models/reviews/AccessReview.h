#pragma once
// One access review of a profile's users: a snapshot of who had what when it started (from the
// cache), a reviewer's decision per user, and how far it got.

#include <QDate>
#include <QDateTime>
#include <QString>

struct ReviewTotals
{
    qint64 users = 0;
    qint64 kept = 0;
    qint64 disabled = 0;
    qint64 rolesRemoved = 0;
    qint64 deleted = 0;
    qint64 asked = 0;
    qint64 open() const { return users - kept - disabled - rolesRemoved - deleted - asked; }
};

struct AccessReview
{
    qint64 id = -1;
    QString profileId;
    QString name;     // unique per profile
    QString reviewer; // who started it, and decides by default
    QDate due;
    QString scope;        // which users: "all users", "role admin", "search “mar”"
    QDateTime createdAt;  // when the snapshot was taken
    QDateTime cacheAsOf;  // the cache's last full sync then: the data was as of this
    QDateTime appliedAt;  // invalid until the decisions were applied on the server
    ReviewTotals totals;
};
