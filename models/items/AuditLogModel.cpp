#include "AuditLogModel.h"

#include "audit/AuditLog.h"
#include "values/DisplayText.h"

#include <QLocale>

AuditLogModel::AuditLogModel(AuditLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (m_log)
        connect(m_log, &AuditLog::recorded, this, &AuditLogModel::entryRecorded);
    reload();
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_total = m_log ? m_log->count(m_filter) : 0;
    if (m_log)
        m_entries = m_log->entries(m_filter, 0, m_pageSize);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == EntryRole)
        return QVariant::fromValue(e);
    if (role == SortRole) {
        switch (index.column()) {
        case Time:
            return e.at.toMSecsSinceEpoch();
        case Status:
            return e.httpStatus;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Profile:
            return DisplayText::escaped(e.profileName);
        case Identity:
            return DisplayText::escaped(e.identity);
        case Action:
            return AuditEntry::actionLabel(e.action);
        case Target:
            return DisplayText::escaped(e.target);
        case Outcome:
            return AuditEntry::outcomeLabel(e.outcome);
        case Status:
            if (e.httpStatus == 0)
                return DisplayText::escaped(e.serverCode);
            return DisplayText::escaped(e.serverCode.isEmpty()
                                            ? QString::number(e.httpStatus)
                                            : QStringLiteral("%1 %2").arg(e.httpStatus).arg(e.serverCode));
        case Review: // the access review a change applied
            return DisplayText::escaped(e.details.value(QStringLiteral("review")).toString());
        case Message:
            return DisplayText::escaped(e.message);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        case Profile:
            return e.server;
        case Target:
            return e.targetId.isEmpty() ? e.target : tr("%1 (id %2)").arg(e.target, e.targetId);
        case Message:
            return e.message;
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Identity:
        return tr("Signed in as");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case Status:
        return tr("Server answer");
    case Review:
        return tr("Review");
    case Message:
        return tr("Message");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_log && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEntry> more = m_log->entries(m_filter, m_entries.size(), m_pageSize);
    if (more.isEmpty()) {
        m_total = m_entries.size(); // the log shrank under us (cleared by another process)
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
    m_entries += more;
    endInsertRows();
}

void AuditLogModel::entryRecorded(const AuditEntry& entry)
{
    if (!m_filter.matches(entry))
        return;
    // Newest first: a new entry goes on top, and the rows below keep their identity.
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    ++m_total;
    endInsertRows();
}
