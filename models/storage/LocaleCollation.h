#pragma once
// The order texts sort in wherever AuthDesk sorts them: the users table, the cache's indexes and
// searches, the export and the CLI all follow this one collator, so they agree. It is the
// user's collation locale (LC_ALL, LC_COLLATE or LANG) by ICU's rules for that language
// (Swedish puts Ö after Z, German files it with O, every language puts É with E), ignoring case
// as the NOCASE order it replaced did. Ties are the caller's to break (arrival order, the
// search key).
//
// The cache's text indexes hold each sortable text's sort key (key(), through the SQL function
// sort_key()), so SQLite orders by plain bytes and the sqlite3 tool reads the same order through
// them. identity() names the rules the keys were made with; a cache made under other rules
// (another locale, another ICU) is keyed again (CacheSchema).

#include <QByteArray>
#include <QByteArrayView>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <cstdint>

struct UCollator;
struct sqlite3;

class LocaleCollation
{
public:
    explicit LocaleCollation(const QLocale& locale);
    ~LocaleCollation();
    LocaleCollation(const LocaleCollation&) = delete;
    LocaleCollation& operator=(const LocaleCollation&) = delete;

    // The process's collation, made from QLocale::system().collation() at first use. Safe to use
    // from any thread (ICU's collators are read-only once set up).
    static const LocaleCollation& current();
    // Replaces it for the rest of the process, before anything is sorted: tests, and the
    // benchmarks. The previous one stays valid for whoever still holds it.
    static void setCurrent(const QLocale& locale);

    // Names the rules: the ICU locale used, ICU's collation version and the strength. Two
    // collations with the same identity order every text alike.
    QString identity() const { return m_identity; }

    // <0, 0, >0 for UTF-8 texts.
    int compare(QByteArrayView a, QByteArrayView b) const;
    // The same for UTF-16 texts.
    int compare(QStringView a, QStringView b) const;
    // A text's sort key: comparing keys byte by byte (memcmp, SQLite's BINARY) orders the texts
    // as compare() does.
    QByteArray key(QStringView text) const;
    // The same key written into `buffer` when it is shorter than `capacity` (ICU writes a zero
    // after it); its length either way, so that a caller can make room and ask again.
    int keyInto(QStringView text, uint8_t* buffer, int capacity) const;
    // Eight bytes of a sort key of a UTF-8 text worked out incrementally (ICU's partial keys, not
    // necessarily key()'s bytes), big-endian: prefixes that differ order their texts as
    // compare() does; equal ones say nothing.
    quint64 prefix(QByteArrayView text) const;

    // Registers sort_key(text) on an SQLite connection: the key of current() for a text, NULL
    // for NULL. Every AuthDesk connection has it (SqliteConnection::open).
    static bool addSqlFunction(sqlite3* db);

private:
    UCollator* m_collator = nullptr; // nullptr only if ICU has no data: bytes, case folded
    QString m_identity;
};
