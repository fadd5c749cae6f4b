#pragma once
// One change applied to many users (enable, disable, delete, add or remove a role), or a planned
// change per user (an access review's decisions): first a preview of what will change for each
// user, then one server call per user with bounded concurrency, cancellable, and a result per
// user (done, unchanged, skipped and why, failed and why). A user marked as a conflict (changed
// since the change was decided) is skipped unless the conflicts are confirmed. No widgets:
// BulkActionDialog shows it, the CLI or tests can drive it.
//
// The per-user call is a Step; setConnection() builds it on Connection (fetching the complete
// user first where the server's per-user links decide what is allowed), tests give their own.

#include "remote/DialectTypes.h"
#include "values/DisableRequest.h"
#include "values/Result.h"
#include "values/User.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class Connection;

class BulkOperation : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Enable, Disable, Delete, AddRole, RemoveRole };
    Q_ENUM(Kind)
    enum class Status {
        Pending, // will be changed
        Running,
        Done,
        Failed,    // the server refused or could not be reached: `message` says why
        Unchanged, // nothing to do (already disabled, already has the role)
        Skipped,   // cannot be done at all for this user: `message` says why
        Cancelled, // not started before cancel()
    };
    Q_ENUM(Status)

    struct Item
    {
        User user;
        Kind kind = Kind::Enable;
        QString role;     // AddRole, RemoveRole
        QString conflict; // why the change may no longer fit this user; empty: none
        Status status = Status::Pending;
        QString change;  // the preview: "enabled → disabled", "roles: a → a, b"
        QString message; // why it was skipped or failed
        ApiError error;  // the failure itself, for a caller that maps it (an exit code)
        QStringList newRoles;
        User updated; // the server's answer after the change
    };

    using StepDone = std::function<void(const Result<User>&)>;
    // Applies the change to one user; `done` gets the user as the server now has it (for a
    // delete: the deleted user) or the error.
    using Step = std::function<void(const Item& item, QObject* context, StepDone done)>;

    BulkOperation(Kind kind, const QList<User>& users, const QString& role = {}, QObject* parent = nullptr);
    // A change of its own per user (each item's user, kind, role and conflict), under `title`.
    BulkOperation(const QList<Item>& changes, const QString& title, QObject* parent = nullptr);

    // The roles the server knows (read-only ones cannot be added or removed), and whether a
    // user holds exactly one (Gatekeeper's user type: "add" replaces it, "remove" is impossible).
    void setRoleRules(const RoleSet& roles);
    // Builds the step on `connection`, and takes who is signed in from it (setSignedInAs).
    void setConnection(Connection* connection);
    // The identity the console is signed in as (a username, email or id), and the server's id
    // for that user when known (a command given ids only finds it by that). That user's change
    // runs last, alone, once every other user's has ended: disabling, deleting or demoting
    // oneself may end the session or narrow what it may do, and the others must not wait on it.
    void setSignedInAs(const QString& identity, const QString& userId = {});
    // The same, as `connection` is signed in.
    void setSignedInFrom(const Connection* connection);
    // The index of the signed-in user's pending change; -1 when the operation has none.
    int signedInItem() const;
    // For the preview: that the signed-in user is included, and what that means; empty if not.
    QString signedInNotice() const;
    // For a disable: the reason and end time sent with each user's disable (empty: none).
    void setDisableRequest(const DisableRequest& request) { m_disableRequest = request; }
    const DisableRequest& disableRequest() const { return m_disableRequest; }
    void setStep(Step step) { m_step = std::move(step); }
    void setMaxConcurrent(int calls) { m_maxConcurrent = qMax(1, calls); }

    // Conflicts are skipped with their reason until confirmed; confirming plans them again.
    void setConflictsConfirmed(bool confirmed);
    bool conflictsConfirmed() const { return m_conflictsConfirmed; }
    int conflictCount() const;
    // Whether any user will be deleted: the preview warns that this cannot be undone.
    bool deletes() const;
    // "Disable 3 users", for the dialog's title and buttons.
    QString title() const;
    const QList<Item>& items() const { return m_items; }
    int count(Status status) const;
    int pendingCount() const { return count(Status::Pending); }

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    int finishedCount() const { return m_finishedCount; }
    int workCount() const { return m_workCount; }
    // One line per user: "ada — done", "bob — failed: Not allowed", for the report.
    QStringList report() const;

    static QString statusText(Status status);

signals:
    void itemChanged(int index);
    void progressChanged(int finished, int total);
    void finished();

private:
    void plan();
    void launchMore();
    void complete(int index, const Result<User>& result);

    QString m_title;
    QList<Item> m_items;
    QList<int> m_order; // the items in the order they are sent: the signed-in user's last
    QString m_signedInAs;
    QString m_signedInId;
    int m_signedInIndex = -1; // from start()
    RoleSet m_roles;
    DisableRequest m_disableRequest;
    Step m_step;
    int m_maxConcurrent = 4;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finishedCount = 0;
    int m_workCount = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_conflictsConfirmed = false;
};
