#include "ActionIcons.h"

#include "ThemePalette.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHash>
#include <QListWidget>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

static void registerIconResources()
{
    // The views library is static: its resources are registered by a call from inside it, so
    // every executable that shows the icons (the console, GUI tests) has them.
    static const bool registered = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace ActionIcons {

QString iconName(const QString& objectName)
{
    // Freedesktop icon names (the Icon Naming Specification's where it has one, else a name
    // the common themes share), each also in resources/icons/breeze.
    static const QHash<QString, QString> names{
        // File menu and the main toolbar
        {QStringLiteral("actionProfiles"), QStringLiteral("network-server")},
        {QStringLiteral("actionSignIn"), QStringLiteral("network-connect")},
        {QStringLiteral("actionSignOut"), QStringLiteral("system-log-out")},
        {QStringLiteral("actionTokenInspector"), QStringLiteral("view-certificate")},
        {QStringLiteral("actionSync"), QStringLiteral("folder-sync")},
        {QStringLiteral("actionWorkOffline"), QStringLiteral("network-offline")},
        {QStringLiteral("actionQuit"), QStringLiteral("application-exit")},
        // Users: toolbar and the table's context menu
        {QStringLiteral("actionUserCreate"), QStringLiteral("list-add-user")},
        {QStringLiteral("actionUserEdit"), QStringLiteral("document-edit")},
        {QStringLiteral("actionUserRoles"), QStringLiteral("tag")},
        {QStringLiteral("addRoleMenu"), QStringLiteral("list-add")},
        {QStringLiteral("removeRoleMenu"), QStringLiteral("list-remove")},
        // A user with a tick or a bar, rather than the spec's presence bubbles (user-available).
        {QStringLiteral("actionUserEnable"), QStringLiteral("im-user-online")},
        {QStringLiteral("actionUserDisable"), QStringLiteral("im-user-offline")},
        {QStringLiteral("actionUserDelete"), QStringLiteral("edit-delete")},
        {QStringLiteral("actionUserCopy"), QStringLiteral("edit-copy")},
        {QStringLiteral("actionUserExport"), QStringLiteral("document-export")},
        {QStringLiteral("actionUserRefresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("actionUserFind"), QStringLiteral("edit-find")},
        // Sessions
        {QStringLiteral("actionRevokeSessions"), QStringLiteral("system-log-out")},
        // Side navigation
        {QStringLiteral("navUsers"), QStringLiteral("system-users")},
        {QStringLiteral("navSessions"), QStringLiteral("view-history")},
        {QStringLiteral("navApiKeys"), QStringLiteral("dialog-password")},
        {QStringLiteral("navAudit"), QStringLiteral("document-open-recent")},
        {QStringLiteral("navOverview"), QStringLiteral("office-chart-bar")},
        {QStringLiteral("navReviews"), QStringLiteral("view-certificate")},
        // The first-run page
        {QStringLiteral("firstRunAddServer"), QStringLiteral("list-add")},
    };
    return names.value(objectName);
}

QIcon bundledIcon(const QString& iconName, const QPalette& palette)
{
    registerIconResources();
    // Breeze draws its glyphs in one text colour: the breeze-dark copy differs only by it.
    const QString file =
        QStringLiteral(":/icons/breeze/%1/%2.svg")
            .arg(ThemePalette::isDark(palette) ? QLatin1String("dark") : QLatin1String("light"), iconName);
    return QFile::exists(file) ? QIcon(file) : QIcon();
}

QIcon icon(const QString& iconName, const QPalette& palette)
{
    if (QIcon::hasThemeIcon(iconName))
        return QIcon::fromTheme(iconName);
    return bundledIcon(iconName, palette);
}

QIcon applicationIcon()
{
    registerIconResources();
    return QIcon::fromTheme(QStringLiteral(AUTHDESK_APP_ID), QIcon(QStringLiteral(":/icons/authdesk.svg")));
}

void apply(QWidget* root)
{
    const QPalette palette = root->palette();
    for (QAction* action : root->findChildren<QAction*>()) {
        const QString name = iconName(action->objectName());
        if (!name.isEmpty())
            action->setIcon(icon(name, palette));
    }
    for (QMenu* menu : root->findChildren<QMenu*>()) {
        const QString name = iconName(menu->objectName());
        if (!name.isEmpty())
            menu->setIcon(icon(name, palette));
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        const QString name = iconName(button->objectName());
        if (!name.isEmpty())
            button->setIcon(icon(name, palette));
    }
    // A tool button put on a toolbar as a widget (a button with a menu) keeps its own style,
    // icon only once it has an icon: it shows its words too, like the toolbar's other buttons.
    for (QToolBar* toolbar : root->findChildren<QToolBar*>()) {
        for (QToolButton* button : toolbar->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly))
            button->setToolButtonStyle(toolbar->toolButtonStyle());
    }
    // Navigation entries carry their name as data: list items have no object name.
    for (QListWidget* list : root->findChildren<QListWidget*>()) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            const QString name = iconName(item->data(Qt::UserRole).toString());
            if (!name.isEmpty())
                item->setIcon(icon(name, palette));
        }
    }
}

} // namespace ActionIcons
