#pragma once
// A cache file of an older schema brought to the current one on a worker thread with its own
// connection, so the console never waits on it (a million users take about 30 s). Each step is
// one transaction: Cancel, a failure or a killed process leaves the file at its last complete
// step with every row it had (a cache two versions old may be one step further), and the next
// open upgrades it again. Meanwhile readers
// of the file (sqlite3, the CLI of an earlier AuthDesk) keep reading the copy as it was:
// write-ahead logging shows them the last commit.
//
// start() once; progressed() at the start and every second (the share of the steps' passes
// over the users done, their rate); finished() exactly once. runHere() does the same on the
// calling thread, for a program with no window to keep answering (the CLI).

#include "UpgradeProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

class QThread;

class CacheUpgrade : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Upgraded, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit CacheUpgrade(QObject* parent = nullptr);
    // Cancels a running upgrade and waits for its thread: SQLite stops within a thousand steps
    // of its virtual machine (or one 20 ms nap of a wait for another program's lock), and the
    // step's transaction rolls back.
    ~CacheUpgrade() override;

    // Whether `path` holds a cache of an older schema, or one whose sort keys were made in another
    // language (LocaleCollation); a missing, new or current file needs none.
    static bool isNeeded(const QString& path);

    void start(const QString& path);
    // After start(): the format is current and only the sort keys are made again, because the
    // system's language (or ICU's rules) changed since the file was written.
    bool isLanguageChange() const;
    // The same for a file not being upgraded: current in format, its sort keys from another language.
    static bool isLanguageChange(const QString& path);
    // The upgrade on this thread: `report` gets the status text about once a second, from inside
    // SQLite's work. False with `error` when it failed; the file then stays at its last step.
    static bool runHere(const QString& path, const std::function<void(const QString&)>& report, QString* error);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // How far it has come; its text() reads "Upgrading the cache (step 1 of 1): 42 %,
    // 61,000 users/s, about 20 s left".
    UpgradeProgress progress() const;

signals:
    void progressed(const UpgradeProgress& progress);
    void finished(CacheUpgrade::Outcome outcome, const QString& error);

private:
    struct Shared; // what the worker thread and this object both touch
    void workerFinished();

    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    int m_fromVersion = 0;
};
