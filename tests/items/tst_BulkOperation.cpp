// BulkOperation: the preview says what will change and what cannot, the calls run with bounded
// concurrency, failures are reported per user with the server's reason, and cancel stops
// sending while the calls already sent are still reported; the signed-in user's change is sent
// last, alone.

#include "FakeUserServer.h"
#include "operations/BulkOperation.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

namespace {

using Status = BulkOperation::Status;

QList<User> someUsers(int n)
{
    QList<User> users;
    for (int i = 0; i < n; ++i)
        users << FakeUserServer::makeUser(i);
    return users;
}

// Answers after `delayMs`, failing for users whose username is in `failing`.
struct FakeSteps
{
    int inFlight = 0;
    int maxInFlight = 0;
    int calls = 0;
    QStringList order;       // usernames, in the order their calls were sent
    QList<int> inFlightWhen; // how many calls were out when each was sent
    QStringList failing;
    QList<QStringList> rolesSent;

    BulkOperation::Step step(BulkOperation::Kind kind, int delayMs = 5)
    {
        return [this, kind, delayMs](const BulkOperation::Item& item, QObject* context,
                                     BulkOperation::StepDone done) {
            ++calls;
            order << item.user.username;
            inFlightWhen << inFlight;
            maxInFlight = qMax(maxInFlight, ++inFlight);
            rolesSent << item.newRoles;
            QTimer::singleShot(delayMs, context, [this, item, kind, done] {
                --inFlight;
                if (failing.contains(item.user.username)) {
                    done(ApiError::make(ApiError::Kind::Forbidden,
                                        QStringLiteral("Not allowed: protected account")));
                    return;
                }
                User after = item.user;
                if (kind == BulkOperation::Kind::Disable)
                    after.enabled = false;
                if (kind == BulkOperation::Kind::AddRole || kind == BulkOperation::Kind::RemoveRole)
                    after.roles = item.newRoles;
                done(after);
            });
        };
    }
};

} // namespace

class tst_BulkOperation : public QObject
{
    Q_OBJECT
private slots:
    void previewSaysWhatChanges()
    {
        // Users 0, 4, 8 are disabled already.
        BulkOperation disable(BulkOperation::Kind::Disable, someUsers(10));
        QCOMPARE(disable.count(Status::Unchanged), 3);
        QCOMPARE(disable.pendingCount(), 7);
        QCOMPARE(disable.items().at(0).change, QStringLiteral("already disabled"));
        QCOMPARE(disable.items().at(1).change, QStringLiteral("enabled → disabled"));
        QCOMPARE(disable.title(), QStringLiteral("Disable 10 user(s)"));

        BulkOperation add(BulkOperation::Kind::AddRole, someUsers(3), QStringLiteral("admin"));
        QCOMPARE(add.items().at(0).newRoles,
                 (QStringList{QStringLiteral("customer"), QStringLiteral("admin")}));
        QCOMPARE(add.items().at(0).change, QStringLiteral("customer → customer, admin"));
        QCOMPARE(add.items().at(2).status, Status::Unchanged); // admin already
    }

    void readOnlyAndSingleRolesAreExplained()
    {
        const QList<RoleDefinition> gemini{
            {QStringLiteral("performer"), {}, true, {}},
            {QStringLiteral("admin"), {}, false, QStringLiteral("Granted by the server only.")}};
        BulkOperation addAdmin(BulkOperation::Kind::AddRole, someUsers(2), QStringLiteral("admin"));
        addAdmin.setRoleRules({gemini});
        QCOMPARE(addAdmin.count(Status::Skipped), 2);
        QCOMPARE(addAdmin.items().at(0).message, QStringLiteral("Granted by the server only."));
        QCOMPARE(addAdmin.pendingCount(), 0);

        // Gatekeeper: one user type each. Adding replaces it, removing is impossible.
        BulkOperation makeAdmin(BulkOperation::Kind::AddRole, someUsers(2), QStringLiteral("admin"));
        makeAdmin.setRoleRules({{}, RoleSet::Cardinality::ExactlyOne});
        QCOMPARE(makeAdmin.items().at(1).newRoles, QStringList{QStringLiteral("admin")});
        QCOMPARE(makeAdmin.items().at(1).change, QStringLiteral("developer → admin"));
        BulkOperation remove(BulkOperation::Kind::RemoveRole, someUsers(2), QStringLiteral("developer"));
        remove.setRoleRules({{}, RoleSet::Cardinality::ExactlyOne});
        QCOMPARE(remove.items().at(1).status, Status::Skipped);
        QCOMPARE(remove.items().at(0).status, Status::Unchanged);
    }

