#include "ReviewApplication.h"

#include "ReviewSnapshot.h"
#include "cache/CachedUserSource.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"

#include <memory>

namespace {
BulkOperation::Kind operationKind(ReviewDecision::Kind kind)
{
    switch (kind) {
    case ReviewDecision::Kind::Disable:
        return BulkOperation::Kind::Disable;
    case ReviewDecision::Kind::RemoveRole:
        return BulkOperation::Kind::RemoveRole;
    default:
        return BulkOperation::Kind::Delete;
    }
}

// "done", "failed: Not allowed": how applying went, as the review's report shows it.
QString outcome(const BulkOperation::Item& item)
{
    const QString status = BulkOperation::statusText(item.status);
    if (!item.message.isEmpty())
        return status + QStringLiteral(": ") + item.message;
    if (item.status == BulkOperation::Status::Unchanged)
        return status + QStringLiteral(": ") + item.change;
    return status;
}
} // namespace

Result<BulkOperation*> ReviewApplication::prepare(qint64 reviewId, const CachedUserSource& cache,
                                                  Connection* connection, QObject* parent,
                                                  const QString& reviewsPath)
{
    std::unique_ptr<ReviewApplication> application(new ReviewApplication);
    ReviewStore& store = application->m_store;
    if (!store.open(reviewsPath))
        return ApiError::make(ApiError::Kind::Offline, store.errorString());
    const std::optional<AccessReview> review = store.review(reviewId);
    if (!review)
        return ApiError::make(ApiError::Kind::NotFound, tr("There is no such review."));
    if (review->appliedAt.isValid())
        return ApiError::make(ApiError::Kind::Conflict, tr("The review “%1” was applied already.").arg(review->name));
    Result<QList<ReviewItem>> read = store.items(reviewId);
    if (!read.ok())
        return read.error();
    QList<ReviewItem> items = read.value();
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const ReviewItem& item) {
                                   return !item.decision || !item.decision->changesServer() || item.appliedAt.isValid();
                               }),
                items.end());
    if (items.isEmpty())
        return ApiError::make(ApiError::Kind::Validation,
                              tr("Nothing to apply: no decision of “%1” that changes the server is left.")
                                  .arg(review->name));
    // Without the comparison no conflict could be seen: nothing is applied then.
    if (const Result<Done> compared = ReviewSnapshot::compare(items, cache); !compared.ok())
        return compared.error();

    QList<BulkOperation::Item> changes;
    for (const ReviewItem& reviewed : items) {
        BulkOperation::Item change;
        change.kind = operationKind(reviewed.decision->kind);
        change.role = reviewed.decision->role;
        change.user = reviewed.user;
        // Planned on the newest copy known, so that what is already so is not done again.
        if (reviewed.serverCopy == ReviewItem::ServerCopy::Changed) {
            if (const std::optional<CachedUser> now = cache.user(reviewed.user.id))
                change.user = now->user;
        }
        switch (reviewed.serverCopy) {
        case ReviewItem::ServerCopy::Changed:
            change.conflict = tr("changed on the server since the review's snapshot");
            break;
        case ReviewItem::ServerCopy::DeletedOnServer:
            change.conflict = tr("deleted on the server since the review's snapshot");
            break;
        case ReviewItem::ServerCopy::NotCached:
            change.conflict = tr("no longer in the cache: whether it changed is not known");
            break;
        case ReviewItem::ServerCopy::Unchanged:
        case ReviewItem::ServerCopy::NotCompared:
            break;
        }
        changes << change;
    }
    auto* operation = new BulkOperation(
        changes, tr("Apply “%1”: %n change(s)", nullptr, int(changes.size())).arg(review->name), parent);
    operation->setConnection(connection);
    if (connection)
        connection->setAuditDetails(operation, {{QStringLiteral("review"), review->name}});
    application->m_review = *review;
    application->m_operation = operation;
    application->setParent(operation);
    ReviewApplication* self = application.release();
    connect(operation, &BulkOperation::itemChanged, self, &ReviewApplication::record);
    connect(operation, &BulkOperation::finished, self, &ReviewApplication::finish);
    return operation;
}

void ReviewApplication::record(int index)
{
    const BulkOperation::Item& item = m_operation->items().at(index);
    // Written as each answer comes: a console killed halfway keeps what reached the server.
    if (item.status == BulkOperation::Status::Done || item.status == BulkOperation::Status::Failed)
        m_store.recordApplied(m_review.id, item.user.id, item.status == BulkOperation::Status::Done, outcome(item));
}

void ReviewApplication::finish()
{
    using S = BulkOperation::Status;
    const QList<BulkOperation::Item>& items = m_operation->items();
    if (m_operation->finishedCount() == 0 && m_operation->wasCancelled())
        return; // cancelled before anything was sent: nothing happened
    for (const BulkOperation::Item& item : items) {
        // Nothing left to do counts as applied; a skipped or cancelled change may be applied later.
        if (item.status == S::Unchanged || item.status == S::Skipped || item.status == S::Cancelled)
            m_store.recordApplied(m_review.id, item.user.id, item.status == S::Unchanged, outcome(item));
    }
    const Result<QList<ReviewItem>> now = m_store.items(m_review.id);
    if (!now.ok())
        return;
    const bool complete = std::all_of(now.value().cbegin(), now.value().cend(), [](const ReviewItem& item) {
        return item.decision && item.decision->kind != ReviewDecision::Kind::Ask &&
               (!item.decision->changesServer() || item.appliedAt.isValid());
    });
    if (complete)
        m_store.markApplied(m_review.id);
}
