// The audit log: every recorded change is kept with who, what, when, outcome and answer code;
// it filters, exports to CSV, and never stores a secret.

#include "CacheTestData.h"
#include "audit/AuditLog.h"
#include "export/AuditCsvExport.h"
#include "values/Utc.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_AuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordsEveryField();
    void forResultTakesTheServersAnswer();
    void filters();
    void exportsCsv();
    void csvNeutralisesFormulas();
    void neverStoresSecrets();
    void fileIsOwnerOnlyAndBesideCaches();
    void refusesEntryWithoutAction();

private:
    AuditEntry entry(const QString& action, const QString& target, AuditEntry::Outcome outcome, int status,
                     const QDateTime& at) const;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    QString m_path;
};

void tst_AuditLog::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    m_log = std::make_unique<AuditLog>();
    QVERIFY2(m_log->open(m_path), qPrintable(m_log->errorString()));
}

AuditEntry tst_AuditLog::entry(const QString& action, const QString& target, AuditEntry::Outcome outcome,
                               int status, const QDateTime& at) const
{
    AuditEntry e;
    e.at = at;
    e.profileId = QStringLiteral("p-gemini");
    e.profileName = QStringLiteral("Gemini Berlin");
    e.server = QStringLiteral("http://127.0.0.1:4000/gemini");
    e.identity = QStringLiteral("admin@gemini.test");
    e.action = action;
    e.target = target;
    e.targetId = target + QStringLiteral("-id");
    e.outcome = outcome;
    e.httpStatus = status;
    return e;
}

void tst_AuditLog::recordsEveryField()
{
    QSignalSpy recorded(m_log.get(), &AuditLog::recorded);
    AuditEntry e =
        entry(QStringLiteral("session.revoke"), QStringLiteral("user7"), AuditEntry::Outcome::Failed, 403,
              QDateTime(QDate(2025, 3, 12), QTime(14, 3, 7, 250), Utc::zone));
    e.serverCode = QStringLiteral("forbidden");
    e.message = QStringLiteral("Signed in, but not allowed to revoke this session.");
    e.details = {{QStringLiteral("sessions"), 2}};
    QVERIFY(m_log->record(e));
    QCOMPARE(recorded.size(), 1);
    const QList<AuditEntry> stored = m_log->entries();
    QCOMPARE(stored.size(), 1);
    e.id = stored.first().id;
    QVERIFY(e.id > 0);
    QCOMPARE(stored.first(), e);
    QCOMPARE(recorded.first().first().value<AuditEntry>(), e);

    // Reopened from disk: still there.
    m_log = std::make_unique<AuditLog>();
    QVERIFY(m_log->open(m_path));
    QCOMPARE(m_log->entries(), QList<AuditEntry>{e});

    // An entry without a time gets "now".
    AuditEntry now =
        entry(QStringLiteral("user.create"), QStringLiteral("new"), AuditEntry::Outcome::Succeeded, 201, {});
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_log->record(now));
    QVERIFY(m_log->entries().first().at >= before);
}

void tst_AuditLog::forResultTakesTheServersAnswer()
{
    ApiError error = ApiError::make(ApiError::Kind::Validation,
                                    QStringLiteral("The scope admin cannot be requested."), 400);
    error.serverCode = QStringLiteral("invalid_scope");
    const AuditEntry failed =
        AuditEntry::forResult(QStringLiteral("user.roles"), QStringLiteral("ada"), error);
    QCOMPARE(failed.outcome, AuditEntry::Outcome::Failed);
    QCOMPARE(failed.httpStatus, 400);
    QCOMPARE(failed.serverCode, QStringLiteral("invalid_scope"));
    QCOMPARE(failed.message, error.message);
    const AuditEntry ok = AuditEntry::forResult(QStringLiteral("user.roles"), QStringLiteral("ada"), {}, 200);
    QCOMPARE(ok.outcome, AuditEntry::Outcome::Succeeded);
    QCOMPARE(ok.httpStatus, 200);
    QCOMPARE(AuditEntry::actionLabel(QStringLiteral("session.revokeAll")),
             QStringLiteral("Sign out everywhere"));
    QCOMPARE(AuditEntry::actionLabel(QStringLiteral("custom.thing")), QStringLiteral("custom.thing"));
}

