#include "UserFilterModel.h"

#include "UserTableModel.h"

#include <QtConcurrent/QtConcurrentMap>

UserFilterModel::UserFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows whose data change are filtered again; the proxy's own sorting stays off (sort()).
    setDynamicSortFilter(true);
}

void UserFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = qobject_cast<UserTableModel*>(model);
    forgetResults();
    QSortFilterProxyModel::setSourceModel(model);
    if (m_users) {
        // Slots are reused after a reset: earlier verdicts mean nothing for the new rows.
        connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, &UserFilterModel::forgetResults);
    }
}

void UserFilterModel::forgetResults()
{
    m_accepted.clear();
    m_roleSetMatch.clear();
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
    judgeEverySlot(narrowing);
    m_judged = true;
    // invalidate() rebuilds the mapping in one pass; the row-by-row path of invalidateFilter()
    // emits a signal per removed range, which a million scattered rows turn into minutes.
    invalidate();
    rowCount(); // build the mapping now, from the verdicts just made
    m_judged = false;
}

void UserFilterModel::judgeRoleSets() const
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
    if (!m_users)
        return;
    const size_t slotCount = size_t(m_users->store().size());
    if (!narrowing || m_accepted.size() > slotCount)
        m_accepted.assign(slotCount, 1);
    else
        m_accepted.resize(slotCount, 1); // slots added since were never judged: look at them now
    if (!m_role.isEmpty())
        judgeRoleSets();
    // Slots in store order (their records lie one after another), rows rejected before skipped.
    const auto judge = [this](std::pair<size_t, size_t> range) {
        for (size_t slot = range.first; slot < range.second; ++slot) {
            if (m_accepted[slot])
                m_accepted[slot] = accepts(UserRowStore::Index(slot)) ? 1 : 0;
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

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return true;
    const UserRowStore::Index slot = m_users->storeIndex(sourceRow);
    if (m_judged && slot < m_accepted.size())
        return m_accepted[slot];
    // A row added or changed since: judged on its own.
    if (!m_role.isEmpty() && m_roleSetMatch.size() <= m_users->store().roleSetId(slot))
        judgeRoleSets();
    const bool accepted = accepts(slot);
    if (m_accepted.size() <= slot)
        m_accepted.resize(size_t(m_users->store().size()), 1);
    m_accepted[slot] = accepted ? 1 : 0;
    return accepted;
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->sort(column, order);
}
