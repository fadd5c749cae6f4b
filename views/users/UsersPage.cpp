#include "UsersPage.h"

#include "UserDetailPanel.h"
#include "UserEditDialog.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"
#include "remote/Connection.h"
#include "sessions/SessionsTab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new UserTableModel(this))
    , m_filter(new UserFilterModel(this))
    , m_table(new QTableView(this))
    , m_detail(new UserDetailPanel(this))
    , m_search(new QLineEdit(this))
    , m_searchMode(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_searchDelay(new QTimer(this))
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
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);

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
    m_edit = makeAction(QStringLiteral("actionUserEdit"), tr("Edit…"), {}, &UsersPage::editUser);
    m_enable = makeAction(QStringLiteral("actionUserEnable"), tr("Enable"), {}, [this] { setEnabled(true); });
    m_disable =
        makeAction(QStringLiteral("actionUserDisable"), tr("Disable"), {}, [this] { setEnabled(false); });
    m_delete = makeAction(QStringLiteral("actionUserDelete"), tr("Delete…"), QKeySequence::Delete,
                          &UsersPage::deleteUsers);
    m_copy = makeAction(QStringLiteral("actionUserCopy"), tr("Copy rows"), QKeySequence::Copy,
                        &UsersPage::copyRows);
    m_refresh = makeAction(QStringLiteral("actionUserRefresh"), tr("Refresh"), QKeySequence::Refresh,
                           &UsersPage::refresh);
    auto* find = makeAction(QStringLiteral("actionUserFind"), tr("Find"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    Q_UNUSED(find);
    m_table->addActions({m_edit, m_enable, m_disable, m_delete, m_copy, m_refresh});

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("usersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_create, m_edit, m_enable, m_disable, m_delete});
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchMode->setObjectName(QStringLiteral("searchMode"));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItems({tr("All users"), tr("Enabled only"), tr("Disabled only")});
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // debounce: one request per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::applySearch);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setState(UserFilterModel::State(index)); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_searchMode);
    filters->addWidget(m_stateFilter);

    m_info->setObjectName(QStringLiteral("usersInfo"));
    m_info->setWordWrap(true);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_info);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    // Enter and double-click both "activate" a row: that opens it for editing.
    connect(m_table, &QTableView::activated, this, &UsersPage::editUser);
    connect(m_model, &UserTableModel::pageLoaded, this, [this](int rows, qint64 total) {
        m_info->setText(total >= 0 ? tr("%L1 of %L2 users loaded").arg(rows).arg(total)
                                   : tr("%L1 users loaded").arg(rows));
        m_table->resizeColumnsToContents();
        emit statusMessage(QString());
        if (!m_reportedLoad) {
            m_reportedLoad = true;
            if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
                m_table->selectRow(0); // the detail panel is never empty when there is someone to show
            emit usersLoaded(rows);
        }
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
    m_connection = connection;
    m_reportedLoad = false;
    m_detail->setUser(User());
    const bool listable = connection && connection->capabilities().supports(Capability::ListUsers);
    if (connection && !listable)
        m_info->setText(connection->capabilities().reason(Capability::ListUsers));
    else
        m_info->setText(connection ? tr("Loading users…")
                                   : tr("Choose or create a profile to see its users."));
    const bool serverSearch = connection && connection->capabilities().supports(Capability::ServerSearch);
    m_searchMode->setText(serverSearch ? tr("Server search") : tr("Local filter"));
    m_searchMode->setToolTip(serverSearch
                                 ? tr("The server searches all its users as you type.")
                                 : tr("This server cannot search: only the loaded rows are filtered."));
    m_search->setEnabled(listable);
    m_model->setConnection(listable ? connection : nullptr);
    updateActions();
}

void UsersPage::refresh()
{
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
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        users << m_model->user(m_filter->mapToSource(index).row());
    return users;
}

void UsersPage::showSelected()
{
    const QList<User> users = selectedUsers();
    const User user = users.size() == 1 ? users.first() : User();
    m_detail->setUser(user);
    m_detail->sessions()->show(m_connection, user);
}

void UsersPage::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    auto gate = [this](QAction* action, Capability capability, bool selectionOk) {
        const bool supported = m_connection && m_connection->capabilities().supports(capability);
        action->setEnabled(supported && selectionOk);
        action->setToolTip(!m_connection ? tr("Not connected")
                           : supported   ? action->text()
                                         : m_connection->capabilities().reason(capability));
    };
    gate(m_create, Capability::CreateUser, true);
    gate(m_edit, Capability::UpdateUser, selected == 1);
    gate(m_enable, Capability::SetEnabled, selected >= 1);
    gate(m_disable, Capability::SetEnabled, selected >= 1);
    gate(m_delete, Capability::DeleteUser, selected >= 1);
    gate(m_refresh, Capability::ListUsers, true);
    m_copy->setEnabled(selected >= 1);
}

void UsersPage::createUser()
{
    if (!m_connection)
        return;
    UserEditDialog dialog(m_connection, User(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->prependUser(dialog.result());
        emit statusMessage(tr("Created %1").arg(dialog.result().displayName()));
    }
}

void UsersPage::editUser()
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.size() != 1 || !m_edit->isEnabled())
        return;
    UserEditDialog dialog(m_connection, users.first(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->updateUser(dialog.result());
        showSelected();
        emit statusMessage(tr("Saved %1").arg(dialog.result().displayName()));
    }
}

void UsersPage::deleteUsers()
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.isEmpty() || !m_delete->isEnabled())
        return;
    const QString question =
        users.size() == 1
            ? tr("Delete the user %1 (%2) on the server? This cannot be undone.")
                  .arg(users.first().displayName(), users.first().email)
            : tr("Delete these %n users on the server? This cannot be undone.", nullptr, int(users.size()));
    if (QMessageBox::warning(this, tr("Delete users"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // One request per user; the report lists what happened to each.
    auto report = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(users.size()));
    for (const User& user : users) {
        m_connection->deleteUser(user, this, [this, user, report, remaining](const Result<Done>& result) {
            if (result.ok()) {
                m_model->removeUser(user.id);
                *report << tr("%1: deleted").arg(user.displayName());
            } else {
                *report << tr("%1: failed — %2").arg(user.displayName(), result.error().message);
            }
            if (--*remaining == 0) {
                m_info->setText(report->join(QLatin1String("\n")));
                emit statusMessage(report->join(QLatin1String("; ")));
            }
        });
    }
}

void UsersPage::setEnabled(bool enabled)
{
    const QList<User> users = selectedUsers();
    if (!m_connection || users.isEmpty())
        return;
    auto report = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(users.size()));
    for (const User& user : users) {
        m_connection->setEnabled(
            user, enabled, this, [this, user, report, remaining, enabled](const Result<User>& result) {
                if (result.ok()) {
                    m_model->updateUser(result.value());
                    *report << (enabled ? tr("%1: enabled") : tr("%1: disabled")).arg(user.displayName());
                } else {
                    *report << tr("%1: failed — %2").arg(user.displayName(), result.error().message);
                }
                if (--*remaining == 0) {
                    showSelected();
                    m_info->setText(report->join(QLatin1String("\n")));
                }
            });
    }
}

void UsersPage::copyRows()
{
    QStringList lines;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int column = 0; column < m_filter->columnCount(); ++column)
            cells << m_filter->index(index.row(), column)
                         .data()
                         .toString()
                         .replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}
