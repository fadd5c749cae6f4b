#pragma once
// The users of one access review and their decisions, for the review screen's table. Every
// decision goes to the ReviewStore at once (a closed console loses nothing); the rows follow.

#include "reviews/AccessReview.h"
#include "reviews/ReviewItem.h"
#include "values/Result.h"

#include <QAbstractTableModel>

class CachedUserSource;
class ReviewStore;

class ReviewItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Username,
        Email,
        Roles,
        Enabled,
        LastLogin,
        ServerCopy,
        Decision,
        DecidedBy,
        Applied,
        Comment, // last: it takes the rest of the width
        ColumnCount
    };

    explicit ReviewItemModel(ReviewStore* store, QObject* parent = nullptr);

    // Loads the review's users; -1 empties the table. False with the error when it cannot.
    Result<Done> setReview(qint64 reviewId);
    // Shows users read elsewhere (ReviewLoader, on another thread) as review `reviewId`'s.
    void setItems(qint64 reviewId, const QList<ReviewItem>& items);
    qint64 reviewId() const { return m_reviewId; }
    // The review with its totals as they are now.
    std::optional<AccessReview> review() const;
    const QList<ReviewItem>& items() const { return m_items; }
    const ReviewItem& item(int row) const { return m_items.at(row); }

    // Decides every row of `rows` the same way, each saved as it is made; the first refusal is
    // returned (the rows before it are decided, the rest are not tried).
    Result<Done> decide(const QList<int>& rows, ReviewDecision::Kind kind, const QString& role,
                        const QString& comment, const QString& reviewer);
    Result<Done> undecide(const QList<int>& rows);
    // Marks who changed on the server since the snapshot, from the cache as it is now.
    Result<Done> compareWith(const CachedUserSource& cache);
    // The first undecided row after `row` (wrapping round), or -1 when every user is decided.
    int nextUndecided(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

private:
    void rowChanged(int row);

    ReviewStore* m_store;
    qint64 m_reviewId = -1;
    QList<ReviewItem> m_items;
};
