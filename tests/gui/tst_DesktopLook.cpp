// How the console looks on a desktop: an icon on every action, menu and navigation entry
// (from the theme, or the bundled Breeze set drawn for the palette, light or dark), error
// colours that read on a dark palette, and the first-run page that replaces the empty table.

#include "MainWindow.h"
#include "common/ActionIcons.h"
#include "common/ThemePalette.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

namespace {

const QStringList actionNames{QStringLiteral("actionProfiles"),   QStringLiteral("actionSignIn"),
                              QStringLiteral("actionSignOut"),    QStringLiteral("actionTokenInspector"),
                              QStringLiteral("actionSync"),       QStringLiteral("actionWorkOffline"),
                              QStringLiteral("actionQuit"),       QStringLiteral("actionUserCreate"),
                              QStringLiteral("actionUserEdit"),   QStringLiteral("actionUserRoles"),
                              QStringLiteral("actionUserEnable"), QStringLiteral("actionUserDisable"),
                              QStringLiteral("actionUserDelete"), QStringLiteral("actionUserCopy"),
                              QStringLiteral("actionUserExport"), QStringLiteral("actionUserRefresh"),
                              QStringLiteral("actionUserFind"),   QStringLiteral("actionRevokeSessions")};

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    return dark;
}

// The mean lightness of the icon's visible pixels: a glyph drawn to read on the palette.
int glyphLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

class tst_DesktopLook : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // No icon theme: every icon is the bundled one, as on a desktop without a theme.
        QIcon::setThemeName(QStringLiteral("authdesk-test-no-such-theme"));
    }

    void init() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void everyActionMenuAndNavigationEntryHasAnIcon()
    {
        ProfileStore profiles;
        MainWindow window(&profiles, nullptr);
        for (const QString& name : actionNames) {
            auto* action = window.findChild<QAction*>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->icon().isNull(), qPrintable(name));
            QVERIFY2(!ActionIcons::iconName(name).isEmpty(), qPrintable(name));
        }
        for (const char* name : {"addRoleMenu", "removeRoleMenu"})
            QVERIFY2(!window.findChild<QMenu*>(QLatin1String(name))->icon().isNull(), name);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 6);
        for (int row = 0; row < nav->count(); ++row)
            QVERIFY2(!nav->item(row)->icon().isNull(), qPrintable(nav->item(row)->text()));
        // Both toolbars show them beside the words.
        for (const char* name : {"profileToolbar", "usersToolbar"})
            QCOMPARE(window.findChild<QToolBar*>(QLatin1String(name))->toolButtonStyle(),
                     Qt::ToolButtonTextBesideIcon);
        QVERIFY(!window.windowIcon().isNull());
    }

    void bundledIconsAreDrawnForThePalette()
    {
        const QPalette light = QApplication::style()->standardPalette();
        QVERIFY(!ThemePalette::isDark(light));
        QVERIFY(ThemePalette::isDark(darkPalette()));
        // Every name in the table has its light and dark drawing.
        QStringList names = actionNames;
        names << QStringLiteral("addRoleMenu") << QStringLiteral("removeRoleMenu")
              << QStringLiteral("navUsers") << QStringLiteral("navSessions") << QStringLiteral("navApiKeys")
              << QStringLiteral("navAudit") << QStringLiteral("firstRunAddServer");
        for (const QString& name : names) {
            const QString icon = ActionIcons::iconName(name);
            QVERIFY2(!ActionIcons::bundledIcon(icon, light).isNull(), qPrintable(icon));
            QVERIFY2(!ActionIcons::bundledIcon(icon, darkPalette()).isNull(), qPrintable(icon));
        }
        // A dark glyph on the light palette, a light one on the dark palette.
        QVERIFY(glyphLightness(ActionIcons::bundledIcon(QStringLiteral("edit-copy"), light)) < 80);
        QVERIFY(glyphLightness(ActionIcons::bundledIcon(QStringLiteral("edit-copy"), darkPalette())) > 180);
    }

    void iconsFollowAPaletteSwitchedWhileRunning()
    {
        ProfileStore profiles;
        MainWindow window(&profiles, nullptr);
        auto* copy = window.findChild<QAction*>(QStringLiteral("actionUserCopy"));
        QVERIFY(glyphLightness(copy->icon()) < 80);
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(glyphLightness(copy->icon()) > 180);
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTRY_VERIFY(glyphLightness(copy->icon()) < 80);
    }

    void errorTextReadsOnBothPalettes()
    {
        for (const QPalette& palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            const int text = ThemePalette::errorText(palette).lightness();
            const int window = palette.color(QPalette::Window).lightness();
            QVERIFY2(qAbs(text - window) > 60, qPrintable(ThemePalette::errorText(palette).name()));
        }
    }

    void firstRunSaysWhatToDo()
    {
        QSettings settings(m_settingsDir.filePath(QStringLiteral("first-run.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.profiles().isEmpty());
        MainWindow window(&profiles, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* central = window.findChild<QStackedWidget*>(QStringLiteral("central"));
        QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("firstRunPage"));
        auto* add = window.findChild<QPushButton*>(QStringLiteral("firstRunAddServer"));
        QVERIFY(add->isVisible());
        QVERIFY(!add->icon().isNull());
        QTRY_VERIFY(add->hasFocus()); // Enter or Space opens it
        QSignalSpy opened(&window, &MainWindow::profilesDialogRequested);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(opened.count(), 1);

        // The first profile saved (in the dialog, or by authdesk-cli): the console proper.
        Profile p;
        p.name = QStringLiteral("Production");
        p.baseUrl = QUrl(QStringLiteral("https://auth.example.com/api"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        profiles.save(p);
        QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
        QVERIFY(window.findChild<QListWidget*>(QStringLiteral("navigation"))->isVisible());
    }

    void firstRunHintReadsOnADarkPalette()
    {
        QSettings settings(m_settingsDir.filePath(QStringLiteral("first-run-dark.ini")),
                           QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MainWindow window(&profiles, nullptr);
        auto* hint = window.findChild<QLabel*>(QStringLiteral("firstRunHint"));
        auto lightness = [hint] { return hint->palette().color(hint->foregroundRole()).lightness(); };
        QVERIFY(lightness() < 128);
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(lightness() > 128);
        QVERIFY(lightness() < 240); // still set apart from the main text
    }
};

QTEST_MAIN(tst_DesktopLook)
#include "tst_DesktopLook.moc"
