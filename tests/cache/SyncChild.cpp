// A full sync in a process of its own, for tst_SyncCrashSafety, which kills it with SIGKILL
// half-way. It does what `authdesk-cli sync` does — sign in through Connection, then SyncJob
// over ServerUserSource into the profile's cache file — but with a small page size, one
// staging transaction per page, and a line on stdout after every step, so that the test knows
// for certain the sync is mid-way and has written pages when it kills it:
//
//     signed-in
//     staged <pages> <users>        (after every page stored in staging)
//     completed <users> <pages>     (exit 0), or cancelled (exit 2), failed <message> (exit 1)
//
// Usage: authdesk-test-sync-child --profile-id ID --url URL --dialect D --identity I
//        [--page-size N] [--setting key=value]...   with secrets as name=value lines on stdin.
// Nothing secret is ever printed: the lines above and ApiError messages only.

#include "cache/CacheDatabase.h"
#include "cache/SyncJob.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "sources/ServerUserSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace {

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent watches for these lines while this process runs
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the console, so the cache file is where the console keeps it.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));

    QCommandLineParser parser;
    const QCommandLineOption profileId(QStringLiteral("profile-id"), QStringLiteral("Profile id."),
                                       QStringLiteral("id"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Base URL."), QStringLiteral("url"));
    const QCommandLineOption dialect(QStringLiteral("dialect"), QStringLiteral("Dialect id."),
                                     QStringLiteral("id"));
    const QCommandLineOption identity(QStringLiteral("identity"), QStringLiteral("Sign-in identity."),
                                      QStringLiteral("name"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Users per page."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption setting(QStringLiteral("setting"), QStringLiteral("A profile setting."),
                                     QStringLiteral("key=value"));
    parser.addOptions({profileId, url, dialect, identity, pageSize, setting});
    parser.process(app);

    Profile profile;
    profile.id = parser.value(profileId);
    profile.name = profile.id;
    profile.baseUrl = QUrl(parser.value(url));
    profile.dialect = parser.value(dialect);
    profile.identity = parser.value(identity);
    profile.timeoutSeconds = 20;
    for (const QString& pair : parser.values(setting))
        profile.settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const QString cachePath = CacheDatabase::pathForProfile(profile.id);
    if (!profile.isValid() || cachePath.isEmpty()) {
        say(QStringLiteral("failed bad arguments"));
        return 1;
    }

    Secrets secrets;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    for (const QByteArray& line : in.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            secrets.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }

    // No credential store: the secrets stay in this process's memory, as the CLI's do with
    // --password-stdin.
    Connection connection(profile, DialectRegistry::create(profile.dialect), nullptr);
    ServerUserSource source(&connection);
    SyncJob job(cachePath, &source);
    job.setPageSize(parser.value(pageSize).toInt());
    job.setPagesPerTransaction(1); // every staged page is committed to the staging table

    QObject::connect(&connection, &Connection::signedIn, &job, [&job] {
        say(QStringLiteral("signed-in"));
        job.start();
    });
    QObject::connect(&connection, &Connection::signInFailed, &app, [](const ApiError& error) {
        say(QStringLiteral("failed ") + error.message);
        QCoreApplication::exit(1);
    });
    QObject::connect(&job, &SyncJob::pageStaged, &app, [](qint64 pages, qint64 users) {
        say(QStringLiteral("staged %1 %2").arg(pages).arg(users));
    });
    QObject::connect(&job, &SyncJob::finished, &app, [](const SyncResult& result) {
        if (result.completed()) {
            say(QStringLiteral("completed %1 %2").arg(result.record.users).arg(result.record.pages));
            QCoreApplication::exit(0);
        } else if (result.outcome == SyncResult::Outcome::Cancelled) {
            say(QStringLiteral("cancelled"));
            QCoreApplication::exit(2);
        } else {
            say(QStringLiteral("failed ") + result.error.message);
            QCoreApplication::exit(1);
        }
    });
    connection.signIn(secrets);
    return app.exec();
}
