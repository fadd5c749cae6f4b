#pragma once
// The Overview of one profile, from its local cache, online or offline: headline figures
// (users, enabled, disabled, never signed in, no sign-in for 30/90/365 days, admins, disabled
// users still holding sessions) and three bar charts (users per role, accounts created per
// month, last sign-in). Every figure and every bar asks, when clicked, for the users table
// filtered to exactly the users it counts. A figure the cache cannot know is shown as "—" with
// the reason, never as zero.

#include "insights/UserInsights.h"

#include <QList>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QVBoxLayout;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setInsights(const UserInsights& insights);
    void showLoading();
    // Nothing to count, and why (no cached copy yet, the cache cannot be read).
    void showUnavailable(const QString& reason);

signals:
    // The users table, listing only the users `filter` selects, under `title`.
    void usersRequested(const CacheFilter& filter, const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void clearFigures();
    QWidget* tile(const InsightFigure& figure);
    // A bar chart of `figures` named `name`, or the reason when the cache cannot tell.
    QWidget* chart(const QString& name, const QString& title, const QList<InsightFigure>& figures,
                   bool horizontal);

    QLabel* m_source;  // where the figures come from, and as of when
    QLabel* m_message; // loading, or why there is nothing to show
    QWidget* m_figures;
    QGridLayout* m_tiles;
    QGridLayout* m_charts;
    UserInsights m_insights;
    bool m_shown = false; // m_insights is on screen
};
