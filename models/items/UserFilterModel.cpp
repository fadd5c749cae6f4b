#include "UserFilterModel.h"

#include "FreedMemory.h"
#include "UserTableModel.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

UserFilterModel::UserFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void UserFilterModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_users = qobject_cast<UserTableModel*>(model);
    QAbstractProxyModel::setSourceModel(m_users);
    m_accepted.clear();
    m_roleSetMatch.clear();
    m_rows.clear();
    m_filtered = false;
    if (m_users) {
        m_connections = {
            connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, &UserFilterModel::sourceAboutToBeReset),
            connect(m_users, &QAbstractItemModel::modelReset, this, &UserFilterModel::sourceReset),
            connect(m_users, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &UserFilterModel::sourceLayoutAboutToBeChanged),
            connect(m_users, &QAbstractItemModel::layoutChanged, this, &UserFilterModel::sourceLayoutChanged),
            connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilterModel::sourceDataChanged),
            connect(m_users, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &UserFilterModel::sourceRowsAboutToBeInserted),
            connect(m_users, &QAbstractItemModel::rowsInserted, this, &UserFilterModel::sourceRowsInserted),
            connect(m_users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &UserFilterModel::sourceRowsAboutToBeRemoved),
            connect(m_users, &QAbstractItemModel::rowsRemoved, this, &UserFilterModel::sourceRowsRemoved)};
        // The users table changes its columns only by a reset, never moves rows and never
        // changes its header's texts but by a reset: nothing else needs following.
        if (isFiltering()) {
            judgeEverySlot(false);
            collectRows(false);
        }
    }
    endResetModel();
}

UserTableModel* UserFilterModel::users() const
{
    return m_users;
}

void UserFilterModel::setText(const QString& text)
{
    const UserRowStore::Needle needle = UserRowStore::makeNeedle(text);
    m_text = text;
    if (needle.folded == m_needle.folded)
        return;
    // "mar" -> "mari": rows without "mar" cannot contain "mari".
    const bool narrowing = !m_needle.isEmpty() && m_needle.contains(needle);
    m_needle = needle;
    refilter(narrowing);
}

void UserFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    const bool narrowing = m_state == State::All;
    m_state = state;
    refilter(narrowing);
}

void UserFilterModel::setRole(const QString& role)
{
    if (role == m_role)
        return;
    const bool narrowing = m_role.isEmpty();
    m_role = role;
    refilter(narrowing);
}

void UserFilterModel::refilter(bool narrowing)
{
    if (!m_users)
        return;
    // A layout change, as QSortFilterProxyModel's invalidate() makes: the selection and the
    // current row stay on the users still shown.
    emit layoutAboutToBeChanged();
    saveLayout();
    const size_t heldBefore = m_accepted.capacity() + m_rows.capacity() * sizeof(int);
    judgeEverySlot(narrowing);
    collectRows(narrowing);
    restoreLayout();
    emit layoutChanged();
    emit filterChanged();
    // A filter cleared at a million rows frees 1-5 MB that glibc would otherwise keep for good;
    // handed back once the table is painted, not inside the keystroke.
    if (!isFiltering() && heldBefore >= freedWorthGivingBack)
        QMetaObject::invokeMethod(this, [] { FreedMemory::giveBack(); }, Qt::QueuedConnection);
}

void UserFilterModel::judgeRoleSets()
{
    const QList<QStringList>& sets = m_users->store().roleSets();
    m_roleSetMatch.resize(size_t(sets.size()));
    for (qsizetype set = 0; set < sets.size(); ++set)
        m_roleSetMatch[size_t(set)] = sets[set].contains(m_role) ? 1 : 0;
}

bool UserFilterModel::accepts(UserRowStore::Index slot) const
{
    const UserRowStore& store = m_users->store();
    if (m_state == State::Enabled && !store.enabled(slot))
        return false;
    if (m_state == State::Disabled && store.enabled(slot))
        return false;
    if (!m_role.isEmpty() && !m_roleSetMatch[store.roleSetId(slot)])
        return false;
    return store.matches(slot, m_needle);
}

