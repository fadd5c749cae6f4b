#include "UserListController.h"

#include "cache/ProfileCache.h"
#include "items/UserTableModel.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"
#include "sources/PagingGuard.h"
#include "sources/ServerUserSource.h"

#include <QSet>
#include <QTimer>

UserListController::UserListController(QObject* parent)
    : QObject(parent)
    , m_searchDelay(new QTimer(this))
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(serverSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &UserListController::applySearch);
}

UserListController::~UserListController() = default;

void UserListController::setRows(UserFilterModel* filter)
{
    if (m_model)
        m_model->disconnect(this);
    m_filter = filter;
    m_model = filter ? filter->users() : nullptr;
    if (m_model)
        connect(m_model, &UserTableModel::loadFailed, this, &UserListController::loadFailed);
    m_replaced = true;
    choose();
}

UserTableModel* UserListController::model() const
{
    return m_model;
}

Connection* UserListController::connection() const
{
    return m_connection;
}

ProfileCache* UserListController::cache() const
{
    return m_cache;
}

void UserListController::setConnection(Connection* connection)
{
    if (connection == m_connection && (m_server || !connection)) {
        choose(); // the same server: its capabilities may have changed
        return;
    }
    m_connection = connection;
    disconnect(m_signedInWatch);
    m_serverColumns.clear(); // another server's columns never stay (choose() shows the change)
    if (connection) {
        auto askColumns = [this, connection] {
            if (!m_model)
                return; // listing without a table (authdesk-cli): no columns to offer
            connection->attributeColumns(this, [this, connection](const Result<QList<FieldChoice>>& columns) {
                if (connection != m_connection)
                    return;
                // None where the account may not read them: the fixed columns are all there is.
                m_serverColumns = columns.ok() ? columns.value() : QList<FieldChoice>();
                showAttributeColumns();
            });
        };
        m_signedInWatch = connect(connection, &Connection::signedIn, this, askColumns);
        if (connection->state() == Connection::State::SignedIn)
            askColumns();
    }
    auto server = connection ? std::make_unique<ServerUserSource>(connection) : nullptr;
    setServerSource(server.get());
    m_ownServer = std::move(server); // the previous one goes only once nothing reads it
}

void UserListController::setServerSource(UserSource* server)
{
    m_replaced = m_replaced || (server != m_server && m_origin == Origin::Server);
    m_server = server;
    choose();
}

void UserListController::setAttributeValuesWanted(bool wanted)
{
    if (m_model)
        m_model->setAttributeValuesWanted(wanted);
}

void UserListController::showAttributeColumns()
{
    // A cache's copy holds the lists' brief form (syncs stay fast and always compare like with
    // like), so the attribute columns come with the server's rows only.
    if (m_model)
        m_model->setAttributeColumns(m_origin == Origin::Server ? m_serverColumns : QList<FieldChoice>());
}

void UserListController::setCache(ProfileCache* cache)
{
    if (m_cache) {
        m_cache->disconnect(this);
        m_cache->source()->setScope({});
    }
    m_replaced = m_replaced || (cache != m_cache && m_origin == Origin::Cache);
    m_cache = cache;
    m_cacheProblem.clear();
    m_scopeTitle.clear(); // another cache lists everyone
    if (cache) {
        connect(cache, &ProfileCache::cacheChanged, this, [this] {
            if (readsCache())
                mergeFromCache();
            else if (m_cache && m_cache->hasCopy())
                choose(); // the first complete copy: from now on the rows come from it
            emit stateChanged();
        });
        connect(cache, &ProfileCache::freshnessChanged, this, &UserListController::choose);
    }
    choose();
}

bool UserListController::isOffline() const
{
    return m_cache && m_cache->isOffline();
}

UserSource* UserListController::source() const
{
    switch (m_origin) {
    case Origin::Cache:
        return m_cache ? m_cache->source() : nullptr;
    case Origin::Server:
        return m_server;
    case Origin::None:
        break;
    }
    return nullptr;
}

Capabilities UserListController::capabilities() const
{
    if (isOffline())
        return m_cache->capabilities();
    return m_server ? m_server->capabilities() : Capabilities();
}

UserListController::SearchMode UserListController::searchMode() const
{
    if (readsCache())
        return SearchMode::Cache;
    return capabilities().supports(Capability::ServerSearch) ? SearchMode::Server : SearchMode::LocalFilter;
}