void tst_AuditLog::filters()
{
    const QDateTime t0(QDate(2025, 1, 1), QTime(10, 0), Utc::zone);
    QVERIFY(m_log->record(entry(QStringLiteral("user.create"), QStringLiteral("anna"),
                                AuditEntry::Outcome::Succeeded, 201, t0)));
    QVERIFY(m_log->record(entry(QStringLiteral("user.delete"), QStringLiteral("bruno"),
                                AuditEntry::Outcome::Failed, 403, t0.addSecs(60))));
    AuditEntry other = entry(QStringLiteral("apikey.revoke"), QStringLiteral("ci-key"),
                             AuditEntry::Outcome::Unverified, 200, t0.addSecs(120));
    other.profileId = QStringLiteral("p-nebula");
    other.profileName = QStringLiteral("Nebula prod");
    QVERIFY(m_log->record(other));
    QVERIFY(m_log->record(entry(QStringLiteral("user.delete"), QStringLiteral("100%_sure"),
                                AuditEntry::Outcome::Succeeded, 204, t0.addSecs(180))));

    QCOMPARE(m_log->count(), 4);
    const QList<AuditEntry> all = m_log->entries();
    QCOMPARE(all.first().target, QStringLiteral("100%_sure")); // newest first
    QCOMPARE(all.last().target, QStringLiteral("anna"));

    const auto check = [&](const AuditFilter& filter, const QStringList& targets) {
        QStringList found;
        for (const AuditEntry& e : m_log->entries(filter)) {
            found << e.target;
            if (!filter.matches(e))
                return false;
        }
        return found == targets && m_log->count(filter) == targets.size();
    };
    AuditFilter f;
    f.action = QStringLiteral("user.delete");
    QVERIFY(check(f, {QStringLiteral("100%_sure"), QStringLiteral("bruno")}));
    f = {};
    f.outcome = AuditEntry::Outcome::Failed;
    QVERIFY(check(f, {QStringLiteral("bruno")}));
    f = {};
    f.profileId = QStringLiteral("p-nebula");
    QVERIFY(check(f, {QStringLiteral("ci-key")}));
    f = {};
    f.text = QStringLiteral("BRU");
    QVERIFY(check(f, {QStringLiteral("bruno")}));
    f.text = QStringLiteral("nebula");
    QVERIFY(check(f, {QStringLiteral("ci-key")}));
    f.text = QStringLiteral("%_"); // LIKE wildcards are literal text
    QVERIFY(check(f, {QStringLiteral("100%_sure")}));
    f = {};
    f.from = t0.addSecs(60);
    f.to = t0.addSecs(180);
    QVERIFY(check(f, {QStringLiteral("ci-key"), QStringLiteral("bruno")}));
    QCOMPARE(m_log->entries({}, 1, 2).size(), 2);
    QCOMPARE(m_log->actions(), (QStringList{QStringLiteral("apikey.revoke"), QStringLiteral("user.create"),
                                            QStringLiteral("user.delete")}));
}

