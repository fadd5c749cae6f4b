// Ids that would leave their path, for every dialect, read off the wire: a test server records
// the raw request line of "get this user" and "delete this user" as ApiClient sent it. An id
// holding "/", "?", "#", "%" or a space arrives intact as one path segment, encoded exactly
// once (or in the query or body, where the dialect puts it there); "", "." and ".." never
// leave the machine as a path, so no request can reach the collection or its parent in their
// place; and the refusal is a sentence, not a success.

#include "ScriptedServer.h"
#include "remote/ApiClient.h"
#include "remote/DialectRegistry.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

namespace {

struct Sent
{
    bool answered = false;
    HttpResponse response;
};

Sent send(ApiClient& client, const HttpRequest& request)
{
    auto sent = std::make_shared<Sent>();
    QObject context;
    client.send(request, &context, [sent](const HttpResponse& response) {
        sent->answered = true;
        sent->response = response;
    });
    if (!QTest::qWaitFor([&] { return sent->answered; }, 10000))
        qWarning("no answer within 10 s");
    return *sent;
}

QStringList decodedSegments(const QByteArray& path)
{
    QStringList segments;
    for (const QByteArray& piece : path.split('/'))
        segments << QString::fromUtf8(QByteArray::fromPercentEncoding(piece));
    return segments;
}

bool carriesIdIntact(const SeenRequest& seen, const QString& id)
{
    if (decodedSegments(seen.path()).contains(id))
        return true;
    const qsizetype mark = seen.target.indexOf('?');
    if (mark >= 0) {
        const QUrlQuery query(QString::fromUtf8(seen.target.mid(mark + 1)));
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (value == id)
                return true;
        }
    }
    // A JSON body names it as a string value.
    return seen.body.contains(QJsonDocument::fromVariant(QVariantList{id}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

} // namespace

class tst_PathSegments : public QObject
{
    Q_OBJECT

private slots:
    void idsReachExactlyTheirOwnPath_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("id");
        const QStringList awkward{QStringLiteral("a/b"), QStringLiteral("a?b#c d"), QStringLiteral("50%41off"),
                                  QStringLiteral("../admin"), QStringLiteral("{SHA512}x+y=")};
        for (const QString& dialect : DialectRegistry::ids()) {
            for (const QString& id : awkward)
                QTest::newRow(qPrintable(dialect + QLatin1Char(' ') + id)) << dialect << id;
        }
    }
    void idsReachExactlyTheirOwnPath()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, id);
        ScriptedServer server([](QTcpSocket* socket, const SeenRequest&) {
            ScriptedServer::reply(socket, 404, "Not Found", {{"Content-Type", "application/json"}}, "{}");
        });
        QVERIFY(server.listen());
        const auto model = DialectRegistry::create(dialect);
        Profile profile;
        profile.dialect = dialect;
        profile.baseUrl = QUrl(server.url().toString() + QStringLiteral("/base"));
        ApiClient client;
        client.setBaseUrl(profile.baseUrl);
        User user;
        user.id = id;
        user.username = id;
        for (const HttpRequest& request :
             {model->getUser(profile, user).request(), model->deleteUser(profile, user).request()}) {
            if (!request.isValid())
                continue; // the dialect cannot do it at all
            const qsizetype before = server.requests.size();
            const Sent sent = send(client, request);
            QVERIFY(sent.answered);
            QCOMPARE(server.requests.size(), before + 1);
            const SeenRequest& seen = server.requests.last();
            QVERIFY2(seen.target.startsWith("/base/"), seen.target.constData());
            QVERIFY2(!decodedSegments(seen.path()).contains(QStringLiteral("..")), seen.target.constData());
            QVERIFY2(carriesIdIntact(seen, id), seen.target.constData());
        }
    }

    void emptyAndDotIdsNeverLeaveAsAPath_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("id");
        for (const QString& dialect : DialectRegistry::ids()) {
            for (const char* id : {"", ".", ".."})
                QTest::newRow(qPrintable(dialect + QStringLiteral(" \"") + QLatin1String(id) + u'"'))
                    << dialect << QString::fromLatin1(id);
        }
    }
    void emptyAndDotIdsNeverLeaveAsAPath()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, id);
        ScriptedServer server([](QTcpSocket* socket, const SeenRequest&) {
            ScriptedServer::reply(socket, 204, "No Content");
        });
        QVERIFY(server.listen());
        const auto model = DialectRegistry::create(dialect);
        Profile profile;
        profile.dialect = dialect;
        profile.baseUrl = QUrl(server.url().toString() + QStringLiteral("/base/api"));
        ApiClient client;
        client.setBaseUrl(profile.baseUrl);
        User user;
        user.id = id;
        user.username = id;
        for (const HttpRequest& request :
             {model->getUser(profile, user).request(), model->deleteUser(profile, user).request()}) {
            if (!request.isValid())
                continue;
            const qsizetype before = server.requests.size();
            const Sent sent = send(client, request);
            QVERIFY(sent.answered);
            if (server.requests.size() == before) {
                // Refused before sending, with a sentence naming the id.
                QCOMPARE(sent.response.transportError.kind, ApiError::Kind::Validation);
                QVERIFY(sent.response.transportError.message.contains(QStringLiteral("“") + id + QStringLiteral("”")));
                QVERIFY(sent.response.transportError.message.contains(QLatin1String("Nothing was sent")));
                continue;
            }
            // Sent: then the id is not in the path (a query or a body carries it), and the path
            // is still below the base.
            const SeenRequest& seen = server.requests.last();
            const QStringList segments = decodedSegments(seen.path());
            QVERIFY2(!segments.contains(QStringLiteral("..")) && !segments.contains(QStringLiteral(".")),
                     seen.target.constData());
            QVERIFY2(seen.target.startsWith("/base/api/"), seen.target.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_PathSegments)
#include "tst_PathSegments.moc"