int UserListController::searchDelayMs() const
{
    const UserSource* now = source();
    return now && now->searchesInstantly() ? 0 : serverSearchDelayMs;
}

void UserListController::setCacheProblem(const QString& problem)
{
    m_cacheProblem = problem;
    emit stateChanged();
}

QString UserListController::freshnessText() const
{
    if (!m_cache)
        return m_cacheProblem;
    if (!readsCache() && !isOffline())
        return {};
    return m_cache->statusText();
}

void UserListController::choose()
{
    const bool fromCache = m_cache && (m_cache->hasCopy() || isOffline());
    const bool listable = fromCache || capabilities().supports(Capability::ListUsers);
    const Origin origin = fromCache ? Origin::Cache : listable && m_server ? Origin::Server : Origin::None;
    // Going offline or a sync turning the copy "live" keeps the same rows: no reload, the
    // selection and scroll position stay.
    const bool same = m_chosen && !m_replaced && origin == m_origin;
    m_chosen = true;
    m_replaced = false;
    m_origin = origin;
    m_searchDelay->setInterval(searchDelayMs());
    if (!same) {
        emit sourceChanged(); // before the first page, which may fail at once
        if (m_model)
            m_model->setSource(source());
        showAttributeColumns();
        if (!m_searchText.isEmpty())
            applySearch();
    }
    emit stateChanged();
}

void UserListController::setSearch(const QString& text)
{
    m_searchText = text;
    m_searchDelay->start();
}

void UserListController::applySearch()
{
    if (!m_model || !m_filter)
        return;
    if (m_model->serverSearchActive()) {
        m_filter->setText(QString());
        m_model->setServerSearch(m_searchText.trimmed());
    } else {
        m_filter->setText(m_searchText);
    }
}

void UserListController::setStateFilter(UserFilterModel::State state)
{
    if (m_filter)
        m_filter->setState(state);
}

void UserListController::setRoleFilter(const QString& role)
{
    if (m_filter)
        m_filter->setRole(role);
}

CacheFilter UserListController::listedFilter() const
{
    CacheFilter filter = m_cache ? m_cache->source()->scope() : CacheFilter();
    if (m_filter) {
        if (m_filter->state() != UserFilterModel::State::All)
            filter.enabled = m_filter->state() == UserFilterModel::State::Enabled;
        if (!m_filter->role().isEmpty())
            filter.role = m_filter->role();
    }
    return filter;
}

UserListController::Detail UserListController::detail(const User& user, bool complete) const
{
    Detail shown;
    shown.user = user;
    shown.complete = complete;
    if (!m_cache || !m_cache->source()->isOpen())
        return shown;
    // The cache holds every attribute it saw, and what changed between syncs.
    const auto cached = m_cache->source()->user(user.id);
    if (cached && !complete && readsCache()) {
        shown.user = cached->user;
        shown.complete = isOffline(); // online, the server's current copy is still fetched
    }
    shown.cacheStatus = cached ? cached->statusText() : QString();
    const Result<QList<UserChange>> history = m_cache->source()->history(user.id);
    if (!history.ok()) {
        shown.historyState = Detail::History::Unreadable;
        shown.historyError = history.error().message;
        return shown;
    }
    shown.history = history.value();
    shown.historyState = cached ? Detail::History::Recorded : Detail::History::NotCached;
    return shown;
}

void UserListController::refresh()
{
    // F5 on a cached copy asks the server for a fresh one; the rows follow when it commits.
    if (readsCache() && m_cache && !isOffline() && m_connection)
        m_cache->sync();
    else
        reload();
}

bool UserListController::showScope(const CacheFilter& scope, const QString& title)
{
    if (!m_cache || !m_cache->hasCopy())
        return false;
    m_cache->source()->setScope(scope);
    m_scopeTitle = title;
    choose();
    reload();
    emit stateChanged();
    return true;
}

void UserListController::clearScope()
{
    if (m_scopeTitle.isEmpty())
        return;
    m_scopeTitle.clear();
    if (m_cache)
        m_cache->source()->setScope({});
    reload();
    emit stateChanged();
}

void UserListController::reload()
{
    if (m_model)
        m_model->reload();
}

