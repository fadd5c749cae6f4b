// Benchmark of a full sync: authdesk-sandbox seeded with N users (default 100,000),
// signed in through the real Connection with one dialect, and a SyncJob into a fresh cache in
// a temporary folder. Reports users/s, pages, wall time and peak memory, beside the floor: the
// `curl` tool downloading the same pages one after another with the same headers, as a ratio.
// Never fails on slowness; exits non-zero only when the sync fails or the cache does not hold
// the server's users. With --dialect keycloak the server is a real Keycloak (tests/peers/keycloak)
// whose realm imports N generated users at start, besides the realm's own 34; the curl floor
// then pages the users only, while the sync also asks users/count with each page.
//
//   bench_sync [--users N] [--dialect gatekeeper|gemini|nebula|keycloak] [--page-size P] [--runs R]
//              [--stall-seconds S] [--no-curl] [--keep-cache FILE] [--latency MS]

#include "BenchSupport.h"
#include "KeycloakProcess.h"
#include "SandboxAccount.h"
#include "SandboxProcess.h"
#include "cache/CachedUserSource.h"
#include "cache/SyncJob.h"
#include "credentials/CredentialStore.h"
#include "remote/ApiClient.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "sources/ServerUserSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// Passes every call on to the real source and remembers what the sync asked for, so curl can
// download exactly the same pages.
class RecordingSource : public UserSource
{
public:
    struct Request
    {
        enum class Kind { Users, Sessions, ApiKeys } kind;
        qint64 offset = 0;
        int limit = 0;
    };

    explicit RecordingSource(UserSource& inner)
        : m_inner(inner)
    {
    }

    QList<Request> requests;
    qint64 serverTotal = -1; // what the server says it has, when it says
    qint64 usersListed = 0;

    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override
    {
        requests.append({Request::Kind::Users, query.offset, query.limit});
        m_inner.fetchUsers(query, context, [this, done](const Result<UserPage>& result) {
            if (result.ok()) {
                if (result.value().total >= 0)
                    serverTotal = result.value().total;
                usersListed += result.value().users.size();
            }
            done(result);
        });
    }
    void fetchUser(const User& user, QObject* context, Callback<User> done) override
    {
        m_inner.fetchUser(user, context, std::move(done));
    }
    bool canListAllSessions() const override { return m_inner.canListAllSessions(); }
    void fetchAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done) override
    {
        requests.append({Request::Kind::Sessions, offset, limit});
        m_inner.fetchAllSessions(offset, limit, context, std::move(done));
    }
    bool canListApiKeys() const override { return m_inner.canListApiKeys(); }
    void fetchApiKeys(QObject* context, Callback<QList<ApiKey>> done) override
    {
        requests.append({Request::Kind::ApiKeys, 0, 0});
        m_inner.fetchApiKeys(context, std::move(done));
    }

private:
    UserSource& m_inner;
};

struct SyncRun
{
    bool ok = false;
    QString error;
    double wallMs = 0;
    double fetchMs = 0;    // until the last page arrived; the rest is the final commit
    double checkpointMs = 0; // after the report: the worker copies the log into the file
    double cpuSeconds = 0; // this process's own share: the sandbox and curl are children
    qint64 rssAfter = 0;   // once the worker is done, the job (and its connection) still open
    SyncRecord record;
    qint64 cached = -1;
    qint64 serverTotal = -1;
    QList<RecordingSource::Request> requests;
};

