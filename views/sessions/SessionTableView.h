#pragma once
// The sessions table both the user's Sessions tab and the Sessions screen show: sortable by
// every column, filterable by any text, several rows selectable, and a Result column that
// keeps what the last revocation found (failures stand out in bold).

#include "values/Session.h"

#include <QTableView>

class QSortFilterProxyModel;
class SessionRevocation;
class SessionTableModel;

class SessionTableView : public QTableView
{
    Q_OBJECT
public:
    explicit SessionTableView(QWidget* parent = nullptr);

    SessionTableModel* sessionModel() const { return m_model; }
    void setSessions(const QList<Session>& sessions);
    void setFilterText(const QString& text);
    // The selected sessions, in the order shown.
    QList<Session> selectedSessions() const;
    // Shows the server's list as read after a revocation and marks each session's outcome.
    void showOutcome(const SessionRevocation& revocation);

private:
    SessionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};
