#pragma once
// Which users the console lists, and from where. It chooses the source: the profile's cache
// when it holds a complete copy or the console works offline, else the signed-in server, else
// none. It routes a search to the source (server or cache search) or to the local filter over
// the loaded rows, merges a committed sync into the shown rows in place, reloads, and keeps
// the cache's copy of a user the console just changed. The Users screen shows its rows and
// listens to its signals; authdesk-cli lists through list(), with no table at all.
//
//     UserListController users;
//     users.setRows(&filterModel);        // the table's models; without them nothing is loaded
//     users.setCache(profileCache);       // read at once when it holds a copy, and offline
//     users.setConnection(connection);    // the server, until the cache has a copy
//     users.setSearch(text);              // debounced for a server, instant for the cache

#include "cache/CacheFilter.h"
#include "cache/UserChange.h"
#include "items/UserFilterModel.h"
#include "remote/DialectTypes.h"
#include "sources/UserSource.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class BulkOperation;
class Connection;
class ProfileCache;
class QTimer;
class ServerUserSource;
class UserTableModel;

class UserListController : public QObject
{
    Q_OBJECT
public:
    enum class Origin { None, Server, Cache };
    enum class SearchMode { Server, Cache, LocalFilter };

    // What the detail panel shows of a user beside the server's copy.
    struct Detail
    {
        enum class History { CacheClosed, NotCached, Recorded, Unreadable };
        User user;
        bool complete = false; // every attribute is known: nothing to fetch
        QString cacheStatus;   // "first seen …", "deleted on the server …"; empty without a cache
        History historyState = History::CacheClosed;
        QList<UserChange> history;
        QString historyError; // why the history could not be read (Unreadable)
    };

    // Pages one listing reads, for list().
    struct ListRequest
    {
        UserQuery query; // from query.offset, query.limit users a page
        bool everyPage = true;
        qint64 max = -1; // at most this many users; -1: no limit
    };
    using ListProgress = std::function<void(const UserQuery& asked, const UserPage& page, qint64 listed)>;
    using ListDone = std::function<void(const Result<QList<User>>& users)>;

    explicit UserListController(QObject* parent = nullptr);
    ~UserListController() override;

    // The table's rows: `filter` over its UserTableModel. They load from the chosen source.
    void setRows(UserFilterModel* filter);
    UserTableModel* model() const;
    UserFilterModel* filter() const { return m_filter; }

    // The server, read through a ServerUserSource; nullptr: signed out.
    void setConnection(Connection* connection);
    Connection* connection() const;
    // The server side as any UserSource (a test's stand-in), owned by the caller.
    void setServerSource(UserSource* server);
    void setCache(ProfileCache* cache);
    ProfileCache* cache() const;
    // Whether the server's rows carry every user's attributes, for the attribute columns it
    // declares (read at each sign-in, shown while the rows come from the server).
    void setAttributeValuesWanted(bool wanted);
    // Why the profile has no cache (it could not be opened): the banner says so until a cache
    // is set.
    void setCacheProblem(const QString& problem);
    QString cacheProblem() const { return m_cacheProblem; }

    Origin origin() const { return m_origin; }
    bool readsCache() const { return m_origin == Origin::Cache; }
    bool isOffline() const;
    // The source read now; nullptr when there is nothing to list.
    UserSource* source() const;
    // What may be done now: the server's capabilities, or the cache's while offline.
    Capabilities capabilities() const;
    SearchMode searchMode() const;
    // How long typing pauses before a search is asked: a server once per pause, the cache on
    // every keystroke (the timer still folds a paste into one search).
    int searchDelayMs() const;
    // The banner over the table: how fresh the cached copy is, or why there is none; empty when
    // reading the server.
    QString freshnessText() const;

    // --- search and filters ---
    void setSearch(const QString& text);
    QString search() const { return m_searchText; }
    void setStateFilter(UserFilterModel::State state);
    void setRoleFilter(const QString& role); // empty: any role
    // The cached users the table lists now, as the cache selects them: the Overview's scope with
    // the state and role filters; search() is the rest. What a review of "the users listed" takes.
    CacheFilter listedFilter() const;

    // --- one figure's users (the Overview) ---
    // Lists only the cached users `scope` selects, under `title`, until clearScope() or another
    // cache; false (nothing changes) when there is no cached copy to read them from.
    bool showScope(const CacheFilter& scope, const QString& title);
    void clearScope();
    // Empty while everyone is listed.
    QString scopeTitle() const { return m_scopeTitle; }

    // What the detail panel shows for `user` (`complete`: the table holds every attribute).
    Detail detail(const User& user, bool complete) const;

    // Reads every page `request` asks for from the source, answering once through `done`.
    void list(const ListRequest& request, QObject* context, ListProgress progress, ListDone done);

public slots:
    // The first page again; on a cached copy while online, a sync (the rows follow when it commits).
    void refresh();
    void reload();
    // The console changed users on the server: the rows and the cache's copy follow.
    void created(const User& user);
    void updated(const User& user);
    void applied(const BulkOperation& operation);

signals:
    // Another source: the rows start over, the selection and detail are gone.
    void sourceChanged();
    // The source, its capabilities, the search mode or the freshness may have changed.
    void stateChanged();
    // A sync's changes were merged into the rows in place.
    void rowsMerged();
    // A page or a merge failed: the error for the screen.
    void loadFailed(const ApiError& error);

private:
    void showAttributeColumns();
    void choose();
    void applySearch();
    // A sync committed: re-read the loaded rows and merge them, keeping selection and scroll.
    void mergeFromCache();
    void keepInCache(const User& user);

    QPointer<Connection> m_connection;
    QMetaObject::Connection m_signedInWatch; // asks the signed-in server for its attribute columns
    QList<FieldChoice> m_serverColumns;
    std::unique_ptr<ServerUserSource> m_ownServer;
    QPointer<UserSource> m_server;
    QPointer<ProfileCache> m_cache;
    QString m_cacheProblem; // why there is no cache; empty when there is one or none was tried
    QPointer<UserFilterModel> m_filter;
    QPointer<UserTableModel> m_model;
    Origin m_origin = Origin::None;
    bool m_chosen = false;
    bool m_replaced = false; // the connection or cache behind the origin changed: start over
    QString m_searchText;
    QString m_scopeTitle;
    QTimer* m_searchDelay;
    static constexpr int serverSearchDelayMs = 250;
};
