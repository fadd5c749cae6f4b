#pragma once
// Shown when a server's certificate is not trusted: what is wrong, the certificate itself and
// its SHA-256 fingerprint, so the user can compare it with what the server's administrator
// gives them. Trusting pins exactly this certificate for this profile, nothing wider.

#include <QDialog>

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString& profileName, const QString& problem, const QString& certificate,
                      const QString& sha256Hex, QWidget* parent = nullptr);
};
