#include "UsersPage.h"

#include "BulkActionDialog.h"
#include "DisableDialog.h"
#include "RolesDialog.h"
#include "UserDetailPanel.h"
#include "UserEditDialog.h"
#include "cache/ProfileCache.h"
#include "common/Prompt.h"
#include "export/UserExporter.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"
#include "keys/ApiKeysPage.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"
#include "sessions/SessionsTab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new UserTableModel(this))
    , m_filter(new UserFilterModel(this))
    , m_table(new QTableView(this))
    , m_detail(new UserDetailPanel(this))
    , m_sessions(new SessionsTab(this))
    , m_keys(new ApiKeysPage(this))
    , m_search(new QLineEdit(this))
    , m_searchMode(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_roleFilter(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_detailDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &UsersPage::showColumnMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);

    UserDetailPanel::host(m_detail->sessionsTab(), m_sessions);
    UserDetailPanel::host(m_detail->apiKeysTab(), m_keys);
    connect(m_detail, &UserDetailPanel::actionRequested, this, &UsersPage::serverAction);

    auto makeAction = [this](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_create = makeAction(QStringLiteral("actionUserCreate"), tr("New user…"), QKeySequence::New,
                          &UsersPage::createUser);
    m_edit = makeAction(QStringLiteral("actionUserEdit"), tr("Edit…"), QKeySequence(Qt::Key_F2),
                        &UsersPage::editUser);
    m_roles = makeAction(QStringLiteral("actionUserRoles"), tr("Roles…"), {}, &UsersPage::editRoles);
    m_enable = makeAction(QStringLiteral("actionUserEnable"), tr("Enable"), {}, [this] { setEnabled(true); });
    m_disable =
        makeAction(QStringLiteral("actionUserDisable"), tr("Disable"), {}, [this] { setEnabled(false); });
    m_delete = makeAction(QStringLiteral("actionUserDelete"), tr("Delete…"), QKeySequence::Delete,
                          &UsersPage::deleteUsers);
    m_copy = makeAction(QStringLiteral("actionUserCopy"), tr("Copy rows"), QKeySequence::Copy,
                        &UsersPage::copyRows);
    m_export = makeAction(QStringLiteral("actionUserExport"), tr("Export…"),
                          QKeySequence(Qt::CTRL | Qt::Key_E), &UsersPage::exportRows);
    m_refresh = makeAction(QStringLiteral("actionUserRefresh"), tr("Refresh"), QKeySequence::Refresh,
                           &UsersPage::refresh);
    makeAction(QStringLiteral("actionUserFind"), tr("Find"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_addRoleMenu = new QMenu(tr("Add role to selected"), this);
    m_addRoleMenu->setObjectName(QStringLiteral("addRoleMenu"));
    m_removeRoleMenu = new QMenu(tr("Remove role from selected"), this);
    m_removeRoleMenu->setObjectName(QStringLiteral("removeRoleMenu"));
    connect(m_addRoleMenu, &QMenu::aboutToShow, this, [this] { fillRoleMenu(m_addRoleMenu, true); });
    connect(m_removeRoleMenu, &QMenu::aboutToShow, this, [this] { fillRoleMenu(m_removeRoleMenu, false); });
    auto* rolesMenu = new QMenu(this);
    rolesMenu->addAction(m_roles);
    rolesMenu->addSeparator();
    rolesMenu->addMenu(m_addRoleMenu);
    rolesMenu->addMenu(m_removeRoleMenu);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({m_edit, m_roles, m_addRoleMenu->menuAction(), m_removeRoleMenu->menuAction(),
                         m_enable, m_disable, m_delete, separator, m_copy, m_export, m_refresh});

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("usersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_create, m_edit});
    auto* rolesButton = new QToolButton(toolbar);
    rolesButton->setObjectName(QStringLiteral("rolesButton"));
    rolesButton->setDefaultAction(m_roles);
    rolesButton->setMenu(rolesMenu);
    rolesButton->setPopupMode(QToolButton::MenuButtonPopup);
    toolbar->addWidget(rolesButton);
    toolbar->addActions({m_enable, m_disable, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_export, m_refresh});

    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchMode->setObjectName(QStringLiteral("searchMode"));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItems({tr("All users"), tr("Enabled only"), tr("Disabled only")});
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(tr("Any role"));
    m_roleFilter->setToolTip(tr("Show only users holding this role or scope (among the loaded rows)"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(serverSearchDelayMs); // chooseSource() sets it per source
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(150); // arrowing through rows does not ask the server for each one
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::applySearch);
    connect(m_detailDelay, &QTimer::timeout, this, [this] { loadDetail(false); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setState(UserFilterModel::State(index)); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setRole(index <= 0 ? QString() : m_roleFilter->itemText(index)); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_searchMode);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_roleFilter);

    m_info->setObjectName(QStringLiteral("usersInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_banner->setObjectName(QStringLiteral("freshnessBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_info);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    // Enter opens the row's detail (every attribute, sessions, keys, history); a double-click or
    // F2 edits it.
    connect(m_table, &QTableView::activated, this, [this, splitter] {
        if (splitter->sizes().value(1) == 0) // the panel was collapsed: bring it back
            splitter->setSizes({splitter->width() * 3 / 5, splitter->width() * 2 / 5});
        loadDetail(true);
        m_detail->showOverview();
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_model, &UserTableModel::pageLoaded, this, [this](int rows, qint64 total) {
        m_info->setText(total >= 0 ? tr("%L1 of %Ln user(s) loaded", nullptr, int(total)).arg(rows)
                                   : tr("%Ln user(s) loaded", nullptr, rows));
        if (!m_reportedLoad)
            m_table->resizeColumnsToContents();
        // The role filter offers every role seen so far.
        const QStringList roles = m_model->knownRoles();
        for (const QString& role : roles) {
            if (m_roleFilter->findText(role) < 0)
                m_roleFilter->addItem(role);
        }
        emit statusMessage(QString());
        if (!m_reportedLoad) {
            m_reportedLoad = true;
            if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
                m_table->selectRow(0); // the detail panel is never empty when there is someone to show
            emit usersLoaded(rows);
        }
        updateActions();
    });
    connect(m_model, &UserTableModel::loadFailed, this, [this](const ApiError& error) {
        m_info->setText(tr("Could not load users: %1").arg(error.message));
    });
    connect(m_model, &UserTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            emit statusMessage(tr("Loading users…"));
    });
    updateActions();
}

void UsersPage::setConnection(Connection* connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (connection) // servers that define their own roles (Glewlwyd's scopes) say so after sign-in
        connect(connection, &Connection::roleDefinitionsChanged, this, &UsersPage::showRoleDefinitions);
    chooseSource();
}

void UsersPage::showRoleDefinitions()
{
    const QString chosen = m_roleFilter->currentText();
    while (m_roleFilter->count() > 1)
        m_roleFilter->removeItem(1);
    if (!m_connection)
        return;
    for (const RoleDefinition& role : m_connection->roleSet().roles)
        m_roleFilter->addItem(role.name);
    for (const QString& seen : m_model->knownRoles()) { // and any other the loaded users hold
        if (m_roleFilter->findText(seen) < 0)
            m_roleFilter->addItem(seen);
    }
    const int again = m_roleFilter->findText(chosen);
    m_roleFilter->setCurrentIndex(again >= 0 ? again : 0);
    m_detail->setRoleDefinitions(m_connection->roleSet().roles);
}

void UsersPage::setCache(ProfileCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (cache) {
        connect(cache, &ProfileCache::cacheChanged, this, [this] {
            if (m_readingCache)
                mergeFromCache();
            else if (m_cache && m_cache->hasCopy())
                chooseSource(); // the first complete copy: from now on the table reads it
            updateBanner();
        });
        connect(cache, &ProfileCache::freshnessChanged, this, [this] { chooseSource(); });
    }
    chooseSource();
}

bool UsersPage::isOffline() const
{
    return m_cache && m_cache->isOffline();
}

Capabilities UsersPage::capabilities() const
{
    if (isOffline())
        return m_cache->capabilities();
    return m_connection ? m_connection->capabilities() : Capabilities();
}

void UsersPage::chooseSource()
{
    const bool fromCache = m_cache && (m_cache->hasCopy() || isOffline());
    const Capabilities caps = capabilities();
    const bool listable = fromCache || caps.supports(Capability::ListUsers);
    Connection* server = listable && !fromCache ? m_connection.data() : nullptr;
    // Going offline or a sync turning the copy "live" keeps the same rows: no reload, the
    // selection and scroll position stay.
    const void* source = fromCache ? static_cast<const void*>(m_cache.data()) : server;
    const bool sameSource = m_sourceChosen && source == m_source && fromCache == m_readingCache;
    m_sourceChosen = true;
    m_source = source;
    m_readingCache = fromCache;
    const bool serverSearch = !fromCache && caps.supports(Capability::ServerSearch);
    // A server gets one request per pause in typing, not per key; the cache answers a search
    // in milliseconds even on a million users, so it is asked on every keystroke (the timer
    // still folds a paste into one search).
    m_searchDelay->setInterval(fromCache ? 0 : serverSearchDelayMs);
    m_searchMode->setText(fromCache      ? tr("Cache search")
                          : serverSearch ? tr("Server search")
                                         : tr("Local filter"));
    m_searchMode->setToolTip(
        fromCache      ? tr("Every cached user is searched as you type, by the words' beginnings.")
        : serverSearch ? tr("The server searches all its users as you type.")
                       : tr("This server cannot search: only the loaded rows are filtered."));
    m_search->setEnabled(listable);
    m_detail->setActionsFromServer(caps.supports(Capability::UserActionsFromLinks));
    if (!sameSource) {
        m_reportedLoad = false;
        m_detail->setUser(User());
        if (m_connection && !listable)
            m_info->setText(caps.reason(Capability::ListUsers));
        else
            m_info->setText(listable ? tr("Loading users…")
                                     : tr("Choose or create a profile to see its users."));
        showRoleDefinitions();
        if (fromCache)
            m_model->setPageLoader(m_cache->pageLoader(), m_cache->capabilities());
        else
            m_model->setConnection(server);
        if (!m_search->text().isEmpty())
            applySearch();
    }
    showSelected();
    updateBanner();
    updateActions();
}

void UsersPage::updateBanner()
{
    if (!m_cache || (!m_readingCache && !isOffline())) {
        m_banner->hide();
        return;
    }
    m_banner->setText(m_cache->statusText());
    // Offline stands out; a cached or live copy is stated plainly.
    m_banner->setStyleSheet(
        isOffline() ? QStringLiteral("background:#fff3cd; color:#5c4400; border-bottom:1px solid #e0c060;")
                    : QStringLiteral("background:palette(alternate-base);"));
    m_banner->show();
}

void UsersPage::mergeFromCache()
{
    // While a page is on its way the model is being filled from the new copy anyway.
    if (!m_cache || !m_readingCache || m_model->isLoading())
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
    const UserPage fresh = m_cache->source()->page(query);
    QSet<QString> present;
    for (const User& user : fresh.users)
        present.insert(user.id);
    QStringList gone;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->userId(row);
        if (!present.contains(id)) {
            const auto cached = m_cache->source()->user(id);
            if (!cached || cached->isDeletedOnServer())
                gone << id;
        }
    }
    for (const QString& id : std::as_const(gone))
        m_model->removeUser(id);
    m_model->appendUsers(fresh.users);
    showSelected();
}

void UsersPage::changedOnServer(const User& user)
{
    if (m_cache)
        m_cache->refreshUser(user);
}

void UsersPage::refresh()
{
    // F5 on a cached copy asks the server for a fresh one; the table follows when it commits.
    if (m_readingCache && m_cache && !isOffline() && m_connection)
        m_cache->sync();
    else
        m_model->reload();
}

void UsersPage::applySearch()
{
    if (m_model->serverSearchActive()) {
        m_filter->setText(QString());
        m_model->setServerSearch(m_search->text().trimmed());
    } else {
        m_filter->setText(m_search->text());
    }
}

QList<User> UsersPage::selectedUsers() const
{
    QList<User> users;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    users.reserve(rows.size());
    for (const QModelIndex& index : rows)
        users << m_model->user(m_filter->mapToSource(index).row());
    return users;
}

void UsersPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ++m_detailRequest;
    if (rows.size() != 1) {
        m_detail->setCacheStatus(QString());
        m_detail->setUser(User());
        m_detail->setHistory({}, QString());
        m_sessions->show(nullptr, User());
        m_keys->showOwner(nullptr, User());
        return;
    }
    const int row = m_filter->mapToSource(rows.first()).row();
    User user = m_model->user(row);
    bool complete = m_model->isComplete(row);
    if (m_cache && m_cache->source()->isOpen()) {
        // The cache holds every attribute it saw, and what changed between syncs.
        const auto cached = m_cache->source()->user(user.id);
        if (cached && !complete && m_readingCache) {
            user = cached->user;
            complete = isOffline(); // online, the server's current copy is still fetched
        }
        m_detail->setCacheStatus(cached ? cached->statusText() : QString());
        m_detail->setHistory(m_cache->source()->history(user.id),
                             cached ? tr("Changes found by syncs of the local cache, newest first.")
                                    : tr("Not in the local cache yet: sync to start its history."));
    } else {
        m_detail->setCacheStatus(QString());
        m_detail->setHistory({}, tr("History is recorded by the local cache, which is not open."));
    }
    const bool fetch = !complete && capabilities().supports(Capability::GetUser);
    m_detail->setUser(user, !fetch);
    m_detailDelay->start();
}

void UsersPage::loadDetail(bool force)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int row = m_filter->mapToSource(rows.first()).row();
    const User user = m_model->user(row);
    Connection* live = isOffline() ? nullptr : m_connection.data();
    m_sessions->show(live, user);
    if (live && live->capabilities().supports(Capability::ListApiKeys))
        m_keys->showOwner(live, user);
    if (!live || !live->capabilities().supports(Capability::GetUser) || (m_model->isComplete(row) && !force))
        return;
    const quint64 ticket = m_detailRequest;
    live->getUser(user, this, [this, user, ticket](const Result<User>& result) {
        if (!result.ok()) {
            if (ticket == m_detailRequest)
                m_detail->setUser(m_detail->user(), true);
            emit statusMessage(tr("Could not load %1: %2").arg(user.displayName(), result.error().message));
            return;
        }
        m_model->updateUser(result.value());
        if (ticket == m_detailRequest) {
            m_detail->setUser(result.value(), true);
            updateActions();
        }
    });
}

void UsersPage::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    // Where the server says per user what may be done (Gemini's _links), a complete user's
    // links decide; otherwise the capability set does.
    const User shown = m_detail->user();
    const Capabilities caps = capabilities();
    const bool linksDecide = m_connection && selected == 1 && shown.isValid() && !shown.actions.isEmpty() &&
                             caps.supports(Capability::UserActionsFromLinks);
    auto gate = [&](QAction* action, Capability capability, bool selectionOk, QLatin1StringView link = {}) {
        bool supported = (m_connection || isOffline()) && caps.supports(capability);
        QString why = !m_connection && !isOffline() ? tr("Not connected")
                      : supported                   ? action->text()
                                                    : caps.reason(capability);
        if (supported && linksDecide && !link.isEmpty() && !shown.actions.contains(link)) {
            supported = false;
            why = tr("The server does not allow this on %1 for your account.").arg(shown.displayName());
        }
        action->setEnabled(supported && selectionOk);
        action->setToolTip(why);
    };
    gate(m_create, Capability::CreateUser, true);
    gate(m_edit, Capability::UpdateUser, selected == 1, UserActionName::edit);
    gate(m_roles, Capability::SetRoles, selected == 1, UserActionName::scopes);
    gate(m_enable, Capability::SetEnabled, selected >= 1, UserActionName::edit);
    gate(m_disable, Capability::SetEnabled, selected >= 1, UserActionName::edit);
    gate(m_delete, Capability::DeleteUser, selected >= 1, UserActionName::remove);
    gate(m_refresh, Capability::ListUsers, true);
    const bool roles = m_connection && caps.supports(Capability::SetRoles) && selected >= 1;
    m_addRoleMenu->setEnabled(roles);
    m_removeRoleMenu->setEnabled(roles);
    m_copy->setEnabled(selected >= 1);
    m_export->setEnabled(m_filter->rowCount() > 0);
}

void UsersPage::createUser()
{
    if (!m_connection)
        return;
    auto* dialog = new UserEditDialog(m_connection, User(), this);
    Prompt::open(dialog, [this, dialog] {
        m_model->prependUser(dialog->result());
        changedOnServer(dialog->result());
        emit statusMessage(tr("Created %1").arg(dialog->result().displayName()));
    });
}

void UsersPage::editUser()
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.size() != 1 || !m_edit->isEnabled())
        return;
    auto* dialog = new UserEditDialog(
        m_connection, m_detail->user().id == users.first().id ? m_detail->user() : users.first(), this);
    Prompt::open(dialog, [this, dialog] {
        m_model->updateUser(dialog->result());
        changedOnServer(dialog->result());
        m_detail->setUser(dialog->result());
        emit statusMessage(tr("Saved %1").arg(dialog->result().displayName()));
    });
}

