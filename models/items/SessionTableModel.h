#pragma once
// Sessions as a table, for one user's Sessions tab and for the cross-user Sessions screen:
// who, when it started, last activity, expiry, address, client, and what the last revocation
// found. Sorting and filtering are a QSortFilterProxyModel's job (SortRole gives raw values).

#include "values/Session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { User, Started, LastActivity, Expires, Address, Client, Outcome, Id, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: times as msecs since the epoch
        SessionIdRole,
        FailedRole, // true when the last revocation did not take on the server
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    // Replaces the rows; outcomes of sessions still listed are kept, so a failure stays visible
    // after the re-read that found it.
    void setSessions(const QList<Session>& sessions);
    const QList<Session>& sessions() const { return m_sessions; }
    Session session(int row) const { return m_sessions.value(row); }
    // Records what happened to a session ("revoked", "still active after revoke").
    void setOutcome(const QString& sessionId, const QString& text, bool failed);
    void clearOutcomes();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RowOutcome
    {
        QString text;
        bool failed = false;
    };
    QList<Session> m_sessions;
    QHash<QString, RowOutcome> m_outcomes;
};
