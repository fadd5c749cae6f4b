#include "UsersPage.h"

#include "ListBanners.h"
#include "UserActions.h"
#include "UserColumnChooser.h"
#include "UserDetailPanel.h"
#include "UserExportProgress.h"
#include "common/Prompt.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"
#include "keys/ApiKeysPage.h"
#include "listing/UserListController.h"
#include "remote/Connection.h"
#include "sessions/SessionsTab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_users(new UserListController(this))
    , m_model(new UserTableModel(this))
    , m_filter(new UserFilterModel(this))
    , m_table(new QTableView(this))
    , m_detail(new UserDetailPanel(this))
    , m_sessions(new SessionsTab(this))
    , m_keys(new ApiKeysPage(this))
    , m_actions(new UserActions(
          m_users, this, [this] { return selectedUsers(); }, [this] { return m_detail->user(); }))
    , m_search(new QLineEdit(this))
    , m_searchMode(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_roleFilter(new QComboBox(this))
    , m_info(new QLabel(this))
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
    new UserColumnChooser(m_table, m_model, m_users, this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);

    UserDetailPanel::host(m_detail->sessionsTab(), m_sessions);
    UserDetailPanel::host(m_detail->apiKeysTab(), m_keys);
    connect(m_detail, &UserDetailPanel::actionRequested, this, &UsersPage::serverAction);

    m_actions->onStatus = [this](const QString& message) { emit statusMessage(message); };
    m_actions->onReport = [this](const QString& text) { showMessage(text); };
    m_actions->onSaved = [this](const User& user) { m_detail->setUser(user); };
    m_actions->onFinished = [this] {
        showSelected();
        updateActions();
    };
    m_copy =
        UserActions::addAction(this, QStringLiteral("actionUserCopy"), tr("Copy rows"), QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &UsersPage::copyRows);
    m_export = UserActions::addAction(this, QStringLiteral("actionUserExport"), tr("Export…"),
                                      QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &UsersPage::exportRows);
    m_refresh = UserActions::addAction(this, QStringLiteral("actionUserRefresh"), tr("Refresh"),
                                       QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &UsersPage::refresh);
    connect(UserActions::addAction(this, QStringLiteral("actionUserFind"), tr("Find"), QKeySequence::Find),
            &QAction::triggered, this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({m_actions->edit(), m_actions->roles(), m_actions->addRoleMenu()->menuAction(),
                         m_actions->removeRoleMenu()->menuAction(), m_actions->enable(), m_actions->disable(),
                         m_actions->remove(), separator, m_copy, m_export, m_refresh});

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("usersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_actions->create(), m_actions->edit()});
    auto* rolesButton = new QToolButton(toolbar);
    rolesButton->setObjectName(QStringLiteral("rolesButton"));
    rolesButton->setDefaultAction(m_actions->roles());
    rolesButton->setMenu(m_actions->rolesMenu());
    rolesButton->setPopupMode(QToolButton::MenuButtonPopup);
    toolbar->addWidget(rolesButton);
    toolbar->addActions({m_actions->enable(), m_actions->disable(), m_actions->remove()});
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
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(150); // arrowing through rows does not ask the server for each one
    connect(m_search, &QLineEdit::textChanged, m_users, &UserListController::setSearch);
    connect(m_detailDelay, &QTimer::timeout, this, [this] { loadDetail(false); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_users->setStateFilter(UserFilterModel::State(index)); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_users->setRoleFilter(index <= 0 ? QString() : m_roleFilter->itemText(index));
    });

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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new ListBanners(m_users, this));
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
    connect(m_table, &QTableView::doubleClicked, m_actions->edit(), &QAction::trigger);
    connect(m_model, &UserTableModel::pageLoaded, this, &UsersPage::pageLoaded);
    connect(m_filter, &UserFilterModel::filterChanged, this, [this] {
        if (m_showingCounts) // never over a report, an error or what a server cannot do
            showCounts();
        // The selected user, if still shown, stays in sight (the rows before it may be gone).
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            m_table->scrollTo(current);
    });
    connect(m_model, &UserTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            emit statusMessage(tr("Loading users…"));
    });
    connect(m_users, &UserListController::loadFailed, this, [this](const ApiError& error) {
        showMessage(tr("Could not load users: %1").arg(error.message));
    });
    connect(m_users, &UserListController::sourceChanged, this, &UsersPage::sourceChanged);
    connect(m_users, &UserListController::stateChanged, this, &UsersPage::stateChanged);
    connect(m_users, &UserListController::rowsMerged, this, &UsersPage::showSelected);
    m_users->setRows(m_filter);
}

void UsersPage::setConnection(Connection* connection)
{
    if (m_users->connection())
        m_users->connection()->disconnect(this);
    if (connection) // servers that define their own roles (Glewlwyd's scopes) say so after sign-in
        connect(connection, &Connection::roleDefinitionsChanged, this, &UsersPage::showRoleDefinitions);
    m_users->setConnection(connection);
}