    void runsWithBoundedConcurrencyAndReportsEachUser()
    {
        FakeSteps fake;
        fake.failing = {QStringLiteral("user5")};
        BulkOperation op(BulkOperation::Kind::Disable, someUsers(40));
        op.setMaxConcurrent(3);
        op.setStep(fake.step(BulkOperation::Kind::Disable));
        QSignalSpy finished(&op, &BulkOperation::finished);
        QSignalSpy progress(&op, &BulkOperation::progressChanged);
        op.start();
        QVERIFY(op.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(fake.maxInFlight, 3);
        QCOMPARE(fake.calls, 30); // 10 of 40 were disabled already
        QCOMPARE(op.count(Status::Done), 29);
        QCOMPARE(op.count(Status::Failed), 1);
        QCOMPARE(op.count(Status::Unchanged), 10);
        QCOMPARE(op.items().at(5).message, QStringLiteral("Not allowed: protected account"));
        QVERIFY(!op.items().at(6).updated.enabled);
        QCOMPARE(progress.last().at(0).toInt(), 30);
        QCOMPARE(progress.last().at(1).toInt(), 30);
        QVERIFY(op.report().contains(QStringLiteral("user5 — failed: Not allowed: protected account")));
        QVERIFY(op.report().contains(QStringLiteral("user1 — done")));
        QVERIFY(op.report().contains(QStringLiteral("user0 — unchanged (already disabled)")));
    }

    // The account the console is signed in as is changed last, alone: disabling it may end the
    // session, and no other user's change may be left waiting on that.
    void signedInUserIsChangedLastAndAlone()
    {
        const QList<User> users = someUsers(20);
        const QString self = users.at(3).username; // enabled, so it will be disabled
        FakeSteps fake;
        BulkOperation op(BulkOperation::Kind::Disable, users);
        op.setMaxConcurrent(4);
        op.setStep(fake.step(BulkOperation::Kind::Disable));
        QCOMPARE(op.signedInItem(), -1);
        QVERIFY(op.signedInNotice().isEmpty());
        op.setSignedInAs(self.toUpper()); // as the server spells it
        QCOMPARE(op.signedInItem(), 3);
        QVERIFY2(op.signedInNotice().contains(self.toUpper()), qPrintable(op.signedInNotice()));
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(op.count(Status::Done), fake.calls);
        QCOMPARE(fake.order.last(), self);
        QCOMPARE(fake.inFlightWhen.last(), 0);
        QCOMPARE(fake.maxInFlight, 4); // the others still went four at a time
        QVERIFY(op.signedInNotice().isEmpty()); // done: nothing left to say about it

        // By email too; and an unchanged signed-in user is no reason to wait.
        BulkOperation again(BulkOperation::Kind::Disable, users);
        again.setSignedInAs(users.at(3).email);
        QCOMPARE(again.signedInItem(), 3);
        again.setSignedInAs(users.at(0).username); // user0 is disabled already
        QCOMPARE(again.signedInItem(), -1);

        // A command given ids only (authdesk-cli users delete ID…) finds it by the server's id.
        QList<User> idsOnly;
        for (const User& user : users) {
            User bare;
            bare.id = user.id;
            idsOnly << bare;
        }
        BulkOperation byId(BulkOperation::Kind::Delete, idsOnly);
        byId.setSignedInAs(self, users.at(5).id);
        QCOMPARE(byId.signedInItem(), 5);
        byId.setSignedInAs(self);
        QCOMPARE(byId.signedInItem(), -1);
    }

    void cancelStopsSendingAndReportsWhatWasSent()
    {
        FakeSteps fake;
        BulkOperation op(BulkOperation::Kind::Delete, someUsers(50));
        op.setMaxConcurrent(2);
        op.setStep(fake.step(BulkOperation::Kind::Delete, 20));
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QTRY_VERIFY(op.finishedCount() >= 2);
        op.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QVERIFY(op.wasCancelled());
        const int done = op.count(Status::Done);
        QVERIFY(done >= 2 && done <= 6);
        QCOMPARE(done + op.count(Status::Cancelled), 50);
        QCOMPARE(fake.calls, done);
        QTest::qWait(60);
        QCOMPARE(fake.calls, done); // nothing sent after cancel
        QCOMPARE(finished.size(), 1);
    }

    void rolesSentAreTheNewSet()
    {
        FakeSteps fake;
        BulkOperation op(BulkOperation::Kind::RemoveRole, someUsers(3), QStringLiteral("developer"));
        op.setStep(fake.step(BulkOperation::Kind::RemoveRole));
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QVERIFY(finished.wait());
        QCOMPARE(fake.rolesSent.size(), 2); // user0 is a customer: unchanged
        QCOMPARE(fake.rolesSent.at(0), QStringList());
        QCOMPARE(fake.rolesSent.at(1), QStringList{QStringLiteral("admin")});
        QCOMPARE(op.items().at(2).updated.roles, QStringList{QStringLiteral("admin")});
    }

    void nothingToDoStillFinishes()
    {
        BulkOperation op(BulkOperation::Kind::Enable, {FakeUserServer::makeUser(1)});
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QVERIFY(finished.wait());
        QCOMPARE(op.count(Status::Unchanged), 1);
    }

    void withoutAConnectionEveryUserFailsClearly()
    {
        BulkOperation op(BulkOperation::Kind::Disable, someUsers(2));
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QVERIFY(finished.wait());
        QCOMPARE(op.count(Status::Failed), 1);
        QCOMPARE(op.items().at(1).message, QStringLiteral("Not connected."));
    }

    // A change of its own per user (an access review's decisions): each planned by its kind,
    // a conflict skipped with its reason until confirmed, the failure kept for the caller.
    void aChangePerUserWithConflicts()
    {
        const QList<User> users = someUsers(4); // user 0 is disabled already, user 2 is an admin
        auto change = [&users](int i, BulkOperation::Kind kind, const QString& role = {}, const QString& conflict = {}) {
            BulkOperation::Item item;
            item.user = users.at(i);
            item.kind = kind;
            item.role = role;
            item.conflict = conflict;
            return item;
        };
        BulkOperation op({change(0, BulkOperation::Kind::Disable), change(1, BulkOperation::Kind::Delete),
                          change(2, BulkOperation::Kind::RemoveRole, QStringLiteral("admin")),
                          change(3, BulkOperation::Kind::Disable, {}, QStringLiteral("changed since"))},
                         QStringLiteral("Apply “Q4”: 4 changes"));
        QCOMPARE(op.title(), QStringLiteral("Apply “Q4”: 4 changes"));
        QCOMPARE(op.items().at(0).status, Status::Unchanged);
        QCOMPARE(op.items().at(1).change, QStringLiteral("will be deleted"));
        QCOMPARE(op.items().at(2).newRoles, QStringList{QStringLiteral("developer")});
        QCOMPARE(op.items().at(3).status, Status::Skipped);
        QCOMPARE(op.items().at(3).message, QStringLiteral("changed since"));
        QCOMPARE(op.conflictCount(), 1);
        QVERIFY(op.deletes());
        QCOMPARE(op.workCount(), 2);
        op.setConflictsConfirmed(true);
        QCOMPARE(op.items().at(3).status, Status::Pending);
        QCOMPARE(op.workCount(), 3);

        FakeSteps fake;
        fake.failing << users.at(1).username;
        op.setStep(fake.step(BulkOperation::Kind::Disable));
        QSignalSpy finished(&op, &BulkOperation::finished);
        op.start();
        QVERIFY(finished.wait());
        QCOMPARE(fake.calls, 3);
        QCOMPARE(op.count(Status::Done), 2);
        QCOMPARE(op.items().at(1).status, Status::Failed);
        QCOMPARE(op.items().at(1).error.kind, ApiError::Kind::Forbidden);
        op.setConflictsConfirmed(false); // too late: nothing changes once started
        QCOMPARE(op.items().at(3).status, Status::Done);
    }
};

QTEST_GUILESS_MAIN(tst_BulkOperation)
#include "tst_BulkOperation.moc"
