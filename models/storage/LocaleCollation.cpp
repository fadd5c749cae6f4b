#include "LocaleCollation.h"

#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/uiter.h>
#include <unicode/uloc.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace {

std::atomic<const LocaleCollation*> installed{nullptr};
std::mutex installing;
// Every collation ever installed, kept alive (and reachable) for threads still using one.
std::vector<std::unique_ptr<const LocaleCollation>> kept;

QByteArray icuLocaleName(const QLocale& locale)
{
    // ICU's root rules (the Unicode Collation Algorithm's order) for the C locale. The BCP 47
    // name keeps the script (sr-Latn-RS), which name() drops.
    if (locale.language() == QLocale::C)
        return {};
    std::array<char, ULOC_FULLNAME_CAPACITY> id{};
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(locale.bcp47Name().toLatin1().constData(), id.data(), int32_t(id.size()), nullptr, &status);
    return U_FAILURE(status) ? locale.name().toLatin1() : QByteArray(id.data());
}

void sortKeyFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // The cache's texts are UTF-8. An ASCII one (most names, nearly every email) is widened on
    // the stack and its key made into a stack buffer: no UTF-16 copy allocated by SQLite and no
    // QByteArray for each of the million keys an index build makes.
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    const LocaleCollation& collation = LocaleCollation::current();
    std::array<char16_t, 256> units;
    std::array<uint8_t, 512> key;
    if (size <= int(units.size()) && std::all_of(text, text + size, [](char c) { return uchar(c) < 0x80; })) {
        std::copy(text, text + size, units.begin());
        const int length = collation.keyInto(QStringView(units.data(), size), key.data(), int(key.size()));
        if (length < int(key.size())) {
            sqlite3_result_blob(context, key.data(), length, SQLITE_TRANSIENT);
            return;
        }
    }
    const QByteArray whole = collation.key(QString::fromUtf8(text, size));
    sqlite3_result_blob(context, whole.constData(), int(whole.size()), SQLITE_TRANSIENT);
}

QByteArray folded(QByteArrayView text)
{
    return QString::fromUtf8(text).toCaseFolded().toUtf8();
}

} // namespace

LocaleCollation::LocaleCollation(const QLocale& locale)
{
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open(icuLocaleName(locale).constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_collator = ucol_open("", &status);
    }
    if (U_FAILURE(status) || !m_collator) {
        m_collator = nullptr;
        m_identity = QStringLiteral("casefold");
        return;
    }
    // Case is a third-level difference: "anna" and "Anna" tie, as they did under NOCASE.
    ucol_setStrength(m_collator, UCOL_SECONDARY);
    UVersionInfo version;
    ucol_getVersion(m_collator, version);
    char versionText[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, versionText);
    const char* actual = ucol_getLocaleByType(m_collator, ULOC_ACTUAL_LOCALE, &status);
    m_identity = QStringLiteral("%1 %2 secondary")
                     .arg(QString::fromLatin1(actual && *actual ? actual : "root"), QString::fromLatin1(versionText));
}

LocaleCollation::~LocaleCollation()
{
    if (m_collator)
        ucol_close(m_collator);
}

const LocaleCollation& LocaleCollation::current()
{
    if (const LocaleCollation* collation = installed.load(std::memory_order_acquire))
        return *collation;
    std::lock_guard lock(installing);
    if (!installed.load()) {
        kept.push_back(std::make_unique<const LocaleCollation>(QLocale::system().collation()));
        installed.store(kept.back().get(), std::memory_order_release);
    }
    return *installed.load();
}

void LocaleCollation::setCurrent(const QLocale& locale)
{
    // The one it replaces is kept: another thread may be comparing with it right now.
    std::lock_guard lock(installing);
    kept.push_back(std::make_unique<const LocaleCollation>(locale));
    installed.store(kept.back().get(), std::memory_order_release);
}

int LocaleCollation::compare(QByteArrayView a, QByteArrayView b) const
{
    if (!m_collator) {
        const QByteArray x = folded(a), y = folded(b);
        return std::clamp(x.compare(y), -1, 1);
    }
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        ucol_strcollUTF8(m_collator, a.data(), int32_t(a.size()), b.data(), int32_t(b.size()), &status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

int LocaleCollation::compare(QStringView a, QStringView b) const
{
    if (!m_collator)
        return compare(a.toUtf8(), b.toUtf8());
    const UCollationResult result =
        ucol_strcoll(m_collator, reinterpret_cast<const UChar*>(a.utf16()), int32_t(a.size()),
                     reinterpret_cast<const UChar*>(b.utf16()), int32_t(b.size()));
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

QByteArray LocaleCollation::key(QStringView text) const
{
    if (!m_collator) {
        const QByteArray key = folded(text.toUtf8());
        return key.isNull() ? QByteArray("", 0) : key; // never NULL: a NULL key is a NULL text's
    }
    std::array<uint8_t, 256> onStack;
    const int length = keyInto(text, onStack.data(), int(onStack.size()));
    if (length < int(onStack.size()))
        return QByteArray(reinterpret_cast<const char*>(onStack.data()), length);
    QByteArray key(length + 1, Qt::Uninitialized);
    keyInto(text, reinterpret_cast<uint8_t*>(key.data()), length + 1);
    key.chop(1);
    return key;
}

int LocaleCollation::keyInto(QStringView text, uint8_t* buffer, int capacity) const
{
    if (!m_collator) {
        const QByteArray key = folded(text.toUtf8());
        if (key.size() < capacity)
            std::memcpy(buffer, key.constData(), size_t(key.size()));
        return int(key.size());
    }
    // ICU writes a terminating zero after the key and counts it; the key leaves it out (no key
    // holds another zero, so keys still compare as they would with it).
    const int32_t needed = ucol_getSortKey(m_collator, reinterpret_cast<const UChar*>(text.utf16()),
                                           int32_t(text.size()), buffer, capacity);
    return needed > 0 ? needed - 1 : 0;
}

quint64 LocaleCollation::prefix(QByteArrayView text) const
{
    std::array<uint8_t, 8> part{};
    if (!m_collator) {
        const QByteArray f = folded(text);
        std::memcpy(part.data(), f.constData(), std::min<size_t>(part.size(), size_t(f.size())));
    } else {
        // Only as much of the key as asked for is worked out, straight from the UTF-8.
        UCharIterator iterator;
        uiter_setUTF8(&iterator, text.data(), int32_t(text.size()));
        uint32_t state[2] = {0, 0};
        UErrorCode status = U_ZERO_ERROR;
        ucol_nextSortKeyPart(m_collator, &iterator, state, part.data(), int32_t(part.size()), &status);
        if (U_FAILURE(status)) { // the whole key's start: ordered the same way
            const QByteArray whole = key(QString::fromUtf8(text));
            part.fill(0);
            std::memcpy(part.data(), whole.constData(), std::min<size_t>(part.size(), size_t(whole.size())));
        }
    }
    quint64 value = 0;
    for (const uint8_t byte : part)
        value = (value << 8) | byte;
    return value;
}

bool LocaleCollation::addSqlFunction(sqlite3* db)
{
    return db && sqlite3_create_function_v2(db, "sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                            nullptr, &sortKeyFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}
