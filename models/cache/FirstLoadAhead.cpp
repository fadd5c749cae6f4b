#include "FirstLoadAhead.h"

#include "SearchIndexBuilder.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteProblem.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString readyTable = QStringLiteral("temp.ready_users");

// The start of a CREATE TABLE or CREATE INDEX on users, as SQLite keeps it in sqlite_master
// (the name quoted once the table was renamed into place).
const QString usersName = QStringLiteral(R"((?:main\.)?(?:"users"|users|\[users\]|`users`))");
const QRegularExpression createTable(QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?)") +
                                         usersName + QStringLiteral(R"(\s*\()"),
                                     QRegularExpression::CaseInsensitiveOption);
const QRegularExpression createIndex(
    QStringLiteral(R"(^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"[^"]+"|\S+)\s+ON\s+)") + usersName +
        QStringLiteral(R"(\s*\()"),
    QRegularExpression::CaseInsensitiveOption);
} // namespace

FirstLoadAhead::FirstLoadAhead(QSqlDatabase db, QString fillStatement, std::function<bool()> goesOn)
    : m_db(std::move(db))
    , m_fillStatement(std::move(fillStatement))
    , m_goesOn(std::move(goesOn))
{
}

FirstLoadAhead::~FirstLoadAhead()
{
    m_searchBuild.reset(); // its statement reads the table
    if (m_dropTable && m_db.isOpen()) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("DROP TABLE IF EXISTS ") + readyTable);
    }
}

bool FirstLoadAhead::fail(const QString& why)
{
    m_failed = why;
    m_searchBuild.reset();
    return false;
}

bool FirstLoadAhead::readDefinitions(QStringList* definitions, QString* error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE tbl_name = 'users' "
                                   "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type = 'index', name"))) {
        *error = SqliteProblem::explain(query.lastError());
        return false;
    }
    definitions->clear();
    while (query.next())
        *definitions << query.value(0).toString();
    return true;
}

QString FirstLoadAhead::shapeOf(const QStringList& definitions)
{
    return LocaleCollation::current().identity() + QLatin1Char('\n') + definitions.join(QLatin1Char('\n'));
}

bool FirstLoadAhead::start(qint64 seenAt)
{
    m_seenAt = seenAt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM main.users)")) || !query.next())
        return fail(SqliteProblem::explain(query.lastError()));
    if (!query.value(0).toBool())
        return fail(tr("the cache holds users already"));
    QStringList definitions;
    if (QString error; !readDefinitions(&definitions, &error))
        return fail(error);
    QString table = definitions.value(0);
    if (!table.contains(createTable))
        return fail(tr("the users table's definition is not one this version mirrors"));
    table.replace(createTable, QStringLiteral("CREATE TEMP TABLE ready_users ("));
    QStringList indexes;
    for (const QString& sql : definitions.mid(1)) {
        const QRegularExpressionMatch match = createIndex.match(sql);
        if (!match.hasMatch())
            return fail(tr("an index of users is not one this version mirrors"));
        indexes << QStringLiteral("CREATE %1INDEX temp.ready_users_%2 ON ready_users (")
                           .arg(match.captured(1))
                           .arg(indexes.size()) +
                       sql.mid(match.capturedEnd());
    }
    m_shape = shapeOf(definitions);
    // The rows first, in the commit's order, then each index built from them once, as the
    // commit itself builds them after writing the rows.
    m_steps = QStringList{QStringLiteral("DROP TABLE IF EXISTS ") + readyTable, table, m_fillStatement} + indexes;
    m_nextStep = 0;
    return true;
}

bool FirstLoadAhead::step()
{
    if (hasFailed() || isReady())
        return false;
    const QString& statement = m_steps.at(m_nextStep);
    QSqlQuery query(m_db);
    if (!query.prepare(statement))
        return fail(SqliteProblem::explain(query.lastError()));
    if (statement == m_fillStatement) {
        query.addBindValue(m_seenAt);
        query.addBindValue(m_seenAt);
    }
    if (!query.exec())
        return fail(m_goesOn() ? SqliteProblem::explain(query.lastError()) : tr("cancelled"));
    query.finish();
    ++m_nextStep;
    if (statement == m_fillStatement) {
        // The search index is built from the rows on its own thread from now on.
        auto build = std::make_unique<SearchIndexBuilder>(SqliteConnection::handle(m_db), m_goesOn, readyTable);
        if (build->start())
            m_searchBuild = std::move(build);
    }
    feed();
    return true;
}

void FirstLoadAhead::feed()
{
    // A builder that failed to read is dropped: the commit then builds the index as usual.
    if (m_searchBuild && !m_searchBuild->feed())
        m_searchBuild.reset();
}

bool FirstLoadAhead::fits(QString* why)
{
    const auto refuse = [why](const QString& reason) {
        *why = reason;
        return false;
    };
    if (!isReady())
        return refuse(hasFailed() ? m_failed : tr("the rows are not ready"));
    QStringList definitions;
    if (QString error; !readDefinitions(&definitions, &error))
        return refuse(error);
    if (shapeOf(definitions) != m_shape)
        return refuse(tr("the users table, its indexes or the sorting rules changed meanwhile"));
    QSqlQuery query(m_db);
    // SQLite transfers records and index entries whole only when every index of users has its
    // like on the source and no insert trigger runs: its program then reads each record as it
    // is (RowData), into an empty table (users has a unique index: the program also holds the
    // usual row-by-row insert, for a table found not empty, which the commit has ruled out).
    // Otherwise it would insert a row at a time into the indexed table, several times slower
    // than writing the rows as usual.
    if (!query.exec(QStringLiteral("EXPLAIN INSERT INTO main.users SELECT * FROM ") + readyTable))
        return refuse(SqliteProblem::explain(query.lastError()));
    bool transfers = false;
    while (!transfers && query.next())
        transfers = query.value(1).toString() == QLatin1String("RowData");
    if (!transfers)
        return refuse(tr("SQLite would not copy the rows whole"));
    return true;
}

bool FirstLoadAhead::copyInto(QString* error)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("INSERT INTO main.users SELECT * FROM ") + readyTable))
        return true;
    *error = SqliteProblem::explain(query.lastError());
    return false;
}

std::unique_ptr<SearchIndexBuilder> FirstLoadAhead::takeSearchBuild()
{
    return std::move(m_searchBuild);
}
