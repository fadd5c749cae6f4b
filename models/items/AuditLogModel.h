#pragma once
// The audit log as a table for the Audit log screen: newest first, loaded a page at a time
// (canFetchMore/fetchMore), narrowed by an AuditFilter, and kept current as entries are
// recorded. Sorting by column is left to a QSortFilterProxyModel over the loaded rows (SortRole);
// colours are the view's business (EntryRole gives the outcome): this library has no QtGui.

#include "audit/AuditFilter.h"

#include <QAbstractTableModel>
#include <QPointer>

class AuditLog;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Profile, Identity, Action, Target, Outcome, Status, Review, Message, ColumnCount };
    enum Role {
        EntryRole = Qt::UserRole + 1, // the whole AuditEntry
        SortRole,                     // raw value for sorting (time as msecs, status as int)
    };

    explicit AuditLogModel(AuditLog* log, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    AuditFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Re-reads from the start (after another process wrote the log, for instance).
    void reload();
    AuditEntry entry(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void entryRecorded(const AuditEntry& entry);

    QPointer<AuditLog> m_log;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0; // matching entries in the log
    int m_pageSize = 200;
};
