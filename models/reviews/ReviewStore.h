#pragma once
// Access reviews and their decisions, in their own SQLite file beside the audit log
// (<AppDataLocation>/reviews.sqlite, owner-only, WAL, synchronous=FULL): clearing a profile's
// cache never loses a review, and every decision is committed as it is made, so a closed
// console, a kill -9 or a power cut loses at most the one being typed.
//
//     ReviewStore reviews;
//     reviews.open();
//     AccessReview r; r.profileId = profile.id; r.name = "Q4 admins"; r.reviewer = "dana";
//     r.due = QDate(2026, 12, 31); r.scope = "role admin"; r.cacheAsOf = cache.asOf();
//     Result<qint64> id = reviews.start(r, usersFromTheCache);      // the snapshot
//     reviews.decide(*id, {userId, ReviewDecision::Kind::Disable, {}, "left in June", "dana"});
//     ReviewTotals t = reviews.review(*id)->totals;
//
// A decision is refused, with the reason, for a user not in the review, a role the user did
// not hold, an "ask" without a comment, a decision already applied, or a review already applied. decideAll() takes a whole
// file's decisions in one transaction: all of them or none.

#include "AccessReview.h"
#include "ReviewItem.h"
#include "storage/SqliteConnection.h"
#include "values/Result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)
public:
    static QString defaultPath();
    bool open(const QString& path = defaultPath());
    bool isOpen() const { return m_connection.isOpen(); }
    QString errorString() const { return m_error; }

    // Takes the snapshot of `users`; the review's id, or why not (an empty name, a name the
    // profile already uses, no users).
    // `written`, when given, hears how many users are written so far (every thousand), from
    // inside the transaction; false rolls it back and the start ends Cancelled.
    Result<qint64> start(const AccessReview& review, const QList<User>& users,
                         const std::function<bool(qint64 written)>& written = {});
    // The profile's reviews with their totals, newest first.
    Result<QList<AccessReview>> reviews(const QString& profileId) const;
    // By id, or by name within the profile.
    std::optional<AccessReview> review(const QString& profileId, const QString& idOrName) const;
    std::optional<AccessReview> review(qint64 id) const;
    // The review's users in username order, each with its decision. `goesOn`, when given, is
    // asked while SQLite reads and sorts them; false stops the read with a Cancelled error.
    Result<QList<ReviewItem>> items(qint64 reviewId, const std::function<bool()>& goesOn = {}) const;

    // `decision.decidedAt` is stamped now when unset.
    Result<Done> decide(qint64 reviewId, ReviewDecision decision);
    Result<Done> decideAll(qint64 reviewId, const QList<ReviewDecision>& decisions);
    // Takes a user's decision back (the user is undecided again).
    Result<Done> undecide(qint64 reviewId, const QString& userId);
    // The whole review is applied: no decision can change any more.
    Result<Done> markApplied(qint64 reviewId, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // How applying one user's decision went, in the report's words ("done", "failed: …").
    // `applied` (done, or nothing left to do) fixes the decision: it is not applied again and
    // can no longer change. A user already applied keeps that first record.
    Result<Done> recordApplied(qint64 reviewId, const QString& userId, bool applied, const QString& result,
                               const QDateTime& at = QDateTime::currentDateTimeUtc());

    // Checks `decision` against the snapshot without saving it; the error names the user and
    // the reason (decide() and decideAll() check the same).
    Result<Done> validate(qint64 reviewId, const ReviewDecision& decision) const;

private:
    Result<Done> write(qint64 reviewId, const ReviewDecision& decision);
    ApiError failed(const QString& detail) const;

    SqliteConnection m_connection;
    QString m_error;
};
