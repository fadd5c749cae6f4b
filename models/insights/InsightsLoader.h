#pragma once
// Reads a profile's Overview figures on a worker thread, over a read-only connection of its
// own to the cache file, so that a million users never hold the console's UI thread; the
// answer comes back as a signal on the loader's thread. A load started while one is running
// replaces it: only the newest answers.
//
//     InsightsLoader loader;
//     connect(&loader, &InsightsLoader::loaded, page, &OverviewPage::setInsights);
//     loader.load(*profileCache);   // after each committed sync too

#include "UserInsights.h"

#include <QFutureWatcher>
#include <QObject>

class ProfileCache;

class InsightsLoader : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        UserInsights insights;
        QString error; // empty when the figures were read
    };

    explicit InsightsLoader(QObject* parent = nullptr);
    ~InsightsLoader() override;

    // The figures of `cache`'s file, counted as of `now` (the current time when invalid); the
    // profile's dialect says which roles are administrators.
    void load(const ProfileCache& cache, const QDateTime& now = {});
    bool isLoading() const { return m_watcher.isRunning(); }
    // Forgets the load under way (another profile is shown): its figures are never emitted.
    void cancel();

signals:
    void loaded(const UserInsights& insights);
    void failed(const QString& message);

private:
    QFutureWatcher<Outcome> m_watcher;
};
