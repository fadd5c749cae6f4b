#pragma once
// Compact storage for the users table: the columns of up to millions of users held as UTF-8
// in large arenas, one fixed 16-byte slot per user, interned role sets and interned email
// domains, and an email's local part kept without the end it shares with the username (an email
// that is the username not kept twice): a million users' rows cost about 65 bytes each (78 with
// UUIDs for ids). Attributes and actions (the heavy parts of a User) are not kept here;
// UserTableModel keeps a bounded cache of complete users and fetches on demand.
//
// Slots are append-only: an index stays valid until clear(); replace() writes a new record and
// remove() only marks the slot, so filters and sort orders keyed by index survive edits.

#include "FieldBytes.h"
#include "UserIdCodec.h"
#include "values/User.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>
#include <memory>
#include <vector>

class UserTextSnapshot;

class UserRowStore
{
public:
    using Index = quint32;
    enum class Field { Id, Username, Email, FirstName, LastName, Name };

    // What the user typed, folded once so that every row is compared without allocating.
    struct Needle
    {
        QByteArray folded; // case-folded UTF-8, control characters removed
        bool ascii = true;
        bool hasAt = false;
        // Per interned email domain, whether the needle lies in it (judgeDomains) in the store's
        // epoch `domainsEpoch`; domains interned since are searched row by row.
        std::vector<quint8> inDomain;
        quint64 domainsEpoch = 0;
        // Whether the needle holds these two bytes side by side: it can only run from the end of
        // one text into the start of another where their bytes there are such a pair.
        bool hasPair(uchar first, uchar second) const
        {
            return (leadBytes[first >> 6] >> (first & 63) & 1) &&
                   std::find(pairs.cbegin(), pairs.cend(), quint16(first << 8 | second)) != pairs.cend();
        }
        std::array<quint64, 4> leadBytes{}; // the first byte of each pair, as a set
        std::vector<quint16> pairs;         // each two neighbouring bytes of `folded`
        bool isEmpty() const { return folded.isEmpty(); }
        // True when every row matching `narrower` also matches this needle.
        bool contains(const Needle& narrower) const { return narrower.folded.contains(folded); }
    };
    static Needle makeNeedle(const QString& text);

    UserRowStore();
    ~UserRowStore();
    UserRowStore(const UserRowStore&) = delete;
    UserRowStore& operator=(const UserRowStore&) = delete;

    Index append(const User& user);
    // Rewrites the slot's visible fields (the id keeps pointing at this slot).
    void replace(Index index, const User& user);
    void remove(Index index);
    void clear();
    void reserve(qsizetype count);

    qsizetype size() const { return qsizetype(m_slots.size()); }
    qsizetype capacity() const { return qsizetype(m_slots.capacity()); }
    bool isRemoved(Index index) const { return m_slots[index].flags & Removed; }
    // The live slot holding this id, or -1.
    qint64 find(const QString& id) const;

    // A field's UTF-8 text, any but the id (kept packed; text() gives it).
    FieldBytes bytes(Index index, Field field) const;
    QString text(Index index, Field field) const;
    bool enabled(Index index) const { return m_slots[index].flags & Enabled; }
    QDateTime createdAt(Index index) const { return dateFrom(m_slots[index].created); }
    QDateTime lastLoginAt(Index index) const { return dateFrom(m_slots[index].lastLogin); }
    quint32 createdSeconds(Index index) const { return m_slots[index].created; }
    quint32 lastLoginSeconds(Index index) const { return m_slots[index].lastLogin; }
    quint32 roleSetId(Index index) const { return m_slots[index].roleSet; }
    const QStringList& roles(Index index) const { return m_roleSets[m_slots[index].roleSet]; }
    // Every distinct combination of roles seen, by id; a few dozen even for a million users.
    const QList<QStringList>& roleSets() const { return m_roleSets; }
    // Distinct email domains kept apart from the records.
    qsizetype domainCount() const { return m_domains.size(); }
    QStringList allRoles() const;
    // A User with the stored fields only (no attributes, no actions).
    User skeleton(Index index) const;

    // Extra columns (a server's custom attributes, by User::attributeText path): their texts are
    // kept beside the slots, for the rows stored from now on, and cost nothing while none is set.
    void setExtraColumns(const QStringList& paths);
    const QStringList& extraColumns() const { return m_extraColumns; }
    QString extra(Index index, int column) const;

