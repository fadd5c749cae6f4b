#include "UserRowStore.h"

#include "UserTextSnapshot.h"

#include "storage/LocaleCollation.h"
#include "values/Utc.h"

#include <QDateTime>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// A record in an arena: a header byte (RecordFlag and the id's UserIdCodec::Kind), five lengths
// (id, username, email, first name, last name) and, where the record keeps a folded copy, its
// length, each one byte, or two little-endian bytes when the header says Wide; where the email's
// domain is interned, its id (one byte below 128, else two); where the local part ends as the
// username does, how many bytes they share (one byte); then the bytes
//     id | username \x1f email \x1f first ' ' last | folded
// so that the searchable part is one contiguous run and "first last" matches across the space.
// The id is packed (UserIdCodec): a UUID's 36 characters take 16 bytes. An interned domain
// leaves only the email's local part here: "@example.com" cost 12 bytes a user, its id one.
// A local part that ends as the username keeps only what comes before that end: "jdoe" and
// "jdoe@", "amuller12" and "anna.muller12@" are common, and the shared end cost 9-13 bytes.
// An email that is the username (many servers make it so) is not kept a second time.
// One-byte lengths and no folded length where there is no copy keep a typical record's head
// at 8 bytes (with a domain's id and a shared end's count) instead of 14.

