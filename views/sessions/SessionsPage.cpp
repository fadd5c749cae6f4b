#include "SessionsPage.h"

#include "SessionTableView.h"
#include "common/Prompt.h"

#include "operations/AllSessionsFetch.h"
#include "operations/SessionRevocation.h"
#include "items/SessionTableModel.h"
#include "remote/Connection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

SessionsPage::SessionsPage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_unsupported(new QLabel(this))
    , m_table(new SessionTableView(this))
    , m_filter(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_revoke(new QPushButton(tr("Revoke selected…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_report(new QPlainTextEdit(this))
    , m_fetch(nullptr)
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_table->setObjectName(QStringLiteral("allSessionsTable"));
    m_filter->setObjectName(QStringLiteral("sessionsFilter"));
    m_filter->setPlaceholderText(tr("Filter by user, address, client…"));
    m_filter->setClearButtonEnabled(true);
    m_info->setObjectName(QStringLiteral("allSessionsInfo"));
    m_info->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_revoke->setObjectName(QStringLiteral("revokeSelectedSessions"));
    m_progress->setObjectName(QStringLiteral("revokeProgress"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelRevoke"));
    m_cancel->setToolTip(tr("Stop after the calls already sent; the rest stay active"));
    m_cancel->hide();
    m_report->setObjectName(QStringLiteral("revokeReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("What each revocation did appears here."));
    m_report->setMaximumHeight(fontMetrics().height() * 7);

    auto* list = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_revoke);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_info);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(progress);
    listLayout->addWidget(m_report);

    auto* explanation = new QWidget(this);
    m_unsupported->setObjectName(QStringLiteral("sessionsUnsupported"));
    m_unsupported->setWordWrap(true);
    auto* openUsers = new QPushButton(tr("Open Users"), explanation);
    openUsers->setObjectName(QStringLiteral("openUsersForSessions"));
    auto* explanationLayout = new QVBoxLayout(explanation);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    explanationLayout->addWidget(m_unsupported);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(openUsers);
    buttonRow->addStretch(1);
    explanationLayout->addLayout(buttonRow);
    explanationLayout->addStretch(1);

    m_stack->addWidget(list);
    m_stack->addWidget(explanation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Sessions")), this));
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_table->setFilterText(text);
        if (!m_progress->isVisible() && !m_table->sessionModel()->sessions().isEmpty())
            showCounts();
    });
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPage::reload);
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPage::revokeSelected);
    auto* revokeKey = new QAction(tr("Revoke selected sessions"), m_table);
    revokeKey->setObjectName(QStringLiteral("actionRevokeSessions"));
    revokeKey->setShortcut(QKeySequence::Delete);
    revokeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(revokeKey);
    connect(revokeKey, &QAction::triggered, this, &SessionsPage::revokeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &SessionsPage::cancel);
    connect(openUsers, &QPushButton::clicked, this, &SessionsPage::usersRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    setConnection(nullptr);
}

void SessionsPage::setConnection(Connection* connection)
{
    if (m_revocation)
        m_revocation->cancel();
    delete m_fetch;
    m_fetch = nullptr;
    m_connection = connection;
    m_table->setSessions({});
    m_report->clear();
    setBusy(false);
    const Capabilities caps = connection ? connection->capabilities() : Capabilities();
    if (!connection) {
        m_unsupported->setText(tr("Sessions are read live from the server: sign in to a profile, and work "
                                  "online, to see them."));
        m_stack->setCurrentIndex(1);
        return;
    }
    if (!caps.supports(Capability::ListAllSessions)) {
        QString text = caps.reason(Capability::ListAllSessions);
        text += QStringLiteral("\n\n");
        text += caps.supports(Capability::ListSessions)
                    ? tr("Sessions can still be seen and revoked per user: open Users, select a user and "
                         "choose the Sessions tab (Sign out everywhere revokes all of theirs).")
                    : caps.reason(Capability::ListSessions);
        m_unsupported->setText(text);
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    m_fetch = new AllSessionsFetch(connection, 200, this);
    connect(m_fetch, &AllSessionsFetch::progress, this,
            [this](int read) { m_info->setText(tr("Reading sessions… %L1 so far").arg(read)); });
    m_stale = true;
    if (isVisible())
        reload();
    else
        m_info->setText(tr("The sessions are read when this page opens."));
}

void SessionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload(); // read live each time the screen is opened after a profile change
}

void SessionsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_refresh->setEnabled(!busy && m_connection);
    updateButtons();
}

void SessionsPage::updateButtons()
{
    const bool busy = m_progress->isVisible();
    const Capabilities caps = m_connection ? m_connection->capabilities() : Capabilities();
    const bool canRevoke = m_connection && caps.supports(Capability::RevokeSession);
    m_revoke->setEnabled(!busy && canRevoke && !m_table->selectionModel()->selectedRows().isEmpty());
    m_revoke->setToolTip(m_connection && !canRevoke ? caps.reason(Capability::RevokeSession)
                                                    : tr("Revoke the selected sessions (Delete)"));
}

void SessionsPage::reload()
{
    if (!m_fetch || m_fetch->isRunning() || m_revocation)
        return;
    m_stale = false;
    m_info->setText(tr("Reading sessions…"));
    m_progress->setRange(0, 0); // reading: no total known in advance
    setBusy(true);
    m_fetch->start([this](const Result<QList<Session>>& result) {
        setBusy(false);
        if (!result.ok()) {
            m_info->setText(tr("Could not load sessions: %1").arg(result.error().message));
            emit loaded(0);
            return;
        }
        m_table->setSessions(result.value());
        showCounts();
        emit loaded(int(result.value().size()));
    });
}

void SessionsPage::showCounts()
{
    const QList<Session>& all = m_table->sessionModel()->sessions();
    QSet<QString> users;
    for (const Session& s : all)
        users.insert(s.userId.isEmpty() ? s.username : s.userId);
    QString text = tr("%Ln active session(s)", nullptr, int(all.size())) + QStringLiteral(" · ") +
                   tr("%Ln user(s)", nullptr, int(users.size()));
    if (!m_filter->text().trimmed().isEmpty())
        text += QStringLiteral(" · ") + tr("%Ln match(es) the filter", nullptr, m_table->model()->rowCount());
    m_info->setText(text);
}

void SessionsPage::cancel()
{
    if (m_revocation)
        m_revocation->cancel();
    else if (m_fetch)
        m_fetch->cancel();
}

void SessionsPage::revokeSelected()
{
    const QList<Session> sessions = m_table->selectedSessions();
    if (!m_connection || sessions.isEmpty() || m_revocation || !m_revoke->isEnabled())
        return;
    QSet<QString> users;
    for (const Session& s : sessions)
        users.insert(s.userId.isEmpty() ? s.username : s.userId);
    const bool ownIncluded =
        std::any_of(sessions.cbegin(), sessions.cend(), [](const Session& s) { return s.isConsoleOwn; });
    // Whole sentences, each with its own count, so that a translator can word each freely.
    QString question = tr("Revoke %n session(s)? The owner of each is signed out of it at once.", nullptr,
                          int(sessions.size()));
    if (sessions.size() > 1)
        question += QLatin1Char(' ') + tr("They belong to %n user(s).", nullptr, int(users.size()));
    if (ownIncluded)
        question +=
            QStringLiteral("\n\n") + tr("One of them is this console's own session: you will be signed out.");
    Prompt::confirm(this, tr("Revoke sessions"), question, [this, sessions] {
        if (!m_connection || m_revocation)
            return;
        QList<SessionRevocation::Item> items;
        for (const Session& s : sessions)
            items.append({SessionRevocation::ownerOf(s), s, SessionRevocation::Status::Pending, {}});
        QPointer<Connection> connection = m_connection;
        m_revocation = new SessionRevocation(
            m_connection, items,
            [connection](QObject* context, SessionRevocation::ListDone done) {
                AllSessionsFetch::fetchAll(connection, context, std::move(done));
            },
            this);
        m_progress->setRange(0, int(items.size()));
        m_progress->setValue(0);
        m_progress->setFormat(tr("Revoking %v of %m"));
        setBusy(true);
        m_info->setText(tr("Revoking %n session(s)…", nullptr, int(items.size())));
        connect(m_revocation, &SessionRevocation::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_revocation, &SessionRevocation::finished, this, [this, revocation = m_revocation.data()] {
            m_table->showOutcome(*revocation);
            m_report->setPlainText(revocation->report().join(QLatin1Char('\n')));
            m_info->setText(revocation->summary());
            revocation->deleteLater();
            m_revocation = nullptr;
            m_progress->setFormat(QStringLiteral("%p%"));
            setBusy(false);
            emit revocationFinished();
        });
        m_revocation->start();
    });
}
