#pragma once
// Access reviews of the open profile, made from its cache, online or offline: choose or start a
// review, then decide per user with the keyboard (K keep, D disable, R remove the chosen role,
// X delete, A ask with the comment as the question, U undecide, N next undecided), one user or a
// selection at once. Each decision is saved as it is made. The report exports as CSV (the
// columns authdesk-cli prints) or PDF. Online, "Apply on the server…" previews the decisions as
// one bulk change (ReviewApplication), runs it with progress and Cancel, and reports per user.

#include "cache/CacheFilter.h"
#include "reviews/ReviewDecision.h"
#include "reviews/ReviewLoader.h"
#include "reviews/ReviewStore.h"
#include "values/Result.h"

#include <QPointer>
#include <QWidget>

class Connection;
class ProfileCache;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTableView;
class ReviewItemModel;

class ReviewsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewsPage(QWidget* parent = nullptr);

    // The profile whose reviews are shown, and whose cache a new review is taken from.
    void setCache(ProfileCache* cache);
    // The signed-in server the decisions are applied to (nullptr: offline, Apply is disabled).
    void setConnection(Connection* connection);
    // Opens the preview of applying the open review; why not in the page's message.
    void applyReview();
    // Takes the snapshot and opens the new review, on a worker thread with progress and Cancel
    // (reviewShown() when it is in the table, reviewFailed() when not): what the New review
    // dialog's OK does.
    void startReview(const QString& name, const QString& reviewer, const QDate& due, const QString& role);
    void startReview(const QString& name, const QString& reviewer, const QDate& due, const CacheFilter& filter,
                     const QString& search);
    // The users the Users screen lists now (its Overview scope, filters and search), which the
    // New review dialog offers as a scope.
    void setListedUsers(const CacheFilter& filter, const QString& search);
    // Reads the review and who changed since, on a worker thread, then shows it (reviewShown()).
    void openReview(qint64 reviewId);
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

    QTableView* table() const { return m_table; }
    ReviewItemModel* model() const { return m_model; }

signals:
    void reviewShown(qint64 reviewId);
    void reviewFailed(const QString& error);

private:
    // Lists the profile's reviews with `select` chosen (-1: the first); opens it when `open`.
    void reloadReviews(qint64 select, bool open = true);
    void showLoaded(qint64 reviewId, const QList<ReviewItem>& items);
    void showLoading(bool loading);
    void decide(ReviewDecision::Kind kind);
    void undecide();
    void nextUndecided();
    void showState();
    void showColumnsInUse();
    void showError(const QString& message);
    void newReview();
    void exportReport();
    QList<int> selectedRows() const;

    ReviewStore m_store;
    ReviewLoader* m_loader;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QPushButton* m_newReview = nullptr;
    bool m_compareAgain = false; // a sync came while a review was being read
    QString m_storeError;
    QPointer<ProfileCache> m_cache;
    QPointer<Connection> m_connection;
    CacheFilter m_listedFilter;
    QString m_listedSearch;
    ReviewItemModel* m_model;
    QComboBox* m_reviews;
    QLabel* m_summary;
    QLabel* m_message;
    QTableView* m_table;
    QLineEdit* m_comment;
    QComboBox* m_role;
    QPushButton* m_apply;
    QList<QAction*> m_decisionActions;
};