namespace {

constexpr int MaxFieldBytes = 4096; // longer values are cut (at a character boundary) for display
constexpr char FieldSeparator = '\x1f';

constexpr std::array<uchar, 256> makeFoldTable()
{
    std::array<uchar, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}
constexpr std::array<uchar, 256> fold = makeFoldTable();

QByteArray cutUtf8(QByteArray bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return bytes;
    qsizetype end = limit;
    while (end > 0 && (uchar(bytes.at(end)) & 0xC0) == 0x80) // never split a multi-byte character
        --end;
    bytes.truncate(end);
    return bytes;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

enum RecordFlag : uchar {
    Wide = 1,      // two-byte lengths: a field longer than 255 bytes
    HasFolded = 2, // a case-folded copy of the searchable part follows it
    NonAscii = 4,  // some text is not ASCII (a non-ASCII needle can only match such rows)
    InternedDomain = 32, // the email keeps its local part; its domain is one of the store's
    SharedEnd = 64, // (with InternedDomain) the local part's last bytes are the username's last
    EmailIsUsername = 128, // the email is the username, byte for byte, and kept only as it
};
constexpr size_t MostSharedBytes = 255; // their count takes one byte
constexpr qsizetype MostDomains = 1 << 15; // ids in at most two bytes
constexpr int IdKindShift = 3; // bits 3-4: the id's UserIdCodec::Kind
constexpr uchar IdKindMask = 3 << IdKindShift;

UserIdCodec::Kind idKindOf(const char* record)
{
    return UserIdCodec::Kind((uchar(record[0]) & IdKindMask) >> IdKindShift);
}
constexpr int TextFields = 5; // id, username, email, first name, last name

size_t lengthAt(const char* record, int field)
{
    if (!(uchar(record[0]) & Wide))
        return uchar(record[1 + field]);
    quint16 length;
    std::memcpy(&length, record + 1 + 2 * field, 2);
    return qFromLittleEndian(length);
}

// Where the interned domain's id is kept (if it is): after the header and the lengths.
size_t lengthsEnd(const char* record)
{
    const uchar header = uchar(record[0]);
    const int lengths = TextFields + ((header & HasFolded) ? 1 : 0);
    return 1 + size_t(lengths) * ((header & Wide) ? 2 : 1);
}

// Where the count of bytes the local part shares with the username is kept (if it is): after
// the domain's id.
size_t domainIdEnd(const char* record)
{
    const size_t end = lengthsEnd(record);
    if (!(uchar(record[0]) & InternedDomain))
        return end;
    return end + ((uchar(record[end]) & 0x80) ? 2 : 1);
}

// Where the texts start: after the header, the lengths, the domain's id and the shared count.
size_t headSize(const char* record)
{
    return domainIdEnd(record) + ((uchar(record[0]) & SharedEnd) ? 1 : 0);
}

// How many of the username's last bytes end the email's local part too (0: none kept apart).
size_t sharedEndOf(const char* record)
{
    return (uchar(record[0]) & SharedEnd) ? uchar(record[domainIdEnd(record)]) : 0;
}

// How many last bytes `local` can leave to the username: as many as they have in common, if that
// saves anything. They may start inside a character: the search compares bytes, and joining
// the parts gives every byte back.
size_t sharedEndLength(QByteArrayView username, QByteArrayView local)
{
    const size_t most = std::min({size_t(username.size()), size_t(local.size()), MostSharedBytes});
    size_t n = 0;
    while (n < most && username[username.size() - 1 - qsizetype(n)] == local[local.size() - 1 - qsizetype(n)])
        ++n;
    return n >= 2 ? n : 0; // one shared byte would only trade itself for its count
}

qsizetype domainIdOf(const char* record)
{
    const auto* p = reinterpret_cast<const uchar*>(record + lengthsEnd(record));
    return (p[0] & 0x80) ? qsizetype(p[0] & 0x7F) | qsizetype(p[1]) << 7 : qsizetype(p[0]);
}

// The case folding a row's search does as it compares: A-Z onto a-z, every other byte as it is.
// A copy folded in full (QString::toCaseFolded) is needed only where that differs, as in a name
// with a capital outside ASCII ("Östlund"). Lowercase non-ASCII text ("müller") and ASCII
// capitals beside it ("Müller") are searched as they are: a copy of them cost 7 bytes per user
// on average over a million users' realistic names.
bool foldsLikeAscii(QByteArrayView text, QByteArrayView folded)
{
    if (text.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (fold[uchar(text[i])] != uchar(folded[i]))
            return false;
    }
    return true;
}

// Substring search; `needle` is already folded. IgnoreAsciiCase folds A-Z in the text as it
// compares (rows that keep no folded copy: folding A-Z is all they need); without it the bytes
// must be equal (the folded copy of the others). Sixteen start positions are tried at once where SSE2 exists
// (every x86-64): a start must hold the needle's first and last characters before its middle
// is compared. A filter keystroke runs this on up to a million rows; the byte-by-byte loop
// cost 35 ns a row, and glibc's memmem about as much in setting itself up for each short text.
template<bool IgnoreAsciiCase>
bool contains(const uchar* hay, size_t length, const uchar* needle, size_t n)
{
    if (n == 0)
        return true;
    if (n > length)
        return false;
    const size_t last = length - n; // the last start that fits
    const auto matchesAt = [&](size_t at) {
        size_t k = 0;
        while (k < n && (IgnoreAsciiCase ? fold[hay[at + k]] : hay[at + k]) == needle[k])
            ++k;
        return k == n;
    };
    size_t i = 0;
#if defined(__SSE2__)
    // OR-ing 0x20 folds A-Z onto a-z and nothing else onto a letter; other characters are
    // compared as they are.
    const auto caseBitOf = [](uchar c) {
        return _mm_set1_epi8(char(IgnoreAsciiCase && c >= 'a' && c <= 'z' ? 0x20 : 0));
    };
    const __m128i first = _mm_set1_epi8(char(needle[0]));
    const __m128i firstCase = caseBitOf(needle[0]);
    const __m128i final = _mm_set1_epi8(char(needle[n - 1]));
    const __m128i finalCase = caseBitOf(needle[n - 1]);
    for (; i + 16 <= last + 1; i += 16) { // reads hay[i .. i + n + 14], all inside
        const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay + i));
        const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay + i + n - 1));
        unsigned candidates =
            unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(starts, firstCase), first)) &
                     _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(ends, finalCase), final)));
        while (candidates) {
            if (matchesAt(i + size_t(std::countr_zero(candidates))))
                return true;
            candidates &= candidates - 1;
        }
    }
#endif
    for (; i <= last; ++i) {
        if (matchesAt(i))
            return true;
    }
    return false;
}

// Whether a text searched by folding A-Z (an interned domain) holds the folded needle.
bool holds(QByteArrayView text, QByteArrayView needle)
{
    return contains<true>(reinterpret_cast<const uchar*>(text.data()), size_t(text.size()),
                          reinterpret_cast<const uchar*>(needle.data()), size_t(needle.size()));
}

} // namespace

int UserRowStore::compareTexts(QByteArrayView a, QByteArrayView b)
{
    return LocaleCollation::current().compare(a, b);
}

