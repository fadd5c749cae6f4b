// Ids that would leave their path, for every dialect, read off the wire: a test server records
// the raw request line of "get this user" and "delete this user" as ApiClient sent it. An id
// holding "/", "?", "#", "%" or a space arrives intact as one path segment, encoded exactly
// once (or in the query or body, where the dialect puts it there); "", "." and ".." never
// leave the machine as a path, so no request can reach the collection or its parent in their
// place; and the refusal is a sentence, not a success.

#include "Await.h"
#include "ScriptedServer.h"
#include "remote/ApiClient.h"
#include "remote/DialectRegistry.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>
#include <functional>

namespace {

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

// The dialect's "get this user" and "delete this user" for `id`, each sent by ApiClient to a
// server at `basePath` that answers with `answer`; `check` gets each answer and the request the
// server saw, or nullptr when none reached it.
void sendGetAndDelete(const QString& dialect, const QString& id, const QString& basePath,
                      ScriptedServer::Responder answer,
                      const std::function<void(const HttpResponse&, const SeenRequest*)>& check)
{
    ScriptedServer server(std::move(answer));
    QVERIFY(server.listen());
    const auto model = DialectRegistry::create(dialect);
    Profile profile;
    profile.dialect = dialect;
    profile.baseUrl = QUrl(server.url().toString() + basePath);
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
        const HttpResponse response = awaitResponse(client, request, 10000);
        QVERIFY(response.transportError.kind != ApiError::Kind::Timeout);
        QVERIFY(server.requests.size() <= before + 1);
        check(response, server.requests.size() > before ? &server.requests.last() : nullptr);
    }
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
        auto notFound = [](QTcpSocket* socket, const SeenRequest&) {
            ScriptedServer::reply(socket, 404, "Not Found", {{"Content-Type", "application/json"}}, "{}");
        };
        sendGetAndDelete(dialect, id, QStringLiteral("/base"), notFound,
                         [&](const HttpResponse&, const SeenRequest* seen) {
                             QVERIFY2(seen, "the request never reached the server");
                             QVERIFY2(seen->target.startsWith("/base/"), seen->target.constData());
                             QVERIFY2(!decodedSegments(seen->path()).contains(QStringLiteral("..")),
                                      seen->target.constData());
                             QVERIFY2(carriesIdIntact(*seen, id), seen->target.constData());
                         });
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
        auto noContent = [](QTcpSocket* socket, const SeenRequest&) {
            ScriptedServer::reply(socket, 204, "No Content");
        };
        sendGetAndDelete(dialect, id, QStringLiteral("/base/api"), noContent,
                         [&](const HttpResponse& response, const SeenRequest* seen) {
                             if (!seen) {
                                 // Refused before sending, with a sentence naming the id.
                                 QCOMPARE(response.transportError.kind, ApiError::Kind::Validation);
                                 QVERIFY(response.transportError.message.contains(QStringLiteral("“") + id +
                                                                                  QStringLiteral("”")));
                                 QVERIFY(response.transportError.message.contains(QLatin1String("Nothing was sent")));
                                 return;
                             }
                             // Sent: then the id is not in the path (a query or a body carries it),
                             // and the path is still below the base.
                             const QStringList segments = decodedSegments(seen->path());
                             QVERIFY2(!segments.contains(QStringLiteral("..")) &&
                                          !segments.contains(QStringLiteral(".")),
                                      seen->target.constData());
                             QVERIFY2(seen->target.startsWith("/base/api/"), seen->target.constData());
                         });
    }
};

QTEST_GUILESS_MAIN(tst_PathSegments)
#include "tst_PathSegments.moc"
