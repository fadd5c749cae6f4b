// UserRowStore: what goes in comes back, search is case-insensitive (also beyond ASCII),
// ids are found after growth and replacement, and long values cannot break a record.

#include "FakeUserServer.h"
#include "items/UserRowStore.h"
#include "items/UserTextSnapshot.h"

#include <QRandomGenerator>
#include <QtTest>

using Field = UserRowStore::Field;

namespace {
QStringList disagreements; // checked after each test function

// Whether the row matches, asked both ways: each row's domain searched as it comes, and the
// domains judged once for the needle (as the filter does); both must agree.
bool matches(const UserRowStore& store, UserRowStore::Index index, const QString& text)
{
    const UserRowStore::Needle plain = UserRowStore::makeNeedle(text);
    UserRowStore::Needle judged = plain;
    store.judgeDomains(judged);
    const bool answer = store.matches(index, plain);
    if (store.matches(index, judged) != answer)
        disagreements << text;
    return answer;
}

User withEmail(const QString& email)
{
    User u = FakeUserServer::makeUser(1);
    u.email = email;
    return u;
}

// A needle with the store's domains judged, as the filter makes it.
UserRowStore::Needle judgedNeedle(const UserRowStore& store, const QString& text)
{
    UserRowStore::Needle needle = UserRowStore::makeNeedle(text);
    store.judgeDomains(needle);
    return needle;
}
} // namespace

