#include "MainWindow.h"

#include "audit/AuditPage.h"
#include "common/ActionIcons.h"
#include "common/Prompt.h"
#include "common/ThemePalette.h"
#include "keys/ApiKeysPage.h"
#include "overview/OverviewPage.h"
#include "reviews/ReviewsPage.h"
#include "sessions/SessionsPage.h"

#include "cache/CacheUpgrade.h"
#include "cache/ProfileCache.h"
#include "insights/InsightsLoader.h"
#include "listing/UserListController.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QPointer>
#include <climits>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(ProfileStore* profiles, AuditLog* audit, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_profileBox(new QComboBox(this))
    , m_central(new QStackedWidget(this))
    , m_firstRun(createFirstRunPage())
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_users(new UsersPage(this))
    , m_sessions(new SessionsPage(this))
    , m_keys(new ApiKeysPage(this))
    , m_overview(new OverviewPage(this))
    , m_reviews(new ReviewsPage(this))
    , m_insights(new InsightsLoader(this))
    , m_state(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_lifetime(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_syncProgress(new QProgressBar(this))
    , m_syncCancel(new QToolButton(this))
    , m_upgradeCancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AuthDesk"));
    setWindowIcon(ActionIcons::applicationIcon());

    auto makeAction = [this](const QString& name, const QString& text, const QKeySequence& key = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    QAction* profilesAction = makeAction(QStringLiteral("actionProfiles"), tr("&Profiles…"));
    QAction* signIn = makeAction(QStringLiteral("actionSignIn"), tr("Sign &in"));
    QAction* signOut = makeAction(QStringLiteral("actionSignOut"), tr("Sign &out"));
    QAction* inspector = makeAction(QStringLiteral("actionTokenInspector"), tr("&Token inspector…"));
    QAction* quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(profilesAction, &QAction::triggered, this, &MainWindow::profilesDialogRequested);
    connect(signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(inspector, &QAction::triggered, this, &MainWindow::tokenInspectorRequested);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_syncAction = makeAction(QStringLiteral("actionSync"), tr("S&ync cache"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setToolTip(tr("Copy every user of the server into the local cache, for offline review"));
    m_offlineAction = makeAction(QStringLiteral("actionWorkOffline"), tr("Work &offline"));
    m_offlineAction->setCheckable(true);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_cache)
            m_cache->sync();
    });
    connect(m_offlineAction, &QAction::triggered, this, &MainWindow::workOfflineRequested);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({profilesAction, signIn, signOut, inspector});
    file->addSeparator();
    file->addActions({m_syncAction, m_offlineAction});
    file->addSeparator();
    file->addAction(quit);

    auto* toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolbar"));
    toolbar->setMovable(false);
    // Icons help find an action again; the words say what it does.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Profile: "), this));
    m_profileBox->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileBox->setMinimumContentsLength(24);
    toolbar->addWidget(m_profileBox);
    toolbar->addActions({profilesAction, signIn, signOut, inspector});
    toolbar->addSeparator();
    toolbar->addActions({m_syncAction, m_offlineAction});
    connect(m_profileBox, &QComboBox::activated, this,
            [this](int index) { emit profileSelected(m_profileBox->itemData(index).toString()); });

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22)); // the size the bundled Breeze icons are drawn for
    const QStringList entries{tr("Users"), tr("Sessions"), tr("API keys"), tr("Audit log"), tr("Overview"),
                              tr("Access reviews")};
    const QStringList names{QStringLiteral("navUsers"), QStringLiteral("navSessions"), QStringLiteral("navApiKeys"),
                            QStringLiteral("navAudit"), QStringLiteral("navOverview"),
                            QStringLiteral("navReviews")};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto* item = new QListWidgetItem(entries.at(i), m_navigation);
        item->setData(Qt::UserRole, names.at(i));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2));
    }
    m_navigation->setMaximumWidth(
        m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("API keys and more")) + 48 + 22);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_users);
    m_pages->addWidget(m_sessions);
    connect(m_sessions, &SessionsPage::usersRequested, this, [this] { m_navigation->setCurrentRow(0); });
    m_pages->addWidget(m_keys);
    m_pages->addWidget(new AuditPage(audit, this));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_reviews);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A new review may take the users the Users screen lists at the time.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] {
        if (m_pages->currentWidget() == m_reviews)
            m_reviews->setListedUsers(m_users->users()->listedFilter(), m_users->users()->search());
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::refreshOverview);
    connect(m_insights, &InsightsLoader::loaded, m_overview, &OverviewPage::setInsights);
    connect(m_insights, &InsightsLoader::failed, this, [this](const QString& message) {
        m_overview->showUnavailable(tr("The overview could not be counted: %1").arg(message));
    });
    // A figure or a bar lists its users in the users table.
    connect(m_overview, &OverviewPage::usersRequested, this, [this](const CacheFilter& filter, const QString& title) {
        if (m_users->users()->showScope(filter, title))
            m_navigation->setCurrentRow(0);
    });
    m_navigation->setCurrentRow(0);

    auto* central = new QSplitter(this);
    central->setObjectName(QStringLiteral("mainSplitter"));
    central->addWidget(m_navigation);
    central->addWidget(m_pages);
    central->setStretchFactor(1, 1);
    central->setChildrenCollapsible(false);
    central->setSizes({m_navigation->maximumWidth(), 10000});
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(m_firstRun);
    m_central->addWidget(central);
    setCentralWidget(m_central);

    m_state->setObjectName(QStringLiteral("connectionState"));
    m_identity->setObjectName(QStringLiteral("signedInIdentity"));
    m_lifetime->setObjectName(QStringLiteral("tokenLifetime"));
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setTextVisible(true);
    m_syncProgress->hide();
    m_syncCancel->setObjectName(QStringLiteral("syncCancel"));
    m_syncCancel->setText(tr("Cancel sync"));
    m_syncCancel->setToolTip(tr("Stop the sync; the cache stays exactly as it was before it began"));
    m_syncCancel->hide();
    connect(m_syncCancel, &QToolButton::clicked, this, [this] {
        if (m_cache)
            m_cache->cancelSync();
    });
    m_upgradeCancel->setObjectName(QStringLiteral("upgradeCancel"));
    m_upgradeCancel->setText(tr("Cancel upgrade"));
    m_upgradeCancel->setToolTip(
        tr("Stop the upgrade; the cache stays as it was, and is upgraded the next time this profile opens"));
    m_upgradeCancel->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncCancel);
    statusBar()->addPermanentWidget(m_upgradeCancel);
    statusBar()->addPermanentWidget(m_state);
    statusBar()->addPermanentWidget(m_identity);
    statusBar()->addPermanentWidget(m_lifetime);
    connect(m_users, &UsersPage::statusMessage, this, &MainWindow::showMessage);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_tick->start();

    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    reloadProfiles();

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_users->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/usersColumns")).toByteArray());
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QByteArray state =
            settings.value(QStringLiteral("window/splitter/") + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    ActionIcons::apply(this);
    updateStatus();
    updateCacheActions(); // no cache yet: Sync and Work offline start disabled, with the reason
}

