#include "Seeder.h"

#include "BatchInsert.h"
#include "PasswordHasher.h"
#include "Store.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QVariant>
#include <charconv>
#include <cstring>
#include <iterator>
#include <vector>

namespace {

const char* const firstNames[] = {
    "Ada",   "Bruno",  "Chloé", "Dmitri", "Elena", "Farid", "Grace",   "Hiro",  "Ines",    "Jonas",
    "Kemal", "Lena",   "Mateo", "Nora",   "Omar",  "Priya", "Quentin", "Rosa",  "Sven",    "Tariq",
    "Uma",   "Viktor", "Wen",   "Ximena", "Yusuf", "Zoë",   "Aoife",   "Björn", "Camille", "Dario"};
const char* const lastNames[] = {"Lovelace",  "Moreau",   "Dubois", "Ivanov",  "García",  "Haddad",
                                 "Hopper",    "Tanaka",   "Silva",  "Berg",    "Yılmaz",  "Schmidt",
                                 "Rossi",     "Nakamura", "Khan",   "Patel",   "Laurent", "Costa",
                                 "Lindqvist", "Aziz",     "Okafor", "Novak",   "Chen",    "López",
                                 "Demir",     "Fischer",  "Murphy", "Nilsson", "Girard",  "Ricci"};
const char* const domains[] = {"example.com", "example.org", "mail.test", "corp.test", "music.test"};
const char* const agents[] = {"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
                              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
                              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0",
                              "curl/8.5.0",
                              "okhttp/4.12.0",
                              "AuthDesk/0.1.0"};
constexpr qint64 epoch2024 = 1704067200;

template <typename T, size_t N> const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

// Text bound as UTF-8 bytes and CAST to TEXT in SQL: no QString, and SQLite need not convert
// UTF-16 to the database's UTF-8 for every value.
QByteArray utf8(const char* text)
{
    return QByteArray::fromRawData(text, qsizetype(qstrlen(text)));
}

void appendHex(char* out, quint64 value)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i, value >>= 4)
        out[i] = digits[value & 0xf];
}

// A UUID-shaped id, from two draws: 8-4-4-4-12 hex digits with the version nibble 4.
QByteArray deterministicUuid(QRandomGenerator& rng)
{
    char hex[32];
    // Earlier versions left the order of the two draws to the compiler (the operands of one
    // `+`); GCC drew the second half first. Fixed to that order, a given --seed-rng makes the
    // same ids as before, now with any compiler.
    const quint64 low = rng.generate64();
    const quint64 high = rng.generate64();
    appendHex(hex, high);
    appendHex(hex + 16, low);
    QByteArray uuid(36, Qt::Uninitialized);
    char* out = uuid.data();
    std::memcpy(out, hex, 8);
    out[8] = '-';
    std::memcpy(out + 9, hex + 8, 4);
    out[13] = '-';
    out[14] = '4';
    std::memcpy(out + 15, hex + 13, 3);
    out[18] = '-';
    std::memcpy(out + 19, hex + 16, 4);
    out[23] = '-';
    std::memcpy(out + 24, hex + 20, 12);
    return uuid;
}

// Seeded sessions and keys belong to "other devices": nobody holds their secrets, so they are
// stored without a hash. Earlier versions drew 256 random bits for a hash here; skipping
// those draws keeps the rest of the data (people, sessions, keys) the same for a given seed.
void skipHashDraws(QRandomGenerator& rng)
{
    rng.discard(8);
}

// Builds one short value (a handle, an address, a phone number) on the stack: its only
// allocation is the QByteArray that gets bound.
class ShortText
{
public:
    ShortText& operator<<(QByteArrayView text)
    {
        Q_ASSERT(m_size + text.size() <= qsizetype(sizeof(m_data)));
        std::memcpy(m_data + m_size, text.data(), size_t(text.size()));
        m_size += text.size();
        return *this;
    }
    ShortText& operator<<(char c) { return *this << QByteArrayView(&c, 1); }
    ShortText& operator<<(qint64 number) { return padded(number, 0); }
    // `number` in decimal, with leading zeros up to `width` digits.
    ShortText& padded(qint64 number, int width)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof(digits), number).ptr;
        for (qsizetype zeros = width - (end - digits); zeros > 0; --zeros)
            *this << '0';
        return *this << QByteArrayView(digits, end - digits);
    }
    QByteArray bytes() const { return QByteArray(m_data, m_size); }

private:
    char m_data[128];
    qsizetype m_size = 0;
};

} // namespace

