#include "CacheUpgrade.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "storage/SqliteConnection.h"

#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

struct CacheUpgrade::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> step{0}; // the version the running step brings the file to
    // Written by the worker before its thread finishes, read after.
    bool upgraded = false;
    QString error;
};

namespace {

// SQLite's progress handler: a non-zero answer interrupts the running statement.
int stopWhenCancelled(void* shared)
{
    return static_cast<const std::atomic<bool>*>(shared)->load() ? 1 : 0;
}

int versionOf(const QString& path)
{
    if (!QFileInfo::exists(path))
        return -1;
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, 10000))
        return -1;
    return CacheSchema::version(connection.database());
}

} // namespace

CacheUpgrade::CacheUpgrade(QObject* parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit progressed(statusText()); });
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
    const int version = versionOf(path);
    return version > 0 && version < CacheSchema::CurrentVersion;
}

void CacheUpgrade::start(const QString& path)
{
    Q_ASSERT(!m_thread);
    m_fromVersion = qMax(0, versionOf(path));
    m_shared = std::make_shared<Shared>();
    m_thread = QThread::create([shared = m_shared, path] {
        SqliteConnection connection;
        if (!connection.open(path, SqliteConnection::Access::ReadWrite, 10000)) {
            shared->error = CacheDatabase::tr("Cannot open the cache %1: %2").arg(path, connection.errorString());
            return;
        }
        QSqlDatabase db = connection.database();
        sqlite3* handle = SqliteConnection::handle(db);
        if (handle)
            sqlite3_progress_handler(handle, 1000, &stopWhenCancelled, &shared->cancelled);
        shared->upgraded = CacheSchema::migrate(db, &shared->error, [&shared](int version) {
            shared->step = version;
            return !shared->cancelled.load();
        });
        if (handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    });
    m_thread->setObjectName(QStringLiteral("AuthDesk cache upgrade"));
    connect(m_thread, &QThread::finished, this, &CacheUpgrade::workerFinished);
    m_clock.start();
    m_tick.start();
    m_thread->start();
    emit progressed(statusText());
}

void CacheUpgrade::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

QString CacheUpgrade::statusText() const
{
    const int steps = qMax(1, CacheSchema::CurrentVersion - m_fromVersion);
    const int step = m_shared ? qBound(1, m_shared->step.load() - m_fromVersion, steps) : 1;
    return tr("Upgrading the cache to this version's format (step %1 of %2)… %3 s")
        .arg(step)
        .arg(steps)
        .arg(m_clock.isValid() ? m_clock.elapsed() / 1000 : 0);
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