UserRowStore::Needle UserRowStore::makeNeedle(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        if (!c.isNull() && c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    Needle needle;
    needle.folded = cleaned.trimmed().toCaseFolded().toUtf8();
    needle.ascii = isAscii(needle.folded);
    needle.hasAt = needle.folded.contains('@');
    for (qsizetype i = 0; i + 1 < needle.folded.size(); ++i) {
        const auto first = uchar(needle.folded[i]), second = uchar(needle.folded[i + 1]);
        needle.leadBytes[first >> 6] |= quint64(1) << (first & 63);
        needle.pairs.push_back(quint16(first << 8 | second));
    }
    return needle;
}

UserRowStore::UserRowStore()
{
    clear();
}

UserRowStore::~UserRowStore() = default;

void UserRowStore::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_chunks.clear();
    m_chunkFill = 0;
    m_roleSets = {QStringList()}; // set 0: no roles
    m_roleSetIds = {{QString(), 0}};
    m_domains.clear();
    m_domainIds.clear();
    m_idWidth = 3;
    std::vector<uchar>(1024 * m_idWidth, 0).swap(m_idIndex); // assign() would keep a million users' room
    m_idCount = 0;
    m_extras.clear();
    static std::atomic<quint64> epochs{0}; // process-wide: a needle judged by one store is not another's
    m_epoch = ++epochs;
    m_rewritten.clear();
    m_rewritten.shrink_to_fit();
}

void UserRowStore::reserve(qsizetype count)
{
    // Not "slots": Qt defines that word away (moc's keyword), which made this reserve nothing.
    // Slots only: their room is address space until rows arrive. The id index would be written
    // whole (zeros), so a server's total, which may be wrong, would cost memory at once.
    m_slots.reserve(size_t(count));
}

const char* UserRowStore::record(Index index) const
{
    const quint32 address = m_slots[index].record;
    return m_chunks[address >> ChunkBits].get() + (address & ((1u << ChunkBits) - 1));
}

