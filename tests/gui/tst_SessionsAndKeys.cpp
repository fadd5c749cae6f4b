// Sessions and API keys on screen against the sandbox: revoke one session and sign a user out
// everywhere (the server then refuses their tokens), issue a Nebula key shown once, use it,
// revoke it and see it refused — and every action in the audit log, without key material.
// With AUTHDESK_SHOTS=DIR set, the sessions tab and the key-issued dialog are saved as PNGs.

#include "HttpProbe.h"
#include "NextModal.h"
#include "SandboxAccount.h"
#include "SandboxProcess.h"
#include "audit/AuditLog.h"
#include "credentials/CredentialStore.h"
#include "items/ApiKeyTableModel.h"
#include "items/SessionTableModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/IssuedKeyDialog.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "sessions/SessionTableView.h"
#include "sessions/SessionsPage.h"
#include "sessions/SessionsTab.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <functional>

namespace {

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUTHDESK_SHOTS");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class tst_SessionsAndKeys : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    QTemporaryDir m_dir;
    AuditLog m_audit;

    std::unique_ptr<Connection> signIn(const QString& dialect, const QString& identity)
    {
        Profile p;
        p.id = dialect;
        p.name = dialect;
        p.baseUrl = m_sandbox.apiUrl(dialect);
        p.dialect = dialect;
        p.identity = identity;
        const SandboxAccount account = SandboxAccount::of(dialect);
        p.settings = account.settings;
        auto c = std::make_unique<Connection>(p, DialectRegistry::create(dialect), &m_credentials);
        c->setAuditLog(&m_audit);
        QSignalSpy in(c.get(), &Connection::signedIn);
        c->signIn(account.secrets);
        return in.wait(10000) ? std::move(c) : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        QVERIFY(m_audit.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("30")}));
    }

private:
    // A user of `dialect` signed in three times on their own devices: what the administrator
    // will revoke, the tokens those sign-ins got, and a call each token may make until then.
    struct Victim
    {
        QString identity;
        QList<QByteArray> tokens;
        QUrl probe;
    };
    Victim victimOf(const QString& dialect)
    {
        Victim v;
        const QString base = m_sandbox.apiUrl(dialect).toString();
        const auto bearer = [](const QJsonValue& token) -> QByteArray {
            return "Bearer " + token.toString().toUtf8();
        };
        if (dialect == QLatin1String("gatekeeper")) {
            v.identity = QStringLiteral("victim");
            if (HttpProbe::send("POST", QUrl(base + QStringLiteral("/users")),
                                R"({"username":"victim","password":"pw12","user_type":"customer",)"
                                R"("email":"v@example.com"})")
                    .status != 201)
                return {};
            for (int i = 0; i < 3; ++i)
                v.tokens << bearer(HttpProbe::send("POST", QUrl(base + QStringLiteral("/sessions")),
                                                   R"({"username":"victim","password":"pw12"})",
                                                   {{"User-Agent", "Firefox/128.0"}})
                                       .json()[QStringLiteral("token")][QStringLiteral("access_token")]);
            v.probe = QUrl(base + QStringLiteral("/users"));
        } else if (dialect == QLatin1String("gemini")) {
            v.identity = QStringLiteral("victim@gemini.example");
            const QByteArray client = "Basic " + QByteArray("authdesk-demo:demo-client-secret").toBase64();
            QJsonObject form{{QStringLiteral("email"), v.identity},
                             {QStringLiteral("password"), QStringLiteral("victim-pass-12")},
                             {QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("scope"), QStringLiteral("profile")},
                             {QStringLiteral("has_accepted_terms"), true}};
            const ProbeReply created =
                HttpProbe::json("POST", QUrl(base + QStringLiteral("/api/users/create")), QJsonDocument(form),
                                {{"Authorization", client}});
            if (created.status != 201)
                return {};
            v.tokens << bearer(created.json()[QStringLiteral("token")][QStringLiteral("access_token")]);
            form.remove(QStringLiteral("email"));
            form.remove(QStringLiteral("has_accepted_terms"));
            form.insert(QStringLiteral("username"), v.identity);
            for (int i = 0; i < 2; ++i)
                v.tokens << bearer(HttpProbe::json("POST", QUrl(base + QStringLiteral("/api/oauth/token")),
                                                   QJsonDocument(form), {{"Authorization", client}})
                                       .json()[QStringLiteral("token")][QStringLiteral("access_token")]);
            v.probe = QUrl(base + QStringLiteral("/api/users/") +
                           created.json()[QStringLiteral("user")][QStringLiteral("id")].toString());
        } else {
            v.identity = QStringLiteral("victim@nebula.example");
            const QByteArray admin =
                bearer(HttpProbe::json("POST", QUrl(base + QStringLiteral("/login")),
                                       QJsonDocument(QJsonObject{
                                           {QStringLiteral("username"), QStringLiteral("admin@nebula.test")},
                                           {QStringLiteral("password"), QStringLiteral("sandbox-admin")}}))
                           .json()[QStringLiteral("data")][QStringLiteral("jwtToken")]);
            if (HttpProbe::json("POST", QUrl(base + QStringLiteral("/users")),
                                QJsonDocument(QJsonObject{
                                    {QStringLiteral("name"), QStringLiteral("Victim")},
                                    {QStringLiteral("email"), v.identity},
                                    {QStringLiteral("password"), QStringLiteral("victim-pass-12")}}),
                                {{"Authorization", admin}})
                    .status != 201)
                return {};
            for (int i = 0; i < 3; ++i)
                v.tokens << bearer(
                    HttpProbe::json("POST", QUrl(base + QStringLiteral("/login")),
                                    QJsonDocument(QJsonObject{
                                        {QStringLiteral("username"), v.identity},
                                        {QStringLiteral("password"), QStringLiteral("victim-pass-12")}}))
                        .json()[QStringLiteral("data")][QStringLiteral("jwtToken")]);
            v.probe = QUrl(base + QStringLiteral("/api_keys"));
        }
        return v;
    }
    int refusedTokens(const Victim& victim) const
    {
        int refused = 0;
        for (const QByteArray& token : victim.tokens)
            refused += HttpProbe::send("GET", victim.probe, {}, {{"Authorization", token}}).status == 401;
        return refused;
    }