QWidget* MainWindow::createFirstRunPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("firstRunPage"));
    auto* icon = new QLabel(page);
    icon->setPixmap(ActionIcons::applicationIcon().pixmap(QSize(96, 96), devicePixelRatioF()));
    auto* title = new QLabel(tr("Welcome to AuthDesk"), page);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* text = new QLabel(tr("AuthDesk manages the users, sessions and API keys of your auth servers. "
                               "To begin, add a server: its address, its type and the account you sign "
                               "in with. Passwords go to the system keychain, never to a file."),
                            page);
    text->setObjectName(QStringLiteral("firstRunText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    // A centred label gets its size hint, which knows nothing of wrapping: its lines are
    // measured at a fixed width instead.
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 64);
    text->setMinimumHeight(text->heightForWidth(text->width()));
    auto* add = new QPushButton(tr("Add server…"), page);
    add->setObjectName(QStringLiteral("firstRunAddServer"));
    add->setToolTip(tr("Opens the server profiles"));
    connect(add, &QPushButton::clicked, this, &MainWindow::profilesDialogRequested);
    auto* hint = new QLabel(tr("Servers added with authdesk-cli profiles add show here too."), page);
    hint->setObjectName(QStringLiteral("firstRunHint"));

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    for (QWidget* widget :
         {static_cast<QWidget*>(icon), static_cast<QWidget*>(title), static_cast<QWidget*>(text)}) {
        layout->addWidget(widget, 0, Qt::AlignHCenter);
        layout->addSpacing(8);
    }
    layout->addSpacing(8);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    updateFirstRunColors(page);
    return page;
}

