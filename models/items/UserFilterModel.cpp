#include "UserFilterModel.h"

#include "UserTableModel.h"

UserFilterModel::UserFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(false); // new pages append; re-sorting on every page would move the selection
}

void UserFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void UserFilterModel::setState(State state)
{
    m_state = state;
    invalidateRowsFilter();
}

void UserFilterModel::setRole(const QString& role)
{
    m_role = role;
    invalidateRowsFilter();
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* users = qobject_cast<const UserTableModel*>(sourceModel());
    if (!users || sourceParent.isValid())
        return true;
    const User& u = users->user(sourceRow);
    if (m_state == State::Enabled && !u.enabled)
        return false;
    if (m_state == State::Disabled && u.enabled)
        return false;
    if (!m_role.isEmpty() && !u.roles.contains(m_role))
        return false;
    if (m_text.isEmpty())
        return true;
    return u.username.contains(m_text, Qt::CaseInsensitive) ||
           u.email.contains(m_text, Qt::CaseInsensitive) ||
           u.firstName.contains(m_text, Qt::CaseInsensitive) ||
           u.lastName.contains(m_text, Qt::CaseInsensitive);
}