    // Case-insensitive substring search over username, email and "first last".
    bool matches(Index index, const Needle& needle) const;
    // Works out once, for the domains interned so far, what matches() would otherwise search for
    // in each row's domain: a keystroke judges up to a million rows.
    void judgeDomains(Needle& needle) const;
    // Asks the CPU for the slot's record ahead of matches(): a filter that narrows visits rows
    // scattered over the arenas, and waiting on memory for each was most of its time.
    void prefetch(Index index) const;
    // <0, 0, >0 in the user's language, case ignored (LocaleCollation, as the cache sorts).
    int compare(Index a, Index b, Field field) const;
    // The same rule on any stored text (a snapshot's, on another thread).
    static int compareTexts(QByteArrayView a, QByteArrayView b);
    // The start of the text's sort key, big-endian: different prefixes order texts as
    // compareTexts() does, equal ones need it.
    static quint64 sortPrefixOf(QByteArrayView text);
    // One field of a record written by this store (the id packed, as UserIdCodec::pack makes it),
    // given the store's email domains as they were when it was written or later.
    static FieldBytes fieldOf(const char* record, Field field, const QList<QByteArray>& domains);

    // The texts of every slot as they are now, readable on another thread while this store goes
    // on changing: records are never rewritten in place and the snapshot shares the arenas.
    std::shared_ptr<const UserTextSnapshot> snapshot() const;
    // Changes since a snapshot: clear() starts a new epoch, never one another store has had;
    // replace() logs the slot it rewrote.
    quint64 epoch() const { return m_epoch; }
    const std::vector<Index>& rewritten() const { return m_rewritten; }

    // Heap bytes held (arenas, slots, index), for the benchmark's accounting.
    qint64 bytesUsed() const;

private:
    enum Flag : quint8 { Enabled = 1, Removed = 2 };
    struct Slot
    {
        quint32 record = 0;  // arena address: chunk << ChunkBits | offset
        quint32 created = 0; // seconds since 1970, 0 = unknown
        quint32 lastLogin = 0;
        quint32 roleSet : 24;
        quint32 flags : 8;
    };
    static_assert(sizeof(Slot) == 16);
    static constexpr int ChunkBits = 20; // 1 MiB arenas
    friend class UserTextSnapshot;

    const char* record(Index index) const;
    void write(Index index, const User& user);
    quint32 writeRecord(const User& user);
    quint32 internRoles(const QStringList& roles);
    // The id of the email's domain (after its last '@'), interned now if new, and `local` set to
    // what precedes that '@'; -1, `local` untouched, when the email is kept whole (no domain, or
    // too many distinct ones already).
    qint32 internDomain(QByteArrayView email, QByteArrayView* local);
    // The field's bytes as the record keeps them: of an email whose domain is interned, its local
    // part only, and of that only what precedes the end it may share with the username; nothing
    // of an email that is the username.
    static QByteArrayView storedOf(const char* record, Field field);
    // True when the needle, which must hold an '@', runs from the end of the local part (the
    // bytes kept, then the end shared with the username, which may be empty) over the '@' into
    // the domain.
    static bool spansTheAt(QByteArrayView kept, QByteArrayView shared, QByteArrayView domain,
                           QByteArrayView needle);
    static quint32 secondsFrom(const QDateTime& when);
    static QDateTime dateFrom(quint32 seconds);
    void indexId(Index index);
    void rebuildIdIndex(size_t capacity, size_t width);
    size_t idCapacity() const { return m_idIndex.size() / m_idWidth; }
    static quint32 readIdEntry(const std::vector<uchar>& table, size_t at, size_t width);
    quint32 idEntry(size_t at) const;
    void setIdEntry(size_t at, quint32 entry);
    struct PackedId
    {
        UserIdCodec::Kind kind;
        QByteArrayView bytes;
        bool operator==(const PackedId& other) const { return kind == other.kind && bytes == other.bytes; }
    };
    PackedId packedId(Index index) const;
    static size_t hashOf(const PackedId& id);
    // Where the id's search in the index starts, and the entry after `at`.
    size_t idHome(const PackedId& id) const;
    size_t nextIdEntry(size_t at) const { return at + 1 == idCapacity() ? 0 : at + 1; }

    std::vector<Slot> m_slots;
    std::vector<std::shared_ptr<char[]>> m_chunks;
    quint32 m_chunkFill = 0;
    QList<QStringList> m_roleSets;
    QHash<QString, quint32> m_roleSetIds;
    // A directory's users share a few domains: each is kept once, and a record keeps its id in
    // a byte or two instead of the domain's dozen bytes.
    QList<QByteArray> m_domains;
    QHash<QByteArray, quint16> m_domainIds;
    // Open addressing, at most three quarters full: slot + 1 (0 = empty), little-endian in three
    // bytes up to 16,777,215 slots (two bytes per user less than four), then four. It grows by
    // half: doubling, at most half full, it held 2^21 entries for a million users (6.3 bytes
    // each) and 2^22 past 1,048,576 (11.4 bytes each at 1.1 million); now 1,513,342 (4.5 bytes).
    std::vector<uchar> m_idIndex;
    size_t m_idWidth = 3;
    QStringList m_extraColumns;
    std::vector<QStringList> m_extras; // by slot, while extra columns are set
    qsizetype m_idCount = 0;
    quint64 m_epoch = 0;
    std::vector<Index> m_rewritten; // slots replace() rewrote in this epoch, oldest first
};