SyncRun runSync(Connection& connection, const QString& cachePath, int pageSize, int stallSeconds)
{
    SyncRun run;
    ServerUserSource remote(&connection);
    RecordingSource source(remote);
    auto owned = std::make_unique<SyncJob>(cachePath, &source);
    SyncJob& job = *owned;
    job.setPageSize(pageSize);
    QElapsedTimer clock;
    QEventLoop loop;
    // A sync that stops making progress is broken, not slow: say so instead of waiting forever.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.setInterval(stallSeconds * 1000);
    SyncProgress lastProgress;
    bool stalled = false;
    QObject::connect(&watchdog, &QTimer::timeout, &job, [&] {
        stalled = true;
        loop.quit();
    });
    QObject::connect(&job, &SyncJob::progress, &job, [&](const SyncProgress& p) {
        lastProgress = p;
        watchdog.start();
        if (p.phase == SyncProgress::Phase::Committing && run.fetchMs == 0)
            run.fetchMs = clock.nsecsElapsed() / 1e6;
    });
    SyncResult result;
    QObject::connect(&job, &SyncJob::finished, &job, [&](const SyncResult& r) {
        run.wallMs = clock.nsecsElapsed() / 1e6;
        result = r;
        loop.quit();
    });
    const double cpuBefore = BenchSupport::processCpuSeconds();
    clock.start();
    watchdog.start();
    job.start();
    loop.exec();
    // The worker's checkpoint after the report: until it empties the log (the job going away
    // would end it early).
    QElapsedTimer checkpoint;
    checkpoint.start();
    const QFileInfo log(cachePath + QStringLiteral("-wal"));
    while (result.completed() && QFileInfo(log.filePath()).size() > 0 && checkpoint.elapsed() < stallSeconds * 1000)
        QThread::msleep(5);
    run.checkpointMs = checkpoint.nsecsElapsed() / 1e6;
    run.rssAfter = BenchSupport::procStatusBytes("VmRSS:");
    owned.reset();
    run.cpuSeconds = BenchSupport::processCpuSeconds() - cpuBefore;
    run.requests = source.requests;
    run.serverTotal = source.serverTotal >= 0 ? source.serverTotal : source.usersListed;
    if (stalled) {
        run.error =
            QStringLiteral("no progress for %1 s after %2 pages and %3 users, %4 s in (connection state %5)")
                .arg(stallSeconds)
                .arg(lastProgress.pages)
                .arg(lastProgress.users)
                .arg(clock.elapsed() / 1000)
                .arg(QString::fromLatin1(
                    QMetaEnum::fromType<Connection::State>().valueToKey(int(connection.state()))));
        return run;
    }
    if (!result.completed()) {
        run.error = result.outcome == SyncResult::Outcome::Cancelled ? QStringLiteral("cancelled")
                                                                     : result.error.message;
        return run;
    }
    run.record = result.record;
    CachedUserSource cache;
    if (!cache.openFile(cachePath)) {
        run.error = cache.errorString();
        return run;
    }
    run.cached = cache.count();
    run.ok = run.cached == run.serverTotal && run.record.users == run.serverTotal;
    if (!run.ok)
        run.error = QStringLiteral("the cache holds %1 users (sync record: %2), the server has %3")
                        .arg(run.cached)
                        .arg(run.record.users)
                        .arg(run.serverTotal);
    return run;
}

struct CurlRun
{
    bool ok = false;
    QString error;
    double wallMs = 0;
    int pages = 0;
    qint64 bytes = 0;
};

// One curl config line; curl's config syntax unquotes \" and \\ inside double quotes.
QByteArray curlOption(const char* name, const QByteArray& value)
{
    QByteArray quoted = value;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return QByteArray(name) + " = \"" + quoted + "\"\n";
}

