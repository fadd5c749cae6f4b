#include "UserTableModel.h"

#include "FreedMemory.h"
#include "storage/LocaleCollation.h"
#include "values/DisplayText.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>

namespace {

using Field = UserRowStore::Field;
using Index = UserRowStore::Index;

Field fieldOf(int column)
{
    switch (column) {
    case UserTableModel::Email:
        return Field::Email;
    case UserTableModel::Name:
        return Field::Name;
    default:
        return Field::Username;
    }
}

bool isTextColumn(int column)
{
    return column == UserTableModel::Username || column == UserTableModel::Email ||
           column == UserTableModel::Name;
}

} // namespace

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_complete(DefaultCompleteCacheBytes)
{
}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setSource(UserSource* source)
{
    m_source = source;
    m_capabilities = source ? source->capabilities() : Capabilities();
    if (!serverSearchActive())
        m_search.clear();
    reload();
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
    if (m_fetchAllDone)
        finishFetchAll(ApiError::make(ApiError::Kind::Cancelled, tr("The list was reloaded.")));
    setLoading(false); // the answer in flight belongs to the old generation
    beginResetModel();
    m_store.clear();
    m_order.clear();
    m_order.shrink_to_fit();
    m_complete.clear();
    m_total = -1;
    m_serverOffset = 0;
    m_hasMore = m_source && m_capabilities.supports(Capability::ListUsers);
    endResetModel();
    m_ranks.storeChanged();
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
    return !parent.isValid() && m_hasMore && !m_loading && m_source;
}

QString UserTableModel::sortField(int column)
{
    switch (column) {
    case Username:
        return QStringLiteral("username");
    case Email:
        return QStringLiteral("email");
    case Name:
        return QStringLiteral("name");
    case Roles:
        return QStringLiteral("roles");
    case Enabled:
        return QStringLiteral("enabled");
    case Created:
        return QStringLiteral("createdAt");
    case LastLogin:
        return QStringLiteral("lastLoginAt");
    }
    return {};
}

void UserTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    UserQuery query;
    query.offset = m_serverOffset;
    query.limit = m_pageSize;
    query.search = m_search;
    query.withAttributes = m_attributeValuesWanted && !m_attributeColumns.isEmpty();
    if (serverSortActive() && m_sortColumn >= 0 && m_sortColumn < ColumnCount) {
        query.sortField = sortField(m_sortColumn);
        query.sortOrder = m_sortOrder;
    }
    const quint64 generation = m_generation;
    m_source->fetchUsers(query, this, [this, generation](const Result<UserPage>& result) {
        if (generation != m_generation)
            return; // an answer to a query that was replaced meanwhile
        setLoading(false);
        if (!result.ok()) {
            m_hasMore = false;
            emit loadFailed(result.error());
            if (m_fetchAllDone)
                finishFetchAll(result.error());
            return;
        }
        receivePage(result.value());
    });
}

void UserTableModel::receivePage(const UserPage& page)
{
    m_serverOffset += page.users.size();
    m_total = page.total;
    // Every page wanted and the total known: room for all the rows at once. Grown by doubling,
    // a million and fifty thousand users held room for two million (20 bytes each unused). A
    // server's total is believed up to 2^24 rows: room beyond the rows that come is address
    // space, never touched (Linux's default overcommit). A total that creeps up as users are
    // added meanwhile gets an eighth more, not a copy at every page.
    if (m_fetchAllDone && page.total > m_store.capacity()) {
        const qint64 wanted = std::max<qint64>(page.total, m_store.capacity() + m_store.capacity() / 8);
        const auto rows = size_t(std::min<qint64>(wanted, qint64(1) << 24));
        m_store.reserve(qsizetype(rows));
        m_order.reserve(rows);
    }
    m_hasMore = page.hasMore && !page.users.isEmpty();
    addRows(page.users);
    emit pageLoaded(rowCount(), m_total);
    if (m_fetchAllDone) {
        if (m_hasMore)
            fetchMore({});
        else
            finishFetchAll({});
    }
}

void UserTableModel::fetchAll(std::function<void(const ApiError&)> done)
{
    if (m_fetchAllDone)
        finishFetchAll(ApiError::make(ApiError::Kind::Cancelled, tr("Another export started.")));
    if (!m_hasMore) {
        done({});
        return;
    }
    m_fetchAllDone = std::move(done);
    m_deferSort = true; // one sort at the end instead of a merge per page
    if (!m_loading)
        fetchMore({});
}

