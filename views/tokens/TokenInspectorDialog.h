#pragma once
// Shows what the signed-in token (or a pasted one) is: kind, scopes, issue and expiry times, and
// for a JWT the decoded header and claims — clearly marked as decoded, not verified.

#include "remote/AuthState.h"

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

class TokenInspectorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenInspectorDialog(const AuthState& state, QWidget* parent = nullptr);

private:
    void showReport(const QString& token, const AuthState* state);

    QPlainTextEdit* m_pasted;
    QTextBrowser* m_report;
};