quint32 UserRowStore::writeRecord(const User& user)
{
    const UserIdCodec::Packed packedId = UserIdCodec::pack(cutUtf8(user.id.toUtf8(), MaxFieldBytes));
    const QByteArrayView id = packedId.view();
    const QByteArray username = cutUtf8(user.username.toUtf8(), MaxFieldBytes);
    const QByteArray email = cutUtf8(user.email.toUtf8(), MaxFieldBytes);
    const QByteArray first = cutUtf8(user.firstName.toUtf8(), MaxFieldBytes);
    const QByteArray last = cutUtf8(user.lastName.toUtf8(), MaxFieldBytes);
    const auto regionOf = [&](QByteArrayView mail) {
        QByteArray region = username;
        region.append(FieldSeparator).append(mail).append(FieldSeparator).append(first).append(' ').append(last);
        return region;
    };
    const bool ascii = isAscii(username) && isAscii(email) && isAscii(first) && isAscii(last);
    // Built here where folding needs the whole row; ASCII rows build it once their email is kept.
    QByteArray region = ascii ? QByteArray() : regionOf(email);
    uchar header = uchar(uchar(packedId.kind) << IdKindShift);
    QByteArray folded;
    if (!ascii) {
        header |= NonAscii;
        folded = cutUtf8(QString::fromUtf8(region).toCaseFolded().toUtf8(), std::numeric_limits<quint16>::max());
        if (foldsLikeAscii(region, folded))
            folded.clear();
        else
            header |= HasFolded;
    }
    // A folded copy is of the whole email: only rows searched by folding A-Z as they go (nearly
    // all) keep their domain apart, or their email in the username.
    QByteArrayView storedEmail = email;
    char domainId[2];
    qsizetype domainIdSize = 0;
    if (!(header & HasFolded) && !email.isEmpty() && email == username) {
        header |= EmailIsUsername;
        storedEmail = {};
    } else if (!(header & HasFolded)) {
        const qint32 domain = internDomain(email, &storedEmail);
        if (domain >= 0) {
            header |= InternedDomain;
            if (domain < 0x80) {
                domainId[domainIdSize++] = char(domain);
            } else {
                domainId[domainIdSize++] = char(0x80 | (domain & 0x7F));
                domainId[domainIdSize++] = char(domain >> 7);
            }
        }
    }
    const size_t shared = (header & InternedDomain) ? sharedEndLength(username, storedEmail) : 0;
    if (shared > 0) {
        header |= SharedEnd;
        storedEmail.chop(qsizetype(shared));
    }
    const char sharedCount = char(uchar(shared));
    if (ascii || (header & (InternedDomain | EmailIsUsername)))
        region = regionOf(storedEmail);
    const std::array<QByteArrayView, TextFields + 1> fields{id, username, storedEmail, first, last, folded};
    const int lengthCount = TextFields + ((header & HasFolded) ? 1 : 0);
    for (int f = 0; f < lengthCount; ++f) {
        if (fields[size_t(f)].size() > 0xFF)
            header |= Wide;
    }
    const size_t width = (header & Wide) ? 2 : 1;
    const qsizetype sharedCountSize = (header & SharedEnd) ? 1 : 0;
    const size_t size = 1 + width * size_t(lengthCount) +
                        size_t(domainIdSize + sharedCountSize + id.size() + region.size() + folded.size());
    if (m_chunks.empty() || m_chunkFill + size > (1u << ChunkBits)) {
        m_chunks.push_back(std::shared_ptr<char[]>(new char[size_t(1) << ChunkBits]));
        m_chunkFill = 0;
    }
    char* out = m_chunks.back().get() + m_chunkFill;
    const quint32 address = quint32((m_chunks.size() - 1) << ChunkBits) | m_chunkFill;
    *out = char(header);
    for (int f = 0; f < lengthCount; ++f) {
        const auto length = quint16(fields[size_t(f)].size());
        if (width == 1) {
            out[1 + f] = char(length);
        } else {
            const quint16 little = qToLittleEndian(length);
            std::memcpy(out + 1 + 2 * f, &little, 2);
        }
    }
    char* p = out + 1 + width * size_t(lengthCount);
    for (const QByteArrayView bytes :
         {QByteArrayView(domainId, domainIdSize), QByteArrayView(&sharedCount, sharedCountSize), id,
          QByteArrayView(region), QByteArrayView(folded)}) {
        if (!bytes.isEmpty()) // an empty view may point nowhere, which memcpy must not be given
            std::memcpy(p, bytes.data(), size_t(bytes.size()));
        p += bytes.size();
    }
    m_chunkFill += quint32(size);
    return address;
}

qint32 UserRowStore::internDomain(QByteArrayView email, QByteArrayView* local)
{
    const qsizetype at = email.lastIndexOf('@');
    if (at < 0 || at + 1 == email.size())
        return -1;
    const QByteArrayView domain = email.sliced(at + 1);
    const auto found = m_domainIds.constFind(QByteArray::fromRawData(domain.data(), domain.size()));
    qint32 id;
    if (found != m_domainIds.constEnd()) {
        id = found.value();
    } else {
        if (m_domains.size() >= MostDomains)
            return -1; // a directory of every domain there is: the rest keep their emails whole
        id = qint32(m_domains.size());
        m_domains.append(domain.toByteArray());
        m_domainIds.insert(m_domains.constLast(), quint16(id));
    }
    *local = email.first(at);
    return id;
}

quint32 UserRowStore::internRoles(const QStringList& roles)
{
    const QString key = roles.join(QChar(0x1f));
    const auto found = m_roleSetIds.constFind(key);
    if (found != m_roleSetIds.constEnd())
        return found.value();
    const quint32 id = quint32(m_roleSets.size());
    if (id >= (1u << 24))
        return 0; // sixteen million distinct role combinations: no real server has that
    m_roleSets.append(roles);
    m_roleSetIds.insert(key, id);
    return id;
}

quint32 UserRowStore::secondsFrom(const QDateTime& when)
{
    if (!when.isValid())
        return 0;
    const qint64 seconds = when.toSecsSinceEpoch();
    return quint32(std::clamp<qint64>(seconds, 1, std::numeric_limits<quint32>::max()));
}

QDateTime UserRowStore::dateFrom(quint32 seconds)
{
    return seconds == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Utc::zone);
}

UserRowStore::Index UserRowStore::append(const User& user)
{
    const Index index = Index(m_slots.size());
    m_slots.emplace_back();
    write(index, user);
    indexId(index);
    return index;
}

