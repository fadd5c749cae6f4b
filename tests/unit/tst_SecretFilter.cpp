// SecretFilter keeps credentials out of the cache and the audit log, whatever container a server
// reply, a dialect or an edit put them in.
#include "storage/SecretFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJlLWJ5dGVz");

// The filtered map as the cache writes it, so that what is checked is what reaches the disk.
QByteArray written(const QVariantMap& attributes)
{
    return QJsonDocument::fromVariant(SecretFilter::withoutSecrets(attributes)).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_SecretFilter : public QObject
{
    Q_OBJECT

private slots:
    void secretNamesGoAtEveryDepth()
    {
        const QVariantMap attributes{
            {QStringLiteral("city"), QStringLiteral("Lisbon")},
            {QStringLiteral("password_hash"), QStringLiteral("$2b$10$abcdefgh")},
            {QStringLiteral("profile"),
             QVariantMap{{QStringLiteral("refresh_token"), QStringLiteral("r-123")},
                         {QStringLiteral("public_key"), QStringLiteral("ssh-ed25519 AAAA")}}},
            {QStringLiteral("devices"),
             QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("phone")},
                                      {QStringLiteral("otp"), QStringLiteral("123456")}}}},
        };
        const QVariantMap clean = SecretFilter::withoutSecrets(attributes);
        QCOMPARE(clean.value(QStringLiteral("city")).toString(), QStringLiteral("Lisbon"));
        QVERIFY(!clean.contains(QStringLiteral("password_hash")));
        const QVariantMap profile = clean.value(QStringLiteral("profile")).toMap();
        QCOMPARE(profile.keys(), QStringList{QStringLiteral("public_key")});
        const QVariantMap device = clean.value(QStringLiteral("devices")).toList().value(0).toMap();
        QCOMPARE(device.keys(), QStringList{QStringLiteral("name")});
    }

    void everyContainerIsLookedInto_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("kept");

        QTest::newRow("string list")
            << QVariant(QStringList{QStringLiteral("/staff"), jwt, QStringLiteral("/admins")})
            << QStringLiteral(R"(["/staff","/admins"])");
        QTest::newRow("hash") << QVariant(QVariantHash{{QStringLiteral("access_token"), QStringLiteral("abc")},
                                                       {QStringLiteral("client"), QStringLiteral("portal")}})
                              << QStringLiteral(R"({"client":"portal"})");
        QTest::newRow("hash in a list")
            << QVariant(QVariantList{QVariantHash{{QStringLiteral("secret"), QStringLiteral("s")}}})
            << QStringLiteral("[{}]");
        QTest::newRow("bytes") << QVariant(jwt.toUtf8()) << QString();
        QTest::newRow("json object")
            << QVariant(QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("x")},
                                    {QStringLiteral("clientId"), QStringLiteral("cli")}})
            << QStringLiteral(R"({"clientId":"cli"})");
        QTest::newRow("json array") << QVariant(QJsonArray{QStringLiteral("Bearer abcdefgh12345678"), 7})
                                    << QStringLiteral("[7]");
        QTest::newRow("json value") << QVariant(QJsonValue(jwt)) << QString();
        QTest::newRow("json document")
            << QVariant(QJsonDocument(QJsonObject{{QStringLiteral("api_key"), QStringLiteral("k")},
                                                  {QStringLiteral("n"), 1}}))
            << QStringLiteral(R"({"n":1})");
    }

    void everyContainerIsLookedInto()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, kept);
        const QVariantMap attributes{{QStringLiteral("held"), value}};
        const QByteArray json = written(attributes);
        // An empty `kept` means the whole value was a credential and goes with its name.
        const QByteArray expected = kept.isEmpty() ? QByteArray("{}") : "{\"held\":" + kept.toUtf8() + '}';
        QCOMPARE(json, expected);
    }

    void ordinaryValuesKeepTheirOrderAndType()
    {
        const QVariantMap attributes{
            {QStringLiteral("groups"), QStringList{QStringLiteral("b"), QStringLiteral("a")}},
            {QStringLiteral("age"), 42},
            {QStringLiteral("partial_key_data"), QStringLiteral("ab12")},
            {QStringLiteral("enabled"), true},
        };
        QCOMPARE(written(attributes), QByteArray(R"({"age":42,"enabled":true,"groups":["b","a"],)"
                                                 R"("partial_key_data":"ab12"})"));
    }

    void freeTextHasItsCredentialsRedacted()
    {
        const QString text = QStringLiteral("401 for Bearer abcdefgh12345678 with password=hunter22 and ") + jwt;
        const QString redacted = SecretFilter::redact(text);
        QVERIFY2(!redacted.contains(QStringLiteral("abcdefgh12345678")), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QStringLiteral("hunter22")), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QStringLiteral("eyJ")), qPrintable(redacted));
        QVERIFY2(redacted.startsWith(QStringLiteral("401 for Bearer [redacted]")), qPrintable(redacted));
    }
};

QTEST_GUILESS_MAIN(tst_SecretFilter)
#include "tst_SecretFilter.moc"