void MainWindow::updateFirstRunColors(QWidget* page)
{
    // From the window's palette: the hint's own keeps the colour set here last time.
    auto* hint = page->findChild<QLabel*>(QStringLiteral("firstRunHint"));
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, ThemePalette::secondaryText(palette()));
    hint->setPalette(colors);
}

void MainWindow::reloadProfiles()
{
    const QString current = m_connection ? m_connection->profile().id : m_profiles->currentProfileId();
    m_profileBox->clear();
    for (const Profile& profile : m_profiles->profiles())
        m_profileBox->addItem(profile.name, profile.id);
    if (m_profileBox->count() == 0)
        m_profileBox->addItem(tr("No profile — open Profiles… to add one"), QString());
    const bool firstRun = m_profiles->profiles().isEmpty();
    m_central->setCurrentIndex(firstRun ? 0 : 1);
    if (firstRun)
        m_firstRun->findChild<QPushButton*>(QStringLiteral("firstRunAddServer"))->setFocus();
    const int index = m_profileBox->findData(current);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
}

void MainWindow::setConnection(Connection* connection)
{
    // Set again with the same connection (going offline and back) or another one: the previous
    // connection's signals must not reach this window twice.
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &MainWindow::updateStatus);
        connect(connection, &Connection::stateChanged, this, &MainWindow::updateCacheActions);
        connect(connection, &Connection::authStateChanged, this, &MainWindow::updateStatus);
        connect(connection, &Connection::signedIn, this, [this] {
            m_users->setConnection(m_connection);
            m_sessions->setConnection(m_connection);
            m_keys->setConnection(m_connection);
            m_reviews->setConnection(m_connection);
        });
        connect(connection, &Connection::signInFailed, this,
                [this](const ApiError& error) { showMessage(tr("Sign-in failed: %1").arg(error.message)); });
    }
    Connection* live =
        connection && connection->state() == Connection::State::SignedIn ? connection : nullptr;
    m_users->setConnection(live);
    m_sessions->setConnection(live);
    m_keys->setConnection(live);
    m_reviews->setConnection(live);
    reloadProfiles();
    updateStatus();
    updateCacheActions();
}

void MainWindow::setCache(ProfileCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    if (cache != m_cache) { // another profile's figures are not this one's, even for a moment
        m_insights->cancel();
        m_overview->showUnavailable(tr("Counting…"));
    }
    m_cache = cache;
    m_progressOwner = nullptr; // the cache's sync shows in the bar from now on
    m_syncProgress->hide();
    m_syncCancel->hide();
    if (cache) {
        connect(cache, &ProfileCache::syncStarted, this, [this] {
            m_syncProgress->setRange(0, 0);
            m_syncProgress->setMinimumWidth(0);
            m_syncProgress->setFormat(tr("Syncing…"));
            m_syncProgress->show();
            m_syncCancel->show();
            updateCacheActions();
        });
        connect(cache, &ProfileCache::syncProgress, this, &MainWindow::showSyncProgress);
        connect(cache, &ProfileCache::syncFinished, this, &MainWindow::syncFinished);
        connect(cache, &ProfileCache::massDeletionPending, this, [this, cache](qint64 vanishing, qint64 present) {
            // A server that suddenly lists far fewer users is more often broken than right.
            Prompt::confirm(
                this, tr("Mark users deleted?"),
                tr("The server no longer lists %L1 of the %Ln user(s) in the offline copy. Syncing now "
                   "marks them deleted on the server in the copy.\n\nIf the server is misbehaving, "
                   "cancel: the copy stays as it was.",
                   nullptr, int(qMin<qint64>(present, INT_MAX)))
                    .arg(vanishing),
                [guarded = QPointer<ProfileCache>(cache)] {
                    if (guarded)
                        guarded->confirmMassDeletion();
                },
                QMessageBox::Warning,
                [guarded = QPointer<ProfileCache>(cache)] {
                    if (guarded)
                        guarded->cancelSync();
                });
        });
        connect(cache, &ProfileCache::freshnessChanged, this, &MainWindow::updateCacheActions);
        connect(cache, &ProfileCache::cacheChanged, this, &MainWindow::refreshOverview);
    }
    m_users->setCache(cache);
    m_reviews->setCache(cache);
    updateCacheActions();
    refreshOverview();
}