void UserRowStore::replace(Index index, const User& user)
{
    write(index, user);
    m_rewritten.push_back(index);
}

void UserRowStore::write(Index index, const User& user)
{
    Slot& slot = m_slots[index];
    slot.record = writeRecord(user);
    slot.created = secondsFrom(user.createdAt);
    slot.lastLogin = secondsFrom(user.lastLoginAt);
    slot.roleSet = internRoles(user.roles) & 0xFFFFFF;
    slot.flags = user.enabled ? Enabled : 0;
    if (!m_extraColumns.isEmpty()) {
        if (m_extras.size() <= index)
            m_extras.resize(size_t(index) + 1);
        QStringList texts;
        texts.reserve(m_extraColumns.size());
        for (const QString& path : std::as_const(m_extraColumns))
            texts << user.attributeText(path);
        m_extras[index] = texts;
    }
}

void UserRowStore::setExtraColumns(const QStringList& paths)
{
    m_extraColumns = paths;
    m_extras.clear();
}

QString UserRowStore::extra(Index index, int column) const
{
    return index < m_extras.size() ? m_extras[index].value(column) : QString();
}

void UserRowStore::remove(Index index)
{
    m_slots[index].flags |= Removed;
}

size_t UserRowStore::hashOf(const PackedId& id)
{
    return qHash(id.bytes, 0x5eed + size_t(id.kind));
}

size_t UserRowStore::idHome(const PackedId& id) const
{
    return hashOf(id) % idCapacity(); // any capacity, not only powers of two
}

UserRowStore::PackedId UserRowStore::packedId(Index index) const
{
    const char* r = record(index);
    return {idKindOf(r), storedOf(r, Field::Id)};
}

quint32 UserRowStore::readIdEntry(const std::vector<uchar>& table, size_t at, size_t width)
{
    const uchar* p = table.data() + at * width;
    quint32 entry = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16;
    if (width == 4)
        entry |= quint32(p[3]) << 24;
    return entry;
}

quint32 UserRowStore::idEntry(size_t at) const
{
    return readIdEntry(m_idIndex, at, m_idWidth);
}

void UserRowStore::setIdEntry(size_t at, quint32 entry)
{
    uchar* p = m_idIndex.data() + at * m_idWidth;
    for (size_t b = 0; b < m_idWidth; ++b)
        p[b] = uchar(entry >> (8 * b));
}

void UserRowStore::indexId(Index index)
{
    if (size_t(m_idCount + 1) * 4 > idCapacity() * 3)
        rebuildIdIndex(idCapacity() + idCapacity() / 2, m_idWidth);
    if (m_idWidth == 3 && index + 1 >= (1u << 24))
        rebuildIdIndex(idCapacity(), 4); // sixteen million slots: entries need their fourth byte
    const PackedId id = packedId(index);
    for (size_t at = idHome(id);; at = nextIdEntry(at)) {
        const quint32 entry = idEntry(at);
        if (entry == 0) {
            setIdEntry(at, index + 1);
            ++m_idCount;
            return;
        }
        if (packedId(entry - 1) == id) { // the same id again: point at the newer slot
            setIdEntry(at, index + 1);
            return;
        }
    }
}

void UserRowStore::rebuildIdIndex(size_t capacity, size_t width)
{
    std::vector<uchar> old(capacity * width, 0);
    old.swap(m_idIndex);
    const size_t oldWidth = std::exchange(m_idWidth, width);
    for (size_t from = 0; from < old.size() / oldWidth; ++from) {
        const quint32 entry = readIdEntry(old, from, oldWidth);
        if (entry == 0)
            continue;
        size_t at = idHome(packedId(entry - 1));
        while (idEntry(at) != 0)
            at = nextIdEntry(at);
        setIdEntry(at, entry);
    }
}

qint64 UserRowStore::find(const QString& id) const
{
    const UserIdCodec::Packed packed = UserIdCodec::pack(id.toUtf8());
    const PackedId key{packed.kind, packed.view()};
    for (size_t at = idHome(key);; at = nextIdEntry(at)) {
        const quint32 entry = idEntry(at);
        if (entry == 0)
            return -1;
        if (packedId(entry - 1) == key)
            return isRemoved(entry - 1) ? -1 : qint64(entry - 1);
    }
}

