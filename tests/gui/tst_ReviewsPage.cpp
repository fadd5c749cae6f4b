// The access review screen on a synced sandbox, offline: a review of the admins is
// taken from the cache and decided with the keyboard alone (K, D, A with the comment as the
// question, R, N, X on a selection); an Ask without a question is refused and keeps the rest;
// every decision is in the file as soon as it is made, so a console started afresh finds them
// all; the CSV reads back as the same decisions and the PDF (read with pdftotext) says what the
// review is, that it was made offline and its totals. A console killed (SIGKILL) while deciding
// with the keyboard loses no decision it showed. Back online, the review is applied through its
// preview: the server has each change, and the review says how each went.
// AUTHDESK_SHOTS=DIR saves reviews.png and review-apply.png.

#include "MainWindow.h"
#include "SandboxProcess.h"
#include "common/BulkActionDialog.h"
#include "operations/BulkOperation.h"
#include "SandboxProfile.h"
#include "cache/CacheDatabase.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "export/CsvReader.h"
#include "items/ReviewItemModel.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "reviews/ReviewStore.h"
#include "listing/UserListController.h"
#include "reviews/NewReviewDialog.h"
#include "reviews/ReviewsPage.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <csignal>
#include <functional>
#include <memory>

namespace {

// Runs `act` and waits for the page to show a review (read on a worker thread): its id, or -1
// when the page said it could not (or a minute passed).
qint64 shownAfter(ReviewsPage* page, const std::function<void()>& act)
{
    QSignalSpy shown(page, &ReviewsPage::reviewShown);
    QSignalSpy failed(page, &ReviewsPage::reviewFailed);
    act();
    for (int waited = 0; shown.isEmpty() && failed.isEmpty() && waited < 60000; waited += 20)
        QTest::qWait(20);
    return shown.isEmpty() ? -1 : shown.first().at(0).toLongLong();
}
// The child process of killedWhileDecidingLosesNothing: the console's window over the profile's
// cache, offline, on its access review screen, deciding with the keyboard (K, D, X in turn) and
// printing each decided user's id once the screen shows it, until it is killed.
int decideUntilKilled(const QString& profileId, qint64 reviewId)
{
    QStandardPaths::setTestModeEnabled(true);
    ProfileStore profiles; // the parent's, saved in the test-mode settings
    const std::optional<Profile> profile = profiles.profile(profileId);
    if (!profile)
        return 2;
    ProfileCache cache(*profile);
    if (!cache.open(CachedUserSource::Freshness::Offline))
        return 3;
    MainWindow window(&profiles, nullptr);
    window.resize(1280, 800);
    window.setCache(&cache);
    window.show();
    // Shortcuts reach only the active window's focused widget.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return 5;
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(5);
    auto* page = window.findChild<ReviewsPage*>();
    if (!page || !page->isVisible())
        return 6;
    if (shownAfter(page, [&] { page->openReview(reviewId); }) != reviewId)
        return 7;
    const QList<Qt::Key> keys{Qt::Key_K, Qt::Key_D, Qt::Key_X};
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        const int row = page->table()->currentIndex().row();
        if (row < 0 || page->model()->item(row).decision) {
            out << "all" << Qt::endl;
            QTest::qWait(60000);
            return 0;
        }
        const QString id = page->model()->item(row).user.id;
        page->table()->setFocus();
        QTest::keyClick(page->table(), keys.at(i % keys.size()));
        if (!page->model()->item(row).decision)
            return 4;
        out << id << Qt::endl;
        QTest::qWait(10);
    }
}
} // namespace