void UserFilterModel::judgeEverySlot(bool narrowing)
{
    const size_t slotCount = size_t(m_users->store().size());
    if (!isFiltering()) { // every row is shown: no verdict kept, a later narrowing starts from all
        m_accepted = {};
        return;
    }
    if (!narrowing || m_accepted.size() > slotCount)
        m_accepted.assign(slotCount, 1);
    else
        m_accepted.resize(slotCount, 1); // slots added since were never judged: look at them now
    if (!m_role.isEmpty())
        judgeRoleSets();
    if (!m_needle.isEmpty())
        m_users->store().judgeDomains(m_needle);
    // Slots in store order (their records lie one after another), rows rejected before skipped.
    // The rows still in question are listed first, so that the record of one a few places ahead
    // can be fetched from memory while this one is matched: after a few keystrokes they lie far
    // apart, and waiting for each was most of the time.
    const auto judge = [this](std::pair<size_t, size_t> range) {
        const UserRowStore& store = m_users->store();
        std::vector<UserRowStore::Index> open;
        open.reserve(range.second - range.first);
        for (size_t slot = range.first; slot < range.second; ++slot) {
            if (m_accepted[slot])
                open.push_back(UserRowStore::Index(slot));
        }
        constexpr size_t ahead = 8;
        for (size_t i = 0; i < open.size(); ++i) {
            if (i + ahead < open.size())
                store.prefetch(open[i + ahead]);
            m_accepted[open[i]] = accepts(open[i]) ? 1 : 0;
        }
    };
    constexpr size_t chunk = 65536;
    if (slotCount < 2 * chunk) {
        judge({0, slotCount});
        return;
    }
    // Large tables: every core takes chunks; the store is not changing while this runs.
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t from = 0; from < slotCount; from += chunk)
        ranges.emplace_back(from, std::min(slotCount, from + chunk));
    QtConcurrent::blockingMap(ranges, judge);
}

bool UserFilterModel::judgeRow(int sourceRow)
{
    if (!isFiltering())
        return true;
    const UserRowStore::Index slot = m_users->storeIndex(sourceRow);
    if (m_accepted.size() <= slot)
        m_accepted.resize(size_t(m_users->store().size()), 1);
    if (!m_role.isEmpty() && m_roleSetMatch.size() <= m_users->store().roleSetId(slot))
        judgeRoleSets(); // a combination of roles first seen since the last judging
    const bool accepted = accepts(slot);
    m_accepted[slot] = accepted ? 1 : 0;
    return accepted;
}

void UserFilterModel::collectRows(bool narrowing)
{
    if (!isFiltering()) {
        m_rows = {};
        m_filtered = false;
        return;
    }
    std::vector<int> rows;
    const auto keep = [this, &rows](int row) {
        if (m_accepted[m_users->storeIndex(row)])
            rows.push_back(row);
    };
    if (narrowing && m_filtered) { // only rows shown before can be shown now
        rows.reserve(m_rows.size());
        for (int row : m_rows)
            keep(row);
    } else {
        const int count = m_users->rowCount();
        size_t shown = 0; // counted first: one allocation of the right size, never regrown
        for (int row = 0; row < count; ++row)
            shown += m_accepted[m_users->storeIndex(row)];
        rows.reserve(shown);
        for (int row = 0; row < count; ++row)
            keep(row);
    }
    m_rows = std::move(rows);
    m_filtered = true;
}

int UserFilterModel::sourceRow(int row) const
{
    if (!m_filtered)
        return row;
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1; // -1: a stale index
}

int UserFilterModel::lowerBound(int sourceRow) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow) - m_rows.begin());
}

QModelIndex UserFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex UserFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int UserFilterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_users)
        return 0;
    return m_filtered ? int(m_rows.size()) : m_users->rowCount();
}

int UserFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

bool UserFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex UserFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_users->index(sourceRow(proxyIndex.row()), proxyIndex.column()); // invalid for row -1
}