class tst_UserRowStore : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        const QStringList found = std::exchange(disagreements, {});
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("judged domains and the plain search disagree on: ") +
                                             found.join(QStringLiteral(", "))));
    }

    void fieldsRoundTrip()
    {
        UserRowStore store;
        const User ada = FakeUserServer::makeUser(0);
        const auto index = store.append(ada);
        QCOMPARE(store.text(index, Field::Id), ada.id);
        QCOMPARE(store.text(index, Field::Username), ada.username);
        QCOMPARE(store.text(index, Field::Email), ada.email);
        QCOMPARE(store.text(index, Field::FirstName), ada.firstName);
        QCOMPARE(store.text(index, Field::LastName), ada.lastName);
        QCOMPARE(store.text(index, Field::Name), ada.firstName + QLatin1Char(' ') + ada.lastName);
        QCOMPARE(store.roles(index), ada.roles);
        QCOMPARE(store.enabled(index), ada.enabled);
        QCOMPARE(store.createdAt(index), ada.createdAt);
        QVERIFY(!store.lastLoginAt(index).isValid()); // user 0 never signed in
        const User skeleton = store.skeleton(index);
        QCOMPARE(skeleton.username, ada.username);
        QVERIFY(skeleton.attributes.isEmpty());
        QVERIFY(skeleton.actions.isEmpty());
    }

    void nameWithOnlyOnePart()
    {
        UserRowStore store;
        User u;
        u.id = QStringLiteral("1");
        u.lastName = QStringLiteral("Solo");
        QCOMPARE(store.text(store.append(u), Field::Name), QStringLiteral("Solo"));
        u.id = QStringLiteral("2");
        u.lastName.clear();
        u.firstName = QStringLiteral("Uno");
        QCOMPARE(store.text(store.append(u), Field::Name), QStringLiteral("Uno"));
    }

    void searchIsCaseInsensitive_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matches");
        QTest::newRow("username") << "USER7" << true;
        QTest::newRow("email domain") << "Example.COM" << true;
        QTest::newRow("first last across the space") << "chloé müll" << true;
        QTest::newRow("non-ascii upper") << "MÜLLER" << true;
        QTest::newRow("absent") << "zebra" << false;
        QTest::newRow("across fields is not a match") << "user7@example.comchlo" << false;
        QTest::newRow("empty matches all") << "   " << true;
    }
    void searchIsCaseInsensitive()
    {
        QFETCH(QString, needle);
        QFETCH(bool, matches);
        UserRowStore store;
        User u = FakeUserServer::makeUser(7);
        u.firstName = QStringLiteral("Chloé");
        u.lastName = QStringLiteral("Müller");
        const auto index = store.append(u);
        QCOMPARE(store.matches(index, UserRowStore::makeNeedle(needle)), matches);
    }

    void asciiRowsNeverMatchNonAsciiNeedles()
    {
        UserRowStore store;
        User u = FakeUserServer::makeUser(1);
        u.firstName = QStringLiteral("Bruno");
        u.lastName = QStringLiteral("Silva");
        const auto index = store.append(u);
        QVERIFY(store.matches(index, UserRowStore::makeNeedle(QStringLiteral("SILVA"))));
        QVERIFY(!store.matches(index, UserRowStore::makeNeedle(QStringLiteral("silvä"))));
    }

    // Rows keep a fully folded copy only where folding A-Z alone would not do: a capital beyond
    // ASCII. Rows with lowercase non-ASCII letters, or ASCII capitals beside them, are searched
    // as they are; both kinds must answer alike.
    void nonAsciiRowsMatchWithOrWithoutAFoldedCopy_data()
    {
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matches");
        QTest::newRow("lowercase beyond ASCII, typed in capitals") << "müller" << "MÜLLER" << true;
        QTest::newRow("ASCII capital beside ü") << "Müller" << "müll" << true;
        QTest::newRow("ü is not u") << "Müller" << "mull" << false;
        QTest::newRow("capital beyond ASCII, typed small") << "Östlund" << "östl" << true;
        QTest::newRow("capital beyond ASCII, typed as is") << "Östlund" << "ÖSTLUND" << true;
        QTest::newRow("Ö is not O") << "Östlund" << "ostl" << false;
        QTest::newRow("ASCII needle in a folded row") << "Östlund" << "LUND" << true;
        QTest::newRow("Greek capitals") << "ΣΩΚΡΆΤΗΣ" << "σωκρ" << true;
    }
    void nonAsciiRowsMatchWithOrWithoutAFoldedCopy()
    {
        QFETCH(QString, lastName);
        QFETCH(QString, needle);
        QFETCH(bool, matches);
        UserRowStore store;
        store.append(FakeUserServer::makeUser(1)); // an ASCII row before it
        User u = FakeUserServer::makeUser(2);
        u.lastName = lastName;
        const auto index = store.append(u);
        QCOMPARE(store.text(index, Field::LastName), lastName);
        QCOMPARE(store.matches(index, UserRowStore::makeNeedle(needle)), matches);
        QVERIFY(!store.matches(0, UserRowStore::makeNeedle(needle)) || needle == QStringLiteral("LUND"));
    }

    // Lengths take one byte up to 255 and two beyond: the values either side of the change, in
    // each field, come back whole and are found.
    void fieldsEitherSideOfTwoByteLengths()
    {
        for (const int length : {254, 255, 256, 4096}) {
          for (const bool folded : {false, true}) { // a folded copy's length can make them wide too
            UserRowStore store;
            User u = FakeUserServer::makeUser(1);
            u.email = QString(length, QLatin1Char('e'));
            u.lastName = (folded ? QStringLiteral("Ö") : QStringLiteral("ö")) + QString(length / 2, QLatin1Char('l'));
            const auto index = store.append(u);
            const auto next = store.append(FakeUserServer::makeUser(2));
            QCOMPARE(store.text(index, Field::Email), u.email);
            QCOMPARE(store.text(index, Field::LastName), u.lastName);
            QCOMPARE(store.text(index, Field::Username), u.username);
            QCOMPARE(store.text(index, Field::Id), u.id);
            QVERIFY(store.matches(index, UserRowStore::makeNeedle(QStringLiteral("öll"))));
            QVERIFY(store.matches(index, UserRowStore::makeNeedle(u.username.toUpper())));
            QCOMPARE(store.text(next, Field::Username), QStringLiteral("user2"));
            QCOMPARE(store.find(u.id), qint64(index));
          }
        }
    }

    void needleNarrowing()
    {
        const auto ma = UserRowStore::makeNeedle(QStringLiteral("ma"));
        QVERIFY(ma.contains(UserRowStore::makeNeedle(QStringLiteral("Mar"))));
        QVERIFY(ma.contains(UserRowStore::makeNeedle(QStringLiteral("xmax"))));
        QVERIFY(!ma.contains(UserRowStore::makeNeedle(QStringLiteral("m"))));
    }

    // The id index grows by half: 1024 entries, 1536, 2304 ... 7776 for these.
    void idsAreFoundAcrossGrowthAndRemoval()
    {
        UserRowStore store;
        for (int i = 0; i < 5000; ++i)
            store.append(FakeUserServer::makeUser(i));
        QCOMPARE(store.size(), 5000);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(store.find(QStringLiteral("id-%1").arg(i)), qint64(i));
        QCOMPARE(store.find(QStringLiteral("id-5000")), qint64(-1));
        store.remove(10);
        QCOMPARE(store.find(QStringLiteral("id-10")), qint64(-1));
        // Listed again later: the id points at the new slot.
        const auto again = store.append(FakeUserServer::makeUser(10));
        QCOMPARE(store.find(QStringLiteral("id-10")), qint64(again));
    }

    // Ids are kept packed where their text allows (UserIdCodec): each comes back as it went in,
    // and ids whose packed bytes look alike stay apart.
    void idsOfEveryShapeComeBackAndAreFound()
    {
        const QStringList ids{
            QStringLiteral("0"),
            QStringLiteral("7"),
            QStringLiteral("255"),
            QStringLiteral("256"),
            QStringLiteral("12592"), // a number whose two bytes are the text "01"
            QStringLiteral("01"),    // a leading zero: kept as text
            QStringLiteral("-1"),
            QStringLiteral("9999999999999999999"),  // 19 digits: a number
            QStringLiteral("18446744073709551615"), // 20 digits: text
            QStringLiteral("9e6e8203-800b-482e-42b6-dfd714724c82"),
            QStringLiteral("9E6E8203-800B-482E-42B6-DFD714724C82"),
            QStringLiteral("9e6e8203-800B-482e-42b6-dfd714724c82"), // mixed case: text
            QStringLiteral("9e6e8203-800b-482e-42b6-dfd714724c8g"), // not hex: text
            QStringLiteral("9e6e8203x800b-482e-42b6-dfd714724c82"),
            QStringLiteral("{9e6e8203-800b-482e-42b6-dfd714724c82}"),
            QStringLiteral("00000000-0000-0000-0000-000000000000"),
            QStringLiteral("ada@example.org"),
            QStringLiteral("Zoë"),
        };
        UserRowStore store;
        for (const QString& id : ids) {
            User user;
            user.id = id;
            user.username = QStringLiteral("user of ") + id;
            store.append(user);
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(store.text(UserRowStore::Index(i), Field::Id), ids.at(i));
            QCOMPARE(store.find(ids.at(i)), qint64(i));
            QCOMPARE(store.skeleton(UserRowStore::Index(i)).id, ids.at(i));
        }
        QCOMPARE(store.find(QStringLiteral("9E6E8203-800b-482e-42b6-dfd714724c82")), qint64(-1));
        QCOMPARE(store.find(QStringLiteral("00")), qint64(-1));
        QCOMPARE(store.find(QStringLiteral("1")), qint64(-1));
    }

    void replaceKeepsTheSlot()
    {
        UserRowStore store;
        const auto index = store.append(FakeUserServer::makeUser(3));
        User changed = FakeUserServer::makeUser(3);
        changed.email = QStringLiteral("new@example.org");
        changed.enabled = false;
        changed.roles = {QStringLiteral("admin")};
        store.replace(index, changed);
        QCOMPARE(store.text(index, Field::Email), changed.email);
        QVERIFY(!store.enabled(index));
        QCOMPARE(store.roles(index), changed.roles);
        QCOMPARE(store.find(changed.id), qint64(index));
    }

    void roleSetsAreInterned()
    {
        UserRowStore store;
        for (int i = 0; i < 300; ++i)
            store.append(FakeUserServer::makeUser(i));
        QCOMPARE(store.roleSets().size(), 4); // the empty set + three combinations
        QCOMPARE(store.allRoles(), (QStringList{QStringLiteral("admin"), QStringLiteral("customer"),
                                                QStringLiteral("developer")}));
    }

    void compareOrdersCaseInsensitively()
    {
        UserRowStore store;
        User a = FakeUserServer::makeUser(1);
        a.username = QStringLiteral("alice");
        User b = FakeUserServer::makeUser(2);
        b.username = QStringLiteral("Bob");
        User c = FakeUserServer::makeUser(3);
        c.username = QStringLiteral("alicea");
        const auto ia = store.append(a), ib = store.append(b), ic = store.append(c);
        QVERIFY(store.compare(ia, ib, Field::Username) < 0);
        QVERIFY(store.compare(ib, ia, Field::Username) > 0);
        QVERIFY(store.compare(ia, ic, Field::Username) < 0);
        QVERIFY(UserRowStore::sortPrefixOf(store.bytes(ia, Field::Username).view()) <
                    UserRowStore::sortPrefixOf(store.bytes(ib, Field::Username).view()));
    }

    // The store keeps each email domain once, and a local part without the end it shares with
    // the username; every email still comes back whole, from the store and from a snapshot,
    // sorts as its whole text does and is searched as it.
    void emailsComeBackWholeWhateverTheirShape_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("username");
        const QString user2 = QStringLiteral("user2");
        QTest::newRow("a shared domain") << QStringLiteral("ada.lovelace@example.com") << user2;
        QTest::newRow("capitals") << QStringLiteral("Ada@Example.COM") << user2;
        QTest::newRow("no at") << QStringLiteral("ada") << user2;
        QTest::newRow("nothing after the at") << QStringLiteral("ada@") << user2;
        QTest::newRow("nothing before the at") << QStringLiteral("@example.com") << user2;
        QTest::newRow("two ats") << QStringLiteral("\"a@b\"@example.com") << user2;
        QTest::newRow("empty") << QString() << user2;
        QTest::newRow("non-ASCII domain") << QStringLiteral("ada@münchen.de") << user2;
        QTest::newRow("a capital beyond ASCII") << QStringLiteral("Östlund@Example.com") << user2;
        // The local part ending as the username does.
        QTest::newRow("the username's end")
            << QStringLiteral("anna.müller12@example.com") << QStringLiteral("amüller12");
        QTest::newRow("the username whole") << QStringLiteral("user2@example.com") << user2;
        QTest::newRow("within the username") << QStringLiteral("jdoe@example.com") << QStringLiteral("xjdoe");
        QTest::newRow("capitals before the end")
            << QStringLiteral("JDoe@example.com") << QStringLiteral("jdoe");
        QTest::newRow("one byte in common") << QStringLiteral("ann@example.com") << QStringLiteral("bin");
        // "ä" (C3 A4) and "ɤ" (C9 A4), both lowercase, share their last byte: the shared end
        // starts inside them.
        QTest::newRow("a character's middle") << QStringLiteral("ɤ12@example.com") << QStringLiteral("ä12");
        // The email as the username, kept once.
        QTest::newRow("the username") << QStringLiteral("ada@example.com") << QStringLiteral("ada@example.com");
        QTest::newRow("the username but for case")
            << QStringLiteral("Ada@example.com") << QStringLiteral("ada@example.com");
        QTest::newRow("the username beyond ASCII")
            << QStringLiteral("ɤda@münchen.de") << QStringLiteral("ɤda@münchen.de");
        QTest::newRow("the username with a folded copy")
            << QStringLiteral("Östlund@example.com") << QStringLiteral("Östlund@example.com");
        QTest::newRow("the username, longer than a length's byte")
            << QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")
            << QString(300, QLatin1Char('a')) + QStringLiteral("@example.com");
        QTest::newRow("longer than a count's byte")
            << QString(300, QLatin1Char('a')) + QStringLiteral("@example.com")
            << QString(300, QLatin1Char('a'));
    }
    void emailsComeBackWholeWhateverTheirShape()
    {
        QFETCH(QString, email);
        QFETCH(QString, username);
        UserRowStore store;
        const auto before = store.append(FakeUserServer::makeUser(1)); // user1@example.com
        User u = FakeUserServer::makeUser(2);
        u.email = email;
        u.username = username;
        const auto index = store.append(u);
        const auto after = store.append(FakeUserServer::makeUser(3));
        QCOMPARE(store.text(index, Field::Email), email);
        QCOMPARE(store.bytes(index, Field::Email).view(), email.toUtf8());
        QCOMPARE(store.skeleton(index).email, email);
        QCOMPARE(store.text(index, Field::Username), u.username); // the fields beside it intact
        QCOMPARE(store.text(index, Field::Name), u.firstName + QLatin1Char(' ') + u.lastName);
        QCOMPARE(store.text(before, Field::Email), QStringLiteral("user1@example.com"));
        QCOMPARE(store.text(after, Field::Email), QStringLiteral("user3@example.com"));
        const auto snapshot = store.snapshot();
        QCOMPARE(snapshot->bytes(index, Field::Email).view(), email.toUtf8());
        QCOMPARE(snapshot->bytes(after, Field::Email).view(), QByteArrayView("user3@example.com"));
        const int expected = UserRowStore::compareTexts(email.toUtf8(), QByteArrayView("user1@example.com"));
        QCOMPARE(store.compare(index, before, Field::Email) < 0, expected < 0);
        QCOMPARE(store.compare(index, before, Field::Email) == 0, expected == 0);
        QCOMPARE(UserRowStore::sortPrefixOf(store.bytes(index, Field::Email).view()),
                 UserRowStore::sortPrefixOf(email.toUtf8()));
        // Searched as the whole text: in the domain, and over the '@' from either side.
        const QString folded = email.toCaseFolded();
        for (qsizetype from = 0; from < folded.size(); ++from) {
            for (qsizetype length = 1; from + length <= folded.size(); ++length) {
                const QString needle = folded.mid(from, length).toUpper().trimmed();
                if (needle.isEmpty())
                    continue;
                QVERIFY2(matches(store, index, needle), qPrintable(needle));
            }
        }
        QVERIFY(!matches(store, index, QStringLiteral("@@")));
        QVERIFY(!matches(store, index, email + QLatin1Char('x')));
        QVERIFY(!matches(store, index, QLatin1Char('x') + email));
        // The username's text before the email's '@' only where the local part ends with it.
        const QString local = folded.left(folded.lastIndexOf(QLatin1Char('@')));
        if (email.contains(QLatin1Char('@')) && !local.endsWith(username.toCaseFolded()))
            QVERIFY(!matches(store, index, username + QLatin1Char('@')));
    }

    void aNeedleOverTheAtMustFitBothSides()
    {
        UserRowStore store;
        User u = withEmail(QStringLiteral("ada.smith@mail.example.org"));
        u.username = QStringLiteral("someone");
        const auto index = store.append(u);
        for (const char* found : {"smith@mail", "h@m", "@", "smith@", "@mail.EXAMPLE", "ADA.SMITH@MAIL.EXAMPLE.ORG"})
            QVERIFY2(matches(store, index, QString::fromUtf8(found)), found);
        for (const char* missed : {"smith@x", "x@mail", "smithx@mail", "smith@mailx", "ada.smith@mail.example.org.",
                                   "someone@", "@ada", "org@"})
            QVERIFY2(!matches(store, index, QString::fromUtf8(missed)), missed);
    }

    // Each domain is kept once, where the row allows it: not in a row with a folded copy.
    void domainsAreKeptOnce()
    {
        UserRowStore store;
        User u = FakeUserServer::makeUser(1);
        u.firstName = QStringLiteral("Ada");
        u.lastName = QStringLiteral("King");
        for (const char* email : {"a@example.com", "b@example.com", "c@Example.com", "d@mail.test", "e"}) {
            u.email = QString::fromUtf8(email);
            store.append(u);
        }
        QCOMPARE(store.domainCount(), 3); // example.com, Example.com, mail.test
        u.lastName = QStringLiteral("Östlund"); // a capital beyond ASCII: the row keeps a folded copy
        u.email = QStringLiteral("f@folded.test");
        const auto folded = store.append(u);
        QCOMPARE(store.domainCount(), 3);
        QVERIFY(matches(store, folded, QStringLiteral("F@FOLDED")));
    }

    // A row otherwise ASCII whose domain is not: a needle beyond ASCII still finds it.
    void aDomainBeyondAsciiInAnAsciiRow()
    {
        UserRowStore store;
        User u;
        u.id = QStringLiteral("1");
        u.username = QStringLiteral("ada");
        u.email = QStringLiteral("ada@münchen.de");
        u.firstName = QStringLiteral("Ada");
        u.lastName = QStringLiteral("King");
        const auto index = store.append(u);
        QCOMPARE(store.domainCount(), 1);
        QVERIFY(matches(store, index, QStringLiteral("MÜNCHEN")));
        QVERIFY(matches(store, index, QStringLiteral("a@mü")));
        QVERIFY(!matches(store, index, QStringLiteral("münchenx")));
    }

    // Domains interned after a needle was judged are searched row by row; a snapshot keeps the
    // domains as they were while the store goes on.
    void domainsAddedAfterJudgingOrASnapshot()
    {
        UserRowStore store;
        store.append(withEmail(QStringLiteral("ada@alpha.test")));
        const UserRowStore::Needle needle = judgedNeedle(store, QStringLiteral("beta"));
        const auto snapshot = store.snapshot();
        const auto later = store.append(withEmail(QStringLiteral("bob@beta.test")));
        QVERIFY(store.matches(later, needle));
        QVERIFY(!store.matches(0, needle));
        QCOMPARE(snapshot->size(), UserRowStore::Index(1));
        QCOMPARE(snapshot->bytes(0, Field::Email).view(), QByteArrayView("ada@alpha.test"));
        store.clear();
        store.append(withEmail(QStringLiteral("carl@gamma.test"))); // domain id 0 again, another domain
        QCOMPARE(snapshot->bytes(0, Field::Email).view(), QByteArrayView("ada@alpha.test"));
    }

    // Two stores' epochs differ: a needle judged by one is not taken as judged by the other.
    void aNeedleJudgedByOneStoreIsNotAnothers()
    {
        UserRowStore first, second;
        first.append(withEmail(QStringLiteral("ada@alpha.test")));
        second.append(withEmail(QStringLiteral("ada@beta.test")));
        QVERIFY(first.epoch() != second.epoch());
        const UserRowStore::Needle needle = judgedNeedle(first, QStringLiteral("alpha"));
        QVERIFY(first.matches(0, needle));
        QVERIFY(!second.matches(0, needle));
    }

    // A needle's domains judged before clear() are not taken for the domains interned after it.
    void judgedDomainsDoNotOutliveAClear()
    {
        UserRowStore store;
        store.append(withEmail(QStringLiteral("ada@alpha.test")));
        const UserRowStore::Needle needle = judgedNeedle(store, QStringLiteral("alpha"));
        QVERIFY(store.matches(0, needle));
        store.clear();
        store.append(withEmail(QStringLiteral("ada@beta.test"))); // the same domain id, another domain
        QVERIFY(!store.matches(0, needle));
        QVERIFY(store.matches(0, UserRowStore::makeNeedle(QStringLiteral("beta"))));
    }

    // Past 32,768 distinct domains new ones are kept inside their emails: still whole, still found.
    void domainsBeyondTheLastIdStayInTheirEmails()
    {
        UserRowStore store;
        const int count = (1 << 15) + 10;
        for (int i = 0; i < count; ++i) {
            User u;
            u.id = QString::number(i);
            u.username = QStringLiteral("u%1").arg(i);
            u.email = QStringLiteral("u%1@d%1.test").arg(i);
            store.append(u);
        }
        QCOMPARE(store.domainCount(), qsizetype(1) << 15);
        for (const int i : {0, 127, 128, 16383, 16384, (1 << 15) - 1, 1 << 15, count - 1}) {
            const auto index = UserRowStore::Index(i);
            QCOMPARE(store.text(index, Field::Email), QStringLiteral("u%1@d%1.test").arg(i));
            QVERIFY(matches(store, index, QStringLiteral("@d%1.").arg(i)));
            QVERIFY(!matches(store, index, QStringLiteral("@d%1.").arg(i + 1)));
        }
    }

    void hugeValuesAreCutNotCorrupting()
    {
        UserRowStore store;
        User u = FakeUserServer::makeUser(1);
        u.email = QString(100000, QChar(0x00E9)); // 200 kB of "é"
        const auto index = store.append(u);
        const auto next = store.append(FakeUserServer::makeUser(2));
        QVERIFY(store.text(index, Field::Email).size() <= 4096);
        QVERIFY(store.text(index, Field::Email).startsWith(QChar(0x00E9)));
        QVERIFY(!store.text(index, Field::Email).contains(QChar::ReplacementCharacter));
        QCOMPARE(store.text(next, Field::Username), QStringLiteral("user2"));
        QCOMPARE(store.text(index, Field::Username), QStringLiteral("user1"));
    }

    void controlCharactersInTheNeedleAreIgnored()
    {
        UserRowStore store;
        const auto index = store.append(FakeUserServer::makeUser(5));
        QVERIFY(store.matches(index, UserRowStore::makeNeedle(QStringLiteral("user5\x1f"))));
        QVERIFY(!store.matches(index, UserRowStore::makeNeedle(QStringLiteral("user5\x1fuser5"))));
    }

    // The search tries sixteen places at once: it must agree with the obvious search wherever
    // the match lies (first, across each 16-byte block, last), in any case, in ASCII-only rows
    // and in rows with a folded copy.
    void searchAgreesWithQStringEverywhere()
    {
        QRandomGenerator random(20261205);
        const QString alphabet = QStringLiteral("aAbBmMrRtT.@-_0 äÄöÖ");
        const auto randomText = [&](int longest, bool ascii) {
            QString text;
            const int length = int(random.bounded(longest + 1));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(random.bounded(ascii ? alphabet.size() - 4 : alphabet.size())));
            return text;
        };
        UserRowStore store;
        int matched = 0, checked = 0;
        for (int i = 0; i < 3000; ++i) {
            User user;
            const bool ascii = i % 3 != 0;
            user.id = QString::number(i);
            user.username = randomText(i % 7 == 0 ? 300 : 40, ascii); // some need two-byte lengths
            // Half the emails have a domain of a few the store keeps apart, in any case.
            static const QStringList domains{QStringLiteral("example.com"), QStringLiteral("Mail.Test"),
                                             QStringLiteral("a-b.ORG"), QStringLiteral("xn--mnchen-3ya.de")};
            user.email = randomText(40, ascii);
            if (i % 2 == 0) {
                // Half of those end their local part as the username does, with some of it.
                QString local = randomText(20, ascii);
                if (i % 4 == 0)
                    local = randomText(6, ascii) +
                            user.username.right(int(random.bounded(user.username.size() + 1)));
                user.email = local + QLatin1Char('@') + domains.at(int(random.bounded(4)));
                if (i % 8 == 2)
                    user.username = user.email; // as many servers make it
            }
            user.firstName = randomText(12, ascii);
            user.lastName = randomText(12, ascii);
            const auto index = store.append(user);
            const QString row = user.username + QChar(0x1f) + user.email + QChar(0x1f) + user.firstName +
                                QLatin1Char(' ') + user.lastName;
            const QString region = row.toCaseFolded();
            for (int n = 0; n < 12; ++n) {
                QString needle;
                if (n % 2 == 0 && !region.isEmpty()) { // a piece of the row itself, in another case
                    const int from = int(random.bounded(region.size()));
                    needle = region.mid(from, 1 + int(random.bounded(20))).toUpper();
                } else {
                    needle = randomText(4, ascii);
                }
                needle.remove(QChar(0x1f));
                needle = needle.trimmed();
                const bool expected = region.contains(needle.toCaseFolded());
                QCOMPARE(matches(store, index, needle), expected);
                matched += expected;
                ++checked;
            }
        }
        QVERIFY(matched > checked / 3); // both answers were checked often
        QVERIFY(matched < checked);
    }
};

QTEST_GUILESS_MAIN(tst_UserRowStore)
#include "tst_UserRowStore.moc"
