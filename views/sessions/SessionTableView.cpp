#include "SessionTableView.h"

#include "operations/SessionRevocation.h"
#include "items/SessionTableModel.h"

#include <QFont>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>

namespace {

// Failures in bold, so a revocation that did not take cannot be overlooked.
class OutcomeStyle : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && index.data(SessionTableModel::FailedRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

SessionTableView::SessionTableView(QWidget* parent)
    : QTableView(parent)
    , m_model(new SessionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto* style = new OutcomeStyle(this);
    style->setSourceModel(m_model);
    m_proxy->setSourceModel(style);
    m_proxy->setSortRole(SessionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(SessionTableModel::LastActivity, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void SessionTableView::setSessions(const QList<Session>& sessions)
{
    m_model->setSessions(sessions);
    resizeColumnsToContents();
}

void SessionTableView::setFilterText(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}

QList<Session> SessionTableView::selectedSessions() const
{
    QList<Session> sessions;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : std::as_const(rows)) {
        const QString id = row.data(SessionTableModel::SessionIdRole).toString();
        for (const Session& s : m_model->sessions()) {
            if (s.id == id) {
                sessions << s;
                break;
            }
        }
    }
    return sessions;
}

void SessionTableView::showOutcome(const SessionRevocation& revocation)
{
    if (revocation.hasListing())
        setSessions(revocation.listing());
    using S = SessionRevocation::Status;
    for (const SessionRevocation::Item& item : revocation.items()) {
        const bool failed =
            item.status == S::Failed || item.status == S::StillActive || item.status == S::Unverified;
        QString text = SessionRevocation::statusText(item.status);
        if (!item.message.isEmpty())
            text += QStringLiteral(": ") + item.message;
        m_model->setOutcome(item.session.id, text, failed);
    }
}
