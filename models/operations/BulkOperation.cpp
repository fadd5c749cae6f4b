#include "BulkOperation.h"

#include "remote/Connection.h"

#include <QTimer>

BulkOperation::BulkOperation(Kind kind, const QList<User>& users, const QString& role, QObject* parent)
    : QObject(parent)
{
    for (const User& user : users) {
        Item item;
        item.user = user;
        item.kind = kind;
        item.role = role;
        m_items << item;
    }
    const int n = int(m_items.size());
    switch (kind) {
    case Kind::Enable:
        m_title = tr("Enable %n user(s)", nullptr, n);
        break;
    case Kind::Disable:
        m_title = tr("Disable %n user(s)", nullptr, n);
        break;
    case Kind::Delete:
        m_title = tr("Delete %n user(s)", nullptr, n);
        break;
    case Kind::AddRole:
        m_title = tr("Add %1 to %n user(s)", nullptr, n).arg(role);
        break;
    case Kind::RemoveRole:
        m_title = tr("Remove %1 from %n user(s)", nullptr, n).arg(role);
        break;
    }
    plan();
}

BulkOperation::BulkOperation(const QList<Item>& changes, const QString& title, QObject* parent)
    : QObject(parent)
    , m_title(title)
    , m_items(changes)
{
    plan();
}

void BulkOperation::setRoleRules(const RoleSet& roles)
{
    m_roles = roles;
    plan();
}

void BulkOperation::setConflictsConfirmed(bool confirmed)
{
    if (m_started || confirmed == m_conflictsConfirmed)
        return;
    m_conflictsConfirmed = confirmed;
    plan();
    for (int i = 0; i < m_items.size(); ++i)
        emit itemChanged(i);
}

int BulkOperation::conflictCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item& item) { return !item.conflict.isEmpty(); }));
}

bool BulkOperation::deletes() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item& item) {
        return item.kind == Kind::Delete && item.status != Status::Unchanged && item.status != Status::Skipped;
    });
}

void BulkOperation::plan()
{
    const bool exactlyOne = m_roles.exactlyOne();
    const QString arrow = QStringLiteral(" → ");
    auto rolesText = [](const QStringList& roles) {
        return roles.isEmpty() ? tr("(none)") : roles.join(QLatin1String(", "));
    };
    for (Item& item : m_items) {
        item.status = Status::Pending;
        item.message.clear();
        item.newRoles = item.user.roles;
        const User& u = item.user;
        const QString& role = item.role;
        const RoleDefinition* roleDefinition = m_roles.find(role);
        switch (item.kind) {
        case Kind::Enable:
        case Kind::Disable: {
            const bool target = item.kind == Kind::Enable;
            if (u.enabled == target) {
                item.status = Status::Unchanged;
                item.change = target ? tr("already enabled") : tr("already disabled");
            } else {
                item.change =
                    target ? tr("disabled") + arrow + tr("enabled") : tr("enabled") + arrow + tr("disabled");
            }
            break;
        }
        case Kind::Delete:
            item.change = tr("will be deleted");
            break;
        case Kind::AddRole:
            if (u.roles.contains(role) && (!exactlyOne || u.roles.size() == 1)) {
                item.status = Status::Unchanged;
                item.change = tr("already has %1").arg(role);
            } else if (roleDefinition && !roleDefinition->assignable) {
                item.status = Status::Skipped;
                item.change = tr("cannot add %1").arg(role);
                item.message = roleDefinition->whyReadOnly;
            } else {
                item.newRoles = exactlyOne ? QStringList{role} : u.roles + QStringList{role};
                item.change = rolesText(u.roles) + arrow + rolesText(item.newRoles);
            }
            break;
        case Kind::RemoveRole:
            if (!u.roles.contains(role)) {
                item.status = Status::Unchanged;
                item.change = tr("does not have %1").arg(role);
            } else if (exactlyOne) {
                item.status = Status::Skipped;
                item.change = tr("cannot remove %1").arg(role);
                item.message = tr("Every user has exactly one; add another one instead, which replaces it.");
            } else if (roleDefinition && !roleDefinition->assignable) {
                item.status = Status::Skipped;
                item.change = tr("cannot remove %1").arg(role);
                item.message = roleDefinition->whyReadOnly;
            } else {
                item.newRoles.removeAll(role);
                item.change = rolesText(u.roles) + arrow + rolesText(item.newRoles);
            }
            break;
        }
        // A change decided on an older copy of the user waits for a confirmation.
        if (item.status == Status::Pending && !item.conflict.isEmpty() && !m_conflictsConfirmed) {
            item.status = Status::Skipped;
            item.message = item.conflict;
        }
    }
    m_workCount = count(Status::Pending);
}

QString BulkOperation::title() const
{
    return m_title;
}

int BulkOperation::count(Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [status](const Item& item) { return item.status == status; }));
}

void BulkOperation::setSignedInAs(const QString& identity, const QString& userId)
{
    m_signedInAs = identity.trimmed();
    m_signedInId = userId;
}

void BulkOperation::setSignedInFrom(const Connection* connection)
{
    const AuthState& auth = connection->authState();
    setSignedInAs(auth.identity.isEmpty() ? connection->profile().identity : auth.identity, auth.userId);
}

int BulkOperation::signedInItem() const
{
    if (m_signedInAs.isEmpty())
        return -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const User& u = m_items.at(i).user;
        const bool self = u.username.compare(m_signedInAs, Qt::CaseInsensitive) == 0 ||
                          u.email.compare(m_signedInAs, Qt::CaseInsensitive) == 0 || u.id == m_signedInAs ||
                          (!m_signedInId.isEmpty() && u.id == m_signedInId);
        if (self && m_items.at(i).status == Status::Pending)
            return i;
    }
    return -1;
}

