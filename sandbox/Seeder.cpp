#include "Seeder.h"

#include "PasswordHasher.h"
#include "Store.h"
#include "TokenService.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

QString deterministicUuid(QRandomGenerator& rng)
{
    const QByteArray hex = QByteArray::number(rng.generate64(), 16).rightJustified(16, '0') +
                           QByteArray::number(rng.generate64(), 16).rightJustified(16, '0');
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + "-4" + hex.mid(13, 3) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QString fakeHash(QRandomGenerator& rng)
{
    // Seeded sessions and keys belong to "other devices": nobody holds their secrets.
    QByteArray raw(32, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(raw.data()), 8);
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

} // namespace

bool Seeder::seedAdmins(QString* error)
{
    const QByteArray hash = PasswordHasher::hash(adminPassword());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
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
    QSqlQuery user(db);
    user.prepare(QStringLiteral("INSERT INTO users (api, uid, username, email, first_name, last_name, role, "
                                "scopes, phone, public_key,"
                                " is_staff, enabled, created_at, last_login_at, password_hash, ukey, ekey)"
                                " VALUES (?,?,?,?,?,?,?,?,?,'',?,?,?,?,?,?,?)"));
    QSqlQuery token(db);
    token.prepare(QStringLiteral(
        "INSERT INTO tokens (api, user_row, session_id, kind, hash, scopes, created_at,"
        " expires_at, last_used_at, revoked, ip, user_agent) VALUES (?,?,?,?,?,?,?,?,?,0,?,?)"));
    QSqlQuery key(db);
    key.prepare(
        QStringLiteral("INSERT INTO api_keys (api, user_row, name, description, prefix, hash, created_at,"
                       " last_used_at, revoked) VALUES (?,?,?,?,?,?,?,?,0)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList gatekeeperTypes{QStringLiteral("developer"), QStringLiteral("customer"),
                                      QStringLiteral("developer"), QStringLiteral("customer"),
                                      QStringLiteral("admin")};
    const QStringList apis{QStringLiteral("gemini"), QStringLiteral("gatekeeper"), QStringLiteral("nebula")};
    for (const QString& api : apis) {
        qint64 numericId = 100;
        for (int i = 0; i < usersPerApi; ++i) {
            const QString first = QString::fromUtf8(pick(rng, firstNames));
            const QString last = QString::fromUtf8(pick(rng, lastNames));
            // The running number keeps usernames unique however large N is.
            const QString handle =
                (first.left(1) + last).toLower().remove(QLatin1Char(' ')) + QString::number(i + 1);
            const QString email = handle + QLatin1Char('@') + QLatin1String(pick(rng, domains));
            const bool enabled = rng.bounded(100) >= 8;
            const qint64 created = epoch2024 + rng.bounded(60 * 60 * 24 * 600);
            const qint64 lastLogin = rng.bounded(100) < 80 ? created + rng.bounded(60 * 60 * 24 * 90) : 0;
            QString uid, username = handle, role, scopes;
            bool staff = false;
            if (api == QLatin1String("gemini")) {
                uid = deterministicUuid(rng);
                username = email;
                const int kind = int(rng.bounded(100));
                scopes = kind < 50   ? QStringLiteral("profile performer venue")
                         : kind < 75 ? QStringLiteral("profile performer")
                         : kind < 95 ? QStringLiteral("profile venue")
                                     : QStringLiteral("profile performer venue city");
            } else if (api == QLatin1String("gatekeeper")) {
                uid = deterministicUuid(rng);
                role = gatekeeperTypes.at(int(rng.bounded(quint32(gatekeeperTypes.size()))));
            } else {
                uid = QString::number(++numericId);
                username = email;
                staff = rng.bounded(100) < 3;
                role = staff ? QStringLiteral("ADMIN") : QStringLiteral("GUEST");
            }
            for (const QVariant& v :
                 {QVariant(api), QVariant(uid), QVariant(username), QVariant(email), QVariant(first),
                  QVariant(last), QVariant(role), QVariant(scopes),
                  QVariant(QStringLiteral("+1 555 %1").arg(rng.bounded(1000000), 7, 10, QLatin1Char('0'))),
                  QVariant(staff), QVariant(enabled), QVariant(created), QVariant(lastLogin),
                  QVariant(sharedHash), QVariant(username.toLower()), QVariant(email.toLower())})
                user.addBindValue(v);
            if (!user.exec()) {
                *error = user.lastError().text();
                db.rollback();
                return false;
            }
            const qint64 row = user.lastInsertId().toLongLong();
            const int sessions = enabled ? int(rng.bounded(6)) : 0;
            for (int s = 0; s < sessions; ++s) {
                const QString sessionId = deterministicUuid(rng);
                const qint64 started = now - rng.bounded(3600 * 6);
                const QString ip = QStringLiteral("10.%1.%2.%3")
                                       .arg(rng.bounded(256))
                                       .arg(rng.bounded(256))
                                       .arg(rng.bounded(254) + 1);
                const QString agent = QLatin1String(pick(rng, agents));
                const int lifetime = api == QLatin1String("gatekeeper") ? 1200
                                     : api == QLatin1String("nebula")   ? 7200
                                                                        : 86400;
                token.addBindValue(api);
                token.addBindValue(row);
                token.addBindValue(sessionId);
                token.addBindValue(QStringLiteral("access"));
                token.addBindValue(fakeHash(rng));
                token.addBindValue(api == QLatin1String("gemini") ? scopes : role);
                token.addBindValue(started);
                token.addBindValue(started + lifetime + 3600 * 6); // still valid for a while after seeding
                token.addBindValue(started + rng.bounded(600));
                token.addBindValue(ip);
                token.addBindValue(agent);
                if (!token.exec()) {
                    *error = token.lastError().text();
                    db.rollback();
                    return false;
                }
            }
            if (api == QLatin1String("nebula") && rng.bounded(100) < 15) {
                key.addBindValue(api);
                key.addBindValue(row);
                key.addBindValue(QStringLiteral("key-%1").arg(i + 1));
                key.addBindValue(QStringLiteral("Seeded key"));
                key.addBindValue(QString(QStringLiteral("ak_") + QString::number(rng.bounded(9000) + 1000)));
                key.addBindValue(fakeHash(rng));
                key.addBindValue(created);
                key.addBindValue(lastLogin);
                if (!key.exec()) {
                    *error = key.lastError().text();
                    db.rollback();
                    return false;
                }
            }
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