// The floor: curl fetches the sync's requests one after another over one kept-alive
// connection (as the console's client does), discarding the bodies. The headers, token
// included, go to curl through its standard input: never on a command line or in a file.
CurlRun runCurl(const Connection& connection, const Secrets& secrets,
                const QList<RecordingSource::Request>& requests)
{
    CurlRun run;
    const Dialect& dialect = connection.dialect();
    QByteArray config;
    QList<QPair<QByteArray, QByteArray>> previousHeaders;
    for (const RecordingSource::Request& r : requests) {
        UserQuery query;
        query.offset = r.offset;
        query.limit = r.limit;
        // The first request of each operation's plan (Keycloak's count after a page is not the floor's).
        const Profile& profile = connection.profile();
        HttpRequest request = r.kind == RecordingSource::Request::Kind::Users
                                  ? dialect.listUsers(profile, query).request()
                              : r.kind == RecordingSource::Request::Kind::Sessions
                                  ? dialect.listAllSessions(profile, r.offset, r.limit).request()
                                  : dialect.listApiKeys(profile, nullptr).request();
        dialect.authorize(request, connection.authState(), connection.profile(), secrets);
        if (request.header("Accept").isEmpty())
            request.setHeader("Accept", "application/json");
        // `next` resets the options (not the connection) when a request's headers differ.
        if (config.isEmpty() || request.headers != previousHeaders) {
            if (!config.isEmpty())
                config += "next\n";
            config += "silent\nshow-error\ngloboff\n";
            config += curlOption("write-out", "%{http_code} %{size_download}\\n");
            config += curlOption("user-agent", ApiClient::userAgent());
            for (const auto& [name, value] : request.headers)
                config += curlOption("header", name + ": " + value);
            previousHeaders = request.headers;
        }
        config += curlOption("url", connection.client()->resolve(request).toEncoded());
        config += curlOption("output", "/dev/null");
    }
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), QStringLiteral("-")});
    if (!curl.waitForStarted()) {
        run.error = QStringLiteral("curl did not start: ") + curl.errorString();
        return run;
    }
    curl.write(config);
    curl.closeWriteChannel();
    config.fill('\0'); // the token has been handed over
    curl.waitForFinished(-1);
    run.wallMs = clock.nsecsElapsed() / 1e6;
    for (const QByteArray& line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        if (fields.at(0) == "200")
            ++run.pages;
        run.bytes += fields.at(1).toLongLong();
    }
    run.ok = curl.exitCode() == 0 && run.pages == requests.size();
    if (!run.ok)
        run.error = QStringLiteral("curl: %1 of %2 pages answered 200 (exit %3): %4")
                        .arg(run.pages)
                        .arg(requests.size())
                        .arg(curl.exitCode())
                        .arg(QString::fromLocal8Bit(curl.readAllStandardError()).trimmed());
    return run;
}

bool signIn(Connection& connection, const Secrets& secrets, QString* error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&connection, &Connection::signedIn, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&connection, &Connection::signInFailed, &loop, [&](const ApiError& e) {
        *error = e.message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&] {
        *error = QStringLiteral("no answer to the sign-in within 60 s");
        loop.quit();
    });
    connection.signIn(secrets);
    loop.exec();
    return ok;
}