QString BulkOperation::signedInNotice() const
{
    if (signedInItem() < 0)
        return {};
    return tr("This includes %1, the account this console is signed in as: its change is made last, once "
              "every other user's has ended, since it may end the session or narrow what it may do.")
        .arg(m_signedInAs);
}

void BulkOperation::setConnection(Connection* connection)
{
    if (connection) {
        setRoleRules(connection->roleSet());
        setSignedInFrom(connection);
    }
    QPointer<Connection> guarded(connection);
    // The step lives in this operation, so it may read the disable request set after it.
    auto act = [this, guarded](const Item& item, const User& user, QObject* context, StepDone done) {
        switch (item.kind) {
        case Kind::Enable:
            guarded->setEnabled(user, true, context, std::move(done));
            return;
        case Kind::Disable:
            if (m_disableRequest.isEmpty())
                guarded->setEnabled(user, false, context, std::move(done));
            else
                guarded->disable(user, m_disableRequest, context, std::move(done));
            return;
        case Kind::AddRole:
        case Kind::RemoveRole: {
            // Recompute from the user as the server has it now, keeping the planned change.
            QStringList roles = item.newRoles;
            if (user.roles != item.user.roles) {
                roles = user.roles;
                for (const QString& added : item.newRoles) {
                    if (!item.user.roles.contains(added) && !roles.contains(added))
                        roles << added;
                }
                for (const QString& removed : item.user.roles) {
                    if (!item.newRoles.contains(removed))
                        roles.removeAll(removed);
                }
            }
            guarded->setRoles(user, roles, context, std::move(done));
            return;
        }
        case Kind::Delete:
            guarded->deleteUser(user, context, [user, done](const Result<Done>& result) {
                done(result.ok() ? Result<User>(user) : Result<User>(result.error()));
            });
            return;
        }
    };
    m_step = [guarded, act](const Item& item, QObject* context, StepDone done) {
        if (!guarded) {
            done(ApiError::make(ApiError::Kind::Offline, tr("The connection was closed.")));
            return;
        }
        const Capabilities caps = guarded->capabilities();
        // Where the server's per-user links decide what may be done, act on a complete user.
        if (caps.supports(Capability::UserActionsFromLinks) && item.user.actions.isEmpty() &&
            caps.supports(Capability::GetUser)) {
            guarded->getUser(item.user, context, [item, context, act, done](const Result<User>& full) {
                if (!full.ok())
                    done(full.error());
                else
                    act(item, full.value(), context, done);
            });
            return;
        }
        act(item, item.user, context, std::move(done));
    };
}

void BulkOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    m_signedInIndex = signedInItem();
    for (int i = 0; i < m_items.size(); ++i) {
        if (i != m_signedInIndex)
            m_order << i;
    }
    if (m_signedInIndex >= 0)
        m_order << m_signedInIndex;
    emit progressChanged(0, m_workCount);
    if (m_workCount == 0 || !m_step) {
        if (!m_step) {
            for (int i = 0; i < m_items.size(); ++i) {
                if (m_items[i].status == Status::Pending)
                    complete(i, ApiError::make(ApiError::Kind::Unsupported, tr("Not connected.")));
            }
        }
        // Always asynchronous, so callers can connect after start() returns.
        QTimer::singleShot(0, this, [this] {
            if (!m_finished) {
                m_finished = true;
                emit finished();
            }
        });
        return;
    }
    launchMore();
}

void BulkOperation::launchMore()
{
    while (!m_cancelled && m_inFlight < m_maxConcurrent && m_next < m_order.size()) {
        const int index = m_order.at(m_next);
        if (index == m_signedInIndex && m_inFlight > 0)
            break; // the signed-in user's change waits for every other to end
        ++m_next;
        if (m_items[index].status != Status::Pending)
            continue;
        m_items[index].status = Status::Running;
        ++m_inFlight;
        emit itemChanged(index);
        m_step(m_items[index], this, [this, index](const Result<User>& result) {
            --m_inFlight;
            complete(index, result);
            launchMore();
        });
    }
    if (m_inFlight == 0 && !m_finished && (m_cancelled || m_next >= m_order.size())) {
        m_finished = true;
        emit finished();
    }
}

void BulkOperation::complete(int index, const Result<User>& result)
{
    Item& item = m_items[index];
    if (result.ok()) {
        item.status = Status::Done;
        item.updated = result.value();
    } else {
        item.status = Status::Failed;
        item.error = result.error();
        item.message = result.error().message;
    }
    ++m_finishedCount;
    emit itemChanged(index);
    emit progressChanged(m_finishedCount, m_workCount);
}

void BulkOperation::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // Calls already sent finish and are reported; the rest are never sent.
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].status == Status::Pending) {
            m_items[i].status = Status::Cancelled;
            emit itemChanged(i);
        }
    }
    if (!m_started) {
        m_started = true;
        m_finished = true;
        emit finished();
        return;
    }
    launchMore();
}

QString BulkOperation::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("to do");
    case Status::Running:
        return tr("running");
    case Status::Done:
        return tr("done");
    case Status::Failed:
        return tr("failed");
    case Status::Unchanged:
        return tr("unchanged");
    case Status::Skipped:
        return tr("skipped");
    case Status::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QStringList BulkOperation::report() const
{
    QStringList lines;
    for (const Item& item : m_items) {
        const QString who = item.user.username.isEmpty() ? item.user.email : item.user.username;
        QString line = who + QStringLiteral(" — ") + statusText(item.status);
        if (!item.message.isEmpty())
            line += QStringLiteral(": ") + item.message;
        else if (item.status == Status::Unchanged)
            line += QStringLiteral(" (") + item.change + QLatin1Char(')');
        lines << line;
    }
    return lines;
}