FieldBytes UserRowStore::bytes(Index index, Field field) const
{
    Q_ASSERT(field != Field::Id); // kept packed: text() unpacks it
    return fieldOf(record(index), field, m_domains);
}

FieldBytes UserRowStore::fieldOf(const char* r, Field field, const QList<QByteArray>& domains)
{
    if (field == Field::Email && (uchar(r[0]) & EmailIsUsername))
        return FieldBytes(storedOf(r, Field::Username));
    const QByteArrayView stored = storedOf(r, field);
    if (field != Field::Email || !(uchar(r[0]) & InternedDomain))
        return FieldBytes(stored);
    const QByteArrayView domain = domains.at(domainIdOf(r));
    if (const size_t shared = sharedEndOf(r))
        return FieldBytes({stored, storedOf(r, Field::Username).last(qsizetype(shared)), "@", domain});
    return FieldBytes({stored, "@", domain});
}

QByteArrayView UserRowStore::storedOf(const char* r, Field field)
{
    const size_t id = lengthAt(r, 0), username = lengthAt(r, 1), email = lengthAt(r, 2), first = lengthAt(r, 3),
                 last = lengthAt(r, 4);
    const char* data = r + headSize(r);
    const char* usernameAt = data + id;
    const char* emailAt = usernameAt + username + 1;
    const char* firstAt = emailAt + email + 1;
    const char* lastAt = firstAt + first + 1;
    switch (field) {
    case Field::Id:
        return {data, qsizetype(id)};
    case Field::Username:
        return {usernameAt, qsizetype(username)};
    case Field::Email:
        return {emailAt, qsizetype(email)};
    case Field::FirstName:
        return {firstAt, qsizetype(first)};
    case Field::LastName:
        return {lastAt, qsizetype(last)};
    case Field::Name:
        if (first == 0)
            return {lastAt, qsizetype(last)};
        if (last == 0)
            return {firstAt, qsizetype(first)};
        return {firstAt, qsizetype(first + 1 + last)};
    }
    return {};
}

QString UserRowStore::text(Index index, Field field) const
{
    const char* r = record(index);
    if (field == Field::Id)
        return UserIdCodec::unpack(idKindOf(r), storedOf(r, field));
    return QString::fromUtf8(fieldOf(r, field, m_domains).view());
}

QStringList UserRowStore::allRoles() const
{
    QStringList all;
    for (const QStringList& set : m_roleSets) {
        for (const QString& role : set) {
            if (!all.contains(role))
                all.append(role);
        }
    }
    all.sort(Qt::CaseInsensitive);
    return all;
}

User UserRowStore::skeleton(Index index) const
{
    User user;
    user.id = text(index, Field::Id);
    user.username = text(index, Field::Username);
    user.email = text(index, Field::Email);
    user.firstName = text(index, Field::FirstName);
    user.lastName = text(index, Field::LastName);
    user.roles = roles(index);
    user.enabled = enabled(index);
    user.createdAt = createdAt(index);
    user.lastLoginAt = lastLoginAt(index);
    return user;
}

bool UserRowStore::matches(Index index, const Needle& needle) const
{
    if (needle.isEmpty())
        return true;
    const char* r = record(index);
    const uchar header = uchar(*r);
    if (!needle.ascii && !(header & NonAscii))
        return false; // an ASCII-only row cannot contain a non-ASCII needle
    const size_t username = lengthAt(r, 1), email = lengthAt(r, 2), first = lengthAt(r, 3), last = lengthAt(r, 4);
    const char* region = r + headSize(r) + lengthAt(r, 0);
    const size_t regionLength = username + email + first + last + 3;
    const auto* needleBytes = reinterpret_cast<const uchar*>(needle.folded.constData());
    const auto needleLength = size_t(needle.folded.size());
    if (header & HasFolded)
        return contains<false>(reinterpret_cast<const uchar*>(region + regionLength), lengthAt(r, TextFields),
                               needleBytes, needleLength);
    if (contains<true>(reinterpret_cast<const uchar*>(region), regionLength, needleBytes, needleLength))
        return true;
    if (!(header & InternedDomain))
        return false; // the email was searched whole, or as the username it is
    // The email's domain is kept apart: the needle may lie in it, or run into it over the '@'.
    const qsizetype id = domainIdOf(r);
    const QByteArray& domain = m_domains.at(id);
    if (size_t(id) < needle.inDomain.size() && needle.domainsEpoch == m_epoch) {
        if (needle.inDomain[size_t(id)])
            return true;
    } else if (holds(domain, needle.folded)) {
        return true;
    }
    // The local part may keep only what comes before the end it shares with the username.
    const QByteArrayView kept{region + username + 1, qsizetype(email)};
    const QByteArrayView shared = QByteArrayView(region, qsizetype(username)).last(qsizetype(sharedEndOf(r)));
    if (needle.hasAt && spansTheAt(kept, shared, domain, needle.folded))
        return true;
    // The region holds both parts, apart: the needle may still run from one into the other.
    if (kept.isEmpty() || shared.isEmpty() ||
        !needle.hasPair(fold[uchar(kept.back())], fold[uchar(shared.front())]))
        return false;
    const FieldBytes local({kept, shared});
    return holds(local.view(), needle.folded);
}

