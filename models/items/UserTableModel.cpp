#include "UserTableModel.h"

#include "remote/Connection.h"

#include <QLocale>

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setConnection(Connection* connection)
{
    m_connection = connection;
    reload();
}

bool UserTableModel::serverSearchActive() const
{
    return m_connection && m_connection->capabilities().supports(Capability::ServerSearch);
}

void UserTableModel::setServerSearch(const QString& search)
{
    if (!serverSearchActive() || search == m_search)
        return;
    m_search = search;
    reload();
}

void UserTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_users.clear();
    m_total = -1;
    m_hasMore = m_connection && m_connection->capabilities().supports(Capability::ListUsers);
    endResetModel();
    setLoading(false);
    if (m_hasMore)
        fetchMore({});
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

bool UserTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_connection;
}

void UserTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    UserQuery query;
    query.offset = m_users.size();
    query.limit = m_pageSize;
    query.search = m_search;
    const quint64 generation = m_generation;
    m_connection->listUsers(query, this, [this, generation](const Result<UserPage>& result) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!result.ok()) {
            m_hasMore = false;
            emit loadFailed(result.error());
            return;
        }
        const UserPage& page = result.value();
        m_total = page.total;
        m_hasMore = page.hasMore && !page.users.isEmpty();
        if (!page.users.isEmpty()) {
            beginInsertRows({}, int(m_users.size()), int(m_users.size() + page.users.size() - 1));
            m_users += page.users;
            endInsertRows();
        }
        emit pageLoaded(int(m_users.size()), m_total);
    });
}

void UserTableModel::fetchAll(std::function<void(const ApiError&)> done)
{
    if (!m_hasMore) {
        done({});
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto failure = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &UserTableModel::pageLoaded, this, [this, connection, failure, done] {
        if (m_hasMore) {
            fetchMore({});
            return;
        }
        disconnect(*connection);
        disconnect(*failure);
        done({});
    });
    *failure =
        connect(this, &UserTableModel::loadFailed, this, [connection, failure, done](const ApiError& error) {
            disconnect(*connection);
            disconnect(*failure);
            done(error);
        });
    if (!m_loading)
        fetchMore({});
}

void UserTableModel::updateUser(const User& user)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == user.id) {
            m_users[row] = user;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

void UserTableModel::removeUser(const QString& id)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == id) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
            if (m_total > 0)
                --m_total;
            return;
        }
    }
}

void UserTableModel::prependUser(const User& user)
{
    beginInsertRows({}, 0, 0);
    m_users.prepend(user);
    endInsertRows();
    if (m_total >= 0)
        ++m_total;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& u = m_users.at(index.row());
    if (role == UserRole)
        return QVariant::fromValue(u);
    auto date = [role](const QDateTime& when) -> QVariant {
        if (role == SortRole)
            return when.isValid() ? when.toMSecsSinceEpoch() : qint64(0);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Username:
            return u.username;
        case Email:
            return u.email;
        case Name:
            return QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed();
        case Roles:
            return u.roles.join(QLatin1String(", "));
        case Enabled:
            return role == SortRole ? QVariant(u.enabled)
                                    : QVariant(u.enabled ? tr("Enabled") : tr("Disabled"));
        case Created:
            return date(u.createdAt);
        case LastLogin:
            return date(u.lastLoginAt);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Enabled && !u.enabled)
        return tr("This account is disabled: it cannot sign in.");
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles / scopes");
    case Enabled:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last login");
    }
    return {};
}
