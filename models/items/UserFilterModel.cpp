#include "UserFilterModel.h"

#include "UserTableModel.h"

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
    m_narrowing = false;
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
    m_roleSetMatch.clear();
    refilter(narrowing);
}

void UserFilterModel::refilter(bool narrowing)
{
    m_narrowing = narrowing && !m_accepted.empty();
    // invalidate() rebuilds the mapping in one pass; the row-by-row path of invalidateFilter()
    // emits a signal per removed range, which a million scattered rows turn into minutes.
    invalidate();
    // Build the mapping now, while the previous verdicts may still be used.
    rowCount();
    m_narrowing = false;
}

bool UserFilterModel::roleSetMatches(quint32 roleSet) const
{
    if (m_roleSetMatch.size() <= roleSet)
        m_roleSetMatch.resize(size_t(m_users->store().roleSets().size()), -1);
    qint8& verdict = m_roleSetMatch[roleSet];
    if (verdict < 0)
        verdict = m_users->store().roleSets().at(roleSet).contains(m_role) ? 1 : 0;
    return verdict == 1;
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return true;
    const UserRowStore::Index slot = m_users->storeIndex(sourceRow);
    if (m_narrowing && slot < m_accepted.size() && !m_accepted[slot])
        return false;
    const UserRowStore& store = m_users->store();
    bool accepted = true;
    if (m_state == State::Enabled && !store.enabled(slot))
        accepted = false;
    else if (m_state == State::Disabled && store.enabled(slot))
        accepted = false;
    else if (!m_role.isEmpty() && !roleSetMatches(store.roleSetId(slot)))
        accepted = false;
    else
        accepted = store.matches(slot, m_needle);
    if (m_accepted.size() <= slot)
        m_accepted.resize(size_t(store.size()), 1);
    m_accepted[slot] = accepted ? 1 : 0;
    return accepted;
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->sort(column, order);
}