void UserRowStore::judgeDomains(Needle& needle) const
{
    needle.domainsEpoch = m_epoch; // clear() forgets the domains: their ids are given again
    needle.inDomain.resize(size_t(m_domains.size()));
    for (qsizetype id = 0; id < m_domains.size(); ++id) {
        needle.inDomain[size_t(id)] = holds(m_domains[id], needle.folded);
    }
}

bool UserRowStore::spansTheAt(QByteArrayView kept, QByteArrayView shared, QByteArrayView domain,
                              QByteArrayView needle)
{
    // Whether the local part, kept + shared, ends with `part`.
    const auto localEndsWith = [&](QByteArrayView part) {
        if (part.size() <= shared.size())
            return foldsLikeAscii(shared.last(part.size()), part);
        const qsizetype inKept = part.size() - shared.size();
        return inKept <= kept.size() && foldsLikeAscii(shared, part.last(shared.size())) &&
               foldsLikeAscii(kept.last(inKept), part.first(inKept));
    };
    // Each '@' of the needle may be the email's own (the local part may hold one of its own).
    for (qsizetype at = needle.indexOf('@'); at >= 0; at = needle.indexOf('@', at + 1)) {
        const qsizetype after = needle.size() - at - 1;
        if (after <= domain.size() && foldsLikeAscii(domain.first(after), needle.sliced(at + 1)) &&
            localEndsWith(needle.first(at)))
            return true;
    }
    return false;
}

void UserRowStore::prefetch(Index index) const
{
#if defined(__GNUC__)
    const char* r = record(index);
    __builtin_prefetch(r);
    // A record is about 50 bytes: it may span two lines (never past its arena's end).
    if ((m_slots[index].record & ((1u << ChunkBits) - 1)) + 64 < (1u << ChunkBits))
        __builtin_prefetch(r + 64);
#else
    Q_UNUSED(index);
#endif
}

int UserRowStore::compare(Index a, Index b, Field field) const
{
    return compareTexts(bytes(a, field).view(), bytes(b, field).view());
}

quint64 UserRowStore::sortPrefixOf(QByteArrayView text)
{
    return LocaleCollation::current().prefix(text);
}

std::shared_ptr<const UserTextSnapshot> UserRowStore::snapshot() const
{
    UserTextSnapshot::Records records(m_slots.size());
    for (size_t i = 0; i < records.size(); ++i)
        records[i] = m_slots[i].record;
    return std::make_shared<const UserTextSnapshot>(m_chunks, std::move(records), m_domains, m_epoch,
                                                    m_rewritten.size());
}

qint64 UserRowStore::bytesUsed() const
{
    return qint64(m_slots.capacity() * sizeof(Slot)) + qint64(m_chunks.size()) * (qint64(1) << ChunkBits) +
           qint64(m_idIndex.size()) + qint64(m_extras.capacity() * sizeof(QStringList)) + qint64(m_rewritten.capacity() * sizeof(Index)) +
           std::accumulate(m_domains.cbegin(), m_domains.cend(), qint64(0),
                           // the list's slot, the hash's node and the array's header beside the text
                           [](qint64 sum, const QByteArray& domain) { return sum + domain.capacity() + 80; });
}
