#include "CacheUpgrade.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "UpgradeProgress.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <mutex>

namespace {
// How far an upgrade has come, written by the thread that runs it and read by any.
struct Counters
{
    std::atomic<int> step{0}; // the version the running step brings the file to
    std::atomic<qint64> rows{0};
    std::atomic<qint64> plannedRows{0};
    std::atomic<qint64> users{0};
};

// The worker's connection while it is open, for Cancel to interrupt what SQLite's progress
// handler never reaches: a step's COMMIT copying the log into the file (2.1-2.6 s after a
// million users' search index, tests/bench/README.md). The lock keeps the connection from
// closing while it is being interrupted.
struct OpenConnection
{
    std::mutex lock;
    sqlite3* handle = nullptr;

    void set(sqlite3* connection)
    {
        const std::lock_guard guard(lock);
        handle = connection;
    }
    void interrupt()
    {
        const std::lock_guard guard(lock);
        if (handle)
            sqlite3_interrupt(handle);
    }
};
} // namespace

struct CacheUpgrade::Shared
{
    std::atomic<bool> cancelled{false};
    Counters counters;
    OpenConnection connection;
    // Written by the worker before its thread finishes, read after.
    bool upgraded = false;
    QString error;
};

namespace {

// The file's schema version (-1 when there is none or it cannot be read), and whether its sort
// keys need making again.
int versionOf(const QString& path, bool* needsCollating = nullptr)
{
    if (!QFileInfo::exists(path))
        return -1;
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, CacheDatabase::busyTimeoutMs))
        return -1;
    if (needsCollating)
        *needsCollating = CacheSchema::needsCollating(connection.database());
    return CacheSchema::version(connection.database());
}

UpgradeProgress progressOf(int fromVersion, const Counters& counters, qint64 elapsedMs)
{
    UpgradeProgress progress;
    progress.step = counters.step.load() - fromVersion;
    progress.steps = CacheSchema::CurrentVersion - fromVersion;
    progress.rows = counters.rows.load();
    progress.plannedRows = counters.plannedRows.load();
    progress.users = counters.users.load();
    progress.elapsedMs = elapsedMs;
    return progress;
}

// One upgrade of a file, on the thread that calls run(): SQLite's progress handler, every
// thousand steps of its virtual machine, stops it when cancelled and reports its time.
struct Upgrader
{
    const std::atomic<bool>* cancelled = nullptr;
    Counters* counters = nullptr;
    OpenConnection* open = nullptr; // told the connection while it is open, when cancellable
    std::function<void(const QString&)> report;
    int fromVersion = 0;
    QElapsedTimer clock;
    qint64 reportedSecond = 0;

    // Asked by SQLite every thousand steps of its virtual machine.
    bool goesOn()
    {
        if (cancelled && cancelled->load())
            return false; // interrupts the statement; the step's transaction rolls back
        const qint64 second = clock.elapsed() / 1000;
        if (report && second > reportedSecond) {
            reportedSecond = second;
            report(progressOf(fromVersion, *counters, clock.elapsed()).text());
        }
        return true;
    }

    bool run(const QString& path, QString* error)
    {
        clock.start();
        SqliteConnection connection;
        if (!connection.open(path, SqliteConnection::Access::ReadWrite, CacheDatabase::busyTimeoutMs)) {
            *error = CacheDatabase::tr("Cannot open the cache %1: %2").arg(path, connection.errorString());
            return false;
        }
        QSqlDatabase db = connection.database();
        if (open)
            open->set(SqliteConnection::handle(db));
        const auto closing = qScopeGuard([this, handle = SqliteConnection::handle(db)] {
            if (open)
                open->set(nullptr);
            // Cancelled: the last connection to close would copy the log into the file first
            // (SQLite's checkpoint on close), which nothing interrupts; the next one to open the
            // file reads the log as it is.
            if (cancelled && cancelled->load() && handle)
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        });
        // Also asked while another program (a sync of the same profile) holds the write lock.
        const std::function<bool()> check = [this] { return goesOn(); };
        SqliteConnection::setStopCheck(db, &check);
        qint64 users = 0;
        counters->plannedRows = CacheSchema::plannedRows(db, &users);
        counters->users = users;
        const bool upgraded = CacheSchema::migrate(
            db, error,
            [this](int version) {
                counters->step = version;
                return !(cancelled && cancelled->load());
            },
            [this](qint64 passed) { counters->rows.fetch_add(passed); });
        SqliteConnection::setStopCheck(db, nullptr);
        return upgraded;
    }
};

} // namespace

CacheUpgrade::CacheUpgrade(QObject* parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit progressed(progress()); });
}

CacheUpgrade::~CacheUpgrade()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

bool CacheUpgrade::isNeeded(const QString& path)
{
    bool collating = false;
    const int version = versionOf(path, &collating);
    return version > 0 && (version < CacheSchema::CurrentVersion || collating);
}

void CacheUpgrade::start(const QString& path)
{
    Q_ASSERT(!m_thread);
    m_fromVersion = qMax(0, versionOf(path));
    m_shared = std::make_shared<Shared>();
    m_thread = QThread::create([shared = m_shared, path, from = m_fromVersion] {
        Upgrader upgrader;
        upgrader.cancelled = &shared->cancelled;
        upgrader.counters = &shared->counters;
        upgrader.open = &shared->connection;
        upgrader.fromVersion = from;
        shared->upgraded = upgrader.run(path, &shared->error);
    });
    m_thread->setObjectName(QStringLiteral("AuthDesk cache upgrade"));
    connect(m_thread, &QThread::finished, this, &CacheUpgrade::workerFinished);
    m_clock.start();
    m_tick.start();
    m_thread->start();
    emit progressed(progress());
}

bool CacheUpgrade::isLanguageChange() const
{
    return m_fromVersion == CacheSchema::CurrentVersion;
}

bool CacheUpgrade::isLanguageChange(const QString& path)
{
    bool needsCollating = false;
    return versionOf(path, &needsCollating) == CacheSchema::CurrentVersion && needsCollating;
}

void CacheUpgrade::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancelled = true;
    // An interrupted COMMIT has committed its step (the file stays there, readable); an
    // interrupted statement rolls its step back, as the progress handler's stop does.
    m_shared->connection.interrupt();
}

bool CacheUpgrade::runHere(const QString& path, const std::function<void(const QString&)>& report, QString* error)
{
    Counters counters;
    Upgrader upgrader;
    upgrader.counters = &counters;
    upgrader.report = report;
    upgrader.fromVersion = qMax(0, versionOf(path));
    return upgrader.run(path, error);
}

UpgradeProgress CacheUpgrade::progress() const
{
    if (!m_shared) {
        Counters none;
        none.step = m_fromVersion + 1;
        return progressOf(m_fromVersion, none, 0);
    }
    return progressOf(m_fromVersion, m_shared->counters, m_clock.isValid() ? m_clock.elapsed() : 0);
}

void CacheUpgrade::workerFinished()
{
    m_tick.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const Outcome outcome = m_shared->upgraded       ? Outcome::Upgraded
                            : m_shared->cancelled ? Outcome::Cancelled
                                                  : Outcome::Failed;
    emit finished(outcome, outcome == Outcome::Failed ? m_shared->error : QString());
}
