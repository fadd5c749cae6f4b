// TLS: a server with a self-signed certificate, made for this test with openssl. By default the
// request fails with ApiError::Kind::Tls carrying the certificate's description and SHA-256;
// once that exact digest is pinned the same request succeeds; a profile that pinned the
// server's previous certificate is refused with a sentence saying the certificate changed.

#include "Await.h"
#include "OkJsonServer.h"
#include "SelfSignedCertificate.h"
#include "remote/ApiClient.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

class tst_Tls : public QObject
{
    Q_OBJECT
    QSslServer m_server;
    QSslCertificate m_certificate;
    QByteArray m_digest;

    HttpResponse get(const QByteArray& pin)
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
        client.setPinnedCertificate(pin);
        client.setTimeoutSeconds(10);
        return awaitResponse(client, HttpRequest::get(QStringLiteral("/ping")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const SelfSignedCertificate made =
            SelfSignedCertificate::make(QStringLiteral("authdesk-test.invalid"));
        QVERIFY2(made.isValid(), qPrintable(made.error));
        m_certificate = made.certificate;
        m_digest = m_certificate.digest(QCryptographicHash::Sha256);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(made.key);
        m_server.setSslConfiguration(config);
        answerEveryRequestWithOkJson(m_server, this);
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void untrustedCertificateIsRefusedWithItsDetails()
    {
        const HttpResponse answer = get({});
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.transportError.kind, ApiError::Kind::Tls);
        QVERIFY2(answer.transportError.message.contains(QLatin1String("not trusted")),
                 qPrintable(answer.transportError.message));
        QVERIFY2(answer.transportError.detail.contains(QLatin1String("authdesk-test.invalid")),
                 qPrintable(answer.transportError.detail));
        // What the user is shown is exactly what a pin would hold.
        QCOMPARE(answer.transportError.serverCode, QString::fromLatin1(m_digest.toHex()));
    }

    void pinnedCertificateIsAccepted()
    {
        const HttpResponse answer = get(m_digest);
        QVERIFY2(answer.transportError.isNone(), qPrintable(answer.transportError.message));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("{\"ok\":true}"));
    }

    void aChangedCertificateIsRefusedAndSaysSo()
    {
        // The profile trusted the server's previous certificate; the server now shows another
        // (renewed, or someone in between): refused, said to have changed, the new one described.
        const SelfSignedCertificate previous =
            SelfSignedCertificate::make(QStringLiteral("authdesk-test.invalid"));
        QVERIFY2(previous.isValid(), qPrintable(previous.error));
        const QByteArray previousPin = previous.certificate.digest(QCryptographicHash::Sha256);
        QVERIFY(previousPin != m_digest);
        const HttpResponse answer = get(previousPin);
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.transportError.kind, ApiError::Kind::Tls);
        QVERIFY2(answer.transportError.message.startsWith(
                     QLatin1String("The server's certificate changed since it was trusted for this profile")),
                 qPrintable(answer.transportError.message));
        QVERIFY2(answer.transportError.message.contains(QLatin1String("intercepting")),
                 qPrintable(answer.transportError.message));
        QCOMPARE(answer.transportError.serverCode, QString::fromLatin1(m_digest.toHex()));
        QVERIFY(answer.transportError.detail.contains(QLatin1String("authdesk-test.invalid")));
    }
};

QTEST_MAIN(tst_Tls)
#include "tst_Tls.moc"
