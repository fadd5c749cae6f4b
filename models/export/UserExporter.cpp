#include "UserExporter.h"

#include "export/UserColumns.h"
#include "items/UserRowStore.h"
#include "items/UserTableModel.h"

#include <QAbstractProxyModel>
#include <QTimer>

namespace {

// The view's row → the source model's row, through any chain of proxies.
int sourceRowOf(const QAbstractItemModel* view, const UserTableModel* users, int row)
{
    QModelIndex index = view->index(row, 0);
    while (index.isValid() && index.model() != users) {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model());
        if (!proxy)
            return -1;
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? index.row() : -1;
}

} // namespace

UserExporter::UserExporter(UserTableModel* users, QAbstractItemModel* view, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_view(view ? view : users)
{
}

UserExporter::~UserExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

UserExporter::Format UserExporter::formatFor(const QString& path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        return Format::JsonLines;
    return Format::Csv;
}

void UserExporter::start(const QString& path, Format format)
{
    if (m_running)
        cancel();
    if (!m_users || !m_view) {
        emit finished(false, tr("There is no user list to export."), 0);
        return;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        emit finished(false, tr("Cannot write %1: %2").arg(path, why), 0);
        return;
    }
    m_encoder = std::make_unique<RecordEncoder>(format, UserColumns::names());
    m_running = true;
    const quint64 run = ++m_run;
    emit progress(Phase::Fetching, m_users->rowCount(), m_users->total());
    // Every page first: the file holds the whole (filtered, sorted) list, not just the screen.
    auto pageProgress = connect(m_users, &UserTableModel::pageLoaded, this, [this](int rows, qint64 total) {
        emit progress(Phase::Fetching, rows, total);
    });
    m_users->fetchAll([this, run, pageProgress](const ApiError& error) {
        disconnect(pageProgress);
        if (run != m_run || !m_running)
            return;
        if (!error.isNone()) {
            fail(error.kind == ApiError::Kind::Cancelled
                     ? tr("Export cancelled.")
                     : tr("Could not load every user: %1").arg(error.message));
            return;
        }
        // Asynchronous even when nothing had to be fetched, so callers can rely on it.
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run && m_running)
                beginWriting();
        });
    });
}

void UserExporter::beginWriting()
{
    const int rows = m_view->rowCount();
    m_slots.clear();
    m_slots.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = sourceRowOf(m_view, m_users, row);
        if (sourceRow >= 0)
            m_slots.push_back(m_users->storeIndex(sourceRow));
    }
    m_written = 0;
    // Slots are only valid until the list is reset.
    m_resetGuard = connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        fail(tr("The list was reloaded during the export; nothing was written."));
    });
    m_file->write(m_encoder->begin());
    writeSlice();
}

void UserExporter::writeSlice()
{
    if (!m_running)
        return;
    const UserRowStore& store = m_users->store();
    const size_t end = std::min(m_slots.size(), m_written + size_t(m_sliceSize));
    QByteArray chunk;
    for (; m_written < end; ++m_written)
        chunk += m_encoder->record(UserColumns::cells(store.skeleton(m_slots[m_written])));
    if (m_file->write(chunk) != chunk.size()) {
        fail(tr("Writing failed: %1").arg(m_file->errorString()));
        return;
    }
    emit progress(Phase::Writing, qint64(m_written), qint64(m_slots.size()));
    if (m_written < m_slots.size()) {
        QTimer::singleShot(0, this, &UserExporter::writeSlice); // let the window breathe between slices
        return;
    }
    m_file->write(m_encoder->end());
    disconnect(m_resetGuard);
    const bool committed = m_file->commit();
    const QString why = m_file->errorString();
    const QString name = m_file->fileName();
    m_file.reset();
    m_running = false;
    if (!committed) {
        emit finished(false, tr("Could not save %1: %2").arg(name, why), 0);
        return;
    }
    emit finished(true, tr("Exported %n user(s) to %1.", nullptr, int(m_slots.size())).arg(name),
                  qint64(m_slots.size()));
}

void UserExporter::fail(const QString& message)
{
    if (!m_running)
        return;
    m_running = false;
    disconnect(m_resetGuard);
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit(); // with writing cancelled this removes the temporary file
        m_file.reset();
    }
    m_slots.clear();
    emit finished(false, message, 0);
}

void UserExporter::cancel()
{
    if (!m_running)
        return;
    if (m_users && m_users->isFetchingAll())
        m_users->cancelFetchAll(); // reports back through fetchAll's callback
    fail(tr("Export cancelled."));
}
