// authdesk-sandbox: a local emulator of the Gemini, SONATA Gatekeeper, Nebula Block and Luminate
// Data APIs for AuthDesk's demo, tests and benchmarks. See README.md in this folder.

#include "FaultInjector.h"
#include "GatekeeperApi.h"
#include "GeminiApi.h"
#include "LuminateApi.h"
#include "NebulaApi.h"
#include "PasswordHasher.h"
#include "SandboxServer.h"
#include "Seeder.h"
#include "Store.h"
#include "TokenService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT quit the event loop so the store is closed cleanly.
void installSignalHandlers(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "authdesk-sandbox: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local emulator of the Gemini, Gatekeeper, Nebula and Luminate APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0: a free one)."),
                                    QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a non-loopback address."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Persist to this SQLite file."),
                                QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed N users per API."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedRng(QStringLiteral("seed-rng"), QStringLiteral("Random seed for --seed."),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Override every access-token lifetime."),
                                      QStringLiteral("seconds"));
    // Separate, so that expiry tests can still renew through a refresh token that outlives them.
    const QCommandLineOption refreshLifetime(
        QStringLiteral("refresh-lifetime"),
        QStringLiteral("Override the refresh-token lifetime (Gatekeeper)."), QStringLiteral("seconds"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay every answer."),
                                     QStringLiteral("ms"));
    const QCommandLineOption failEvery(QStringLiteral("fail-every"),
                                       QStringLiteral("Fail every Nth request."), QStringLiteral("N"));
    const QCommandLineOption failStatus(QStringLiteral("fail-status"),
                                        QStringLiteral("Status of injected failures (500 or 503)."),
                                        QStringLiteral("code"));
    const QCommandLineOption throttleEvery(QStringLiteral("throttle-every"),
                                           QStringLiteral("Answer 429 to every Nth request."),
                                           QStringLiteral("N"));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"),
                                        QStringLiteral("Retry-After of injected 429s."),
                                        QStringLiteral("seconds"));
    const QCommandLineOption truncateEvery(
        QStringLiteral("truncate-every"), QStringLiteral("Cut every Nth body in half."), QStringLiteral("N"));
    const QCommandLineOption dropEvery(QStringLiteral("drop-every"),
                                       QStringLiteral("Close the connection mid-response every Nth request."),
                                       QStringLiteral("N"));
    const QCommandLineOption malformedEvery(QStringLiteral("malformed-every"),
                                            QStringLiteral("Answer malformed JSON every Nth request."),
                                            QStringLiteral("N"));
    const QCommandLineOption frozenClock(
        QStringLiteral("frozen-clock"),
        QStringLiteral("Answer every reading of the clock with this time (seconds since the epoch)."),
        QStringLiteral("seconds"));
    parser.addOptions({listen, allowRemote, db, seed, seedRng, lifetime, refreshLifetime, latency, failEvery,
                       failStatus, throttleEvery, retryAfter, truncateEvery, dropEvery, malformedEvery,
                       frozenClock});
    parser.process(app);

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    QHostAddress address(colon > 0 ? listenValue.left(colon) : listenValue);
    bool portOk = colon > 0;
    const int port = colon > 0 ? listenValue.mid(colon + 1).toInt(&portOk) : 0;
    if (address.isNull() || !portOk || port < 0 || port > 65535)
        return fail(QStringLiteral("--listen needs ADDRESS:PORT, e.g. 127.0.0.1:0"));
    if (!address.isLoopback() && !parser.isSet(allowRemote))
        return fail(QStringLiteral("refusing to listen on %1: not a loopback address (use --allow-remote)")
                        .arg(address.toString()));
    if (!PasswordHasher::initialise())
        return fail(QStringLiteral("libsodium could not be initialised"));

    Store store;
    QString error;
    if (!store.open(parser.value(db), &error))
        return fail(QStringLiteral("cannot open the store: ") + error);
    // A fresh secret per run: a JWT from a previous run is not valid here.
    TokenService tokens(TokenService::randomToken(32).toUtf8());
    SandboxContext::frozenAt = parser.value(frozenClock).toLongLong();
    SandboxContext context;
    context.store = &store;
    context.tokens = &tokens;
    context.tokenLifetimeOverride = parser.value(lifetime).toInt();
    context.refreshLifetimeOverride = parser.value(refreshLifetime).toInt();

    Seeder seeder(store);
    QElapsedTimer seeding;
    seeding.start();
    if (!seeder.seedAdmins(&error) ||
        !seeder.seedUsers(parser.value(seed).toInt(), parser.value(seedRng).toUInt(), &error))
        return fail(QStringLiteral("seeding failed: ") + error);
    if (parser.value(seed).toInt() > 0)
        std::fprintf(stderr, "authdesk-sandbox: seeded %d users per API in %lld ms\n",
                     parser.value(seed).toInt(), seeding.elapsed());

    FaultInjector faults;
    faults.latencyMs = parser.value(latency).toInt();
    faults.failEvery = parser.value(failEvery).toInt();
    faults.failStatus = parser.isSet(failStatus) ? parser.value(failStatus).toInt() : 503;
    faults.throttleEvery = parser.value(throttleEvery).toInt();
    faults.retryAfterSeconds = parser.isSet(retryAfter) ? parser.value(retryAfter).toInt() : 1;
    faults.truncateEvery = parser.value(truncateEvery).toInt();
    faults.dropEvery = parser.value(dropEvery).toInt();
    faults.malformedEvery = parser.value(malformedEvery).toInt();

    SandboxServer server(faults);
    server.addApi(std::make_unique<GeminiApi>(context));
    server.addApi(std::make_unique<GatekeeperApi>(context));
    server.addApi(std::make_unique<NebulaApi>(context));
    server.addApi(std::make_unique<LuminateApi>(context));
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listenValue));

    installSignalHandlers(app);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    std::printf("AUTHDESK_SANDBOX_READY http://%s:%u\n", qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
