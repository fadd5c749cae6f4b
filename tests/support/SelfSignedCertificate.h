#pragma once
// Tests only: a fresh self-signed certificate and its key, made by the openssl tool in a
// temporary folder, for HTTPS servers the console must refuse until a pin says otherwise.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // why making it failed; empty when both are valid

    bool isValid() const { return error.isEmpty(); }

    static SelfSignedCertificate make(const QString& commonName)
    {
        SelfSignedCertificate made;
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=%1/O=AuthDesk tests").arg(commonName), QStringLiteral("-keyout"),
                       keyPath, QStringLiteral("-out"), certPath});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            made.error = QStringLiteral("openssl: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
            return made;
        }
        QFile certFile(certPath), keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            made.error = QStringLiteral("cannot read what openssl wrote");
            return made;
        }
        made.certificate = QSslCertificate(&certFile, QSsl::Pem);
        made.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (made.certificate.isNull() || made.key.isNull())
            made.error = QStringLiteral("openssl wrote no usable certificate or key");
        return made;
    }
};