private slots:
    void revokeOneThenEverywhere_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("admin");
        QTest::newRow("gatekeeper") << QStringLiteral("gatekeeper") << QStringLiteral("admin");
        QTest::newRow("gemini") << QStringLiteral("gemini") << QStringLiteral("admin@gemini.test");
        QTest::newRow("nebula") << QStringLiteral("nebula") << QStringLiteral("admin@nebula.test");
    }
    void revokeOneThenEverywhere()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, admin);
        // A user with three live sessions of their own, to be revoked by the administrator.
        const Victim victim = victimOf(dialect);
        QCOMPARE(victim.tokens.size(), 3);
        for (const QByteArray& token : victim.tokens)
            QVERIFY2(token.size() > 20, token.constData());
        QCOMPARE(refusedTokens(victim), 0);
        auto c = signIn(dialect, admin);
        QVERIFY(c);
        UsersPage page;
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &UsersPage::usersLoaded);
        page.setConnection(c.get());
        QVERIFY(loaded.wait(10000));
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("userSearch"));
        QTest::keyClicks(search, victim.identity);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 1, 10000);
        auto* tab = page.findChild<SessionsTab*>();
        QSignalSpy sessionsLoaded(tab, &SessionsTab::loaded);
        page.table()->selectRow(0);
        QVERIFY(sessionsLoaded.wait(10000));
        QCOMPARE(tab->sessionCount(), 3);
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("userDetailTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QLatin1String("Sessions"))
                tabs->setCurrentIndex(i);
        }
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(tab->isVisible());
        if (dialect == QLatin1String("gatekeeper"))
            shoot(&page, QStringLiteral("sessions-tab.png"));

        SessionTableView* table = tab->table();
        QCOMPARE(table->objectName(), QStringLiteral("sessionsTable"));
        table->selectRow(0);
        onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("revokeSession")), Qt::LeftButton);
        auto* info = tab->findChild<QLabel*>(QStringLiteral("sessionsInfo"));
        QTRY_VERIFY2_WITH_TIMEOUT(info->text().startsWith(QLatin1String("1 of 1 session")),
                                  qPrintable(info->text()), 10000);
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("sessionsInfo"))
                    ->text()
                    .contains(QLatin1String(": revoked")));
        QCOMPARE(tab->sessionCount(), 2);
        QCOMPARE(refusedTokens(victim), 1);

        QString question;
        onNextModal([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("revokeAllSessions")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<QLabel*>(QStringLiteral("sessionsInfo"))
                                     ->text()
                                     .contains(QLatin1String("Sign out everywhere: done")),
                                 10000);
        QVERIFY2(question.contains(QLatin1String("2 session")), qPrintable(question));
        QCOMPARE(refusedTokens(victim), 3);
    }

    void sessionsAcrossUsersRevokedInBulk()
    {
        // Two users with live sessions of their own, found on the Sessions screen by a filter.
        const QUrl base = m_sandbox.apiUrl(QStringLiteral("gatekeeper"));
        QList<QByteArray> tokens;
        for (const char* name : {"bulk-one", "bulk-two"}) {
            const QByteArray user(name);
            QCOMPARE(HttpProbe::send("POST", QUrl(base.toString() + QStringLiteral("/users")),
                                     R"({"username":")" + user +
                                         R"(","password":"pw12","user_type":"customer","email":")" + user +
                                         R"(@example.com"})")
                         .status,
                     201);
            for (int i = 0; i < 2; ++i) {
                const ProbeReply r = HttpProbe::send(
                    "POST", QUrl(base.toString() + QStringLiteral("/sessions")),
                    R"({"username":")" + user + R"(","password":"pw12"})", {{"User-Agent", "BulkAgent/1.0"}});
                QCOMPARE(r.status, 200);
                tokens << "Bearer " + r.json()
                                          .object()
                                          .value(QStringLiteral("token"))
                                          .toObject()
                                          .value(QStringLiteral("access_token"))
                                          .toString()
                                          .toUtf8();
            }
        }
        auto c = signIn(QStringLiteral("gatekeeper"), QStringLiteral("admin"));
        QVERIFY(c);
        SessionsPage page;
        page.resize(1300, 700);
        QSignalSpy loaded(&page, &SessionsPage::loaded);
        page.setConnection(c.get());
        QCOMPARE(loaded.count(), 0); // read only when the screen opens
        page.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.last().first().toInt() >= 4);
        SessionTableView* table = page.table();
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("sessionsFilter")),
                         QStringLiteral("BulkAgent"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 5000);
        // Sorting by user keeps both of each user's sessions together.
        table->sortByColumn(SessionTableModel::User, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, SessionTableModel::User).data().toString(),
                 QStringLiteral("bulk-one"));
        QCOMPARE(table->model()->index(3, SessionTableModel::User).data().toString(),
                 QStringLiteral("bulk-two"));
        table->setFocus();
        table->selectAll();
        QCOMPARE(table->selectedSessions().size(), 4);
        shoot(&page, QStringLiteral("sessions-page.png"));

        QString question;
        onNextModal([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        QSignalSpy finished(&page, &SessionsPage::revocationFinished);
        QTest::keyClick(table, Qt::Key_Delete); // the same as "Revoke selected…"
        QVERIFY(finished.wait(15000));
        QVERIFY2(question.contains(QLatin1String("4 session")) && question.contains(QLatin1String("2 user")),
                 qPrintable(question));
        const QString report = page.findChild<QPlainTextEdit*>(QStringLiteral("revokeReport"))->toPlainText();
        QCOMPARE(report.count(QLatin1String(": revoked")), 4);
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("allSessionsInfo"))
                     ->text()
                     .startsWith(QLatin1String("4 of 4")),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("allSessionsInfo"))->text()));
        QCOMPARE(table->model()->rowCount(), 0); // the re-read list no longer has them
        for (const QByteArray& token : tokens)
            QCOMPARE(HttpProbe::send("GET", QUrl(base.toString() + QStringLiteral("/users")), {},
                                     {{"Authorization", token}})
                         .status,
                     401);
    }

    void sessionsScreenExplainsWhereTheServerCannotListThem()
    {
        auto c = signIn(QStringLiteral("nebula"), QStringLiteral("admin@nebula.test"));
        QVERIFY(c);
        SessionsPage page;
        page.setConnection(c.get());
        page.show();
        auto* why = page.findChild<QLabel*>(QStringLiteral("sessionsUnsupported"));
        QVERIFY(why->isVisible());
        QVERIFY2(why->text().contains(c->capabilities().reason(Capability::ListAllSessions)),
                 qPrintable(why->text()));
        QVERIFY2(why->text().contains(QLatin1String("per user")), qPrintable(why->text()));
        QSignalSpy users(&page, &SessionsPage::usersRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("openUsersForSessions")),
                          Qt::LeftButton);
        QCOMPARE(users.count(), 1);
    }

    void clipboardIsLeftAloneOnceItHoldsSomethingElse()
    {
        IssuedKeyDialog dialog(QStringLiteral("ci"), QStringLiteral("ak_0123456789abcdef"));
        dialog.setClipboardClearDelay(300);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyKey")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("ak_0123456789abcdef"));
        QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTest::qWait(800);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void issueUseRevokeAKey()
    {
        auto c = signIn(QStringLiteral("nebula"), QStringLiteral("admin@nebula.test"));
        QVERIFY(c);
        ApiKeysPage page;
        page.resize(1000, 600);
        page.show();
        QSignalSpy loaded(&page, &ApiKeysPage::loaded);
        page.setConnection(c.get());
        QVERIFY(loaded.wait(10000));
        QString secret;
        onNextModal([&](QWidget* form) {
            // Nebula keys never expire: the choice is shown disabled, with the reason.
            auto* expires = form->findChild<QCheckBox*>(QStringLiteral("keyExpires"));
            QVERIFY(!expires->isEnabled());
            QVERIFY2(expires->toolTip().contains(QLatin1String("never expire")),
                     qPrintable(expires->toolTip()));
            QVERIFY(form->findChild<QLabel*>(QStringLiteral("keyScopesUnsupported")));
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("keyName")),
                             QStringLiteral("deploy-bot"));
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            onNextModal([&](QWidget* shown) {
                secret = shown->findChild<QLineEdit*>(QStringLiteral("issuedKey"))->text();
                QVERIFY(qobject_cast<IssuedKeyDialog*>(shown));
                qobject_cast<IssuedKeyDialog*>(shown)->setClipboardClearDelay(1500);
                QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("copyKey")), Qt::LeftButton);
                shoot(shown, QStringLiteral("key-issued.png"));
                qobject_cast<QDialog*>(shown)->accept();
            });
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueKey")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(secret.startsWith(QLatin1String("ak_")), 10000);
        QCOMPARE(QApplication::clipboard()->text(), secret);
        // The clipboard forgets the key after the delay (60 s outside tests).
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 10000);
        // The key works against the server...
        const QUrl keys(m_sandbox.apiUrl(QStringLiteral("nebula")).toString() + QStringLiteral("/api_keys"));
        QCOMPARE(HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + secret.toUtf8()}}).status,
                 200);
        // ...the list shows only its first characters...
        QTableView* table = page.table();
        QCOMPARE(table->objectName(), QStringLiteral("apiKeysTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, 10000);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                QVERIFY(!table->model()->index(r, column).data().toString().contains(secret));
            if (table->model()->index(r, ApiKeyTableModel::Name).data().toString() ==
                QLatin1String("deploy-bot"))
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(table->model()
                    ->index(row, ApiKeyTableModel::Prefix)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("ak_")));
        QCOMPARE(table->model()->index(row, ApiKeyTableModel::Expires).data().toString(),
                 QStringLiteral("never"));
        // ...and after revoking, it is refused.
        table->selectRow(row);
        onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("revokeKey")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel*>(QStringLiteral("apiKeysInfo"))
                                     ->text()
                                     .contains(QLatin1String("no longer lists")),
                                 10000);
        QCOMPARE(HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + secret.toUtf8()}}).status,
                 401);

        // Every action is in the audit log, and no key material is in any file written.
        QStringList actions;
        for (const AuditEntry& e : m_audit.entries())
            actions << e.action;
        for (const char* action : {"session.revoke", "session.revokeAll", "apikey.create", "apikey.revoke"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
        m_audit.close();
        for (const QFileInfo& info :
             QDir(m_dir.path()).entryInfoList(QDir::Files)) { // the database and its WAL
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(info.fileName()));
        }
    }
};

QTEST_MAIN(tst_SessionsAndKeys)
#include "tst_SessionsAndKeys.moc"
