#pragma once
// The users table. Rows live in a compact UserRowStore (a million users fit in a few hundred
// MB), pages arrive from the server as the view scrolls (canFetchMore/fetchMore) and never
// block it, the server's total is kept where it reports one, and sorting happens on the server
// when the dialect can (Capability::ServerSort) and otherwise here, on the stored bytes.
//
// Complete users (attributes, Gemini's per-user actions) are kept for the most recently
// loaded or edited rows only; user(row) returns a skeleton with the visible fields for the
// others, and isComplete(row) says which. Callers that need everything fetch it
// (Connection::getUser) and hand it back through updateUser().
//
// The model does not know a network: pages come from a UserSource (the server's, the cache's or
// a test's), and what it may ask of it (search, sort, total) from the source's capabilities.

#include "UserRowStore.h"
#include "UserSortRanks.h"
#include "remote/DialectTypes.h"
#include "sources/UserSource.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>
#include <functional>
#include <vector>

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, Email, Name, Roles, Enabled, Created, LastLogin, ColumnCount };
    enum Role { UserRole = Qt::UserRole + 1, SortRole, IdRole, CompleteRole };

    explicit UserTableModel(QObject* parent = nullptr);
    ~UserTableModel() override;

    // Loads from `source` (nullptr: none) with what its capabilities allow, from the first page;
    // an answer still on its way from the previous source is dropped.
    void setSource(UserSource* source);
    UserSource* source() const { return m_source; }
    Capabilities capabilities() const { return m_capabilities; }

    // Restarts from the first page with this search (only when the server can search).
    void setServerSearch(const QString& search);
    QString serverSearch() const { return m_search; }
    bool serverSearchActive() const { return m_source && m_capabilities.supports(Capability::ServerSearch); }
    bool serverSortActive() const { return m_source && m_capabilities.supports(Capability::ServerSort); }
    // Drops every row and asks for the first page again.
    void reload();
    // Custom attributes as columns after the fixed ones (Connection::attributeColumns), sorted
    // here on the loaded rows. Their values come only while wanted (a view shows one of them):
    // lists then carry every user's attributes, which some servers answer more slowly.
    void setAttributeColumns(const QList<FieldChoice>& columns);
    const QList<FieldChoice>& attributeColumns() const { return m_attributeColumns; }
    void setAttributeValuesWanted(bool wanted);
    bool attributeValuesWanted() const { return m_attributeValuesWanted; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    int pageSize() const { return m_pageSize; }
    // How much memory complete users (attributes, actions) may take, most recent first; the
    // rest are skeletons that are fetched again when opened. The default keeps every user of a
    // directory of a few thousand (about 1 kB each); at a million a cache of ten thousand had
    // cost 9 bytes per loaded user.
    static constexpr qsizetype DefaultCompleteCacheBytes = 4 * 1024 * 1024;
    void setCompleteCacheBytes(qsizetype bytes) { m_complete.setMaxCost(qMax<qsizetype>(1, bytes)); }
    // What a complete user counts against that budget: about its size on the heap.
    static qsizetype completeCost(const User& user);

    // Loads every remaining page (for export). `done` gets an empty error when everything is in,
    // ApiError::Kind::Cancelled after cancelFetchAll(), or the failure. pageLoaded() reports
    // progress.
    void fetchAll(std::function<void(const ApiError&)> done);
    void cancelFetchAll();
    bool isFetchingAll() const { return bool(m_fetchAllDone); }

    // --- rows ---
    User user(int row) const;
    bool isComplete(int row) const;
    QString userId(int row) const;
    int rowOfId(const QString& id) const; // -1 when not loaded
    UserRowStore::Index storeIndex(int row) const { return m_order[size_t(row)]; }
    const UserRowStore& store() const { return m_store; }
    QList<User> users() const; // every loaded row in row order (complete where known)
    QStringList knownRoles() const { return m_store.allRoles(); }

    // --- changes made through the console ---
    // Replaces the row with this id (the complete user is cached); false when not loaded.
    bool updateUser(const User& user);
    void removeUser(const QString& id);
    void prependUser(const User& user);
    // Rows from elsewhere (the cache): appended, or updated in place when the id is loaded.
    void appendUsers(const QList<User>& users);
    // Replaces every row at once; `hasMore` says whether fetchMore() may continue the listing.
    void setUsers(const QList<User>& users, qint64 total = -1, bool hasMore = false);

    qint64 total() const { return m_total; }
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_loading; }
    // Ranks that make sorting a text column of a large table take milliseconds (built in the
    // background once the rows stop changing for a moment).
    UserSortRanks& sortRanks() { return m_ranks; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The UserQuery::sortField for a column ("username", "email", ...).
    static QString sortField(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // column -1: back to the server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, qint64 total);
    void loadFailed(const ApiError& error);
    void sortingChanged(int column, Qt::SortOrder order);

private:
    void setLoading(bool loading);
    void receivePage(const UserPage& page);
    // Appends new ids, updates known ones; keeps the local sort order.
    void addRows(const QList<User>& users);
    void cacheComplete(UserRowStore::Index index, const User& user);
    void sortRows(std::vector<UserRowStore::Index>& rows) const;
    std::vector<quint32> roleSetRanks() const; // by role set id
    void applyLocalSort();
    void finishFetchAll(const ApiError& error);
    bool sortsLocally() const; // a column is chosen and the server does not order by it
    void keepAttributeTexts(); // the store keeps the attribute columns' texts while wanted

    UserRowStore m_store;
    UserSortRanks m_ranks{m_store};
    std::vector<UserRowStore::Index> m_order; // row -> store slot
    mutable QCache<UserRowStore::Index, User> m_complete;
    QPointer<UserSource> m_source;
    Capabilities m_capabilities;
    QString m_search;
    qint64 m_total = -1;
    qint64 m_serverOffset = 0; // how many rows of the server's listing were received
    bool m_hasMore = false;
    bool m_loading = false;
    int m_pageSize = 200;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<FieldChoice> m_attributeColumns;
    bool m_attributeValuesWanted = false;
    bool m_deferSort = false; // while fetching everything: sort once at the end
    quint64 m_generation = 0; // answers for an older query are dropped
    std::function<void(const ApiError&)> m_fetchAllDone;
};
