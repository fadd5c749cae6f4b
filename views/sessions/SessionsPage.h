#pragma once
// The Sessions screen: every session across users where the server can list them, sortable
// and filterable, with revocation of the selected ones (confirmed with the count, a progress
// bar with Cancel, verified by reading the list again, reported per session). Where the
// server cannot list them, it says why and points to per-user revocation.

#include <QPointer>
#include <QWidget>

class AllSessionsFetch;
class Connection;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class SessionRevocation;
class SessionTableView;

class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget* parent = nullptr);
    void setConnection(Connection* connection);
    SessionTableView* table() const { return m_table; }

public slots:
    void reload();

signals:
    void loaded(int count);
    void revocationFinished();
    // "Open Users": where the server lists sessions per user only.
    void usersRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void revokeSelected();
    void cancel();
    void updateButtons();
    void setBusy(bool busy);
    // "61 active sessions · 22 users · 4 match the filter"
    void showCounts();

    QPointer<Connection> m_connection;
    QStackedWidget* m_stack;
    QLabel* m_unsupported;
    SessionTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_info;
    QPushButton* m_refresh;
    QPushButton* m_revoke;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPlainTextEdit* m_report;
    AllSessionsFetch* m_fetch;
    QPointer<SessionRevocation> m_revocation;
    bool m_stale = false; // the list has not been read since the connection changed
};