class tst_ReviewsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    SandboxProfile m_gk;
    ProfileCache* m_cache = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QString m_sandboxDb;
    int m_sandboxPort = 0;
    ReviewsPage* m_page = nullptr;
    qint64 m_reviewId = -1;

    QTableView* table() const { return m_page->table(); }
    int current() const { return table()->currentIndex().row(); }
    QString decisionAt(int row) const
    {
        return m_page->model()->index(row, ReviewItemModel::Decision).data().toString();
    }
    void key(Qt::Key key)
    {
        table()->setFocus();
        QTest::keyClick(table(), key);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ReviewStore::defaultPath());
        QVERIFY(m_dir.isValid());
        m_credentials.setMemoryOnly(true);
        // Kept in a file, so that the same server comes back for applying the review.
        m_sandboxDb = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("60"), QStringLiteral("--db"), m_sandboxDb}),
                 qPrintable(m_sandbox.errorString()));
        m_sandboxPort = m_sandbox.rootUrl().port();
        QVERIFY(m_gk.open(m_sandbox, &m_credentials, QStringLiteral("Review test")));
        QVERIFY(m_gk.sync());
        m_cache = m_gk.cache.get();
        m_cache->setOffline(true); // a review needs no server
        m_sandbox.stop();
        m_window = std::make_unique<MainWindow>(m_gk.profiles.get(), nullptr);
        m_window->resize(1280, 800);
        m_window->setCache(m_cache);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(5);
        m_page = m_window->findChild<ReviewsPage*>();
        QVERIFY(m_page && m_page->isVisible());
    }

    void aWholeReviewWithTheKeyboard()
    {
        CacheFilter admins;
        admins.role = QStringLiteral("admin");
        const qint64 adminCount = m_cache->source()->count({}, admins);
        QVERIFY(adminCount >= 6);
        // The snapshot is taken on a worker thread: the page shows it with Cancel meanwhile.
        auto* progress = m_window->findChild<QProgressBar*>(QStringLiteral("reviewProgress"));
        auto* cancel = m_window->findChild<QToolButton*>(QStringLiteral("reviewCancel"));
        QVERIFY(progress && cancel && !progress->isVisible());
        m_reviewId = shownAfter(m_page, [this, progress, cancel] {
            m_page->startReview(QStringLiteral("Q4 admins"), QStringLiteral("dana"), QDate(2026, 12, 31),
                                QStringLiteral("admin"));
            QVERIFY(progress->isVisible() && cancel->isVisible());
            QVERIFY2(progress->format().startsWith(QLatin1String("Taking the review's snapshot")),
                     qPrintable(progress->format()));
            // Nothing acts on the rows meanwhile (the table keeps its focus).
            QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("decideKeep"))->isEnabled());
            QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("newReview"))->isEnabled());
            QVERIFY(!m_window->findChild<QComboBox*>(QStringLiteral("reviewChooser"))->isEnabled());
            if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
                QVERIFY(m_window->grab().save(shots + QStringLiteral("/review-starting.png")));
        });
        QVERIFY(m_reviewId >= 0);
        QVERIFY(!progress->isVisible() && !cancel->isVisible());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("decideKeep"))->isEnabled());
        QCOMPARE(table()->model()->rowCount(), int(adminCount));
        QCOMPARE(current(), 0);

        key(Qt::Key_K);
        QCOMPARE(decisionAt(0), QStringLiteral("Keep"));
        QCOMPARE(current(), 1); // on to the next open user
        key(Qt::Key_D);
        QCOMPARE(decisionAt(1), QStringLiteral("Disable"));
        // Ask needs the question: refused without, the user stays open and selected.
        key(Qt::Key_A);
        QCOMPARE(decisionAt(2), QStringLiteral("Open"));
        QCOMPARE(current(), 2);
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("reviewMessage"));
        QVERIFY(message->isVisible() && message->text().contains(QStringLiteral("needs a comment")));
        auto* comment = m_window->findChild<QLineEdit*>(QStringLiteral("reviewComment"));
        QTest::keyClicks(comment, QStringLiteral("Still on the on-call rota?"));
        QCOMPARE(decisionAt(2), QStringLiteral("Open")); // typing K, D, A in the comment decides nothing
        key(Qt::Key_A);
        QCOMPARE(decisionAt(2), QStringLiteral("Ask"));
        QVERIFY(comment->text().isEmpty());
        key(Qt::Key_R);
        QCOMPARE(decisionAt(3), QStringLiteral("Remove role admin"));
        // N jumps over decided users; two selected rows are deleted at once.
        table()->selectRow(0);
        key(Qt::Key_N);
        QCOMPARE(current(), 4);
        table()->selectionModel()->select(table()->model()->index(5, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        key(Qt::Key_X);
        QCOMPARE(decisionAt(4), QStringLiteral("Delete"));
        QCOMPARE(decisionAt(5), QStringLiteral("Delete"));
        const QString summary = m_window->findChild<QLabel*>(QStringLiteral("reviewSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("kept: 1, disabled: 1, role removed: 1, deleted: 2, asked: 1,")),
                 qPrintable(summary));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/reviews.png")));
    }

    // Each decision was written as it was made: a console started afresh finds them all.
    void decisionsAreThereAfterARestart()
    {
        ReviewStore store;
        QVERIFY(store.open());
        const Result<QList<ReviewItem>> saved = store.items(m_reviewId);
        QVERIFY(saved.ok());
        const QList<ReviewItem>& shown = m_page->model()->items();
        QCOMPARE(saved.value().size(), shown.size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QCOMPARE(saved.value().at(i).decision.has_value(), shown.at(i).decision.has_value());
            if (shown.at(i).decision) {
                QCOMPARE(saved.value().at(i).decision->kind, shown.at(i).decision->kind);
                QCOMPARE(saved.value().at(i).decision->comment, shown.at(i).decision->comment);
                QCOMPARE(saved.value().at(i).decision->decidedBy, QStringLiteral("dana"));
            }
        }
        ReviewsPage again;
        QCOMPARE(shownAfter(&again, [&] { again.setCache(m_cache); }), m_reviewId);
        QCOMPARE(again.model()->reviewId(), m_reviewId);
        QCOMPARE(again.model()->review()->totals.open(), m_page->model()->review()->totals.open());
    }

    void theReportAsCsvAndPdf()
    {
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("review.csv"));
        QVERIFY2(m_page->exportCsv(csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        CsvReader csv;
        QVERIFY2(csv.read(csvFile.readAll()), qPrintable(csv.error()));
        QCOMPARE(csv.rows().size(), m_page->model()->rowCount());
        QCOMPARE(csv.rows().at(2).cells.value(QStringLiteral("decision")), QStringLiteral("ask"));
        QCOMPARE(csv.rows().at(2).cells.value(QStringLiteral("comment")), QStringLiteral("Still on the on-call rota?"));
        QCOMPARE(csv.rows().at(3).cells.value(QStringLiteral("role")), QStringLiteral("admin"));

        const QString pdfPath = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY2(m_page->exportPdf(pdfPath, &error), qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0,
                 "pdftotext (poppler-utils, installed by scripts/bootstrap) could not read the PDF");
        // NFKC: the PDF's font sets "ffl" as one ligature glyph.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY2(text.contains(QStringLiteral("Access review: Q4 admins")), qPrintable(text.left(400)));
        if (qEnvironmentVariableIsSet("AUTHDESK_SHOTS"))
            QFile::copy(pdfPath, qEnvironmentVariable("AUTHDESK_SHOTS") + QStringLiteral("/review.pdf"));
        QVERIFY(text.contains(QStringLiteral("Made offline from the local cache")));
        QVERIFY(text.contains(QStringLiteral("Reviewer: dana")));
        const ReviewTotals totals = m_page->model()->review()->totals;
        for (const auto& [label, count] : QList<std::pair<QString, qint64>>{
                 {QStringLiteral("Kept"), totals.kept}, {QStringLiteral("Deleted"), totals.deleted},
                 {QStringLiteral("Open"), totals.open()}, {QStringLiteral("Users"), totals.users}})
            QVERIFY2(text.contains(label + QLatin1Char(' ') + QString::number(count)), qPrintable(label));
        QVERIFY(text.contains(QStringLiteral("Still on the on-call rota?")));
    }

    // "The users listed now": what the Users screen shows when the review starts (here its
    // disabled users), offered by the New review dialog and taken as the review's scope.
    void aReviewOfTheUsersListed()
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        navigation->setCurrentRow(0);
        m_window->findChild<UsersPage*>()->users()->setStateFilter(UserFilterModel::State::Disabled);
        navigation->setCurrentRow(5);
        CacheFilter disabled;
        disabled.enabled = false;
        const qint64 expected = m_cache->source()->count({}, disabled);
        QVERIFY(expected > 0);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("newReview")), Qt::LeftButton);
        auto* dialog = m_window->findChild<NewReviewDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->listedUsers()); // offered first when the list is narrowed
        QVERIFY2(dialog->findChild<QComboBox*>(QStringLiteral("reviewScope"))->currentText().contains(QStringLiteral("disabled users")),
                 qPrintable(dialog->findChild<QComboBox*>(QStringLiteral("reviewScope"))->currentText()));
        dialog->findChild<QLineEdit*>(QStringLiteral("reviewName"))->setText(QStringLiteral("Disabled ones"));
        dialog->findChild<QLineEdit*>(QStringLiteral("reviewReviewer"))->setText(QStringLiteral("dana"));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/new-review.png")));
        QVERIFY(shownAfter(m_page, [dialog] { dialog->accept(); }) >= 0);
        QCOMPARE(m_page->model()->review()->name, QStringLiteral("Disabled ones"));
        QCOMPARE(m_page->model()->review()->scope, QStringLiteral("disabled users"));
        QCOMPARE(m_page->model()->rowCount(), int(expected));
        for (const ReviewItem& item : m_page->model()->items())
            QVERIFY(!item.user.enabled);
        m_window->findChild<UsersPage*>()->users()->setStateFilter(UserFilterModel::State::All);
    }

    void killedWhileDecidingLosesNothing()
    {
        const qint64 started = shownAfter(m_page, [this] {
            m_page->startReview(QStringLiteral("Everyone"), QStringLiteral("dana"), QDate(2026, 12, 31), QString());
        });
        QVERIFY(started >= 0);
        QProcess console;
        console.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--decide-until-killed"), m_cache->profile().id, QString::number(started)});
        QVERIFY(console.waitForStarted());
        QStringList shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown += QString::fromUtf8(console.readAllStandardOutput())
                                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                                  shown.size() >= 12 || console.state() == QProcess::NotRunning),
                                 60000);
        QVERIFY2(console.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child console ended with %1: %2")
                                .arg(console.exitCode())
                                .arg(QString::fromLocal8Bit(console.readAllStandardError()))));
        ::kill(pid_t(console.processId()), SIGKILL);
        QVERIFY(console.waitForFinished(10000));
        shown += QString::fromUtf8(console.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!shown.contains(QStringLiteral("all")), "the child ran out of users before it was killed");

        // A console started afresh shows every decision the killed one showed.
        ReviewsPage again;
        again.setCache(m_cache);
        QCOMPARE(shownAfter(&again, [&] { again.openReview(started); }), started);
        QSet<QString> decided;
        for (const ReviewItem& item : again.model()->items()) {
            if (item.decision) {
                decided.insert(item.user.id);
                QCOMPARE(item.decision->decidedBy, QStringLiteral("dana"));
            }
        }
        for (const QString& id : shown)
            QVERIFY2(decided.contains(id), qPrintable(id));
        QVERIFY(decided.size() <= shown.size() + 1); // at most the one being written
    }

    // Back online: the decisions of "Q4 admins" become one bulk change, previewed, applied, and
    // recorded per user in the review.
    void appliedOnTheServerThroughThePreview()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--db"), m_sandboxDb, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_sandboxPort)}),
                 qPrintable(m_sandbox.errorString()));
        QCOMPARE(shownAfter(m_page, [this] { m_page->openReview(m_reviewId); }), m_reviewId);
        auto* apply = m_window->findChild<QPushButton*>(QStringLiteral("applyReview"));
        QVERIFY(!apply->isEnabled()); // offline
        Connection* connection = m_gk.connection.get();
        m_page->setConnection(connection);
        QVERIFY(apply->isEnabled());
        const QList<ReviewItem> items = m_page->model()->items();
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* dialog = m_window->findChild<BulkActionDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        BulkOperation* operation = dialog->operation();
        // Disable, remove role, two deletes: Keep and Ask change nothing on the server.
        QCOMPARE(operation->items().size(), 4);
        QVERIFY(operation->deletes());
        QCOMPARE(operation->conflictCount(), 0);
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/review-apply.png")));
        QSignalSpy finished(operation, &BulkOperation::finished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bulkApply")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(operation->count(BulkOperation::Status::Done), 3);
        QCOMPARE(operation->count(BulkOperation::Status::Failed), 0);
        // Gatekeeper's users hold exactly one type: taking it away is not possible, and said so.
        QCOMPARE(operation->count(BulkOperation::Status::Skipped), 1);
        dialog->close();

        auto serverCopy = [connection](const User& user) {
            std::optional<Result<User>> got;
            connection->getUser(user, nullptr, [&got](const Result<User>& r) { got = r; });
            if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
                qWarning("no answer from the server within 10 s");
            return got.value_or(Result<User>(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"))));
        };
        for (const ReviewItem& item : items) {
            if (!item.decision)
                continue;
            const Result<User> now = serverCopy(item.user);
            switch (item.decision->kind) {
            case ReviewDecision::Kind::Disable:
                QVERIFY(now.ok() && !now.value().enabled);
                break;
            case ReviewDecision::Kind::Delete:
                QVERIFY(!now.ok() && now.error().kind == ApiError::Kind::NotFound);
                break;
            default:
                QVERIFY(now.ok() && now.value().roles == item.user.roles && now.value().enabled == item.user.enabled);
            }
        }
        // The review's table says how each went; the role removal is still to do.
        int done = 0;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const ReviewItem& item = m_page->model()->item(row);
            if (item.applyResult == QLatin1String("done")) {
                QVERIFY(item.appliedAt.isValid());
                ++done;
            }
            if (item.decision && item.decision->kind == ReviewDecision::Kind::RemoveRole) {
                QVERIFY2(item.applyResult.startsWith(QStringLiteral("skipped: Every user has exactly one")),
                         qPrintable(item.applyResult));
                QVERIFY(!item.appliedAt.isValid());
            }
        }
        QCOMPARE(done, 3);
        QVERIFY(!m_page->model()->review()->appliedAt.isValid());
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--decide-until-killed")
        return decideUntilKilled(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    tst_ReviewsPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ReviewsPage.moc"
