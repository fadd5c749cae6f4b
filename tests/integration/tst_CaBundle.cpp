// A profile's CA bundle against a real HTTPS server on 127.0.0.1 whose certificate a throwaway
// CA signed (made with openssl for this test): refused without the bundle, accepted with it,
// refused with a bundle of another CA (the bundle replaces, it does not widen), a pin still
// accepted alongside a bundle, and a bundle that cannot be read or holds no certificate sent
// nothing and said why, instead of falling back to the system's CAs.

#include "Await.h"
#include "CertificateAuthority.h"
#include "OkJsonServer.h"
#include "credentials/CredentialStore.h"
#include "remote/ApiClient.h"
#include "remote/CaBundle.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class tst_CaBundle : public QObject
{
    Q_OBJECT
    QSslServer m_server;
    CertificateAuthority m_ca;
    QByteArray m_otherCaPem;
    QTemporaryDir m_dir;
    int m_connections = 0;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    // One GET through a Connection for a profile with this bundle and pin, as the console makes it.
    HttpResponse get(const QString& caBundlePath, const QByteArray& pin = {})
    {
        Profile p;
        p.id = QStringLiteral("ca-bundle-test");
        p.name = QStringLiteral("ca bundle test");
        p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(m_server.serverPort()));
        p.dialect = QStringLiteral("gatekeeper");
        p.rememberPassword = false;
        p.timeoutSeconds = 10;
        p.caBundlePath = caBundlePath;
        p.pinnedCertificate = pin;
        auto* credentials = new CredentialStore;
        credentials->setMemoryOnly(true);
        Connection connection(p, DialectRegistry::create(p.dialect), credentials);
        credentials->setParent(&connection);
        return awaitResponse(*connection.client(), HttpRequest::get(QStringLiteral("/ping")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        m_ca = CertificateAuthority::make(QStringLiteral("AuthDesk bundle"));
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error));
        const CertificateAuthority other = CertificateAuthority::make(QStringLiteral("Some other"));
        QVERIFY2(other.isValid(), qPrintable(other.error));
        m_otherCaPem = other.caPem;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_ca.server);
        config.setPrivateKey(m_ca.serverKey);
        m_server.setSslConfiguration(config);
        answerEveryRequestWithOkJson(m_server, this, [this] { ++m_connections; });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void withoutTheBundleTheServerIsRefused()
    {
        const HttpResponse answer = get(QString());
        QCOMPARE(answer.transportError.kind, ApiError::Kind::Tls);
        QCOMPARE(answer.status, 0);
    }

    void theBundlesCaIsTrusted()
    {
        const HttpResponse answer = get(writeFile(QStringLiteral("ca.pem"), m_ca.caPem));
        QVERIFY2(answer.transportError.isNone(), qPrintable(answer.transportError.message));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("{\"ok\":true}"));
    }

    void aBundleOfSeveralCasIsTrusted()
    {
        const QString both = writeFile(QStringLiteral("both.pem"), m_otherCaPem + m_ca.caPem);
        QCOMPARE(CaBundle::load(both).certificates.size(), 2);
        QCOMPARE(get(both).status, 200);
    }

    void anotherCasBundleIsRefused()
    {
        const HttpResponse answer = get(writeFile(QStringLiteral("other.pem"), m_otherCaPem));
        QCOMPARE(answer.transportError.kind, ApiError::Kind::Tls);
        QCOMPARE(answer.status, 0);
        // Still the usual refusal: the certificate is shown, and could be pinned.
        QCOMPARE(answer.transportError.serverCode,
                 QString::fromLatin1(m_ca.server.digest(QCryptographicHash::Sha256).toHex()));
    }

    void aPinStillWorksBesideABundle()
    {
        const QByteArray pin = m_ca.server.digest(QCryptographicHash::Sha256);
        const HttpResponse answer = get(writeFile(QStringLiteral("other.pem"), m_otherCaPem), pin);
        QVERIFY2(answer.transportError.isNone(), qPrintable(answer.transportError.message));
        QCOMPARE(answer.status, 200);
    }

    void anUnusableBundleSendsNothingAndSaysWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray()
                                 << QStringLiteral("cannot be read");
        QTest::newRow("no certificate") << QStringLiteral("empty.pem") << QByteArray("not a certificate\n")
                                        << QStringLiteral("holds no PEM certificate");
        QTest::newRow("a key, not a certificate")
            << QStringLiteral("key.pem") << QByteArray() << QStringLiteral("holds no PEM certificate");
        QTest::newRow("a folder") << QStringLiteral(".") << QByteArray() << QStringLiteral("cannot be read");
    }

    void anUnusableBundleSendsNothingAndSaysWhy()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        if (!content.isEmpty())
            writeFile(file, content);
        if (file == QLatin1String("key.pem"))
            writeFile(file, m_ca.serverKey.toPem());
        const QString path = file == QLatin1String(".") ? m_dir.path() : m_dir.filePath(file);
        const int before = m_connections;
        const HttpResponse answer = get(path);
        QCOMPARE(answer.transportError.kind, ApiError::Kind::Tls);
        QVERIFY2(answer.transportError.message.contains(says), qPrintable(answer.transportError.message));
        QVERIFY2(answer.transportError.message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(answer.transportError.message));
        QVERIFY(answer.transportError.serverCode.isEmpty()); // nothing to pin: no server was asked
        QCOMPARE(m_connections, before);
        // The key's PEM never reaches a sentence.
        QVERIFY(!answer.transportError.message.contains(QLatin1String("PRIVATE KEY-----\n")));
    }
};

QTEST_GUILESS_MAIN(tst_CaBundle)
#include "tst_CaBundle.moc"
