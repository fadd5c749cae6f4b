// authdesk-cli against the real Keycloak of the KeycloakPeer fixture, run as a script would run
// it: a Keycloak profile added with its realms, then users list (every page, and a search) and
// export (JSON and CSV) give exactly the people the realm seeded, a profile filled in from the
// realm's discovery document lists them too, users get takes an id or a
// username, the password is given on stdin each time and never echoed. A server that does not
// start is a failure, never a skip.

#include "CliRunner.h"
#include "KeycloakProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonArray rows(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).array();
}

QStringList usernames(const QJsonArray& rows)
{
    QStringList names;
    for (const QJsonValue& row : rows)
        names << row.toObject().value(QStringLiteral("username")).toString();
    return names;
}

} // namespace

class tst_KeycloakCli : public QObject
{
    Q_OBJECT
    KeycloakProcess m_peer;
    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_seeded; // usernames, sorted as Keycloak lists them

    CliRun as(const QStringList& args)
    {
        // The password on stdin every time: nothing depends on a keychain being there.
        return m_cli->run(QStringList{QStringLiteral("--profile"), QStringLiteral("kc"),
                                      QStringLiteral("--password-stdin")} +
                              args,
                          m_peer.realmAdminPassword().toUtf8() + '\n');
    }
    void noSecretIn(const CliRun& run)
    {
        QVERIFY(!run.out.contains(m_peer.realmAdminPassword().toUtf8()));
        QVERIFY(!run.err.contains(m_peer.realmAdminPassword().toUtf8()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_peer.startOrAttach(), qPrintable(m_peer.errorString()));
        m_cli = std::make_unique<CliRunner>(m_home.path());
        for (const QJsonValue& user :
             KeycloakProcess::seededRealm().value(QStringLiteral("users")).toArray()) {
            if (!user.toObject().contains(QStringLiteral("serviceAccountClientId")))
                m_seeded << user.toObject().value(QStringLiteral("username")).toString();
        }
        m_seeded.sort();
        const CliRun added = m_cli->addProfile(
            QStringLiteral("kc"), QStringLiteral("keycloak"), m_peer.baseUrl(),
            KeycloakProcess::realmAdminUsername(),
            {QStringLiteral("--setting"), QStringLiteral("realm=") + KeycloakProcess::realm(),
             QStringLiteral("--setting"), QStringLiteral("signin_realm=") + KeycloakProcess::realm()});
        QCOMPARE_RUN(added, 0);
    }

    void aProfileIsFilledInByDiscovery()
    {
        // A realm that does not exist: a sentence, an exit code, no profile.
        const CliRun missing = m_cli->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                                           QStringLiteral("kc-nowhere"), QStringLiteral("--url"),
                                           m_peer.url(QStringLiteral("/realms/no-such-realm")).toString(),
                                           QStringLiteral("--discover"), QStringLiteral("--identity"),
                                           KeycloakProcess::realmAdminUsername()});
        QVERIFY2(missing.exitCode != 0, missing.err.constData());
        QVERIFY(!missing.err.isEmpty());

        const CliRun added = m_cli->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                                         QStringLiteral("kc-discovered"), QStringLiteral("--url"),
                                         m_peer.url(QStringLiteral("/realms/") + KeycloakProcess::realm()).toString(),
                                         QStringLiteral("--discover"), QStringLiteral("--identity"),
                                         KeycloakProcess::realmAdminUsername()});
        QCOMPARE_RUN(added, 0);
        QVERIFY2(added.err.contains(m_peer.baseUrl().toString().toUtf8()), added.err.constData());
        const CliRun listed = m_cli->run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
        QCOMPARE_RUN(listed, 0);
        QJsonObject discovered;
        for (const QJsonValue& row : rows(listed)) {
            QVERIFY(row.toObject().value(QStringLiteral("name")).toString() != QLatin1String("kc-nowhere"));
            if (row.toObject().value(QStringLiteral("name")).toString() == QLatin1String("kc-discovered"))
                discovered = row.toObject();
        }
        QCOMPARE(discovered.value(QStringLiteral("dialect")).toString(), QStringLiteral("keycloak"));
        QCOMPARE(QUrl(discovered.value(QStringLiteral("url")).toString()), m_peer.baseUrl());

        // Signed in to the discovered realm, it lists the realm's people.
        const CliRun users = m_cli->run({QStringLiteral("--profile"), QStringLiteral("kc-discovered"),
                                         QStringLiteral("--password-stdin"), QStringLiteral("users"), QStringLiteral("list"),
                                         QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
                                        m_peer.realmAdminPassword().toUtf8() + '\n');
        QCOMPARE_RUN(users, 0);
        QCOMPARE(usernames(rows(users)), m_seeded);
    }

    void listsEveryUser()
    {
        const CliRun all = as(words({"users", "list", "--all", "--limit", "7", "--format", "json"}));
        QCOMPARE_RUN(all, 0);
        QCOMPARE(usernames(rows(all)), m_seeded);
        noSecretIn(all);

        const CliRun anna = as(words({"users", "list", "--search", "anna", "--format", "json"}));
        QCOMPARE_RUN(anna, 0);
        QCOMPARE(usernames(rows(anna)),
                 (QStringList{QStringLiteral("anna.kowalska"), QStringLiteral("anna.schmidt"),
                              QStringLiteral("annabel.lee")}));
        const QJsonObject first = rows(anna).first().toObject();
        QCOMPARE(first.value(QStringLiteral("email")).toString(), QStringLiteral("anna.kowalska@example.pl"));
    }

    void getsAUserByIdOrUsername()
    {
        const CliRun byName = as(words({"users", "get", "--format", "json", "alice.martin"}));
        QCOMPARE_RUN(byName, 0);
        QVERIFY(byName.out.contains("\"alice.martin@example.org\""));
        QVERIFY(byName.out.contains("\"05f3a888-0dda-534c-9e3d-74c79038d0fd\""));
        const CliRun byId =
            as(words({"users", "get", "--format", "json", "05f3a888-0dda-534c-9e3d-74c79038d0fd"}));
        QCOMPARE_RUN(byId, 0);
        QVERIFY(byId.out.contains("\"alice.martin\""));
        const CliRun nobody = as(words({"users", "get", "nobody.at.all"}));
        QVERIFY2(nobody.exitCode != 0 && nobody.err.contains("no user named nobody.at.all"),
                 qPrintable(diagnose(nobody)));
    }

    void exportsEveryUser()
    {
        const CliRun json = as(words({"export"}));
        QCOMPARE_RUN(json, 0);
        QCOMPARE(usernames(rows(json)), m_seeded);
        const CliRun csv = as(words({"export", "--format", "csv"}));
        QCOMPARE_RUN(csv, 0);
        QVERIFY(csv.out.startsWith("id,username,email,"));
        QCOMPARE(csv.out.count("\r\n"), m_seeded.size() + 1);
        QVERIFY(csv.out.contains(",alice.martin,alice.martin@example.org,"));
        noSecretIn(csv);
    }

    void wrongPasswordIsOneSentence()
    {
        const CliRun wrong =
            m_cli->run(words({"--profile", "kc", "--password-stdin", "users", "list"}), "not-the-password\n");
        QCOMPARE(wrong.exitCode, 3); // authentication failure
        QVERIFY2(wrong.err.contains("Wrong username or password."), qPrintable(diagnose(wrong)));
    }

    void cleanupTestCase() { m_peer.stop(); }
};

QTEST_GUILESS_MAIN(tst_KeycloakCli)
#include "tst_KeycloakCli.moc"