QModelIndex UserFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users)
        return {};
    if (!m_filtered)
        return index(sourceIndex.row(), sourceIndex.column());
    const int at = lowerBound(sourceIndex.row());
    if (at == int(m_rows.size()) || m_rows[size_t(at)] != sourceIndex.row())
        return {};
    return index(at, sourceIndex.column());
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->sort(column, order);
}

void UserFilterModel::saveLayout()
{
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex& proxyIndex : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(proxyIndex));
}

void UserFilterModel::restoreLayout()
{
    QModelIndexList moved;
    moved.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex& sourceIndex : std::as_const(m_layoutSource))
        moved << mapFromSource(sourceIndex);
    changePersistentIndexList(m_layoutProxy, moved);
    m_layoutProxy.clear();
    m_layoutSource.clear();
}

void UserFilterModel::sourceAboutToBeReset()
{
    beginResetModel();
}

void UserFilterModel::sourceReset()
{
    // Slots are reused after a reset: earlier verdicts mean nothing for the new rows.
    m_accepted.clear();
    m_roleSetMatch.clear();
    judgeEverySlot(false);
    collectRows(false);
    endResetModel();
}

void UserFilterModel::sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex>&,
                                                   QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    saveLayout();
}

void UserFilterModel::sourceLayoutChanged(const QList<QPersistentModelIndex>&, QAbstractItemModel::LayoutChangeHint hint)
{
    // A new sort order: the same verdicts, the shown rows listed again in the source's order.
    if (m_filtered)
        collectRows(false);
    restoreLayout();
    emit layoutChanged({}, hint);
}

void UserFilterModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                        const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!m_filtered) {
        emit dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()),
                         roles);
        return;
    }
    // An edit can let a row in or out: each changed row is judged again on its own.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const bool accepted = judgeRow(row);
        const int at = lowerBound(row);
        const bool shown = at < int(m_rows.size()) && m_rows[size_t(at)] == row;
        if (shown && accepted) {
            emit dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
        } else if (shown) {
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            endRemoveRows();
        } else if (accepted) {
            beginInsertRows({}, at, at);
            m_rows.insert(m_rows.begin() + at, row);
            endInsertRows();
        }
    }
}

void UserFilterModel::sourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last)
{
    m_insertForwarded = !parent.isValid() && !m_filtered;
    if (m_insertForwarded)
        beginInsertRows({}, first, last);
}

void UserFilterModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_insertForwarded) { // nothing filtered: every row is shown, no verdict is kept
        m_insertForwarded = false;
        endInsertRows();
        return;
    }
    if (!m_filtered)
        return;
    // The rows after them moved down in the source; then the new ones that pass are shown.
    const int added = last - first + 1;
    const int at = lowerBound(first);
    for (size_t i = size_t(at); i < m_rows.size(); ++i)
        m_rows[i] += added;
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (judgeRow(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;
    beginInsertRows({}, at, at + int(accepted.size()) - 1);
    m_rows.insert(m_rows.begin() + at, accepted.begin(), accepted.end());
    endInsertRows();
}

void UserFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_removeForwarded = !m_filtered;
    if (m_removeForwarded) {
        beginRemoveRows({}, first, last);
        return;
    }
    m_removedFrom = lowerBound(first);
    m_removedTo = lowerBound(last + 1);
    if (m_removedFrom < m_removedTo)
        beginRemoveRows({}, m_removedFrom, m_removedTo - 1);
}

void UserFilterModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_removeForwarded) {
        m_removeForwarded = false;
        endRemoveRows();
        return;
    }
    if (m_removedFrom < 0)
        return; // not heard of before it happened
    const bool shown = m_removedFrom < m_removedTo;
    m_rows.erase(m_rows.begin() + m_removedFrom, m_rows.begin() + m_removedTo);
    const int removed = last - first + 1;
    for (size_t i = size_t(m_removedFrom); i < m_rows.size(); ++i)
        m_rows[i] -= removed;
    m_removedFrom = m_removedTo = -1;
    if (shown)
        endRemoveRows();
}
