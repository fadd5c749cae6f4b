// What a user types into the search field of the cached users, turned into an FTS5 query and
// run against a real cache with every sort: whatever the text (FTS5 operators, quotes, stray
// Unicode), the search must answer rows or nothing, never an SQL error.

#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

CachedUserSource* source = nullptr;

QList<User> someUsers()
{
    const QStringList names = {QStringLiteral("ann"),   QStringLiteral("Ann-Marie"), QStringLiteral("björk"),
                               QStringLiteral("o'neil"), QStringLiteral("NOT"),       QStringLiteral("or near"),
                               QStringLiteral("zoë"),   QStringLiteral("\"quoted\""), QStringLiteral("李小龍"),
                               QStringLiteral("x*")};
    QList<User> users;
    for (int i = 0; i < names.size(); ++i) {
        User user;
        user.id = QStringLiteral("u%1").arg(i);
        user.username = names.at(i);
        user.email = names.at(i).toLower() + QStringLiteral("@example.test");
        user.firstName = names.at(names.size() - 1 - i);
        user.roles = {i % 2 ? QStringLiteral("admin") : QStringLiteral("viewer")};
        user.attributes.insert(QStringLiteral("city"), i % 3 ? QStringLiteral("Oslo") : QStringLiteral("Kyiv"));
        users << user;
    }
    return users;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Made once and never destroyed: a QCoreApplication torn down among the exit handlers, after
    // Qt's own globals, frees them twice.
    static auto* const app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    static auto* const dir = new QTemporaryDir;
    source = new CachedUserSource;
    if (!source->openFile(dir->filePath(QStringLiteral("fuzz.sqlite"))))
        qFatal("cannot open the fuzz cache: %s", qPrintable(source->errorString()));
    CacheWriter writer(source->database());
    const QList<User> users = someUsers();
    if (!writer.beginSync(QDateTime::currentDateTimeUtc()) || !writer.stageUsers(users) || !writer.commitSync(1))
        qFatal("cannot fill the fuzz cache: %s", qPrintable(writer.errorString()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QStringList sorts = {QString(), QStringLiteral("email"), QStringLiteral("name"),
                                      QStringLiteral("createdAt"), QStringLiteral("roles")};
    UserQuery query;
    query.limit = 5;
    query.search = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    query.sortField = sorts.at(int(size % sorts.size()));
    query.sortOrder = size % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
    // Both plans of a search (see CachedUserSource::rows): the FTS index first, or the sort
    // column's index walked for a search that matches many.
    source->setLargeMatchCount(size % 3 ? 1000000 : 1);
    const Result<QList<CachedUser>> rows = source->readRows(query);
    if (!rows.ok())
        qFatal("a search failed: %s (%s)", qPrintable(rows.error().message), qPrintable(rows.error().detail));
    const Result<qint64> count = source->readCount(query);
    if (!count.ok())
        qFatal("a count failed: %s (%s)", qPrintable(count.error().message), qPrintable(count.error().detail));
    return 0;
}
