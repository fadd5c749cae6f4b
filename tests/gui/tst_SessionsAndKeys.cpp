// Sessions and API keys on screen against the sandbox: revoke one session and sign a user out
// everywhere (the server then refuses their tokens), issue a Nebula key shown once, use it,
// revoke it and see it refused — and every action in the audit log, without key material.
// With AUTHDESK_SHOTS=DIR set, the sessions tab and the key-issued dialog are saved as PNGs.

#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "audit/AuditLog.h"
#include "credentials/CredentialStore.h"
#include "keys/ApiKeysPage.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "sessions/SessionsTab.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>
#include <functional>

namespace {

void onNextModal(std::function<void(QWidget*)> step)
{
    QTimer::singleShot(50, [step] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            onNextModal(step);
            return;
        }
        step(modal);
    });
}

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
        auto c = std::make_unique<Connection>(p, DialectRegistry::create(dialect), &m_credentials);
        c->setAuditLog(&m_audit);
        QSignalSpy in(c.get(), &Connection::signedIn);
        c->signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")}});
        return in.wait(10000) ? std::move(c) : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        QVERIFY(m_audit.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("30")}));
    }

    void revokeOneThenEverywhere()
    {
        // A user with two live sessions of their own, to be revoked by the administrator.
        const QUrl base = m_sandbox.apiUrl(QStringLiteral("gatekeeper"));
        QCOMPARE(
            HttpProbe::send(
                "POST", QUrl(base.toString() + QStringLiteral("/users")),
                R"({"username":"victim","password":"pw12","user_type":"customer","email":"v@example.com"})")
                .status,
            201);
        QList<QByteArray> tokens;
        for (int i = 0; i < 3; ++i) {
            const ProbeReply r = HttpProbe::send("POST", QUrl(base.toString() + QStringLiteral("/sessions")),
                                                 R"({"username":"victim","password":"pw12"})",
                                                 {{"User-Agent", "Firefox/128.0"}});
            tokens << "Bearer " + r.json()
                                      .object()
                                      .value(QStringLiteral("token"))
                                      .toObject()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toUtf8();
        }
        auto c = signIn(QStringLiteral("gatekeeper"), QStringLiteral("admin"));
        QVERIFY(c);
        UsersPage page;
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &UsersPage::usersLoaded);
        page.setConnection(c.get());
        QVERIFY(loaded.wait(10000));
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("userSearch"));
        QTest::keyClicks(search, QStringLiteral("victim"));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 1, 10000);
        auto* tab = page.findChild<SessionsTab*>();
        QSignalSpy sessionsLoaded(tab, &SessionsTab::loaded);
        page.table()->selectRow(0);
        QVERIFY(sessionsLoaded.wait(10000));
        QCOMPARE(tab->sessionCount(), 3);
        page.findChild<QTabWidget*>()->setCurrentWidget(tab);
        shoot(&page, QStringLiteral("sessions-tab.png"));

        auto* table = tab->findChild<QTableWidget*>(QStringLiteral("sessionsTable"));
        table->selectRow(0);
        onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("revokeSession")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<QLabel*>(QStringLiteral("sessionsInfo"))
                                     ->text()
                                     .contains(QLatin1String("no longer lists")),
                                 10000);
        QCOMPARE(tab->sessionCount(), 2);
        int refused = 0;
        for (const QByteArray& token : tokens)
            refused += HttpProbe::send("GET", QUrl(base.toString() + QStringLiteral("/users")), {},
                                       {{"Authorization", token}})
                           .status == 401;
        QCOMPARE(refused, 1);

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
        for (const QByteArray& token : tokens)
            QCOMPARE(HttpProbe::send("GET", QUrl(base.toString() + QStringLiteral("/users")), {},
                                     {{"Authorization", token}})
                         .status,
                     401);
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
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("keyName")),
                             QStringLiteral("deploy-bot"));
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            onNextModal([&](QWidget* shown) {
                secret = shown->findChild<QLineEdit*>(QStringLiteral("issuedKey"))->text();
                QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("copyKey")), Qt::LeftButton);
                shoot(shown, QStringLiteral("key-issued.png"));
                qobject_cast<QDialog*>(shown)->accept();
            });
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueKey")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(secret.startsWith(QLatin1String("ak_")), 10000);
        QCOMPARE(QApplication::clipboard()->text(), secret);
        // The key works against the server...
        const QUrl keys(m_sandbox.apiUrl(QStringLiteral("nebula")).toString() + QStringLiteral("/api_keys"));
        QCOMPARE(HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + secret.toUtf8()}}).status,
                 200);
        // ...the list shows only its first characters...
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("apiKeysTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, 10000);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            QVERIFY(!table->item(r, 1)->text().contains(secret));
            if (table->item(r, 0)->text() == QLatin1String("deploy-bot"))
                row = r;
        }
        QVERIFY(row >= 0);
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
