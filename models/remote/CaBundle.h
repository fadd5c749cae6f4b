#pragma once
// A profile's own certificate authorities: a PEM file of one or more CA certificates that,
// for that profile, replace the system's (as curl's --cacert does), so a server whose
// certificate an internal CA signed is trusted without trusting it everywhere, and no public
// CA can stand in for it. A file that cannot be read, or holds no certificate, is a problem
// with a sentence, never a quiet return to the system's CAs.

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

class CaBundle
{
    Q_DECLARE_TR_FUNCTIONS(CaBundle)

public:
    static CaBundle load(const QString& path);

    QList<QSslCertificate> certificates;
    QString problem; // empty when `certificates` holds at least one

    bool isValid() const { return problem.isEmpty(); }
};
