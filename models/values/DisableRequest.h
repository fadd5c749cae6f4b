#pragma once
// What an administrator says when disabling an account, where the server records it
// (better-auth's ban reason and expiry; see Capability::DisableReason and DisableExpiry).
// Empty: the dialect's own default reason, and disabled until enabled again.

#include <QDateTime>
#include <QString>

struct DisableRequest
{
    QString reason;
    QDateTime until; // invalid: no end; otherwise the server enables the account again then

    bool isEmpty() const { return reason.isEmpty() && !until.isValid(); }
    friend bool operator==(const DisableRequest&, const DisableRequest&) = default;
};
