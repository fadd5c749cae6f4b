#pragma once
// Tests only: a throwaway certificate authority and a server certificate it signed (for
// 127.0.0.1, localhost and any extra names), made by the openssl tool in a temporary folder,
// for HTTPS servers the console trusts only through a profile's CA bundle.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct CertificateAuthority
{
    QByteArray caPem; // the CA's certificate, what a bundle holds
    QSslCertificate server;
    QSslKey serverKey;
    QString error; // why making them failed; empty when all are valid

    bool isValid() const { return error.isEmpty(); }

    static CertificateAuthority make(const QString& name, const QStringList& extraNames = {})
    {
        CertificateAuthority made;
        QTemporaryDir dir;
        const auto path = [&dir](const char* file) { return dir.filePath(QString::fromLatin1(file)); };
        QString altNames = QStringLiteral("IP:127.0.0.1,DNS:localhost");
        for (const QString& extra : extraNames)
            altNames += QStringLiteral(",DNS:") + extra;
        {
            QFile extensions(path("server.ext"));
            if (!extensions.open(QIODevice::WriteOnly)) {
                made.error = QStringLiteral("cannot write the extensions file");
                return made;
            }
            extensions.write(
                QStringLiteral("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                               "extendedKeyUsage=serverAuth\nsubjectAltName=%1\n")
                    .arg(altNames)
                    .toLatin1());
        }
        const QList<QStringList> steps{
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=%1 CA/O=AuthDesk tests").arg(name), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
             path("ca.key"), QStringLiteral("-out"), path("ca.pem")},
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-subj"),
             QStringLiteral("/CN=%1 server/O=AuthDesk tests").arg(name), QStringLiteral("-keyout"),
             path("server.key"), QStringLiteral("-out"), path("server.csr")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
             QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-extfile"), path("server.ext"), QStringLiteral("-out"), path("server.pem")}};
        for (const QStringList& arguments : steps) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), arguments);
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
                made.error =
                    QStringLiteral("openssl: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
                return made;
            }
        }
        QFile ca(path("ca.pem")), server(path("server.pem")), key(path("server.key"));
        if (!ca.open(QIODevice::ReadOnly) || !server.open(QIODevice::ReadOnly) ||
            !key.open(QIODevice::ReadOnly)) {
            made.error = QStringLiteral("cannot read what openssl wrote");
            return made;
        }
        made.caPem = ca.readAll();
        made.server = QSslCertificate(&server, QSsl::Pem);
        made.serverKey = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        if (made.caPem.isEmpty() || made.server.isNull() || made.serverKey.isNull())
            made.error = QStringLiteral("openssl wrote no usable certificate or key");
        return made;
    }
};
