#pragma once
// Exports the users table as the administrator sees it (filtered and sorted) to CSV or JSON:
// first every remaining page is fetched from the server, then the rows are written a slice
// at a time so the window stays responsive; both phases report progress and can be cancelled.
// The file is written through QSaveFile: a cancelled or failed export leaves no partial file.
// Its columns and encoding are UserColumns and RecordEncoder, as authdesk-cli's `export`.
//
// `view` is the model the table shows (a UserFilterModel, or the UserTableModel itself); its
// row order is the file's order.

#include "export/RecordEncoder.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>
#include <vector>

class QAbstractItemModel;
class UserTableModel;

class UserExporter : public QObject
{
    Q_OBJECT
public:
    using Format = RecordEncoder::Format;
    enum class Phase { Fetching, Writing };
    Q_ENUM(Phase)

    UserExporter(UserTableModel* users, QAbstractItemModel* view, QObject* parent = nullptr);
    ~UserExporter() override;

    // ".json" → Json, ".jsonl" → JsonLines, anything else → Csv.
    static Format formatFor(const QString& path);
    void start(const QString& path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }
    void setSliceSize(int rows) { m_sliceSize = qMax(1, rows); }

signals:
    // `total` -1: unknown yet (the server did not say how many there are).
    void progress(UserExporter::Phase phase, qint64 done, qint64 total);
    // ok false: `message` says why (failure or cancel); ok true: how many rows were written.
    void finished(bool ok, const QString& message, qint64 rows);

private:
    void beginWriting();
    void writeSlice();
    void fail(const QString& message);

    QPointer<UserTableModel> m_users;
    QPointer<QAbstractItemModel> m_view;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<RecordEncoder> m_encoder;
    std::vector<quint32> m_slots; // the view's rows, captured when writing starts
    size_t m_written = 0;
    int m_sliceSize = 20000;
    bool m_running = false;
    quint64 m_run = 0; // callbacks of an earlier, cancelled run are ignored
    QMetaObject::Connection m_resetGuard;
};
