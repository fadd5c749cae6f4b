// The one text order AuthDesk sorts by (LocaleCollation): each language's own rules, case
// ignored, and keys and prefixes that order texts exactly as comparing them does, since the
// cache sorts by stored keys and the table by comparing.

#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

class tst_LocaleCollation : public QObject
{
    Q_OBJECT

private:
    static QStringList sorted(const LocaleCollation& collation, QStringList texts)
    {
        // No two texts tie here: a plain sort (libstdc++ 12's stable_sort trips clang's deprecation).
        std::sort(texts.begin(), texts.end(), [&collation](const QString& a, const QString& b) {
            return collation.compare(a.toUtf8(), b.toUtf8()) < 0;
        });
        return texts;
    }

    static QStringList texts(std::initializer_list<const char*> utf8)
    {
        QStringList list;
        for (const char* text : utf8)
            list << QString::fromUtf8(text);
        return list;
    }

    static int sign(int value) { return (value > 0) - (value < 0); }

    // Texts that differ in case, accents, letters each language places differently, digits
    // and punctuation.
    static QString randomText(QRandomGenerator& random)
    {
        static const QString alphabet = QStringLiteral("aAbeEéÉoOöÖåÅzZßæ .-_@1290ñçşıİ中文");
        QString text;
        const int length = int(random.bounded(0, 12));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
        return text;
    }

private slots:
    void eachLanguageHasItsOrder_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected");
        // Swedish files Å and Ö after Z; German and the Unicode default file them with A and O.
        QTest::newRow("Swedish") << QStringLiteral("sv_SE")
                                 << texts({"Anna", "Oberg", "Zander", "Åsa", "Öberg"});
        QTest::newRow("German") << QStringLiteral("de_DE")
                                << texts({"Anna", "Åsa", "Oberg", "Öberg", "Zander"});
        QTest::newRow("C locale") << QStringLiteral("C")
                                  << texts({"Anna", "Åsa", "Oberg", "Öberg", "Zander"});
    }

    void eachLanguageHasItsOrder()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        const LocaleCollation collation{QLocale(locale)};
        QCOMPARE(sorted(collation, texts({"Öberg", "Zander", "Åsa", "Oberg", "Anna"})), expected);
    }

    void accentsSortWithTheirLetterNotAfterZ()
    {
        // The NOCASE byte order this replaced put every non-ASCII letter after "z".
        const LocaleCollation collation{QLocale(QStringLiteral("en_US"))};
        QCOMPARE(sorted(collation, texts({"Zoë", "émile", "Eddie", "Ezra", "zack"})),
                 (texts({"Eddie", "émile", "Ezra", "zack", "Zoë"})));
    }

    void caseIsIgnoredAndTies()
    {
        const LocaleCollation collation{QLocale(QStringLiteral("en_US"))};
        QCOMPARE(collation.compare("anna", "ANNA"), 0);
        QCOMPARE(collation.key(u"anna"), collation.key(u"ANNA"));
        QVERIFY(collation.compare("anna", "anne") < 0);
        QVERIFY(collation.compare("Anna", "anne") < 0);
        QVERIFY(collation.compare("", "a") < 0);
        QCOMPARE(collation.compare("", ""), 0);
    }

    void keysAndPrefixesOrderAsComparing_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("Swedish") << QStringLiteral("sv_SE");
        QTest::newRow("Turkish") << QStringLiteral("tr_TR");
        QTest::newRow("C locale") << QStringLiteral("C");
    }

    void keysAndPrefixesOrderAsComparing()
    {
        QFETCH(QString, locale);
        const LocaleCollation collation{QLocale(locale)};
        QRandomGenerator random(20261205);
        int prefixDecided = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString a = randomText(random);
            const QString b = randomText(random);
            const QByteArray a8 = a.toUtf8(), b8 = b.toUtf8();
            const int compared = collation.compare(a8, b8);
            const QByteArray ka = collation.key(a), kb = collation.key(b);
            const int byKey = sign(ka.compare(kb)); // bytes, as SQLite's BINARY compares blobs
            if (byKey != compared)
                QFAIL(qPrintable(QStringLiteral("keys of “%1” and “%2” order them %3, comparing %4")
                                     .arg(a, b)
                                     .arg(byKey)
                                     .arg(compared)));
            const quint64 pa = collation.prefix(a8), pb = collation.prefix(b8);
            if (pa != pb) {
                ++prefixDecided;
                if ((pa < pb ? -1 : 1) != compared)
                    QFAIL(qPrintable(QStringLiteral("prefixes of “%1” and “%2” disagree with comparing").arg(a, b)));
            }
        }
        // Most pairs differ early: the prefix is what spares the sort most comparisons.
        QVERIFY2(prefixDecided > 15000, qPrintable(QString::number(prefixDecided)));
    }

    void identityNamesTheRules()
    {
        const LocaleCollation swedish{QLocale(QStringLiteral("sv_SE"))};
        const LocaleCollation german{QLocale(QStringLiteral("de_DE"))};
        QVERIFY2(swedish.identity().startsWith(QLatin1String("sv")), qPrintable(swedish.identity()));
        QVERIFY(swedish.identity() != german.identity());
        QCOMPARE(LocaleCollation{QLocale(QStringLiteral("sv_FI"))}.identity().section(QLatin1Char(' '), 1),
                 swedish.identity().section(QLatin1Char(' '), 1));
    }

    void sqlSortsByTheSameKeys()
    {
        LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE")));
        QTemporaryDir dir;
        SqliteConnection connection;
        QVERIFY2(connection.open(dir.filePath(QStringLiteral("t.sqlite")), SqliteConnection::Access::ReadWrite, 1000),
                 qPrintable(connection.errorString()));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (name TEXT)")));
        for (const char* name : {"Öberg", "Zander", "Åsa", "Oberg", "anna", "ANNA"}) {
            query.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
            query.addBindValue(QString::fromUtf8(name));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM t ORDER BY sort_key(name), rowid")));
        QStringList order;
        while (query.next())
            order << query.value(0).toString();
        QCOMPARE(order, (texts({"anna", "ANNA", "Oberg", "Zander", "Åsa", "Öberg"})));

        QVERIFY(query.exec(QStringLiteral("SELECT sort_key('Öberg'), sort_key(NULL)")) && query.next());
        QCOMPARE(query.value(0).toByteArray(), LocaleCollation::current().key(u"Öberg"));
        QVERIFY(query.value(1).isNull());

        // SQL keys ASCII texts on the stack, others (and long ones) through key(): the same bytes
        // either way, at every length around the buffers' sizes.
        QStringList samples{QStringLiteral(""), QStringLiteral("anna@example.test"), QStringLiteral("Émile Zoë")};
        for (const int length : {255, 256, 257, 511, 512, 513, 600})
            samples << QString(length, QLatin1Char('m')) << QString(length - 1, QLatin1Char('a')) + QStringLiteral("é");
        // Short enough to be widened on the stack, with keys about the key buffer's 512 bytes
        // (a tilde takes two bytes of key).
        for (const int length : {250, 251, 252, 253, 254, 256})
            samples << QString(length, QLatin1Char('~'));
        QVERIFY(LocaleCollation::current().key(QString(256, QLatin1Char('~'))).size() > 512);
        QVERIFY(query.prepare(QStringLiteral("SELECT sort_key(?)")));
        for (const QString& sample : samples) {
            query.addBindValue(sample);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toByteArray(), LocaleCollation::current().key(sample));
        }
        LocaleCollation::setCurrent(QLocale::system().collation());
    }

    void aKeyIsWrittenWhereItFitsAndItsLengthToldAlways()
    {
        const LocaleCollation swedish{QLocale(QStringLiteral("sv_SE"))};
        const QString text = QStringLiteral("Åsa Öberg");
        const QByteArray key = swedish.key(text);
        QVERIFY(!key.isEmpty());
        std::array<uint8_t, 64> buffer{};
        QCOMPARE(swedish.keyInto(text, buffer.data(), int(key.size()) + 1), int(key.size()));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(buffer.data()), key.size()), key);
        // No room for ICU's terminating zero: the length alone, for the caller to make room.
        QCOMPARE(swedish.keyInto(text, buffer.data(), int(key.size())), int(key.size()));
        QCOMPARE(swedish.keyInto(text, buffer.data(), 0), int(key.size()));
    }
};

QTEST_GUILESS_MAIN(tst_LocaleCollation)
#include "tst_LocaleCollation.moc"