void tst_AuditLog::exportsCsv()
{
    const QDateTime t0(QDate(2025, 3, 12), QTime(14, 3, 7, 250), Utc::zone);
    AuditEntry a = entry(QStringLiteral("user.update"), QStringLiteral("Müller, \"Max\""),
                         AuditEntry::Outcome::Failed, 422, t0);
    a.serverCode = QStringLiteral("00019");
    a.message = QStringLiteral("Email is invalid.\nTry again.");
    QVERIFY(m_log->record(a));
    QVERIFY(m_log->record(entry(QStringLiteral("session.revokeAll"), QStringLiteral("ada"),
                                AuditEntry::Outcome::Succeeded, 0, t0.addSecs(5))));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AuditCsvExport::write(*m_log, &buffer, {}, &error));
    const QString csv = QString::fromUtf8(buffer.data());
    const QString expected = QStringLiteral(
        "time,profile,server,signed_in_as,action,target,target_id,outcome,http_status,server_code,message,review\r\n"
        "2025-03-12T14:03:07.250Z,Gemini Berlin,http://127.0.0.1:4000/gemini,admin@gemini.test,user.update,"
        "\"Müller, \"\"Max\"\"\",\"Müller, \"\"Max\"\"-id\",failed,422,00019,\"Email is invalid.\nTry "
        "again.\",\r\n"
        "2025-03-12T14:03:12.250Z,Gemini "
        "Berlin,http://127.0.0.1:4000/gemini,admin@gemini.test,session.revokeAll,"
        "ada,ada-id,succeeded,,,,\r\n");
    QCOMPARE(csv, expected);

    // To a file, filtered.
    const QString file = m_dir.filePath(QStringLiteral("audit.csv"));
    AuditFilter failures;
    failures.outcome = AuditEntry::Outcome::Failed;
    QVERIFY(AuditCsvExport::write(*m_log, file, failures, &error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count("\r\n"), 2 + 0); // header + one entry (its \n inside quotes is bare)
    QVERIFY(!AuditCsvExport::write(*m_log, m_dir.filePath(QStringLiteral("no/such/dir/a.csv")), {}, &error));
    QVERIFY(!error.isEmpty());
}

void tst_AuditLog::csvNeutralisesFormulas()
{
    QVERIFY(m_log->record(entry(QStringLiteral("user.create"), QStringLiteral("=HYPERLINK(\"http://x\")"),
                                AuditEntry::Outcome::Succeeded, 201, QDateTime::currentDateTimeUtc())));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AuditCsvExport::write(*m_log, &buffer, {}, &error));
    QVERIFY2(buffer.data().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), buffer.data().constData());
}

void tst_AuditLog::neverStoresSecrets()
{
    AuditEntry e = entry(QStringLiteral("apikey.create"), QStringLiteral("ci"),
                         AuditEntry::Outcome::Succeeded, 201, QDateTime::currentDateTimeUtc());
    e.server = QStringLiteral("https://admin:") + CacheTestData::echoedPassword +
               QStringLiteral("@example.test/api?token=") + CacheTestData::echoedToken;
    e.message = QStringLiteral("Issued ") + CacheTestData::echoedKey +
                QStringLiteral(" with Authorization: Bearer ") + CacheTestData::echoedToken +
                QStringLiteral(" password=") + CacheTestData::echoedPassword;
    e.details = {{QStringLiteral("key"), CacheTestData::echoedKey},
                 {QStringLiteral("name"), QStringLiteral("ci")},
                 {QStringLiteral("client_secret"), CacheTestData::echoedPassword}};
    QVERIFY(m_log->record(e));
    const AuditEntry stored = m_log->entries().first();
    QCOMPARE(stored.server, QStringLiteral("https://example.test/api"));
    QCOMPARE(stored.details, (QVariantMap{{QStringLiteral("name"), QStringLiteral("ci")}}));
    QVERIFY(stored.message.startsWith(QStringLiteral("Issued [redacted]")));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AuditCsvExport::write(*m_log, &csv, {}, &error));
    m_log->close();
    const QByteArray bytes = CacheTestData::fileBytes(m_path) + csv.data();
    QVERIFY(bytes.contains("apikey.create"));
    for (const QString& secret :
         {CacheTestData::echoedPassword, CacheTestData::echoedToken, CacheTestData::echoedKey})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

void tst_AuditLog::fileIsOwnerOnlyAndBesideCaches()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AuditLog::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
}

void tst_AuditLog::refusesEntryWithoutAction()
{
    QVERIFY(!m_log->record(AuditEntry{}));
    QVERIFY(m_log->errorString().contains(QStringLiteral("action")));
    QCOMPARE(m_log->count(), 0);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
