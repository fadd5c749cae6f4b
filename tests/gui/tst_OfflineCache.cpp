// The console over the local cache, against the sandbox: the users table reads the cached copy
// with a banner saying how fresh it is; a second sync records what changed as the user's
// history; with the server gone and "Work offline" on, search, detail and history still work
// while every action that needs the server is disabled with the reason.
// AUTHDESK_SHOTS=DIR saves offline-banner.png.

#include "SandboxProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UserDetailPanel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

class tst_OfflineCache : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ProfileCache> m_cache;
    std::unique_ptr<UsersPage> m_page;
    QString m_target; // the user whose role changes between two syncs

    bool syncOnce()
    {
        QSignalSpy finished(m_cache.get(), &ProfileCache::syncFinished);
        m_cache->sync();
        if (!finished.wait(30000))
            return false;
        return finished.first().first().value<SyncResult>().completed();
    }
    int rows() const { return m_page->table()->model()->rowCount(); }
    QString cell(int row, int column) const
    {
        return m_page->table()->model()->index(row, column).data().toString();
    }
    int rowOf(const QString& username) const
    {
        for (int row = 0; row < rows(); ++row) {
            if (cell(row, UserTableModel::Username) == username)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_credentials.setMemoryOnly(true);
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("300")}));
        Profile p;
        p.id = QStringLiteral("offline-test");
        p.name = QStringLiteral("Offline test");
        p.baseUrl = m_sandbox.apiUrl(QStringLiteral("gatekeeper"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        QFile::remove(CacheDatabase::pathForProfile(p.id));
        m_connection = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), &m_credentials);
        QSignalSpy signedIn(m_connection.get(), &Connection::signedIn);
        m_connection->signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")}});
        QVERIFY(signedIn.wait(10000));
        m_cache = std::make_unique<ProfileCache>(p);
        QVERIFY2(m_cache->open(), qPrintable(m_cache->errorString()));
        QVERIFY(!m_cache->hasCopy());
        m_page = std::make_unique<UsersPage>();
        m_page->resize(1200, 700);
        m_page->show();
    }

    void tableReadsTheServerUntilTheFirstSyncThenTheCache()
    {
        m_page->setCache(m_cache.get());
        QSignalSpy loaded(m_page.get(), &UsersPage::usersLoaded);
        m_page->setConnection(m_connection.get());
        QVERIFY(loaded.wait(10000));
        auto* banner = m_page->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QVERIFY(!banner->isVisible()); // straight from the server: nothing to qualify
        m_cache->setConnection(m_connection.get());
        QVERIFY(syncOnce());
        QVERIFY(m_cache->hasCopy());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY2(banner->text().startsWith(QLatin1String("Live")), qPrintable(banner->text()));
        QTRY_VERIFY_WITH_TIMEOUT(rows() >= 200, 5000);
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("searchMode"))->text(),
                 QStringLiteral("Cache search"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->total(), 301, 5000);
        // Every cached row, for the tests below.
        while (rows() < 301) {
            const int before = rows();
            m_page->table()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(rows() > before, 5000);
        }
    }

    void aSecondSyncRecordsWhatChangedAsHistory()
    {
        m_target = cell(7, UserTableModel::Username);
        QVERIFY(!m_target.isEmpty() && m_target != QLatin1String("admin"));
        const int row = rowOf(m_target);
        const User before = m_page->model()->user(m_page->table()->model()->index(row, 0).row());
        const QString newRole = before.roles.value(0) == QLatin1String("admin") ? QStringLiteral("customer")
                                                                                : QStringLiteral("admin");
        bool changed = false;
        m_connection->setRoles(before, {newRole}, this, [&](const Result<User>& r) { changed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(changed, 10000);
        QVERIFY(syncOnce());
        // Merged in place: the row shows the new role without a reload from the top.
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOf(m_target), UserTableModel::Roles), newRole, 5000);
        m_page->table()->selectRow(rowOf(m_target));
        auto* history = m_page->detail()->findChild<QTreeWidget*>(QStringLiteral("userHistory"));
        QTRY_VERIFY(history->topLevelItemCount() >= 2);
        QStringList lines;
        for (int i = 0; i < history->topLevelItemCount(); ++i)
            lines << history->topLevelItem(i)->text(1);
        QVERIFY2(lines.contains(QStringLiteral("gained role ") + newRole),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(lines.contains(QStringLiteral("lost role ") + before.roles.value(0)),
                 qPrintable(lines.join(QLatin1Char('|'))));
    }

    void offlineReviewWorksWithTheServerGone()
    {
        m_sandbox.kill();
        m_cache->setOffline(true);
        m_connection->setOffline(true);
        m_page->setConnection(nullptr);
        auto* banner = m_page->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — data as of")),
                 qPrintable(banner->text()));
        QTRY_VERIFY_WITH_TIMEOUT(rows() >= 200, 5000);
        // Actions that need the server are off, and say why.
        auto* create = m_page->findChild<QAction*>(QStringLiteral("actionUserCreate"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(QLatin1String("Needs the server")),
                 qPrintable(create->toolTip()));
        // Search runs over every cached user.
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("userSearch"));
        QVERIFY(search->isEnabled());
        search->setText(m_target); // also a prefix of longer names: sorted, it comes first
        QTRY_VERIFY_WITH_TIMEOUT(rows() >= 1 && rows() < 10, 5000);
        m_page->table()->sortByColumn(UserTableModel::Username, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, UserTableModel::Username), m_target, 5000);
        m_page->table()->selectRow(0);
        QTRY_COMPARE(m_page->detail()->user().username, m_target);
        QVERIFY(!m_page->detail()->user().attributes.isEmpty()); // every cached attribute, offline
        QVERIFY(m_page->findChild<QTreeWidget*>(QStringLiteral("userHistory"))->topLevelItemCount() >= 2);
        QVERIFY(!m_page->findChild<QAction*>(QStringLiteral("actionUserDelete"))->isEnabled());
        m_page->detail()->tabs()->setCurrentIndex(m_page->detail()->tabs()->count() - 1); // History
        const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); // for a look at the banner
        if (!shots.isEmpty())
            QVERIFY(m_page->grab().save(shots + QStringLiteral("/offline-banner.png")));
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(rows() >= 200, 5000);

        // The cache is searched on every keystroke, not after a pause in typing as a server
        // is: a few turns of the event loop, without any waiting, bring the answer.
        QTest::keyClicks(search, m_target);
        for (int turn = 0; turn < 20 && !(rows() >= 1 && rows() < 10); ++turn)
            QCoreApplication::processEvents();
        QVERIFY2(rows() >= 1 && rows() < 10, qPrintable(QString::number(rows())));
    }
};

QTEST_MAIN(tst_OfflineCache)
#include "tst_OfflineCache.moc"
