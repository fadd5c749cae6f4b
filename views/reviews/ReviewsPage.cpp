#include "ReviewsPage.h"

#include "NewReviewDialog.h"
#include "cache/ProfileCache.h"
#include "common/BulkActionDialog.h"
#include "common/Prompt.h"
#include "common/ThemePalette.h"
#include "export/RecordEncoder.h"
#include "export/ReviewColumns.h"
#include "items/ReviewItemModel.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"
#include "reviews/ReviewApplication.h"
#include "reviews/ReviewReport.h"
#include "reviews/ReviewSnapshot.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

ReviewsPage::ReviewsPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new ReviewLoader(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_model(new ReviewItemModel(&m_store, this))
    , m_reviews(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_comment(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_apply(new QPushButton(tr("Apply on the server…"), this))
{
    setObjectName(QStringLiteral("reviewsPage"));
    if (!m_store.open())
        m_storeError = m_store.errorString();
    m_reviews->setObjectName(QStringLiteral("reviewChooser"));
    m_reviews->setMinimumContentsLength(24);
    auto* start = new QPushButton(tr("New review…"), this);
    start->setObjectName(QStringLiteral("newReview"));
    m_newReview = start;
    auto* exportButton = new QPushButton(tr("Export report…"), this);
    exportButton->setObjectName(QStringLiteral("exportReview"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Review:"), this));
    top->addWidget(m_reviews, 1);
    top->addWidget(start);
    top->addWidget(exportButton);
    m_apply->setObjectName(QStringLiteral("applyReview"));
    top->addWidget(m_apply);

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    // Not a busy bar: styles hide a busy bar's text, and the count and seconds show it runs.
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("reviewCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop: a review being started is not made; one being opened is not shown"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    showLoading(false);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true); // the comment
    m_table->horizontalHeader()->setSectionResizeMode(ReviewItemModel::Decision, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewItemModel::DecidedBy, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Why (the question, for Ask)"));
    m_role->setObjectName(QStringLiteral("reviewRole"));
    m_role->setToolTip(tr("The role Remove role takes away"));
    auto* decisions = new QHBoxLayout;
    struct Key
    {
        QString text;
        QString name;
        QKeySequence key;
        std::function<void()> run;
    };
    using K = ReviewDecision::Kind;
    const QList<Key> keys{
        {tr("&Keep"), QStringLiteral("decideKeep"), QKeySequence(Qt::Key_K), [this] { decide(K::Keep); }},
        {tr("&Disable"), QStringLiteral("decideDisable"), QKeySequence(Qt::Key_D), [this] { decide(K::Disable); }},
        {tr("&Remove role"), QStringLiteral("decideRemoveRole"), QKeySequence(Qt::Key_R),
         [this] { decide(K::RemoveRole); }},
        {tr("Delete (&X)"), QStringLiteral("decideDelete"), QKeySequence(Qt::Key_X), [this] { decide(K::Delete); }},
        {tr("&Ask"), QStringLiteral("decideAsk"), QKeySequence(Qt::Key_A), [this] { decide(K::Ask); }},
        {tr("&Undecide"), QStringLiteral("decideUndo"), QKeySequence(Qt::Key_U), [this] { undecide(); }},
        {tr("&Next open"), QStringLiteral("nextUndecided"), QKeySequence(Qt::Key_N), [this] { nextUndecided(); }}};
    for (const Key& key : keys) {
        auto* action = new QAction(key.text, this);
        action->setObjectName(key.name);
        action->setShortcut(key.key);
        // Letters decide only while the table has the focus: typing a comment never does.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(key.text).remove(QLatin1Char('&')),
                                                         key.key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, key.run);
        m_table->addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        decisions->addWidget(button);
        m_decisionActions << action;
    }
    decisions->addWidget(m_role);
    decisions->addWidget(m_comment, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(decisions);

    connect(start, &QPushButton::clicked, this, &ReviewsPage::newReview);
    connect(exportButton, &QPushButton::clicked, this, &ReviewsPage::exportReport);
    connect(m_apply, &QPushButton::clicked, this, &ReviewsPage::applyReview);
    connect(m_reviews, &QComboBox::activated, this,
            [this](int index) { openReview(m_reviews->itemData(index).toLongLong()); });
    connect(m_model, &ReviewItemModel::totalsChanged, this, &ReviewsPage::showState);
    connect(m_cancel, &QToolButton::clicked, m_loader, &ReviewLoader::cancel);
    connect(m_loader, &ReviewLoader::progressed, m_progress, &QProgressBar::setFormat);
    connect(m_loader, &ReviewLoader::loaded, this, &ReviewsPage::showLoaded);
    const auto notShown = [this](const QString& why) {
        // The chooser names the review the table shows, still.
        m_reviews->setCurrentIndex(m_reviews->findData(m_model->reviewId()));
        showLoading(false);
        showError(why);
        emit reviewFailed(why);
    };
    connect(m_loader, &ReviewLoader::failed, this, notShown);
    connect(m_loader, &ReviewLoader::cancelled, this, [notShown] { notShown(tr("Cancelled.")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        // The roles the current user held when the review started, for Remove role.
        m_role->clear();
        if (current.isValid())
            m_role->addItems(m_model->item(current.row()).user.roles);
    });
    showState();
}

void ReviewsPage::setCache(ProfileCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (cache) // a sync shows who changed on the server since the snapshot: read again
        connect(cache, &ProfileCache::cacheChanged, this, [this] {
            if (m_loader->isRunning())
                m_compareAgain = true; // once the review being read is shown
            else if (m_model->reviewId() >= 0)
                openReview(m_model->reviewId());
        });
    reloadReviews(-1);
}

void ReviewsPage::showColumnsInUse()
{
    // Columns that would be empty for every user give their room to the comment.
    const QList<ReviewItem>& items = m_model->items();
    const bool drift = std::any_of(items.cbegin(), items.cend(), [](const ReviewItem& item) {
        return item.serverCopy != ReviewItem::ServerCopy::Unchanged &&
               item.serverCopy != ReviewItem::ServerCopy::NotCompared;
    });
    const bool tried =
        std::any_of(items.cbegin(), items.cend(), [](const ReviewItem& item) { return !item.applyResult.isEmpty(); });
    m_table->setColumnHidden(ReviewItemModel::ServerCopy, !drift);
    m_table->setColumnHidden(ReviewItemModel::Applied, !tried);
}

void ReviewsPage::setConnection(Connection* connection)
{
    m_connection = connection;
    showState();
}

void ReviewsPage::applyReview()
{
    const std::optional<AccessReview> review = m_model->review();
    if (!review || !m_cache)
        return;
    if (!m_connection) {
        showError(tr("Applying a review needs the server: sign in first."));
        return;
    }
    const Result<BulkOperation*> operation =
        ReviewApplication::prepare(review->id, *m_cache->source(), m_connection, nullptr);
    if (!operation.ok()) {
        showError(operation.error().message);
        return;
    }
    m_message->hide();
    BulkOperation* op = operation.value();
    connect(op, &BulkOperation::finished, this, [this, op, id = review->id] {
        // The cache learns what changed; the table shows how each decision went.
        for (const BulkOperation::Item& item : op->items()) {
            if (item.status == BulkOperation::Status::Done && m_cache)
                m_cache->refreshUser(item.kind == BulkOperation::Kind::Delete ? item.user : item.updated);
        }
        reloadReviews(id);
    });
    auto* dialog = new BulkActionDialog(op, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewsPage::reloadReviews(qint64 select, bool open)
{
    m_reviews->clear();
    const Result<QList<AccessReview>> reviews =
        m_cache ? m_store.reviews(m_cache->profile().id) : Result<QList<AccessReview>>(QList<AccessReview>());
    if (!reviews.ok())
        showError(reviews.error().message);
    for (const AccessReview& r : reviews.ok() ? reviews.value() : QList<AccessReview>())
        m_reviews->addItem(tr("%1 — %2, due %3").arg(r.name, r.reviewer, QLocale().toString(r.due, QLocale::ShortFormat)),
                           r.id);
    const int index = select >= 0 ? m_reviews->findData(select) : 0;
    m_reviews->setCurrentIndex(index);
    if (open)
        openReview(index >= 0 && m_reviews->count() > 0 ? m_reviews->itemData(index).toLongLong() : -1);
}

void ReviewsPage::openReview(qint64 reviewId)
{
    m_message->hide();
    m_compareAgain = false;
    if (reviewId < 0) {
        m_loader->drop();
        showLoading(false);
        m_model->setItems(-1, {});
        showColumnsInUse();
        return;
    }
    m_loader->open(ReviewStore::defaultPath(), m_cache ? m_cache->source()->database().path() : QString(), reviewId);
    showLoading(true);
}

void ReviewsPage::showLoading(bool loading)
{
    // The table keeps its focus and rows; what would act on them waits (showState).
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    m_reviews->setEnabled(!loading);
    m_newReview->setEnabled(!loading);
    showState();
}

void ReviewsPage::showLoaded(qint64 reviewId, const QList<ReviewItem>& items)
{
    // The same review read again (after a sync) keeps the row the reviewer is on.
    const int row = reviewId == m_model->reviewId() ? m_table->currentIndex().row() : -1;
    if (m_reviews->findData(reviewId) < 0)
        reloadReviews(reviewId, false); // a review just started
    m_reviews->setCurrentIndex(m_reviews->findData(reviewId));
    m_model->setItems(reviewId, items);
    showLoading(false);
    showColumnsInUse();
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 && row < m_model->rowCount() ? row : qMax(0, m_model->nextUndecided(-1)));
    emit reviewShown(reviewId);
    if (std::exchange(m_compareAgain, false))
        openReview(reviewId);
}

void ReviewsPage::setListedUsers(const CacheFilter& filter, const QString& search)
{
    m_listedFilter = filter;
    m_listedSearch = search.trimmed();
}

void ReviewsPage::startReview(const QString& name, const QString& reviewer, const QDate& due, const QString& role)
{
    CacheFilter filter;
    filter.role = role;
    startReview(name, reviewer, due, filter, {});
}

void ReviewsPage::startReview(const QString& name, const QString& reviewer, const QDate& due,
                              const CacheFilter& filter, const QString& search)
{
    if (!m_cache || !m_cache->hasCopy()) {
        const QString why = tr("A review starts from the profile's local copy: sync it first.");
        showError(why);
        emit reviewFailed(why);
        return;
    }
    AccessReview review;
    review.profileId = m_cache->profile().id;
    review.name = name;
    review.reviewer = reviewer;
    review.due = due;
    review.scope = ReviewSnapshot::scopeText(filter, search);
    m_message->hide();
    m_loader->start(ReviewStore::defaultPath(), m_cache->source()->database().path(), review, filter, search);
    showLoading(true);
}

void ReviewsPage::newReview()
{
    if (!m_cache || !m_cache->hasCopy()) {
        showError(tr("A review starts from the profile's local copy: sync it first."));
        return;
    }
    const Result<QStringList> roles = m_cache->source()->roles();
    if (!roles.ok()) {
        showError(roles.error().message);
        return;
    }
    const bool narrowed = m_listedFilter.narrows() || !m_listedSearch.isEmpty();
    auto* dialog = new NewReviewDialog(roles.value(), qEnvironmentVariable("USER"),
                                       narrowed ? ReviewSnapshot::scopeText(m_listedFilter, m_listedSearch) : QString(),
                                       this);
    Prompt::open(dialog, [this, dialog] {
        if (dialog->listedUsers())
            startReview(dialog->name(), dialog->reviewer(), dialog->due(), m_listedFilter, m_listedSearch);
        else
            startReview(dialog->name(), dialog->reviewer(), dialog->due(), dialog->role());
    });
}

QList<int> ReviewsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReviewsPage::decide(ReviewDecision::Kind kind)
{
    const std::optional<AccessReview> review = m_model->review();
    const QList<int> rows = selectedRows();
    if (!review || rows.isEmpty())
        return;
    const Result<Done> done = m_model->decide(rows, kind, m_role->currentText(), m_comment->text(), review->reviewer);
    if (!done.ok()) {
        showError(done.error().message); // the comment stays for another try
        return;
    }
    m_message->hide();
    m_comment->clear();
    if (rows.size() == 1)
        nextUndecided();
}

void ReviewsPage::undecide()
{
    if (const Result<Done> done = m_model->undecide(selectedRows()); !done.ok())
        showError(done.error().message);
}

void ReviewsPage::nextUndecided()
{
    const int next = m_model->nextUndecided(m_table->currentIndex().row());
    if (next >= 0)
        m_table->selectRow(next);
}

void ReviewsPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_message->show();
}

void ReviewsPage::showState()
{
    const std::optional<AccessReview> review = m_model->review();
    const bool loading = m_loader->isRunning();
    for (QAction* action : m_decisionActions)
        action->setEnabled(review && !review->appliedAt.isValid() && !loading);
    m_apply->setEnabled(review && !review->appliedAt.isValid() && m_connection && !loading);
    m_apply->setToolTip(!m_connection ? tr("Sign in to apply the decisions on the server.")
                        : review && review->appliedAt.isValid()
                            ? tr("Applied on the server %1.")
                                  .arg(QLocale().toString(review->appliedAt.toLocalTime(), QLocale::ShortFormat))
                            : tr("Preview the decisions that change the server, then apply them."));
    if (!m_storeError.isEmpty()) {
        m_summary->setText(m_storeError);
        return;
    }
    if (!review) {
        m_summary->setText(m_cache && m_cache->hasCopy()
                               ? tr("No review yet: “New review…” takes a snapshot of the cached users to decide on.")
                               : tr("Reviews are made from the profile's local copy: sync it first."));
        return;
    }
    const ReviewTotals& t = review->totals;
    m_summary->setText(tr("Users: %1 — kept: %2, disabled: %3, role removed: %4, deleted: %5, asked: %6, open: %7. "
                          "Scope: %8. Made offline from the cache as of %9.")
                           .arg(t.users)
                           .arg(t.kept)
                           .arg(t.disabled)
                           .arg(t.rolesRemoved)
                           .arg(t.deleted)
                           .arg(t.asked)
                           .arg(t.open())
                           .arg(review->scope, QLocale().toString(review->cacheAsOf.toLocalTime(), QLocale::ShortFormat)));
}

bool ReviewsPage::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    RecordEncoder encoder(RecordEncoder::Format::Csv, ReviewColumns::names());
    file.write(encoder.begin());
    for (const ReviewItem& item : m_model->items())
        file.write(encoder.record(ReviewColumns::cells(item)));
    file.write(encoder.end());
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ReviewsPage::exportPdf(const QString& path, QString* error) const
{
    const std::optional<AccessReview> review = m_model->review();
    if (!review) {
        *error = tr("No review is open.");
        return false;
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setTitle(tr("Access review: %1").arg(review->name));
    pdf.setCreator(QStringLiteral("AuthDesk"));
    QTextDocument document;
    document.setHtml(ReviewReport::html(*review, m_model->items()));
    document.print(&pdf);
    if (!QFile::exists(path)) {
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void ReviewsPage::exportReport()
{
    const std::optional<AccessReview> review = m_model->review();
    if (!review)
        return;
    Prompt::saveFile(this, tr("Export review report"),
                     QDir::home().filePath(QString(review->name).replace(QLatin1Char('/'), QLatin1Char('-')) +
                                           QStringLiteral(".pdf")),
                     tr("PDF document (*.pdf);;CSV file (*.csv)"), [this](const QString& path, const QString& filter) {
                         QString error;
                         const bool csv = filter.contains(QLatin1String("csv")) || path.endsWith(QLatin1String(".csv"));
                         if (!(csv ? exportCsv(path, &error) : exportPdf(path, &error)))
                             showError(tr("The report was not written: %1").arg(error));
                     });
}
