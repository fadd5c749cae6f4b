#pragma once
// The console's frame: profile switcher, left navigation (Users, Sessions, API keys, Audit
// log, Overview, Access reviews), the page area and a status bar with connection state, the signed-in
// identity and the token's remaining lifetime. Geometry and table layouts are remembered between runs.

#include <QMainWindow>
#include <QPointer>

class ApiKeysPage;
class InsightsLoader;
class OverviewPage;
class ReviewsPage;
class SessionsPage;
class AuditLog;
class CacheUpgrade;
class Connection;
class ProfileCache;
class ProfileStore;
class QProgressBar;
class QToolButton;
struct SyncProgress;
struct SyncResult;
struct UpgradeProgress;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class UsersPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore* profiles, AuditLog* audit, QWidget* parent = nullptr);

    void setConnection(Connection* connection);
    // The open profile's cache: its copy, its sync (with progress and Cancel) and offline mode.
    void setCache(ProfileCache* cache);
    // The profile's cache could not be opened (damaged, held by another program, no room):
    // the console works live without it and says why wherever the cache would be.
    void setCacheUnavailable(const QString& reason);
    // The profile's cache is being upgraded to this version's format: its progress and Cancel
    // in the status bar until it ends, and the reason wherever the cache would be.
    void showCacheUpgrade(CacheUpgrade* upgrade);
    UsersPage* usersPage() const { return m_users; }
    void showMessage(const QString& message);

signals:
    void profileSelected(const QString& profileId);
    void profilesDialogRequested();
    void signInRequested();
    void signOutRequested();
    void tokenInspectorRequested();
    void workOfflineRequested(bool offline);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What a first start shows instead of an empty table: what to do, and "Add server…".
    QWidget* createFirstRunPage();
    void updateFirstRunColors(QWidget* page);
    void reloadProfiles();
    void updateStatus();
    void updateCacheActions();
    void showSyncProgress(const SyncProgress& progress);
    void showUpgradeProgress(const UpgradeProgress& progress);
    // The status bar's progress text, widened to show it whole.
    void setProgressText(const QString& text);
    void syncFinished(const SyncResult& result);
    // Counts the Overview again from the cache, when it is the page shown.
    void refreshOverview();

    ProfileStore* m_profiles;
    QPointer<Connection> m_connection;
    QComboBox* m_profileBox;
    QStackedWidget* m_central; // the first-run page, or navigation and pages
    QWidget* m_firstRun;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    UsersPage* m_users;
    SessionsPage* m_sessions;
    ApiKeysPage* m_keys;
    OverviewPage* m_overview;
    ReviewsPage* m_reviews;
    InsightsLoader* m_insights;
    QLabel* m_state;
    QLabel* m_identity;
    QLabel* m_lifetime;
    QTimer* m_tick;
    QPointer<ProfileCache> m_cache;
    QAction* m_syncAction;
    QAction* m_offlineAction;
    QProgressBar* m_syncProgress;
    QToolButton* m_syncCancel;
    QToolButton* m_upgradeCancel;
    const QObject* m_progressOwner = nullptr; // the upgrade whose progress the bar shows, if any
};
