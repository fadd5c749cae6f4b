#pragma once
// Shows what the signed-in token (or a pasted one) is: kind, scopes, issue and expiry times, and
// for a JWT the decoded header and claims — clearly marked as decoded, not verified. Where the
// server publishes OpenID Connect endpoints, it can also ask the server whether the console's
// token is still active (introspection), and revoke it.

#include "remote/AuthState.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

class TokenInspectorDialog : public QDialog
{
    Q_OBJECT
public:
    // `connection` null: no session, only pasted tokens.
    explicit TokenInspectorDialog(Connection* connection, QWidget* parent = nullptr);

private:
    void showReport(const QString& token, const AuthState* state);
    void askServer();
    void revoke();
    // Enables the server buttons for the console's own token, each with the reason it cannot be.
    void updateServerButtons();

    QPointer<Connection> m_connection;
    AuthState m_state;
    QString m_serverAnswer; // HTML: the last thing the server said about the token
    QPlainTextEdit* m_pasted;
    QTextBrowser* m_report;
    QPushButton* m_introspect;
    QPushButton* m_revoke;
};
