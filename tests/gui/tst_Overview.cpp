// The Overview in the console, against a synced sandbox: its figures equal counts made
// with plain SQL over the sandbox's own database; a figure and a bar each open the users table
// listing exactly the users they count, with a bar saying so and a way back to everyone; the
// figures stay offline; a profile without a copy says to sync first.
// AUTHDESK_SHOTS=DIR saves overview.png.

#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SandboxProfile.h"
#include "cache/CacheDatabase.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "insights/InsightsLoader.h"
#include "items/UserTableModel.h"
#include "listing/UserListController.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UsersPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class tst_Overview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QSqlDatabase m_server;
    CredentialStore m_credentials;
    SandboxProfile m_gk;
    ProfileCache* m_cache = nullptr;
    std::unique_ptr<MainWindow> m_window;

    qint64 serverCount(const QString& condition)
    {
        QSqlQuery q(m_server);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM users u WHERE u.api = 'gatekeeper' AND ") + condition) ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QCommandLinkButton* tile(const QString& key) const
    {
        return m_window->findChild<QCommandLinkButton*>(QStringLiteral("figure_") + key);
    }
    QWidget* page() const { return m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(); }
    void showOverview() const { m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(4); }
    UserListController* users() const { return m_window->usersPage()->users(); }
    qint64 listedTotal() const { return m_window->usersPage()->table()->model()->rowCount(); }
    // Every row of the users table, once the scoped list has loaded (fewer than a page here).
    bool waitForRows(qint64 rows) const
    {
        return QTest::qWaitFor([&] { return listedTotal() == rows; }, 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_credentials.setMemoryOnly(true);
        const QString file = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("300"), QStringLiteral("--db"), file}),
                 qPrintable(m_sandbox.errorString()));
        m_server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sandbox"));
        m_server.setDatabaseName(file);
        m_server.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(m_server.open());

        QVERIFY(m_gk.open(m_sandbox, &m_credentials, QStringLiteral("Overview test")));
        m_cache = m_gk.cache.get();
        m_window = std::make_unique<MainWindow>(m_gk.profiles.get(), nullptr);
        m_window->resize(1280, 900);
        m_window->setConnection(m_gk.connection.get());
        m_window->setCache(m_cache);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void withoutACopyItSaysToSync()
    {
        showOverview();
        QCOMPARE(page()->objectName(), QStringLiteral("overviewPage"));
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("overviewMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Sync this profile")), qPrintable(message->text()));
        QVERIFY(!tile(QStringLiteral("total")));
    }

    void figuresEqualTheSandboxsOwnCounts()
    {
        QVERIFY(m_gk.sync());
        // The page shown counts again after the sync, on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(tile(QStringLiteral("total")), 10000);
        const QLocale locale;
        const auto shows = [&](const QString& key, qint64 count) {
            QCommandLinkButton* button = tile(key);
            return button && button->text() == locale.toString(count);
        };
        QVERIFY(shows(QStringLiteral("total"), serverCount(QStringLiteral("1"))));
        QVERIFY(shows(QStringLiteral("enabled"), serverCount(QStringLiteral("u.enabled = 1"))));
        QVERIFY(shows(QStringLiteral("disabled"), serverCount(QStringLiteral("u.enabled = 0"))));
        QVERIFY(shows(QStringLiteral("neverSignedIn"), serverCount(QStringLiteral("coalesce(u.last_login_at, 0) = 0"))));
        QVERIFY(shows(QStringLiteral("admins"), serverCount(QStringLiteral("u.role = 'admin'"))));
        QVERIFY(tile(QStringLiteral("disabledWithAccess"))->isEnabled()); // Gatekeeper lists every session
        for (const char* chart : {"chart_roles", "chart_lastSignIn", "chart_createdPerMonth"})
            QVERIFY2(m_window->findChild<QChartView*>(QLatin1String(chart)), chart);
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/overview.png")));
    }

    void aFigureListsExactlyItsUsers()
    {
        const qint64 disabled = serverCount(QStringLiteral("u.enabled = 0"));
        QVERIFY(disabled > 0);
        QTest::mouseClick(tile(QStringLiteral("disabled")), Qt::LeftButton);
        QCOMPARE(page(), static_cast<QWidget*>(m_window->usersPage()));
        QVERIFY2(waitForRows(disabled), qPrintable(QString::number(listedTotal())));
        QAbstractItemModel* rows = m_window->usersPage()->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            QCOMPARE(rows->index(row, UserTableModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        auto* bar = m_window->findChild<QWidget*>(QStringLiteral("scopeBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("scopeTitle"))->text().contains(QStringLiteral("Disabled")));

        // Back to everyone.
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("clearScope")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(listedTotal() > disabled, 10000);
        QVERIFY(users()->scopeTitle().isEmpty());
    }

    void aBarListsExactlyItsUsers()
    {
        showOverview();
        auto* chart = m_window->findChild<QChartView*>(QStringLiteral("chart_roles"));
        QVERIFY(chart);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->chart()->series().value(0));
        QVERIFY(series && series->count() == 1);
        QBarSet* roles = series->barSets().first();
        const QStringList categories = chart->chart()->axes(Qt::Vertical).first()->property("categories").toStringList();
        const int admin = int(categories.indexOf(QStringLiteral("admin")));
        QVERIFY(admin >= 0);
        emit roles->clicked(admin); // what QChartView does for a click on that bar
        QCOMPARE(page(), static_cast<QWidget*>(m_window->usersPage()));
        QVERIFY(waitForRows(serverCount(QStringLiteral("u.role = 'admin'"))));
        QAbstractItemModel* rows = m_window->usersPage()->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            QVERIFY(rows->index(row, UserTableModel::Roles).data().toString().contains(QStringLiteral("admin")));
        users()->clearScope();
    }

    // Offline, the figures are the same: they were the cache's all along.
    void offlineFiguresStay()
    {
        const QString before = tile(QStringLiteral("total"))->text();
        QSignalSpy counted(m_window->findChild<InsightsLoader*>(), &InsightsLoader::loaded);
        m_cache->setOffline(true);
        showOverview();
        QVERIFY(counted.wait(10000)); // counted again from the file opened read-only
        QCOMPARE(tile(QStringLiteral("total"))->text(), before);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("overviewSource"))->text().contains(QStringLiteral("local copy")));
        m_cache->setOffline(false);
    }
};

QTEST_MAIN(tst_Overview)
#include "tst_Overview.moc"
