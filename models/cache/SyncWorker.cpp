#include "SyncWorker.h"

#include "SyncJob.h"

#include "storage/SqliteConnection.h"

#include <QSqlQuery>
#include <sqlite3.h>

SyncWorker::SyncWorker(const QString& cachePath)
    : m_path(cachePath)
{
}

SyncWorker::~SyncWorker()
{
    shutdown();
}

bool SyncWorker::ensureOpen()
{
    if (m_database.isOpen())
        return true;
    if (!m_database.open(m_path, CacheDatabase::Access::ReadWrite)) {
        emit failed(m_op, m_database.errorString());
        return false;
    }
    m_writer = std::make_unique<CacheWriter>(m_database);
    m_writer->setStopFlag(&m_commitStopped);
    return true;
}

void SyncWorker::begin(quint64 op, const QDateTime& startedAt)
{
    m_op = op;
    m_failed = false;
    m_stagedPages = 0;
    if (!ensureOpen()) {
        m_failed = true;
        return;
    }
    if (!m_writer->beginSync(startedAt)) {
        m_failed = true;
        emit failed(m_op, m_writer->errorString());
    }
}

void SyncWorker::stageUsers(const QList<User>& users, bool endOfBatch, bool lastPage, bool moreToList)
{
    if (m_failed || !m_writer || !m_writer->isSyncing())
        return;
    if (!m_writer->stageUsers(users) || (endOfBatch && !m_writer->flushStaging()) ||
        (lastPage && !m_writer->finishStagingUsers())) {
        m_failed = true;
        m_writer->abortSync();
        emit failed(m_op, m_writer->errorString());
        return;
    }
    emit staged(m_op, ++m_stagedPages, m_writer->stagedUsers());
    if (lastPage && moreToList && m_writer->startLoadAhead())
        QMetaObject::invokeMethod(this, [this, op = m_op] { loadAhead(op); }, Qt::QueuedConnection);
}

void SyncWorker::loadAhead(quint64 op)
{
    if (op != m_op || m_failed || !m_writer || !m_writer->isSyncing())
        return;
    // The pages staged since the last step are committed to their tables first: a step runs
    // on its own (CacheWriter::loadAheadStep).
    if (!m_writer->flushStaging()) {
        m_failed = true;
        m_writer->abortSync();
        emit failed(m_op, m_writer->errorString());
        return;
    }
    if (m_writer->loadAheadStep())
        QMetaObject::invokeMethod(this, [this, op] { loadAhead(op); }, Qt::QueuedConnection);
}

void SyncWorker::stageSessions(const QList<Session>& sessions)
{
    if (m_failed || !m_writer || !m_writer->isSyncing())
        return;
    if (!m_writer->stageSessions(sessions)) {
        m_failed = true;
        m_writer->abortSync();
        emit failed(m_op, m_writer->errorString());
        return;
    }
    m_writer->feedLoadAhead();
}

void SyncWorker::stageApiKeys(const QList<ApiKey>& keys)
{
    if (m_failed || !m_writer || !m_writer->isSyncing())
        return;
    if (!m_writer->stageApiKeys(keys)) {
        m_failed = true;
        m_writer->abortSync();
        emit failed(m_op, m_writer->errorString());
    }
}

void SyncWorker::commit(int pages, bool allowMassDeletion)
{
    if (m_failed || !m_writer)
        return;
    if (!allowMassDeletion) {
        qint64 vanishing = 0;
        qint64 present = 0;
        if (!m_writer->countVanishing(&vanishing, &present)) {
            m_failed = true;
            m_writer->abortSync();
            if (m_writer->wasStopped())
                emit aborted(m_op);
            else
                emit failed(m_op, m_writer->errorString());
            return;
        }
        if (SyncJob::isMassDeletion(vanishing, present)) {
            emit massDeletionPending(m_op, vanishing, present);
            return;
        }
    }
    SyncRecord record;
    if (!m_writer->commitSync(pages, &record)) {
        m_failed = true;
        m_writer->abortSync();
        if (m_writer->wasStopped())
            emit aborted(m_op);
        else
            emit failed(m_op, m_writer->errorString());
        return;
    }
    emit committed(m_op, record);
    // After the report: the staged rows and the users a first sync made ready go (seconds at a
    // million users), and the console shows the new copy while the log is copied into the file.
    // One that readers held up or that stopCommit() ended is done by a later checkpoint
    // (SQLite's own, after a commit of a thousand pages); the sync stands either way.
    if (m_commitStopped)
        return;
    m_writer->releaseStaging();
    if (m_commitStopped)
        return;
    m_checkpointing = SqliteConnection::handle(m_database.database());
    m_writer->checkpoint();
    m_checkpointing = nullptr;
}

void SyncWorker::stopCommit()
{
    m_commitStopped = true;
    if (sqlite3* connection = m_checkpointing.load())
        sqlite3_interrupt(connection);
}

void SyncWorker::abort(quint64 op)
{
    m_op = op;
    if (m_writer)
        m_writer->abortSync();
    m_failed = false;
    emit aborted(m_op);
}

void SyncWorker::storeUser(quint64 op, const User& user)
{
    m_op = op;
    if (!ensureOpen())
        return;
    SyncRecord record;
    if (!m_writer->storeUser(user, &record)) {
        emit failed(m_op, m_writer->errorString());
        return;
    }
    emit committed(m_op, record);
}

void SyncWorker::markDeletedOnServer(quint64 op, const QString& userId)
{
    m_op = op;
    if (!ensureOpen())
        return;
    if (!m_writer->markDeletedOnServer(userId)) {
        emit failed(m_op, m_writer->errorString());
        return;
    }
    SyncRecord record;
    record.kind = SyncRecord::Kind::User;
    record.deleted = 1;
    emit committed(m_op, record);
}

void SyncWorker::shutdown()
{
    // A sync under way, or one committed whose staging was not yet emptied (the job went away
    // right after it), is dropped with the connection's TEMP tables: nothing emptied first.
    if (m_writer)
        m_writer->closing();
    m_writer.reset();
    m_database.close();
}