void MainWindow::refreshOverview()
{
    if (m_pages->currentWidget() != m_overview)
        return; // counted when shown
    const QString problem = m_users->users()->cacheProblem();
    if (!m_cache)
        m_overview->showUnavailable(problem.isEmpty() ? tr("This profile has no local copy to count.") : problem);
    else if (!m_cache->hasCopy())
        m_overview->showUnavailable(tr("Sync this profile to see its overview: the figures come from the local copy."));
    else {
        m_overview->showLoading();
        m_insights->load(*m_cache);
    }
}

void MainWindow::setCacheUnavailable(const QString& reason)
{
    setCache(nullptr);
    m_users->users()->setCacheProblem(reason);
    updateCacheActions();
    refreshOverview();
    showMessage(reason);
}

void MainWindow::updateCacheActions()
{
    const bool offline = m_cache && m_cache->isOffline();
    const bool online = m_connection && m_connection->state() == Connection::State::SignedIn;
    const QString cacheProblem = m_users->users()->cacheProblem();
    m_offlineAction->setEnabled(m_cache);
    m_offlineAction->setToolTip(cacheProblem.isEmpty()
                                    ? tr("Read the local cache only; nothing is sent to the server")
                                    : cacheProblem);
    m_offlineAction->setChecked(offline);
    m_syncAction->setEnabled(m_cache && online && !offline && !m_cache->isSyncing());
    m_syncAction->setToolTip(
        !m_cache  ? (cacheProblem.isEmpty() ? tr("No local cache for this profile") : cacheProblem)
        : offline ? tr("Working offline: go online to sync")
        : !online ? tr("Sign in to sync")
                  : tr("Copy every user of the server into the local cache, for offline review"));
}

void MainWindow::showSyncProgress(const SyncProgress& progress)
{
    const int percent = progress.percent();
    m_syncProgress->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_syncProgress->setValue(percent);
    setProgressText(progress.text());
}

void MainWindow::setProgressText(const QString& text)
{
    m_syncProgress->setFormat(text);
    m_syncProgress->setToolTip(text);
    // The whole text must show: the bar widens to it (in any language) and never narrows while
    // the work runs, so the status bar does not jump at every page.
    const int needed =
        m_syncProgress->fontMetrics().horizontalAdvance(text) + 3 * m_syncProgress->fontMetrics().height();
    if (needed > m_syncProgress->minimumWidth())
        m_syncProgress->setMinimumWidth(needed);
}