bool Seeder::seedAdmins(QString* error)
{
    const QByteArray hash = PasswordHasher::hash(adminPassword());
    const qint64 now = m_now;
    struct Admin
    {
        const char* api;
        const char* uid;
        const char* username;
        const char* email;
        const char* role;
        const char* scopes;
        bool staff;
    };
    const Admin admins[] = {
        {"gemini", "00000000-0000-4000-8000-000000000001", "admin@gemini.test", "admin@gemini.test", "",
         "profile performer venue city admin", false},
        {"gatekeeper", "00000000-0000-4000-8000-000000000002", "admin", "admin@gatekeeper.test", "admin", "",
         false},
        {"nebula", "1", "admin@nebula.test", "admin@nebula.test", "ADMIN", "", true},
        {"luminate", "1", "admin@luminate.test", "admin@luminate.test", "", "", false},
    };
    for (const Admin& a : admins) {
        StoredUser u;
        u.api = QLatin1String(a.api);
        if (m_store.userByUid(u.api, QLatin1String(a.uid)))
            continue; // a persisted --db already has them
        u.uid = QLatin1String(a.uid);
        u.username = QLatin1String(a.username);
        u.email = QLatin1String(a.email);
        u.firstName = QStringLiteral("Sandbox");
        u.lastName = QStringLiteral("Admin");
        u.role = QLatin1String(a.role);
        u.scopes = QString::fromLatin1(a.scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        u.isStaff = a.staff;
        u.createdAt = now;
        u.passwordHash = hash;
        if (m_store.insertUser(u) == 0) {
            *error = QStringLiteral("could not create the %1 admin").arg(u.api);
            return false;
        }
    }
    return true;
}

bool Seeder::seedUsers(int usersPerApi, quint32 rngSeed, QString* error)
{
    if (usersPerApi <= 0)
        return true;
    const QByteArray sharedHash = PasswordHasher::hash(userPassword());
    QRandomGenerator rng(rngSeed);
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto failed = [&](const QString& message) {
        *error = message;
        db.rollback();
        return false;
    };
    const QStringList apis{QStringLiteral("gemini"), QStringLiteral("gatekeeper"), QStringLiteral("nebula")};
    // About 3.3 rows per user: the user, 2.3 sessions on average, a key for some.
    if (!m_store.beginBulkLoad(qint64(apis.size()) * usersPerApi * 3, error))
        return failed(*error);

    // Rows are numbered here, not by SQLite, so sessions and keys can name their user's row
    // before it is written; the numbers are the ones SQLite would have chosen.
    qint64 nextRow = m_store.lastUserRow() + 1;

    // Every name and handle stem made once: a row then only copies references to them.
    constexpr int firstCount = int(std::size(firstNames));
    constexpr int lastCount = int(std::size(lastNames));
    std::vector<QByteArray> stems(size_t(firstCount * lastCount));
    for (int f = 0; f < firstCount; ++f) {
        for (int l = 0; l < lastCount; ++l)
            stems[size_t(f * lastCount + l)] =
                (QString::fromUtf8(firstNames[f]).left(1) + QString::fromUtf8(lastNames[l]))
                    .toLower()
                    .remove(QLatin1Char(' '))
                    .toUtf8();
    }
    const QByteArray gatekeeperTypes[] = {"developer", "customer", "developer", "customer", "admin"};
    const QByteArray geminiScopes[] = {"profile performer venue", "profile performer", "profile venue",
                                       "profile performer venue city"};
    const QByteArray admin = "ADMIN", guest = "GUEST";
    const qint64 now = m_now;

    struct SeededRange
    {
        QString api;
        qint64 first;
        qint64 last;
    };
    QList<SeededRange> seeded;
    for (const QString& api : apis) {
        const bool gemini = api == QLatin1String("gemini");
        const bool gatekeeper = api == QLatin1String("gatekeeper");
        // Seeded usernames and emails are lower case already (the handle is), so ukey and ekey
        // are the same values; role and scopes stay NULL where the API has none.
        BatchInsert users(
            db,
            QStringLiteral(
                "INSERT INTO users (row, api, uid, username, email, first_name, last_name, role, scopes,"
                " phone, public_key, is_staff, enabled, created_at, last_login_at, password_hash, ukey, ekey)"
                " SELECT column1, :api, CAST(column2 AS TEXT), CAST(column3 AS TEXT), CAST(column4 AS TEXT),"
                " CAST(column5 AS TEXT), CAST(column6 AS TEXT), CAST(column7 AS TEXT), CAST(column8 AS TEXT),"
                " CAST(column9 AS TEXT), '', column10, column11, column12, column13, :hash,"
                " CAST(column3 AS TEXT), CAST(column4 AS TEXT) FROM"),
            13);
        users.bindShared(QStringLiteral(":api"), api);
        users.bindShared(QStringLiteral(":hash"), sharedHash);
        const int lifetime = gatekeeper ? 1200 : api == QLatin1String("nebula") ? 7200 : 86400;
        BatchInsert tokens(
            db,
            QStringLiteral(
                "INSERT INTO tokens (api, user_row, session_id, kind, scopes, created_at, expires_at,"
                " last_used_at, revoked, ip, user_agent)"
                " SELECT :api, column1, CAST(column2 AS TEXT), 'access', CAST(column3 AS TEXT),"
                " column4, column4 + :valid, column5, 0, CAST(column6 AS TEXT),"
                " CAST(column7 AS TEXT) FROM"),
            7);
        tokens.bindShared(QStringLiteral(":api"), api);
        // Still valid for a while after seeding.
        tokens.bindShared(QStringLiteral(":valid"), lifetime + 3600 * 6);
        BatchInsert keys(
            db,
            QStringLiteral("INSERT INTO api_keys (api, user_row, name, description, prefix,"
                           " created_at, last_used_at, revoked) SELECT :api, column1,"
                           " CAST(column2 AS TEXT), 'Seeded key', CAST(column3 AS TEXT), column4,"
                           " column5, 0 FROM"),
            5);
        keys.bindShared(QStringLiteral(":api"), api);

        const qint64 firstRow = nextRow;
        qint64 numericId = 100;
        for (int i = 0; i < usersPerApi; ++i) {
            // The draws come in the order earlier versions made them, so that a given
            // --seed-rng still makes the same people.
            const int first = int(rng.bounded(quint32(firstCount)));
            const int last = int(rng.bounded(quint32(lastCount)));
            // The running number keeps usernames unique however large N is.
            const QByteArray handle =
                (ShortText() << stems[size_t(first * lastCount + last)] << qint64(i + 1)).bytes();
            const QByteArray email = (ShortText() << handle << '@' << pick(rng, domains)).bytes();
            const bool enabled = rng.bounded(100) >= 8;
            const qint64 created = epoch2024 + rng.bounded(60 * 60 * 24 * 600);
            const qint64 lastLogin = rng.bounded(100) < 80 ? created + rng.bounded(60 * 60 * 24 * 90) : 0;
            QByteArray uid, role, scopes;
            QByteArray username = handle;
            bool staff = false;
            if (gemini) {
                uid = deterministicUuid(rng);
                username = email;
                const int kind = int(rng.bounded(100));
                scopes = geminiScopes[kind < 50 ? 0 : kind < 75 ? 1 : kind < 95 ? 2 : 3];
            } else if (gatekeeper) {
                uid = deterministicUuid(rng);
                role = gatekeeperTypes[rng.bounded(quint32(std::size(gatekeeperTypes)))];
            } else {
                uid = (ShortText() << ++numericId).bytes();
                username = email;
                staff = rng.bounded(100) < 3;
                role = staff ? admin : guest;
            }
            const QByteArray phone = (ShortText() << "+1 555 ").padded(rng.bounded(1000000), 7).bytes();
            const qint64 row = nextRow++;
            if (!users.add(row, uid, username, email, utf8(firstNames[first]), utf8(lastNames[last]), role,
                           scopes, phone, staff, enabled, created, lastLogin))
                return failed(users.error());

            const QByteArray& sessionScopes = gemini ? scopes : role;
            const int sessions = enabled ? int(rng.bounded(6)) : 0;
            for (int s = 0; s < sessions; ++s) {
                const QByteArray sessionId = deterministicUuid(rng);
                const qint64 started = now - rng.bounded(3600 * 6);
                const qint64 b = rng.bounded(256);
                const qint64 c = rng.bounded(256);
                const qint64 d = rng.bounded(254) + 1;
                const QByteArray ip = (ShortText() << "10." << b << '.' << c << '.' << d).bytes();
                const QByteArray agent = utf8(pick(rng, agents));
                skipHashDraws(rng);
                const qint64 lastUsed = started + rng.bounded(600);
                if (!tokens.add(row, sessionId, sessionScopes, started, lastUsed, ip, agent))
                    return failed(tokens.error());
            }
            if (!gemini && !gatekeeper && rng.bounded(100) < 15) {
                const QByteArray prefix = (ShortText() << "ak_" << qint64(rng.bounded(9000) + 1000)).bytes();
                skipHashDraws(rng);
                const QByteArray name = (ShortText() << "key-" << qint64(i + 1)).bytes();
                if (!keys.add(row, name, prefix, created, lastLogin))
                    return failed(keys.error());
            }
        }
        if (!users.finish())
            return failed(users.error());
        if (!tokens.finish())
            return failed(tokens.error());
        if (!keys.finish())
            return failed(keys.error());
        if (!gemini && !gatekeeper)
            m_store.raiseNumericUid(api, numericId);
        seeded.append({api, firstRow, nextRow - 1});
    }
    if (!m_store.endBulkLoad(error))
        return failed(*error);
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    for (const SeededRange& range : seeded)
        m_store.usersAdded(range.api, range.first, range.last);
    return true;
}
