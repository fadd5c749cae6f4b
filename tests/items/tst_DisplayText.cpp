// DisplayText: control characters a server put in a name are shown as escapes, never
// interpreted (ESC, CR LF, NUL, DEL, C1, bidirectional overrides), text without any is
// returned as it is; and the console's tables (users, sessions, API keys, audit log) show
// user-supplied text through it.

#include "audit/AuditLog.h"
#include "items/ApiKeyTableModel.h"
#include "items/AuditLogModel.h"
#include "items/SessionTableModel.h"
#include "items/UserTableModel.h"
#include "values/DisplayText.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

// ESC [2J (clear screen), CR LF (a fake row), NUL, a title change ending in BEL.
const QString hostile = QStringLiteral("ev\x1b[2Jil\r\nroot") + QChar(0) + QStringLiteral("\x1b]0;pwned\x07");
const QString shown = QStringLiteral("ev\\x1b[2Jil\\r\\nroot\\0\\x1b]0;pwned\\x07");

} // namespace

class tst_DisplayText : public QObject
{
    Q_OBJECT

private slots:
    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Zoë Ünal 日本") << QStringLiteral("Zoë Ünal 日本");
        QTest::newRow("backslash kept") << QStringLiteral("CORP\\ada") << QStringLiteral("CORP\\ada");
        QTest::newRow("hostile") << hostile << shown;
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("del") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("c1 csi") << QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("31m"))
                                << QStringLiteral("a\\u009b31m");
        QTest::newRow("rtl override")
            << QString(QStringLiteral("a") + QChar(0x202e) + QStringLiteral("gnp.exe"))
            << QStringLiteral("a\\u202egnp.exe");
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
                                        << QStringLiteral("a\\u2028b");
        QTest::newRow("empty") << QString() << QString();
    }
    void escapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::escaped(text), expected);
    }

    void keepsLineBreaksWhenAsked()
    {
        QCOMPARE(DisplayText::escaped(QStringLiteral("one\ntwo\r\x1b"), DisplayText::LineBreaks::Keep),
                 QStringLiteral("one\ntwo\\r\\x1b"));
    }

    void plainTextIsNotCopied()
    {
        const QString text = QStringLiteral("nothing to escape");
        QCOMPARE(DisplayText::escaped(text).constData(), text.constData());
    }

    void usersTable()
    {
        User user;
        user.id = QStringLiteral("1");
        user.username = hostile;
        user.email = hostile;
        user.firstName = hostile;
        user.roles = {hostile};
        UserTableModel model;
        model.setUsers({user});
        for (int column :
             {UserTableModel::Username, UserTableModel::Email, UserTableModel::Name, UserTableModel::Roles})
            QCOMPARE(model.index(0, column).data().toString(), shown);
        // What is edited or exported stays the server's text.
        QCOMPARE(model.user(0).username, hostile);
    }

    void sessionsTable()
    {
        Session session;
        session.id = hostile;
        session.username = hostile;
        session.ipAddress = hostile;
        session.userAgent = hostile;
        SessionTableModel model;
        model.setSessions({session});
        for (int column : {SessionTableModel::User, SessionTableModel::Address, SessionTableModel::Client,
                           SessionTableModel::Id})
            QCOMPARE(model.index(0, column).data().toString(), shown);
        model.setOutcome(hostile, hostile, true);
        QCOMPARE(model.index(0, SessionTableModel::Outcome).data().toString(), shown);
        QCOMPARE(model.index(0, 0).data(SessionTableModel::SessionIdRole).toString(), hostile);
    }

    void apiKeysTable()
    {
        ApiKey key;
        key.id = hostile;
        key.name = hostile;
        key.owner = hostile;
        key.description = hostile;
        key.scopes = {hostile};
        ApiKeyTableModel model;
        model.setKeys({key});
        for (int column : {ApiKeyTableModel::Name, ApiKeyTableModel::Owner, ApiKeyTableModel::Description,
                           ApiKeyTableModel::Scopes, ApiKeyTableModel::Id})
            QCOMPARE(model.index(0, column).data().toString(), shown);
        QCOMPARE(model.index(0, 0).data(ApiKeyTableModel::KeyIdRole).toString(), hostile);
    }

    void auditLogTable()
    {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        AuditEntry entry;
        entry.profileName = hostile;
        entry.identity = hostile;
        entry.action = QStringLiteral("user.update");
        entry.target = hostile;
        entry.serverCode = hostile;
        entry.message = hostile;
        QVERIFY(log.record(entry));
        AuditLogModel model(&log);
        QCOMPARE(model.rowCount(), 1);
        for (int column : {AuditLogModel::Profile, AuditLogModel::Identity, AuditLogModel::Target,
                           AuditLogModel::Status, AuditLogModel::Message})
            QVERIFY2(!model.index(0, column).data().toString().contains(QChar(0x1b)),
                     qPrintable(QString::number(column)));
        QCOMPARE(model.index(0, AuditLogModel::Target).data().toString(), shown);
    }
};

QTEST_GUILESS_MAIN(tst_DisplayText)
#include "tst_DisplayText.moc"