void UsersPage::editRoles()
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.size() != 1 || !m_roles->isEnabled())
        return;
    auto* dialog = new RolesDialog(
        m_connection, m_detail->user().id == users.first().id ? m_detail->user() : users.first(), this);
    Prompt::open(dialog, [this, dialog] {
        m_model->updateUser(dialog->result());
        changedOnServer(dialog->result());
        m_detail->setUser(dialog->result());
        emit statusMessage(tr("Roles of %1 saved").arg(dialog->result().displayName()));
    });
}

void UsersPage::deleteUsers()
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.isEmpty() || !m_delete->isEnabled())
        return;
    auto makeOperation = [this, users] {
        auto* operation = new BulkOperation(BulkOperation::Kind::Delete, users);
        operation->setConnection(m_connection);
        return operation;
    };
    if (users.size() > 1) {
        run(makeOperation(), true); // the preview names every user and is the confirmation
        return;
    }
    const User& user = users.first();
    const QString question = tr("Delete the user %1 (%2) on the server? This cannot be undone.")
                                 .arg(user.displayName(), user.email.isEmpty() ? user.username : user.email);
    Prompt::confirm(this, tr("Delete user"), question, [this, makeOperation] {
        if (m_connection)
            run(makeOperation(), false);
    });
}

void UsersPage::setEnabled(bool enabled)
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.isEmpty())
        return;
    auto* operation =
        new BulkOperation(enabled ? BulkOperation::Kind::Enable : BulkOperation::Kind::Disable, users);
    operation->setConnection(m_connection);
    const bool bulk = users.size() > 1;
    const Capabilities capabilities = m_connection->capabilities();
    if (enabled || (!capabilities.supports(Capability::DisableReason) &&
                    !capabilities.supports(Capability::DisableExpiry))) {
        run(operation, bulk);
        return;
    }
    // The server records a reason and an end: ask for them first. Cancel sends nothing.
    auto* dialog = new DisableDialog(capabilities, operation->title(), this);
    operation->setParent(dialog); // deleted with a cancelled dialog; run() takes it over otherwise
    Prompt::open(dialog, [this, dialog, operation, bulk] {
        operation->setDisableRequest(dialog->request());
        if (m_connection)
            run(operation, bulk);
    });
}

