#pragma once
// The users of one access review and their decisions, for the review screen's table. Every
// decision goes to the ReviewStore at once (a closed console loses nothing); the rows follow.

#include "reviews/AccessReview.h"
#include "reviews/ReviewItem.h"
#include "values/Result.h"

#include <QAbstractTableModel>

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

    // Shows the users of review `reviewId` (-1: none), read by ReviewLoader on another thread,
    // who changed on the server since already marked.
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
