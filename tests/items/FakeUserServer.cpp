#include "FakeUserServer.h"

#include "values/Utc.h"

#include <QTimer>
#include <algorithm>
#include <numeric>
#include <vector>

FakeUserServer::FakeUserServer(int count, QObject* parent)
    : UserSource(parent)
{
    for (int i = 0; i < count; ++i)
        users << makeUser(i);
}

User FakeUserServer::makeUser(int i)
{
    static const QStringList first{QStringLiteral("Ada"), QStringLiteral("Bruno"), QStringLiteral("Chloé"),
                                   QStringLiteral("Dmitri"), QStringLiteral("Elif")};
    static const QStringList last{QStringLiteral("Lovelace"), QStringLiteral("Silva"),
                                  QStringLiteral("Müller"),   QStringLiteral("Ivanov"),
                                  QStringLiteral("Yilmaz"),   QStringLiteral("Novak")};
    static const QList<QStringList> roles{{QStringLiteral("customer")},
                                          {QStringLiteral("developer")},
                                          {QStringLiteral("admin"), QStringLiteral("developer")}};
    User u;
    u.id = QStringLiteral("id-%1").arg(i);
    u.username = QStringLiteral("user%1").arg(i);
    u.email = QStringLiteral("user%1@example.com").arg(i);
    u.firstName = first.at(i % first.size());
    u.lastName = last.at(i % last.size());
    u.roles = roles.at(i % roles.size());
    u.enabled = i % 4 != 0;
    u.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Utc::zone).addSecs(qint64(i) * 3600);
    if (i % 5 != 0)
        u.lastLoginAt =
            QDateTime(QDate(2025, 1, 1), QTime(0, 0), Utc::zone).addSecs(qint64((i * 7919) % 1000) * 60);
    u.attributes = {{QStringLiteral("id"), u.id}, {QStringLiteral("city"), QStringLiteral("Lisbon")}};
    u.actions.insert(QStringLiteral("self"), {QStringLiteral("GET"), QStringLiteral("/users/") + u.id, {}});
    return u;
}

Capabilities FakeUserServer::capabilities() const
{
    Capabilities c;
    c.allow(Capability::ListUsers);
    if (searches)
        c.allow(Capability::ServerSearch);
    else
        c.deny(Capability::ServerSearch, QStringLiteral("The fake server cannot search."));
    if (sorts)
        c.allow(Capability::ServerSort);
    else
        c.deny(Capability::ServerSort, QStringLiteral("The fake server cannot sort."));
    return c;
}

UserPage FakeUserServer::answer(const UserQuery& query) const
{
    QList<User> matching;
    for (const User& u : users) {
        if (query.search.isEmpty() || u.username.contains(query.search, Qt::CaseInsensitive) ||
            u.email.contains(query.search, Qt::CaseInsensitive))
            matching << u;
    }
    if (!query.sortField.isEmpty()) {
        // Ties keep the stored order: the position is the last key. (Not std::stable_sort, whose
        // libstdc++ 12 body uses a helper Clang 19 reports as deprecated, an error here.)
        const auto key = [&query](const User& u) {
            return query.sortField == QLatin1String("email") ? u.email : u.username;
        };
        std::vector<qsizetype> order(size_t(matching.size()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const QString x = key(matching.at(a)), y = key(matching.at(b));
            if (x != y)
                return query.sortOrder == Qt::AscendingOrder ? x < y : y < x;
            return a < b;
        });
        QList<User> sorted;
        sorted.reserve(matching.size());
        for (const qsizetype i : order)
            sorted << matching.at(i);
        matching = sorted;
    }
    UserPage page;
    page.users = matching.mid(query.offset, query.limit);
    if (briefUnlessAsked && !query.withAttributes) {
        for (User& user : page.users)
            user.attributes.clear();
    }
    page.total = reportsTotal ? matching.size() : -1;
    page.hasMore = query.offset + page.users.size() < matching.size();
    return page;
}

void FakeUserServer::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    const int n = int(requests.size());
    requests << query;
    const bool fail = n == failAtRequest;
    const UserPage page = answer(query);
    QTimer::singleShot(1, context, [fail, page, done] {
        if (fail)
            done(ApiError::make(ApiError::Kind::Server, QStringLiteral("The fake server failed.")));
        else
            done(page);
    });
}

void FakeUserServer::fetchUser(const User& user, QObject* context, Callback<User> done)
{
    const auto found =
        std::find_if(users.cbegin(), users.cend(), [&](const User& u) { return u.id == user.id; });
    const Result<User> answer =
        found != users.cend() ? Result<User>(*found)
                              : ApiError::make(ApiError::Kind::NotFound, QStringLiteral("No such user."));
    QTimer::singleShot(1, context, [answer, done] { done(answer); });
}