void UserListController::mergeFromCache()
{
    // While a page is on its way the model is being filled from the new copy anyway.
    if (!m_cache || !m_model || m_model->isLoading())
        return;
    // A very long listing is read again from the top; a usual one is merged in place.
    constexpr int mergeLimit = 20000;
    if (m_model->rowCount() > mergeLimit) {
        m_model->reload();
        return;
    }
    UserQuery query;
    query.search = m_model->serverSearch();
    query.sortField =
        m_model->sortColumn() >= 0 ? UserTableModel::sortField(m_model->sortColumn()) : QString();
    query.sortOrder = m_model->sortOrder();
    query.offset = 0;
    query.limit = qMax(m_model->rowCount(), m_model->pageSize());
    const CachedUserSource* cached = m_cache->source();
    const Result<UserPage> fresh = cached->readPage(query, cached->scope());
    if (!fresh.ok()) {
        emit loadFailed(fresh.error());
        return;
    }
    QSet<QString> present;
    for (const User& user : fresh.value().users)
        present.insert(user.id);
    QStringList gone;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->userId(row);
        if (!present.contains(id)) {
            const auto kept = cached->user(id);
            if (!kept || kept->isDeletedOnServer())
                gone << id;
        }
    }
    for (const QString& id : std::as_const(gone))
        m_model->removeUser(id);
    m_model->appendUsers(fresh.value().users);
    emit rowsMerged();
}

void UserListController::keepInCache(const User& user)
{
    if (m_cache)
        m_cache->refreshUser(user);
}

void UserListController::created(const User& user)
{
    if (m_model)
        m_model->prependUser(user);
    keepInCache(user);
}

void UserListController::updated(const User& user)
{
    if (m_model)
        m_model->updateUser(user);
    keepInCache(user);
}

void UserListController::applied(const BulkOperation& operation)
{
    for (const BulkOperation::Item& item : operation.items()) {
        if (item.status != BulkOperation::Status::Done)
            continue;
        const bool deleted = item.kind == BulkOperation::Kind::Delete;
        if (m_model && deleted)
            m_model->removeUser(item.user.id);
        else if (m_model && item.updated.isValid())
            m_model->updateUser(item.updated);
        keepInCache(deleted ? item.user : item.updated);
    }
}

void UserListController::list(const ListRequest& request, QObject* context, ListProgress progress,
                              ListDone done)
{
    UserSource* from = source();
    if (!from) {
        done(ApiError::make(ApiError::Kind::Unsupported,
                            capabilities().reason(Capability::ListUsers).isEmpty()
                                ? tr("There is no server or cache to list users from.")
                                : capabilities().reason(Capability::ListUsers)));
        return;
    }
    // One walk over the pages, kept alive by the answer on its way (`next` holds it weakly, so
    // nothing holds itself); it ends with `done`.
    struct Walk
    {
        QPointer<UserSource> source;
        ListRequest request;
        QList<User> users;
        ListProgress progress;
        ListDone done;
        std::function<void()> next;
        PagingGuard paging;
    };
    auto walk = std::make_shared<Walk>(Walk{from, request, {}, std::move(progress), std::move(done), {}, {}});
    std::weak_ptr<Walk> weak = walk;
    walk->next = [weak, context] {
        const auto w = weak.lock();
        if (!w)
            return;
        if (!w->source) {
            w->done(ApiError::make(ApiError::Kind::Cancelled, tr("The list of users was closed.")));
            return;
        }
        UserQuery query = w->request.query;
        query.offset += w->paging.offset();
        if (w->request.max >= 0)
            query.limit = int(qMin<qint64>(query.limit, w->request.max - w->users.size()));
        w->source->fetchUsers(query, context, [w, query](const Result<UserPage>& answer) {
            if (!answer.ok()) {
                w->done(answer.error());
                return;
            }
            UserPage page = answer.value();
            // A server that repeats itself or lies about its total stops the walk with a sentence.
            const Result<PagingGuard::Next> next = w->paging.accept(query, page);
            if (!next.ok()) {
                w->done(next.error());
                return;
            }
            w->users += page.users;
            if (w->request.max >= 0 && w->users.size() > w->request.max)
                w->users.resize(w->request.max);
            if (w->progress)
                w->progress(query, page, w->users.size());
            const bool wanted = w->request.max < 0 || w->users.size() < w->request.max;
            if (w->request.everyPage && wanted && next.value() == PagingGuard::Next::Fetch) {
                w->next();
                return;
            }
            w->done(w->users);
        });
    };
    walk->next();
}
