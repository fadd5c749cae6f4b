#include "ReviewItemModel.h"

#include "reviews/ReviewStore.h"

#include <QLocale>

ReviewItemModel::ReviewItemModel(ReviewStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ReviewItemModel::setItems(qint64 reviewId, const QList<ReviewItem>& items)
{
    beginResetModel();
    m_reviewId = reviewId;
    m_items = items;
    endResetModel();
    emit totalsChanged();
}

std::optional<AccessReview> ReviewItemModel::review() const
{
    return m_reviewId >= 0 ? m_store->review(m_reviewId) : std::nullopt;
}

Result<Done> ReviewItemModel::decide(const QList<int>& rows, ReviewDecision::Kind kind, const QString& role,
                                     const QString& comment, const QString& reviewer)
{
    Result<Done> outcome = Done{};
    for (const int row : rows) {
        if (row < 0 || row >= m_items.size())
            continue;
        ReviewDecision decision;
        decision.userId = m_items.at(row).user.id;
        decision.kind = kind;
        decision.role = role;
        decision.comment = comment;
        decision.decidedBy = reviewer;
        decision.decidedAt = QDateTime::currentDateTimeUtc();
        outcome = m_store->decide(m_reviewId, decision);
        if (!outcome.ok())
            break;
        m_items[row].decision = decision;
        rowChanged(row);
    }
    emit totalsChanged();
    return outcome;
}

Result<Done> ReviewItemModel::undecide(const QList<int>& rows)
{
    Result<Done> outcome = Done{};
    for (const int row : rows) {
        if (row < 0 || row >= m_items.size() || !m_items.at(row).decision)
            continue;
        outcome = m_store->undecide(m_reviewId, m_items.at(row).user.id);
        if (!outcome.ok())
            break;
        m_items[row].decision.reset();
        rowChanged(row);
    }
    emit totalsChanged();
    return outcome;
}

int ReviewItemModel::nextUndecided(int row) const
{
    const int count = int(m_items.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = (qMax(row, -1) + step) % count;
        if (!m_items.at(candidate).decision)
            return candidate;
    }
    return -1;
}

void ReviewItemModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReviewItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::DisplayRole)
        return {};
    const ReviewItem& item = m_items.at(index.row());
    const std::optional<ReviewDecision>& d = item.decision;
    switch (index.column()) {
    case Username:
        return item.user.username;
    case Email:
        return item.user.email;
    case Roles:
        return item.user.roles.join(QStringLiteral(", "));
    case Enabled:
        return item.user.enabled ? tr("Enabled") : tr("Disabled");
    case LastLogin:
        return item.user.lastLoginAt.isValid()
                   ? QLocale().toString(item.user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case ServerCopy:
        switch (item.serverCopy) {
        case ReviewItem::ServerCopy::Changed:
            return tr("Changed since");
        case ReviewItem::ServerCopy::DeletedOnServer:
            return tr("Deleted on server");
        case ReviewItem::ServerCopy::NotCached:
            return tr("No longer cached");
        case ReviewItem::ServerCopy::Unchanged:
        case ReviewItem::ServerCopy::NotCompared:
            return QString();
        }
        return QString();
    case Decision:
        return d ? d->text() : tr("Open");
    case Comment:
        return d ? d->comment : QString();
    case DecidedBy:
        return d ? tr("%1, %2").arg(d->decidedBy, QLocale().toString(d->decidedAt.toLocalTime(), QLocale::ShortFormat))
                 : QString();
    case Applied:
        return item.applyResult;
    }
    return {};
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case Email:
        return tr("Email");
    case Roles:
        return tr("Roles");
    case Enabled:
        return tr("State");
    case LastLogin:
        return tr("Last sign-in");
    case ServerCopy:
        return tr("Since the snapshot");
    case Decision:
        return tr("Decision");
    case Comment:
        return tr("Why");
    case DecidedBy:
        return tr("Decided by");
    case Applied:
        return tr("Applied");
    }
    return {};
}