void UsersPage::changeRole(bool add, const QString& role)
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.isEmpty())
        return;
    auto* operation =
        new BulkOperation(add ? BulkOperation::Kind::AddRole : BulkOperation::Kind::RemoveRole, users, role);
    operation->setConnection(m_connection);
    run(operation, true);
}

void UsersPage::run(BulkOperation* operation, bool previewFirst)
{
    connect(operation, &BulkOperation::finished, this, [this, operation] { applied(operation); });
    if (previewFirst) {
        auto* dialog = new BulkActionDialog(operation, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    operation->setParent(this);
    connect(operation, &BulkOperation::finished, operation, &QObject::deleteLater);
    emit statusMessage(operation->title() + QStringLiteral("…"));
    operation->start();
}

void UsersPage::applied(BulkOperation* operation)
{
    using S = BulkOperation::Status;
    QStringList lines;
    for (const BulkOperation::Item& item : operation->items()) {
        if (item.status == S::Done) {
            if (operation->kind() == BulkOperation::Kind::Delete)
                m_model->removeUser(item.user.id);
            else if (item.updated.isValid())
                m_model->updateUser(item.updated);
            changedOnServer(operation->kind() == BulkOperation::Kind::Delete ? item.user : item.updated);
        }
        QString verdict;
        switch (item.status) {
        case S::Done:
            switch (operation->kind()) {
            case BulkOperation::Kind::Delete:
                verdict = tr("deleted");
                break;
            case BulkOperation::Kind::Enable:
                verdict = tr("enabled");
                break;
            case BulkOperation::Kind::Disable:
                verdict = tr("disabled");
                break;
            default:
                verdict = tr("roles now %1").arg(item.updated.roles.join(QLatin1String(", ")));
                break;
            }
            break;
        case S::Failed:
            verdict = tr("failed — %1").arg(item.message);
            break;
        default:
            verdict = BulkOperation::statusText(item.status);
            if (!item.message.isEmpty())
                verdict += QStringLiteral(" — ") + item.message;
        }
        lines << QStringLiteral("%1: %2").arg(item.user.displayName(), verdict);
    }
    const int failed = operation->count(S::Failed);
    const QString summary = tr("%1: %2 of %3 done")
                                .arg(operation->title())
                                .arg(operation->count(S::Done))
                                .arg(operation->items().size()) +
                            (failed ? tr(", %n failed", nullptr, failed) : QString());
    // A short report in full; a long one as counts (the dialog kept the per-user rows).
    m_info->setText(lines.size() <= 5 ? lines.join(QLatin1Char('\n')) : summary);
    emit statusMessage(summary);
    showSelected();
    updateActions();
}

void UsersPage::fillRoleMenu(QMenu* menu, bool add)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    if (!m_connection)
        return;
    const RoleSet roleSet = m_connection->roleSet();
    QList<RoleDefinition> roles = roleSet.roles;
    for (const QString& seen : m_model->knownRoles()) {
        if (std::none_of(roles.cbegin(), roles.cend(),
                         [&](const RoleDefinition& r) { return r.name == seen; })) {
            RoleDefinition extra;
            extra.name = seen;
            roles << extra;
        }
    }
    const bool single = roleSet.exactlyOne();
    for (const RoleDefinition& role : std::as_const(roles)) {
        QAction* action =
            menu->addAction(role.name, this, [this, add, name = role.name] { changeRole(add, name); });
        action->setObjectName((add ? QStringLiteral("addRole_") : QStringLiteral("removeRole_")) + role.name);
        if (!role.assignable) {
            action->setEnabled(false);
            action->setToolTip(role.whyReadOnly);
        } else if (!add && single) {
            action->setEnabled(false);
            action->setToolTip(
                tr("Every user holds exactly one; add another one instead, which replaces it."));
        } else if (!role.description.isEmpty()) {
            action->setToolTip(role.description);
        }
    }
}

void UsersPage::serverAction(const QString& name)
{
    if (name == UserActionName::edit)
        editUser();
    else if (name == UserActionName::remove)
        deleteUsers();
    else if (name == UserActionName::scopes)
        editRoles();
    else if (name == UserActionName::sessions || name == UserActionName::revokeSessions)
        m_detail->tabs()->setCurrentWidget(m_detail->sessionsTab());
    else if (name == UserActionName::reload)
        loadDetail(true);
}

void UsersPage::showColumnMenu(const QPoint& where)
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->addSection(tr("Columns"));
    int visible = 0;
    for (int column = 0; column < m_filter->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        QAction* action = menu->addAction(m_filter->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1); // one column always stays
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
    menu->popup(header->mapToGlobal(where));
}

void UsersPage::copyRows()
{
    QHeaderView* header = m_table->horizontalHeader();
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& index : std::as_const(rows)) {
        QStringList cells;
        // The columns as the administrator sees them: in their order, hidden ones left out.
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            cells << m_filter->index(index.row(), column)
                         .data()
                         .toString()
                         .replace(QLatin1Char('\t'), QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n row(s)", nullptr, int(lines.size())));
}

void UsersPage::exportRows()
{
    if (!m_export->isEnabled())
        return;
    Prompt::saveFile(this, tr("Export users"), QDir::home().filePath(QStringLiteral("users.csv")),
                     tr("CSV (*.csv);;JSON (*.json)"),
                     [this](const QString& path, const QString& filter) { exportTo(path, filter); });
}

void UsersPage::exportTo(const QString& path, const QString& selectedFilter)
{
    auto* exporter = new UserExporter(m_model, m_filter, this);
    auto* progress = new QProgressDialog(tr("Exporting users…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export users"));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    m_export->setEnabled(false);
    connect(progress, &QProgressDialog::canceled, exporter, &UserExporter::cancel);
    connect(exporter, &UserExporter::progress, progress,
            [progress](UserExporter::Phase phase, qint64 done, qint64 total) {
                progress->setLabelText(
                    phase == UserExporter::Phase::Fetching
                        ? (total >= 0
                               ? tr("Fetching every page: %L1 of %Ln user(s)", nullptr, int(total)).arg(done)
                               : tr("Fetching every page: %Ln user(s)", nullptr, int(done)))
                        : tr("Writing %L1 of %Ln user(s)", nullptr, int(total)).arg(done));
                progress->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
                progress->setValue(int(qMin<qint64>(done, INT_MAX)));
            });
    connect(exporter, &UserExporter::finished, this,
            [this, exporter, progress, path](bool ok, const QString& message, qint64 rows) {
                progress->deleteLater();
                exporter->deleteLater();
                m_export->setEnabled(true);
                const QString file = QDir::toNativeSeparators(path);
                const QString text = ok ? tr("Exported %Ln user(s) to %1", nullptr, int(rows)).arg(file)
                                        : tr("Export not written: %1").arg(message);
                m_info->setText(text);
                emit statusMessage(text);
            });
    exporter->start(path, selectedFilter.contains(QLatin1String("json")) ? UserExporter::Format::Json
                                                                         : UserExporter::formatFor(path));
}
