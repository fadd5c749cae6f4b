#pragma once
// Applying an access review on the server: the decisions that change something (disable, remove
// a role, delete) and are not applied yet become one BulkOperation with a change per user,
// planned on the cache's copy of each user as it is now. A user whose copy changed since the
// snapshot, was deleted on the server or left the cache is a conflict: skipped unless the
// conflicts are confirmed. Each user's outcome is written to the review as it comes (a console
// killed halfway applies only the rest next time), every change goes to the audit log with the
// review's name, and the review is closed once every user is decided and every change applied.
//
//     Result<BulkOperation*> op = ReviewApplication::prepare(reviewId, *cache->source(), connection);
//     if (op.ok()) (*op)->start();   // or give it to BulkActionDialog for the preview

#include "ReviewStore.h"
#include "values/Result.h"

#include <QObject>

class BulkOperation;
class CachedUserSource;
class Connection;

class ReviewApplication : public QObject
{
    Q_OBJECT
public:
    // The operation (its parent is `parent`), or why there is nothing to apply. The review is
    // read from, and its outcomes written to, the reviews file at `reviewsPath`.
    static Result<BulkOperation*> prepare(qint64 reviewId, const CachedUserSource& cache, Connection* connection,
                                          QObject* parent = nullptr,
                                          const QString& reviewsPath = ReviewStore::defaultPath());

private:
    ReviewApplication() = default;
    void record(int index);
    void finish();

    ReviewStore m_store;
    AccessReview m_review;
    BulkOperation* m_operation = nullptr;
};
