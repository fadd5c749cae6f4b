// AuthDesk: the desktop console. Parses the command line, installs translations for the
// system locale (or --lang), opens the main window on the chosen profile, and can save a
// screenshot once the user list has loaded (for scripts/demo --screenshot).

#include "AppController.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "common/ActionIcons.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "remote/ReadBufferedApplication.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

// The demo profile for a running sandbox: created or updated, its password read from stdin.
QString prepareDemoProfile(AppController& app, const QCommandLineParser& parser,
                           QHash<QString, QString>* secrets)
{
    Profile profile = app.profiles()->find(QStringLiteral("Sandbox demo")).value_or(Profile());
    profile.name = QStringLiteral("Sandbox demo");
    profile.baseUrl = QUrl(parser.value(QStringLiteral("demo-url")));
    profile.dialect = parser.value(QStringLiteral("demo-dialect"));
    profile.identity = parser.value(QStringLiteral("demo-identity"));
    profile.rememberPassword = false; // the demo's password is typed into stdin each time, never stored
    for (const QString& pair : parser.values(QStringLiteral("demo-setting")))
        profile.settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const QString id = app.profiles()->save(profile);
    // stdin carries "name=value" lines: password=..., client_secret=...
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString text = QString::fromStdString(line);
        if (text.contains(QLatin1Char('=')))
            secrets->insert(text.section(QLatin1Char('='), 0, 0), text.section(QLatin1Char('='), 1));
    }
    return id;
}

} // namespace

int main(int argc, char* argv[])
{
    ReadBufferedApplication<QApplication> app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    // The desktop entry's name: Wayland compositors and docks match the window to the entry,
    // its icon and name, by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(AUTHDESK_APP_ID));
    QApplication::setWindowIcon(ActionIcons::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Admin console for auth servers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("lang"), QApplication::translate("main", "User interface language (e.g. de, fr)."),
         QStringLiteral("code")},
        {QStringLiteral("profile"), QApplication::translate("main", "Open this profile (name or id)."),
         QStringLiteral("name")},
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a screenshot once the users have loaded, then quit."),
         QStringLiteral("file.png")},
        {QStringLiteral("demo-url"),
         QApplication::translate("main", "Create the 'Sandbox demo' profile for this URL."),
         QStringLiteral("url")},
        {QStringLiteral("demo-dialect"), QApplication::translate("main", "Server type of the demo profile."),
         QStringLiteral("id"), QStringLiteral("gatekeeper")},
        {QStringLiteral("demo-identity"), QApplication::translate("main", "Identity of the demo profile."),
         QStringLiteral("name"), QStringLiteral("admin")},
        {QStringLiteral("demo-setting"),
         QApplication::translate("main", "A non-secret demo setting, key=value."), QStringLiteral("kv")},
    });
    parser.process(app);

    const QLocale locale = parser.isSet(QStringLiteral("lang"))
                               ? QLocale(parser.value(QStringLiteral("lang")))
                               : QLocale::system();
    TranslationLoader::install(locale);

    AppController controller;
    MainWindow* window = controller.window();
    QString profile = parser.value(QStringLiteral("profile"));
    QHash<QString, QString> secrets;
    if (parser.isSet(QStringLiteral("demo-url")))
        profile = prepareDemoProfile(controller, parser, &secrets);
    if (profile.isEmpty())
        profile = controller.profiles()->currentProfileId();
    window->show();
    if (!profile.isEmpty() && !controller.openProfile(profile, secrets)) {
        std::fprintf(stderr, "authdesk: no profile named %s\n", qPrintable(profile));
        return 2;
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        auto shoot = [window, file](int exitCode) {
            // Let the table paint its rows and the countdown tick once before grabbing.
            QTimer::singleShot(700, window, [window, file, exitCode] {
                const bool saved = window->grab().save(file);
                std::fprintf(stderr, "authdesk: screenshot %s %s\n", qPrintable(file),
                             saved ? "saved" : "FAILED");
                QApplication::exit(saved ? exitCode : 1);
            });
        };
        if (profile.isEmpty()) { // no profile yet: the first-run page is what there is to see
            shoot(0);
        } else {
            QObject::connect(window->usersPage(), &UsersPage::usersLoaded, window, [shoot] { shoot(0); });
            QTimer::singleShot(60000, window, [shoot] {
                std::fprintf(stderr, "authdesk: the user list did not load within 60 s\n");
                shoot(3);
            });
        }
    }
    return QApplication::exec();
}