void MainWindow::showCacheUpgrade(CacheUpgrade* upgrade)
{
    setCacheUnavailable(upgrade->isLanguageChange()
                            ? tr("The local cache is being sorted again in the order of this system's language, "
                                 "which changed since it was written. The console works live meanwhile; offline "
                                 "review returns when that is done.")
                            : tr("The local cache is being upgraded to this version's format. The console works "
                                 "live meanwhile; offline review returns when the upgrade is done."));
    // The banner says why and the bar beside Cancel shows it run: no third, cut-off copy.
    showMessage({});
    m_syncProgress->setMinimumWidth(0);
    showUpgradeProgress(upgrade->progress());
    m_syncProgress->show();
    m_upgradeCancel->show();
    m_progressOwner = upgrade;
    connect(upgrade, &CacheUpgrade::progressed, this, &MainWindow::showUpgradeProgress);
    connect(m_upgradeCancel, &QToolButton::clicked, upgrade, &CacheUpgrade::cancel);
    // The bar is the upgrade's until the cache it made way for opens: that cache's sync may
    // already show in it by the time these arrive.
    const auto ended = [this, upgrade] {
        m_upgradeCancel->hide();
        if (m_progressOwner == upgrade) {
            m_progressOwner = nullptr;
            m_syncProgress->hide();
        }
    };
    connect(upgrade, &CacheUpgrade::finished, this, ended);
    connect(upgrade, &QObject::destroyed, this, ended);
}

void MainWindow::showUpgradeProgress(const UpgradeProgress& progress)
{
    // Before the share is known, an empty bar rather than a busy one: styles hide a busy bar's
    // text, and the seconds ticking in it are what shows the upgrade runs.
    const int percent = progress.percent();
    m_syncProgress->setRange(0, 100);
    m_syncProgress->setValue(qMax(0, percent));
    setProgressText(progress.text());
}

void MainWindow::syncFinished(const SyncResult& result)
{
    m_syncProgress->hide();
    m_syncCancel->hide();
    switch (result.outcome) {
    case SyncResult::Outcome::Completed:
        showMessage(tr("Cache synced: %Ln user(s).", nullptr, int(result.record.users)));
        break;
    case SyncResult::Outcome::Cancelled:
        showMessage(tr("Sync cancelled: the cache is as it was before."));
        break;
    case SyncResult::Outcome::Failed:
        showMessage(tr("Sync failed, the cache is as it was before: %1").arg(result.error.message));
        break;
    }
    updateCacheActions();
}

void MainWindow::showMessage(const QString& message)
{
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message, 8000);
}

void MainWindow::updateStatus()
{
    if (!m_connection) {
        m_state->setText(tr("Not connected"));
        m_identity->clear();
        m_lifetime->clear();
        return;
    }
    static const QHash<Connection::State, const char*> names{
        {Connection::State::SignedOut, QT_TR_NOOP("Signed out")},
        {Connection::State::SigningIn, QT_TR_NOOP("Signing in…")},
        {Connection::State::SignedIn, QT_TR_NOOP("Connected")},
        {Connection::State::Renewing, QT_TR_NOOP("Renewing the session…")},
        {Connection::State::NeedsCredentials, QT_TR_NOOP("Sign-in needed")},
        {Connection::State::Offline, QT_TR_NOOP("Offline")}};
    m_state->setText(
        QStringLiteral("%1 — %2").arg(m_connection->profile().name, tr(names.value(m_connection->state()))));
    // Offline, the session's identity and clock would read as if the server were there.
    const AuthState& auth = m_connection->authState();
    const bool signedIn = auth.isSignedIn() && m_connection->state() != Connection::State::Offline;
    m_identity->setText(signedIn ? tr("Signed in as %1").arg(auth.identity) : QString());
    if (!signedIn) {
        m_lifetime->clear();
    } else if (!auth.expiresAt.isValid()) {
        m_lifetime->setText(tr("Credential does not expire"));
    } else {
        const qint64 left = qMax<qint64>(0, auth.secondsLeft());
        const QString clock =
            left >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(left / 3600)
                               .arg((left % 3600) / 60, 2, 10, QLatin1Char('0'))
                               .arg(left % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        m_lifetime->setText(tr("Token expires in %1").arg(clock));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    // A desktop switched to its dark palette (or another icon theme): the bundled icons are
    // drawn again in the colours that read on it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) {
        ActionIcons::apply(this);
        updateFirstRunColors(m_firstRun);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/usersColumns"),
                      m_users->table()->horizontalHeader()->saveState());
    // Every named splitter (navigation, users and detail) keeps its proportions too.
    for (const QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/splitter/") + splitter->objectName(),
                              splitter->saveState());
    }
    event->accept();
}