void UsersPage::setCache(ProfileCache* cache)
{
    m_users->setCache(cache);
}

void UsersPage::showRoleDefinitions()
{
    const QString chosen = m_roleFilter->currentText();
    while (m_roleFilter->count() > 1)
        m_roleFilter->removeItem(1);
    Connection* connection = m_users->connection();
    if (!connection)
        return;
    for (const RoleDefinition& role : connection->roleSet().roles)
        m_roleFilter->addItem(role.name);
    for (const QString& seen : m_model->knownRoles()) { // and any other the loaded users hold
        if (m_roleFilter->findText(seen) < 0)
            m_roleFilter->addItem(seen);
    }
    const int again = m_roleFilter->findText(chosen);
    m_roleFilter->setCurrentIndex(again >= 0 ? again : 0);
    m_detail->setRoleDefinitions(connection->roleSet().roles);
}

void UsersPage::sourceChanged()
{
    m_reportedLoad = false;
    m_detail->setUser(User());
    const bool listable = m_users->origin() != UserListController::Origin::None;
    showMessage(listable                ? tr("Loading users…")
                    : m_users->connection() ? m_users->capabilities().reason(Capability::ListUsers)
                                            : tr("Choose or create a profile to see its users."));
    showRoleDefinitions();
}

void UsersPage::stateChanged()
{
    switch (m_users->searchMode()) {
    case UserListController::SearchMode::Cache:
        m_searchMode->setText(tr("Cache search"));
        m_searchMode->setToolTip(tr("Every cached user is searched as you type, by the words' beginnings."));
        break;
    case UserListController::SearchMode::Server:
        m_searchMode->setText(tr("Server search"));
        m_searchMode->setToolTip(tr("The server searches all its users as you type."));
        break;
    case UserListController::SearchMode::LocalFilter:
        m_searchMode->setText(tr("Local filter"));
        m_searchMode->setToolTip(tr("This server cannot search: only the loaded rows are filtered."));
        break;
    }
    m_search->setEnabled(m_users->origin() != UserListController::Origin::None);
    m_detail->setActionsFromServer(m_users->capabilities().supports(Capability::UserActionsFromLinks));
    showSelected();
    updateActions();
}

void UsersPage::showCounts()
{
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->total();
    QString text = total >= 0 ? tr("%L1 of %Ln user(s) loaded", nullptr, int(total)).arg(loaded)
                              : tr("%Ln user(s) loaded", nullptr, loaded);
    if (m_filter->isFiltering())
        text = tr("%Ln user(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ") + text;
    m_info->setText(text);
    m_showingCounts = true;
}

void UsersPage::showMessage(const QString& text)
{
    m_info->setText(text);
    m_showingCounts = false;
}

void UsersPage::pageLoaded()
{
    showCounts();
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
        emit usersLoaded(m_model->rowCount());
    }
    updateActions();
}

void UsersPage::refresh()
{
    m_users->refresh();
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
    const UserListController::Detail shown = m_users->detail(m_model->user(row), m_model->isComplete(row));
    using History = UserListController::Detail::History;
    m_detail->setCacheStatus(shown.cacheStatus);
    m_detail->setHistory(shown.history,
                         shown.historyState == History::Recorded
                             ? tr("Changes found by syncs of the local cache, newest first.")
                         : shown.historyState == History::NotCached
                             ? tr("Not in the local cache yet: sync to start its history.")
                         : shown.historyState == History::Unreadable
                             ? shown.historyError
                             : tr("History is recorded by the local cache, which is not open."));
    const bool fetch = !shown.complete && m_users->capabilities().supports(Capability::GetUser);
    m_detail->setUser(shown.user, !fetch);
    m_detailDelay->start();
}

void UsersPage::loadDetail(bool force)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int row = m_filter->mapToSource(rows.first()).row();
    const User user = m_model->user(row);
    Connection* live = m_users->isOffline() ? nullptr : m_users->connection();
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
    m_actions->update(selected);
    m_actions->gate(m_refresh, Capability::ListUsers, true);
    m_copy->setEnabled(selected >= 1);
    m_export->setEnabled(m_filter->rowCount() > 0);
}

void UsersPage::serverAction(const QString& name)
{
    if (m_actions->perform(name))
        return;
    if (name == UserActionName::sessions || name == UserActionName::revokeSessions)
        m_detail->tabs()->setCurrentWidget(m_detail->sessionsTab());
    else if (name == UserActionName::reload)
        loadDetail(true);
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
    m_export->setEnabled(false);
    UserExportProgress::start(m_model, m_filter, this, path, selectedFilter, [this](const QString& outcome) {
        m_export->setEnabled(true);
        showMessage(outcome);
        emit statusMessage(outcome);
    });
}
