#pragma once
// A first sync's users made ready while the sessions are still listed. A first sync into an
// empty cache writes every user, then builds seven indexes and the search index: 11-16 s of a
// million sandbox users' commit, while the sessions' 4,600 pages before it leave the worker
// idle most of the time. So once the users' listing is over and more is to be listed, their rows
// are written in the commit's order into a TEMP table shaped exactly like users, with the same
// indexes, a step at a time between the staged pages; the search index is built from them on
// its own thread (SearchIndexBuilder). The commit then copies the table whole into the empty
// users table with one INSERT ... SELECT *, which SQLite performs as a transfer of ready
// records and index entries, none of them made again (3.0 s against 8.3 s in sqlite3 for a
// million users and seven indexes). The live tables are touched by the commit only, in its
// one transaction: a killed sync still leaves the previous copy whole.
//
// Nothing here decides for the commit: fits() says whether the prepared rows can be used as
// they are (the cache's schema and sorting rules those the rows were made for, and SQLite about
// to transfer them into the empty table); the commit writes the users itself otherwise.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class SearchIndexBuilder;

class FirstLoadAhead
{
    Q_DECLARE_TR_FUNCTIONS(FirstLoadAhead)
public:
    // `fillStatement` fills temp.ready_users from the staged users, its two values the users'
    // first and last sighting; `goesOn` (Cancel) reaches into every step.
    FirstLoadAhead(QSqlDatabase db, QString fillStatement, std::function<bool()> goesOn);
    ~FirstLoadAhead(); // the table dropped, and the builder's thread stopped unless it was taken
    FirstLoadAhead(const FirstLoadAhead&) = delete;
    FirstLoadAhead& operator=(const FirstLoadAhead&) = delete;

    // Plans the steps for users seen at `seenAt` (ms since 1970: the end of their listing, as the
    // rows are made then, where the commit's own write stamps its time); false, with errorString(), when
    // the cache holds users already (only a first sync loads at once) or its schema is not one
    // this copy knows how to mirror.
    bool start(qint64 seenAt);
    // Runs the next step: the rows (a few seconds at a million users), then one index each time;
    // never inside a transaction that must survive it (a failed step may roll it back). False,
    // with errorString(), when SQLite refused or Cancel came; the table is then unusable.
    bool step();
    bool isReady() const { return m_failed.isEmpty() && m_nextStep == m_steps.size(); }
    bool hasFailed() const { return !m_failed.isEmpty(); }
    // Hands the search index's builder its next rows, if it waits for some (milliseconds).
    void feed();
    // Inside the commit's transaction, the cache's users table found empty and its insert
    // trigger dropped: whether the table and the sorting rules are as they were when the rows
    // were made, and SQLite will transfer them.
    bool fits(QString* why);
    // INSERT INTO main.users SELECT * FROM temp.ready_users, after fits().
    bool copyInto(QString* error);
    // The search index built (or being built) from the prepared rows; null if it could not start.
    // It reads the table until it is done: the table must outlive it.
    std::unique_ptr<SearchIndexBuilder> takeSearchBuild();
    // The rows will not be used: the builder stops (the table stays until destruction).
    void abandon() { m_searchBuild.reset(); }
    // The connection closes next and takes the table with it: the destructor leaves it.
    void leaveTable()
    {
        abandon();
        m_dropTable = false;
    }
    QString errorString() const { return m_failed; }

private:
    bool fail(const QString& why);
    // The cache's users table's definition, then its indexes' by name, as sqlite_master keeps
    // them.
    bool readDefinitions(QStringList* definitions, QString* error) const;
    // Those definitions with the sorting rules' identity: what the rows were made for.
    static QString shapeOf(const QStringList& definitions);

    QSqlDatabase m_db;
    QString m_fillStatement;
    std::function<bool()> m_goesOn;
    qint64 m_seenAt = 0;
    QStringList m_steps;
    qsizetype m_nextStep = 0;
    QString m_shape;
    QString m_failed;
    std::unique_ptr<SearchIndexBuilder> m_searchBuild;
    bool m_dropTable = true;
};
