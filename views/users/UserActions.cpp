#include "UserActions.h"

#include "common/BulkActionDialog.h"
#include "DisableDialog.h"
#include "RolesDialog.h"
#include "UserEditDialog.h"
#include "common/Prompt.h"
#include "items/UserTableModel.h"
#include "listing/UserListController.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

UserActions::UserActions(UserListController* users, QWidget* page, std::function<QList<User>()> selected,
                         std::function<User()> shown)
    : QObject(page)
    , m_users(users)
    , m_page(page)
    , m_selected(std::move(selected))
    , m_shown(std::move(shown))
{
    auto makeAction = [this](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = addAction(m_page, name, text, key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_create = makeAction(QStringLiteral("actionUserCreate"), tr("New user…"), QKeySequence::New,
                          &UserActions::createUser);
    m_edit = makeAction(QStringLiteral("actionUserEdit"), tr("Edit…"), QKeySequence(Qt::Key_F2),
                        &UserActions::editUser);
    m_roles = makeAction(QStringLiteral("actionUserRoles"), tr("Roles…"), {}, &UserActions::editRoles);
    m_enable = makeAction(QStringLiteral("actionUserEnable"), tr("Enable"), {}, [this] { setEnabled(true); });
    m_disable =
        makeAction(QStringLiteral("actionUserDisable"), tr("Disable"), {}, [this] { setEnabled(false); });
    m_delete = makeAction(QStringLiteral("actionUserDelete"), tr("Delete…"), QKeySequence::Delete,
                          &UserActions::deleteUsers);

    m_addRoleMenu = new QMenu(tr("Add role to selected"), m_page);
    m_addRoleMenu->setObjectName(QStringLiteral("addRoleMenu"));
    m_removeRoleMenu = new QMenu(tr("Remove role from selected"), m_page);
    m_removeRoleMenu->setObjectName(QStringLiteral("removeRoleMenu"));
    connect(m_addRoleMenu, &QMenu::aboutToShow, this, [this] { fillRoleMenu(m_addRoleMenu, true); });
    connect(m_removeRoleMenu, &QMenu::aboutToShow, this, [this] { fillRoleMenu(m_removeRoleMenu, false); });
    m_rolesMenu = new QMenu(m_page);
    m_rolesMenu->addAction(m_roles);
    m_rolesMenu->addSeparator();
    m_rolesMenu->addMenu(m_addRoleMenu);
    m_rolesMenu->addMenu(m_removeRoleMenu);
}

QAction* UserActions::addAction(QWidget* page, const QString& name, const QString& text,
                                const QKeySequence& key)
{
    auto* action = new QAction(text, page);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

void UserActions::update(qsizetype selected)
{
    m_selectedCount = selected;
    gate(m_create, Capability::CreateUser, true);
    gate(m_edit, Capability::UpdateUser, selected == 1, UserActionName::edit);
    gate(m_roles, Capability::SetRoles, selected == 1, UserActionName::scopes);
    gate(m_enable, Capability::SetEnabled, selected >= 1, UserActionName::edit);
    gate(m_disable, Capability::SetEnabled, selected >= 1, UserActionName::edit);
    gate(m_delete, Capability::DeleteUser, selected >= 1, UserActionName::remove);
    const bool roles =
        m_users->connection() && m_users->capabilities().supports(Capability::SetRoles) && selected >= 1;
    m_addRoleMenu->setEnabled(roles);
    m_removeRoleMenu->setEnabled(roles);
}

void UserActions::gate(QAction* action, Capability capability, bool selectionOk, QLatin1StringView link) const
{
    // Where the server says per user what may be done (Gemini's _links), a complete user's
    // links decide; otherwise the capability set does.
    const Capabilities caps = m_users->capabilities();
    const bool connected = m_users->connection() || m_users->isOffline();
    const User shown = m_shown();
    const bool linksDecide = m_users->connection() && m_selectedCount == 1 && shown.isValid() &&
                             !shown.actions.isEmpty() && caps.supports(Capability::UserActionsFromLinks);
    bool supported = connected && caps.supports(capability);
    QString why = !connected ? tr("Not connected") : supported ? action->text() : caps.reason(capability);
    if (supported && linksDecide && !link.isEmpty() && !shown.actions.contains(link)) {
        supported = false;
        why = tr("The server does not allow this on %1 for your account.").arg(shown.displayName());
    }
    action->setEnabled(supported && selectionOk);
    action->setToolTip(why);
}

bool UserActions::perform(const QString& name)
{
    if (name == UserActionName::edit)
        editUser();
    else if (name == UserActionName::remove)
        deleteUsers();
    else if (name == UserActionName::scopes)
        editRoles();
    else
        return false;
    return true;
}

User UserActions::best(const User& user) const
{
    const User shown = m_shown();
    return shown.id == user.id ? shown : user;
}

void UserActions::createUser()
{
    if (!m_users->connection())
        return;
    auto* dialog = new UserEditDialog(m_users->connection(), User(), m_page);
    Prompt::open(dialog, [this, dialog] {
        m_users->created(dialog->result());
        onStatus(tr("Created %1").arg(dialog->result().displayName()));
    });
}

template <typename Dialog>
void UserActions::editOne(QAction* action, std::function<QString(const User&)> saved)
{
    const QList<User> users = m_selected();
    if (!m_users->connection() || users.size() != 1 || !action->isEnabled())
        return;
    auto* dialog = new Dialog(m_users->connection(), best(users.first()), m_page);
    Prompt::open(dialog, [this, dialog, saved] {
        m_users->updated(dialog->result());
        onSaved(dialog->result());
        onStatus(saved(dialog->result()));
    });
}

void UserActions::editUser()
{
    editOne<UserEditDialog>(m_edit, [](const User& user) { return tr("Saved %1").arg(user.displayName()); });
}

void UserActions::editRoles()
{
    editOne<RolesDialog>(m_roles,
                         [](const User& user) { return tr("Roles of %1 saved").arg(user.displayName()); });
}

void UserActions::deleteUsers()
{
    const QList<User> users = m_selected();
    if (!m_users->connection() || users.isEmpty() || !m_delete->isEnabled())
        return;
    auto makeOperation = [this, users] {
        auto* operation = new BulkOperation(BulkOperation::Kind::Delete, users);
        operation->setConnection(m_users->connection());
        return operation;
    };
    if (users.size() > 1) {
        run(makeOperation(), true); // the preview names every user and is the confirmation
        return;
    }
    BulkOperation* operation = makeOperation();
    if (!operation->signedInNotice().isEmpty()) {
        run(operation, true); // deleting oneself: the preview says what it means
        return;
    }
    delete operation;
    const User& user = users.first();
    const QString question = tr("Delete the user %1 (%2) on the server? This cannot be undone.")
                                 .arg(user.displayName(), user.email.isEmpty() ? user.username : user.email);
    Prompt::confirm(m_page, tr("Delete user"), question, [this, makeOperation] {
        if (m_users->connection())
            run(makeOperation(), false);
    });
}

void UserActions::setEnabled(bool enabled)
{
    const QList<User> users = m_selected();
    if (!m_users->connection() || users.isEmpty())
        return;
    auto* operation =
        new BulkOperation(enabled ? BulkOperation::Kind::Enable : BulkOperation::Kind::Disable, users);
    operation->setConnection(m_users->connection());
    // Disabling oneself is previewed too: the preview says what it means.
    const bool bulk = users.size() > 1 || !operation->signedInNotice().isEmpty();
    const Capabilities capabilities = m_users->connection()->capabilities();
    if (enabled || (!capabilities.supports(Capability::DisableReason) &&
                    !capabilities.supports(Capability::DisableExpiry))) {
        run(operation, bulk);
        return;
    }
    // The server records a reason and an end: ask for them first. Cancel sends nothing.
    auto* dialog = new DisableDialog(capabilities, operation->title(), m_page);
    operation->setParent(dialog); // deleted with a cancelled dialog; run() takes it over otherwise
    Prompt::open(dialog, [this, dialog, operation, bulk] {
        operation->setDisableRequest(dialog->request());
        if (m_users->connection())
            run(operation, bulk);
    });
}

void UserActions::changeRole(bool add, const QString& role)
{
    const QList<User> users = m_selected();
    if (!m_users->connection() || users.isEmpty())
        return;
    auto* operation =
        new BulkOperation(add ? BulkOperation::Kind::AddRole : BulkOperation::Kind::RemoveRole, users, role);
    operation->setConnection(m_users->connection());
    run(operation, true);
}

void UserActions::run(BulkOperation* operation, bool previewFirst)
{
    connect(operation, &BulkOperation::finished, this, [this, operation] { applied(operation); });
    if (previewFirst) {
        auto* dialog = new BulkActionDialog(operation, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    operation->setParent(this);
    connect(operation, &BulkOperation::finished, operation, &QObject::deleteLater);
    onStatus(operation->title() + QStringLiteral("…"));
    operation->start();
}

void UserActions::applied(BulkOperation* operation)
{
    using S = BulkOperation::Status;
    m_users->applied(*operation);
    QStringList lines;
    for (const BulkOperation::Item& item : operation->items()) {
        QString verdict;
        switch (item.status) {
        case S::Done:
            switch (item.kind) {
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
    onReport(lines.size() <= 5 ? lines.join(QLatin1Char('\n')) : summary);
    onStatus(summary);
    onFinished();
}

void UserActions::fillRoleMenu(QMenu* menu, bool add)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    Connection* connection = m_users->connection();
    if (!connection)
        return;
    const RoleSet roleSet = connection->roleSet();
    QList<RoleDefinition> roles = roleSet.roles;
    for (const QString& seen : m_users->model()->knownRoles()) {
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
