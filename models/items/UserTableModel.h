#pragma once
// The users table: pages arrive from the server as the view scrolls (canFetchMore/fetchMore)
// through Connection, never blocking the view. Search is sent to the server when the dialect
// supports it; otherwise UserFilterModel filters the loaded rows locally.

#include "remote/ApiError.h"
#include "remote/UserQuery.h"
#include "values/User.h"

#include <QAbstractTableModel>
#include <QPointer>

class Connection;

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, Email, Name, Roles, Enabled, Created, LastLogin, ColumnCount };
    enum Role { UserRole = Qt::UserRole + 1, SortRole };

    explicit UserTableModel(QObject* parent = nullptr);

    void setConnection(Connection* connection);
    // Restarts from the first page with this server-side search (ignored when unsupported).
    void setServerSearch(const QString& search);
    void reload();
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    // Loads pages until everything is in (for export); `done` runs when complete or failed.
    void fetchAll(std::function<void(const ApiError&)> done);

    const User& user(int row) const { return m_users.at(row); }
    QList<User> users() const { return m_users; }
    // Replaces a row after an edit (matched by id), or removes it after a delete.
    void updateUser(const User& user);
    void removeUser(const QString& id);
    void prependUser(const User& user);

    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool serverSearchActive() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, qint64 total);
    void loadFailed(const ApiError& error);

private:
    void setLoading(bool loading);

    QPointer<Connection> m_connection;
    QList<User> m_users;
    QString m_search;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_loading = false;
    int m_pageSize = 200;
    quint64 m_generation = 0; // answers for an older query are dropped
};