double mb(qint64 bytes)
{
    return bytes / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    const qint64 startRss = BenchSupport::procStatusBytes("VmRSS:");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also through a pipe
    QCoreApplication app(argc, argv);
    // Each step of the cache's commit, with its time, on standard error.
    QLoggingCategory::setFilterRules(QStringLiteral("authdesk.cache.commit.info=true"));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("users"), QStringLiteral("Users the sandbox seeds."), QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("dialect"), QStringLiteral("gatekeeper, gemini, nebula or keycloak."),
          QStringLiteral("ID"), QStringLiteral("gatekeeper")},
         {QStringLiteral("page-size"), QStringLiteral("Users per page (default: the console's)."),
          QStringLiteral("P")},
         {QStringLiteral("runs"), QStringLiteral("Syncs (each into a fresh cache) and curl runs."),
          QStringLiteral("R"), QStringLiteral("1")},
         {QStringLiteral("stall-seconds"),
          QStringLiteral("Fail when the sync makes no progress for S seconds."), QStringLiteral("S"),
          QStringLiteral("180")},
         {QStringLiteral("no-curl"), QStringLiteral("Skip the curl floor (for profiling the sync alone).")},
         {QStringLiteral("latency"),
          QStringLiteral("The sandbox delays every answer by MS, as a server across a network would."),
          QStringLiteral("MS"), QStringLiteral("0")},
         {QStringLiteral("keep-cache"),
          QStringLiteral("Copy the last run's cache to FILE (for reading it with sqlite3)."),
          QStringLiteral("FILE")}});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("users")).toLongLong();
    const QString dialectId = parser.value(QStringLiteral("dialect"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const bool withCurl = !parser.isSet(QStringLiteral("no-curl"));
    std::shared_ptr<const Dialect> dialect = DialectRegistry::create(dialectId);
    if (!dialect || !dialect->capabilities({}).supports(Capability::ListUsers)) {
        std::fprintf(stderr, "dialect %s cannot list users; use gatekeeper, gemini, nebula or keycloak\n",
                     qPrintable(dialectId));
        return 2;
    }

    const bool keycloak = dialectId == QLatin1String("keycloak");
    SandboxProcess sandbox;
    KeycloakProcess keycloakServer;
    QElapsedTimer clock;
    clock.start();
    SandboxAccount a;
    QUrl baseUrl;
    if (keycloak) {
        // Imported with the realm at start: about a minute more per 10,000 users on two cores.
        keycloakServer.setGeneratedUsers(int(count));
        if (!keycloakServer.start(int(qMin<qint64>(1800000, 300000 + count * 12)), false)) {
            std::fprintf(stderr, "%s\n", qPrintable(keycloakServer.errorString()));
            return 1;
        }
        std::printf("Keycloak %s ready with %lld generated users (and the realm's own) in %.1f s\n",
                    qPrintable(KeycloakProcess::version()), count, clock.elapsed() / 1000.0);
        a = {dialectId,
             KeycloakProcess::realmAdminUsername(),
             {{QStringLiteral("password"), keycloakServer.realmAdminPassword()}},
             {{QStringLiteral("realm"), KeycloakProcess::realm()},
              {QStringLiteral("signin_realm"), KeycloakProcess::realm()}}};
        baseUrl = keycloakServer.baseUrl();
    } else {
        // Seeding takes about 4.5 s per 100,000 users per API (README, Known limits).
        const int seedTimeoutMs = int(qMin<qint64>(1800000, 60000 + count / 100000 * 60000));
        const QString latency = parser.value(QStringLiteral("latency"));
        if (!sandbox.start({QStringLiteral("--seed"), QString::number(count), QStringLiteral("--latency"), latency},
                           seedTimeoutMs)) {
            std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
            return 1;
        }
        std::printf("sandbox seeded with %lld users per API in %.1f s\n", count, clock.elapsed() / 1000.0);
        a = SandboxAccount::of(dialectId);
        baseUrl = sandbox.apiUrl(dialectId);
    }

    CredentialStore credentials;
    credentials.setMemoryOnly(true); // secrets stay in this process
    Profile profile;
    profile.id = QStringLiteral("bench-sync-") + dialectId;
    profile.name = dialectId;
    profile.baseUrl = baseUrl;
    profile.dialect = dialectId;
    profile.identity = a.identity;
    profile.settings = a.settings;
    const int pageSize = parser.isSet(QStringLiteral("page-size"))
                             ? qMax(1, parser.value(QStringLiteral("page-size")).toInt())
                             : SyncJob(QString(), nullptr).pageSize(); // the console's
    const int stallSeconds = qMax(1, parser.value(QStringLiteral("stall-seconds")).toInt());
    std::printf("signing in as %s through Connection (%s) before each run; %d users per page\n",
                qPrintable(a.identity), qPrintable(dialectId), pageSize);

    QList<double> syncTimes;
    QList<double> curlTimes;
    SyncRun last;
    for (int i = 0; i < runs; ++i) {
        // Each run signs in afresh, so every run starts with a token of full lifetime.
        Connection connection(profile, dialect, &credentials);
        QString error;
        if (!signIn(connection, a.secrets, &error)) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(error));
            return 1;
        }
        QTemporaryDir scratch; // a fresh cache per run: every sync adds every user
        if (!scratch.isValid()) {
            std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(scratch.errorString()));
            return 1;
        }
        const QString cacheFile = scratch.filePath(QStringLiteral("bench-sync.sqlite"));
        // The server's CPU, beside the sync's: on two cores the sandbox serving the pages and
        // AuthDesk storing them share the machine, where curl takes next to nothing.
        const auto serverCpu = [&] { return keycloak ? -1.0 : BenchSupport::cpuSecondsOfProcess(sandbox.processId()); };
        const double serverCpuBefore = serverCpu();
        last = runSync(connection, cacheFile, pageSize, stallSeconds);
        const double serverCpuForSync = serverCpu() - serverCpuBefore;
        if (last.ok && parser.isSet(QStringLiteral("keep-cache"))) {
            const QString kept = parser.value(QStringLiteral("keep-cache"));
            QFile::remove(kept);
            if (!QFile::copy(cacheFile, kept))
                std::fprintf(stderr, "could not copy the cache to %s\n", qPrintable(kept));
        }
        if (!last.ok) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(last.error));
            return 1;
        }
        syncTimes << last.wallMs;
        int userPages = 0;
        for (const RecordingSource::Request& r : std::as_const(last.requests))
            userPages += r.kind == RecordingSource::Request::Kind::Users;
        std::printf("\nrun %d: sync of %lld users (%s sessions) in %.2f s: %.0f users/s; %d user pages + %d "
                    "other pages; last page after %.2f s, commit %.2f s; then the checkpoint %.2f s\n",
                    i + 1, last.record.users,
                    last.record.sessions < 0 ? "no" : qPrintable(QString::number(last.record.sessions)),
                    last.wallMs / 1000.0, last.record.users * 1000.0 / last.wallMs, userPages,
                    int(last.requests.size()) - userPages, last.fetchMs / 1000.0,
                    (last.wallMs - last.fetchMs) / 1000.0, last.checkpointMs / 1000.0);
        std::printf(
            "       cache holds %lld users, the server lists %lld; the sync used %.1f s of CPU in this "
            "process (all threads); memory after it, the job still open: %.1f MB\n",
            last.cached, last.serverTotal, last.cpuSeconds, mb(last.rssAfter));
        if (serverCpuBefore >= 0)
            std::printf("       the sandbox served it with %.1f s of CPU: %.1f s for both on %d cores\n",
                        serverCpuForSync, serverCpuForSync + last.cpuSeconds, QThread::idealThreadCount());
        if (!withCurl)
            continue;
        // The floor signs in afresh too: a long sync may outlast the token it began with.
        Connection floorConnection(profile, dialect, &credentials);
        if (!signIn(floorConnection, a.secrets, &error)) {
            std::fprintf(stderr, "sign-in for curl failed: %s\n", qPrintable(error));
            return 1;
        }
        const double serverCpuBeforeCurl = serverCpu();
        const double childrenCpuBefore = BenchSupport::processCpuSeconds(RUSAGE_CHILDREN);
        const CurlRun curl = runCurl(floorConnection, a.secrets, last.requests);
        const double curlCpu = BenchSupport::processCpuSeconds(RUSAGE_CHILDREN) - childrenCpuBefore;
        if (!curl.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(curl.error));
            return 1;
        }
        curlTimes << curl.wallMs;
        std::printf("       curl, the same %d pages one after another: %.2f s (%.1f MB); sync/curl %.2fx\n",
                    curl.pages, curl.wallMs / 1000.0, mb(curl.bytes), last.wallMs / curl.wallMs);
        if (serverCpuBeforeCurl >= 0)
            std::printf("       the sandbox served curl with %.1f s of CPU, curl used %.1f s\n",
                        serverCpu() - serverCpuBeforeCurl, curlCpu);
    }

    const double sync = BenchSupport::median(syncTimes);
    const qint64 peak = BenchSupport::procStatusBytes("VmHWM:");
    std::printf("\n%-38s %10.2f s   %8.0f users/s   (%s, %lld users, %d pages)\n",
                runs > 1 ? "sync wall time (median)" : "sync wall time", sync / 1000.0,
                last.record.users * 1000.0 / sync, qPrintable(dialectId), last.record.users,
                int(last.requests.size()));
    if (withCurl) {
        const double floor = BenchSupport::median(curlTimes);
        std::printf("%-38s %10.2f s   curl %8.2f s   ratio %6.2fx   (target <= 1.3x)\n", "sync vs curl floor",
                    sync / 1000.0, floor / 1000.0, sync / floor);
        if (runs > 1) {
            // Medians of an even count are the upper middle: the runs' own ratios say more.
            QByteArray each;
            for (int i = 0; i < syncTimes.size(); ++i)
                each += ' ' + QByteArray::number(syncTimes.at(i) / curlTimes.at(i), 'f', 2) + 'x';
            std::printf("%-38s%s\n", "  sync/curl of each run", each.constData());
        }
    }
    std::printf("%-38s %10.1f MB   %.1f MB above the start (%.1f MB)   (target < 200 MB)\n",
                "peak memory (VmHWM)", mb(peak), mb(peak - startRss), mb(startRss));
    return 0;
}
