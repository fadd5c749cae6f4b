#pragma once
// The slow parts of an access review, off the UI thread: taking a new review's snapshot of the
// cached users (a million users took 27 s on the UI thread) and reading a review back with who
// changed on the server since (15 s for a million). Each runs on Qt's thread pool with
// connections of its own to the reviews file and the cache; its progress comes as text a few
// times a second. Cancel stops it between pages of users, and a snapshot stopped is rolled
// back, so no review is left half-made. A new request drops the one before (its result is
// never delivered).

#include "AccessReview.h"
#include "ReviewItem.h"
#include "cache/CacheFilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class ReviewLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReviewLoader(QObject* parent = nullptr);
    // Drops a running request; its work stops at the next page and ends on its own.
    ~ReviewLoader() override;

    // Writes `review` into the reviews file with the users `filter` and `search` select from the
    // cache file, then reads it back as open() does.
    void start(const QString& reviewsPath, const QString& cachePath, const AccessReview& review,
               const CacheFilter& filter, const QString& search);
    // Reads review `reviewId`, each user marked as changed, deleted or the same on the server
    // since the snapshot, from the cache file (an empty path: not compared).
    void open(const QString& reviewsPath, const QString& cachePath, qint64 reviewId);
    void cancel();
    // Cancels and stops listening: nothing of the running request is delivered any more.
    void drop();
    bool isRunning() const { return m_shared != nullptr; }
    // What the running request is doing: "Taking the snapshot: 120,000 users…"
    QString statusText() const;

signals:
    void progressed(const QString& text);
    // The review (for start(): the new one) and its users.
    void loaded(qint64 reviewId, const QList<ReviewItem>& items);
    void failed(const QString& error);
    void cancelled();

private:
    enum class Phase { Snapshot, Writing, Reading, Comparing };
    struct Shared
    {
        std::atomic<bool> cancelled{false}; // Cancel: a snapshot not yet written is not made
        std::atomic<bool> dropped{false};   // superseded or dropped: stop wherever it is
        std::atomic<int> phase{0};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        bool goesOn() const { return !cancelled && !dropped; }
    };
    struct Outcome
    {
        qint64 reviewId = -1;
        QList<ReviewItem> items;
        QString error;
        bool cancelled = false;
    };
    // `cancellable`: false once the review it reads was just made, which is shown whatever Cancel says.
    static Outcome read(Shared& shared, const QString& reviewsPath, const QString& cachePath, qint64 reviewId,
                        bool cancellable);
    static Outcome snapshot(Shared& shared, const QString& reviewsPath, const QString& cachePath,
                            const AccessReview& review, const CacheFilter& filter, const QString& search);
    void run(Phase first, const std::function<Outcome(Shared&)>& work);
    void workFinished();

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_tick;
    QElapsedTimer m_clock;
};