void UserTableModel::cancelFetchAll()
{
    if (m_fetchAllDone)
        finishFetchAll(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void UserTableModel::finishFetchAll(const ApiError& error)
{
    auto done = std::move(m_fetchAllDone);
    m_fetchAllDone = nullptr;
    if (m_deferSort) {
        m_deferSort = false;
        if (sortsLocally())
            applyLocalSort();
    }
    // The pages' users, copied into the store and dropped: the last one only once its answer
    // has gone, after this call.
    QMetaObject::invokeMethod(this, [] { FreedMemory::giveBack(); }, Qt::QueuedConnection);
    if (done)
        done(error);
}

namespace {

constexpr qsizetype heapNode = 64; // a container's node or a text's header, with malloc's overhead

qsizetype entriesCost(const QVariantMap& map);

// Roughly what a value holds on the heap, nested maps and lists (a server's whole user object)
// included.
qsizetype heapCost(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return heapNode + 2 * value.toString().size(); // shares the text: no copy
    case QMetaType::QVariantMap:
        return heapNode + entriesCost(value.toMap());
    case QMetaType::QVariantList: {
        qsizetype cost = heapNode;
        for (const QVariant& item : value.toList())
            cost += heapCost(item);
        return cost;
    }
    default:
        return heapNode;
    }
}

// A map's keys and values, without the map itself.
qsizetype entriesCost(const QVariantMap& map)
{
    qsizetype cost = 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        cost += 2 * heapNode + 2 * it.key().size() + heapCost(it.value());
    return cost;
}

} // namespace

qsizetype UserTableModel::completeCost(const User& user)
{
    // Roughly what the copy holds on the heap: its texts (UTF-16) and the containers' nodes.
    qsizetype cost = qsizetype(sizeof(User));
    for (const QString* text : {&user.id, &user.username, &user.email, &user.firstName, &user.lastName})
        cost += heapNode + 2 * text->size();
    for (const QString& role : user.roles)
        cost += heapNode + 2 * role.size();
    cost += entriesCost(user.attributes);
    for (const UserAction& action : user.actions)
        cost += 3 * heapNode + 2 * (action.method.size() + action.href.size() + action.title.size());
    return cost;
}

void UserTableModel::cacheComplete(UserRowStore::Index index, const User& user)
{
    m_complete.insert(index, new User(user), completeCost(user));
}

void UserTableModel::addRows(const QList<User>& users)
{
    if (users.isEmpty())
        return;
    QSet<UserRowStore::Index> changed;
    std::vector<UserRowStore::Index> added;
    added.reserve(size_t(users.size()));
    const auto storeChanged = qScopeGuard([this] { m_ranks.storeChanged(); });
    for (const User& user : users) {
        const qint64 known = m_store.find(user.id);
        if (known >= 0) { // listed again (pages shift when users are added or removed meanwhile)
            m_store.replace(UserRowStore::Index(known), user);
            cacheComplete(UserRowStore::Index(known), user);
            changed << UserRowStore::Index(known);
            continue;
        }
        const UserRowStore::Index index = m_store.append(user);
        cacheComplete(index, user);
        added.push_back(index);
    }
    if (!changed.isEmpty()) {
        for (int row = 0; row < int(m_order.size()); ++row) {
            if (changed.contains(m_order[size_t(row)]))
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    if (added.empty())
        return;
    const int first = int(m_order.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_order.insert(m_order.end(), added.begin(), added.end());
    endInsertRows();
    if (sortsLocally() && !m_deferSort)
        applyLocalSort();
}

void UserTableModel::sortRows(std::vector<UserRowStore::Index>& rows) const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn < 0) { // the order rows arrived in
        std::sort(rows.begin(), rows.end());
        return;
    }
    if (m_sortColumn >= ColumnCount) { // an attribute column: its texts, ties in arrival order
        const int extra = m_sortColumn - ColumnCount;
        std::sort(rows.begin(), rows.end(), [this, descending, extra](UserRowStore::Index a, UserRowStore::Index b) {
            const int c = LocaleCollation::current().compare(QStringView(m_store.extra(a, extra)),
                                                             QStringView(m_store.extra(b, extra)));
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return a < b;
        });
        return;
    }
    if (isTextColumn(m_sortColumn)) {
        const Field field = fieldOf(m_sortColumn);
        if (!m_ranks.sort(field, descending, rows))
            UserSortRanks::sortByText(rows, [this, field](Index slot) { return m_store.bytes(slot, field); }, descending);
        return;
    }
    const size_t slotCount = size_t(m_store.size());
    switch (m_sortColumn) {
    case Roles: {
        const std::vector<quint32> rank = roleSetRanks();
        UserSortRanks::sortByKey(rows, slotCount, [&](Index slot) { return rank[m_store.roleSetId(slot)]; }, descending);
        break;
    }
    case Enabled:
        UserSortRanks::sortByKey(rows, slotCount, [&](Index slot) { return m_store.enabled(slot) ? 1u : 0u; }, descending);
        break;
    case Created:
        UserSortRanks::sortByKey(rows, slotCount, [&](Index slot) { return m_store.createdSeconds(slot); }, descending);
        break;
    case LastLogin:
        UserSortRanks::sortByKey(rows, slotCount, [&](Index slot) { return m_store.lastLoginSeconds(slot); }, descending);
        break;
    }
}

std::vector<quint32> UserTableModel::roleSetRanks() const
{
    // A few dozen distinct role sets even for a million users: rank them by their joined names.
    const QList<QStringList>& sets = m_store.roleSets();
    std::vector<quint32> bySet(size_t(sets.size()));
    for (quint32 i = 0; i < bySet.size(); ++i)
        bySet[i] = i;
    QStringList joined;
    for (const QStringList& set : sets)
        joined << set.join(QLatin1String(", "));
    // In the user's language, as the cache orders them (CachedUserSource).
    const LocaleCollation& collation = LocaleCollation::current();
    const auto compare = [&joined, &collation](quint32 a, quint32 b) {
        return collation.compare(QStringView(joined[a]), QStringView(joined[b]));
    };
    std::sort(bySet.begin(), bySet.end(), [&compare](quint32 a, quint32 b) {
        const int c = compare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<quint32> rank(bySet.size());
    for (quint32 at = 0; at < bySet.size(); ++at) {
        const bool tie = at > 0 && compare(bySet[at], bySet[at - 1]) == 0;
        rank[bySet[at]] = tie ? rank[bySet[at - 1]] : at;
    }
    return rank;
}

void UserTableModel::applyLocalSort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<UserRowStore::Index> persistentSlots;
    persistentSlots.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        persistentSlots << m_order[size_t(index.row())];
    sortRows(m_order);
    if (!persistent.isEmpty()) {
        std::vector<int> rowOfSlot(size_t(m_store.size()), -1);
        for (size_t row = 0; row < m_order.size(); ++row)
            rowOfSlot[m_order[row]] = int(row);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (int i = 0; i < persistent.size(); ++i)
            moved << index(rowOfSlot[persistentSlots[i]], persistent[i].column());
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool serverSortedBefore = serverSortActive() && m_sortColumn >= 0 && m_sortColumn < ColumnCount;
    m_sortColumn = column;
    m_sortOrder = order;
    emit sortingChanged(column, order);
    if (serverSortActive() && (column < ColumnCount || serverSortedBefore))
        reload(); // the server sends the pages in the new order (an attribute column: its own)
    else
        applyLocalSort();
}

User UserTableModel::user(int row) const
{
    const UserRowStore::Index index = m_order[size_t(row)];
    if (const User* complete = m_complete.object(index))
        return *complete;
    return m_store.skeleton(index);
}

bool UserTableModel::isComplete(int row) const
{
    return m_complete.contains(m_order[size_t(row)]);
}

QString UserTableModel::userId(int row) const
{
    return m_store.text(m_order[size_t(row)], Field::Id);
}

int UserTableModel::rowOfId(const QString& id) const
{
    const qint64 index = m_store.find(id);
    if (index < 0)
        return -1;
    const auto found = std::find(m_order.begin(), m_order.end(), UserRowStore::Index(index));
    return found == m_order.end() ? -1 : int(found - m_order.begin());
}

QList<User> UserTableModel::users() const
{
    QList<User> all;
    all.reserve(qsizetype(m_order.size()));
    for (int row = 0; row < int(m_order.size()); ++row)
        all << user(row);
    return all;
}

bool UserTableModel::updateUser(const User& user)
{
    const int row = rowOfId(user.id);
    if (row < 0)
        return false;
    const UserRowStore::Index index = m_order[size_t(row)];
    m_store.replace(index, user);
    m_ranks.storeChanged();
    cacheComplete(index, user);
    // The row stays where it is even if it would sort elsewhere now: rows do not jump away
    // from under the pointer; the next sort puts it in place.
    emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    return true;
}

void UserTableModel::removeUser(const QString& id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const UserRowStore::Index index = m_order[size_t(row)];
    beginRemoveRows({}, row, row);
    m_order.erase(m_order.begin() + row);
    m_store.remove(index);
    m_complete.remove(index);
    endRemoveRows();
    if (m_total > 0)
        --m_total;
    // The server's listing shifted by one: ask for one row too many rather than skip one.
    if (m_serverOffset > 0)
        --m_serverOffset;
}

void UserTableModel::prependUser(const User& user)
{
    if (updateUser(user))
        return;
    const UserRowStore::Index index = m_store.append(user);
    m_ranks.storeChanged();
    cacheComplete(index, user);
    beginInsertRows({}, 0, 0);
    m_order.insert(m_order.begin(), index);
    endInsertRows();
    if (m_total >= 0)
        ++m_total;
}

void UserTableModel::appendUsers(const QList<User>& users)
{
    addRows(users);
}

void UserTableModel::setUsers(const QList<User>& users, qint64 total, bool hasMore)
{
    ++m_generation;
    setLoading(false);
    beginResetModel();
    m_store.clear();
    m_order.clear();
    m_complete.clear();
    m_store.reserve(users.size());
    m_order.reserve(size_t(users.size()));
    for (const User& user : users) {
        if (m_store.find(user.id) >= 0)
            continue;
        const UserRowStore::Index index = m_store.append(user);
        cacheComplete(index, user);
        m_order.push_back(index);
    }
    m_total = total;
    m_hasMore = hasMore && m_source;
    m_serverOffset = users.size();
    if (sortsLocally())
        sortRows(m_order);
    endResetModel();
    m_ranks.storeChanged();
    emit pageLoaded(rowCount(), m_total);
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_attributeColumns.size());
}

bool UserTableModel::sortsLocally() const
{
    return m_sortColumn >= 0 && (!serverSortActive() || m_sortColumn >= ColumnCount);
}

void UserTableModel::setAttributeColumns(const QList<FieldChoice>& columns)
{
    const auto same = [](const FieldChoice& a, const FieldChoice& b) { return a.value == b.value && a.label == b.label; };
    if (std::equal(columns.cbegin(), columns.cend(), m_attributeColumns.cbegin(), m_attributeColumns.cend(), same))
        return;
    const bool sortedByAttribute = m_sortColumn >= ColumnCount;
    beginResetModel();
    m_attributeColumns = columns;
    keepAttributeTexts();
    if (sortedByAttribute) { // back to the order rows arrived in: the column is another one now
        m_sortColumn = -1;
        sortRows(m_order);
    }
    endResetModel();
    if (sortedByAttribute)
        emit sortingChanged(m_sortColumn, m_sortOrder);
    if (m_attributeValuesWanted && !columns.isEmpty())
        reload(); // the rows hold no texts for these columns yet
}

void UserTableModel::setAttributeValuesWanted(bool wanted)
{
    if (wanted == m_attributeValuesWanted)
        return;
    m_attributeValuesWanted = wanted;
    keepAttributeTexts();
    if (wanted && !m_attributeColumns.isEmpty())
        reload(); // the rows so far came without their attributes
}

void UserTableModel::keepAttributeTexts()
{
    // Texts only while wanted: otherwise a million rows would each hold a list of empty ones.
    QStringList paths;
    if (m_attributeValuesWanted) {
        for (const FieldChoice& column : std::as_const(m_attributeColumns))
            paths << column.value;
    }
    if (paths != m_store.extraColumns())
        m_store.setExtraColumns(paths);
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size()))
        return {};
    const UserRowStore::Index slot = m_order[size_t(index.row())];
    switch (role) {
    case UserRole:
        return QVariant::fromValue(user(index.row()));
    case IdRole:
        return m_store.text(slot, Field::Id);
    case CompleteRole:
        return m_complete.contains(slot);
    case Qt::ToolTipRole:
        if (index.column() == Enabled && !m_store.enabled(slot))
            return tr("This account is disabled: it cannot sign in.");
        if (index.column() == Roles && !m_store.roles(slot).isEmpty())
            return m_store.roles(slot).join(QLatin1Char('\n'));
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    auto date = [role](const QDateTime& when) -> QVariant {
        if (role == SortRole)
            return when.isValid() ? when.toSecsSinceEpoch() : qint64(0);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case Username:
        return DisplayText::escaped(m_store.text(slot, Field::Username));
    case Email:
        return DisplayText::escaped(m_store.text(slot, Field::Email));
    case Name:
        return DisplayText::escaped(m_store.text(slot, Field::Name));
    case Roles:
        return DisplayText::escaped(m_store.roles(slot).join(QLatin1String(", ")));
    case Enabled:
        if (role == SortRole)
            return m_store.enabled(slot);
        return m_store.enabled(slot) ? tr("Enabled") : tr("Disabled");
    case Created:
        return date(m_store.createdAt(slot));
    case LastLogin:
        return date(m_store.lastLoginAt(slot));
    }
    if (index.column() >= ColumnCount)
        return DisplayText::escaped(m_store.extra(slot, index.column() - ColumnCount));
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section >= ColumnCount && section < columnCount()) {
        const FieldChoice& column = m_attributeColumns.at(section - ColumnCount);
        if (role == Qt::DisplayRole)
            return column.label;
        return tr("The server's attribute %1. Click to sort the loaded users.").arg(column.value);
    }
    if (role == Qt::ToolTipRole) {
        return serverSortActive() ? tr("Click to sort: the server sorts every user.")
                                  : tr("Click to sort the loaded users (this server cannot sort).");
    }
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
