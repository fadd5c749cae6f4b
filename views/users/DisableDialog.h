#pragma once
// Asks, before disabling one or several users, for what the server can record with it: the
// administrator's reason and a time at which the account is enabled again, each only where the
// server supports it (Capability::DisableReason, DisableExpiry). Both optional; UsersPage
// opens it only for servers with either, and sends nothing if it is cancelled.

#include "remote/Capabilities.h"
#include "values/DisableRequest.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

class DisableDialog : public QDialog
{
    Q_OBJECT
public:
    // `title`: what will happen, e.g. "Disable 3 users".
    DisableDialog(const Capabilities& capabilities, const QString& title, QWidget* parent = nullptr);
    DisableRequest request() const;
    void accept() override;

private:
    QLineEdit* m_reason;
    QCheckBox* m_limited;
    QDateTimeEdit* m_until;
    QLabel* m_error;
};
