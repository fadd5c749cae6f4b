#include "SessionsTab.h"

#include "remote/Connection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SessionsTab::SessionsTab(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_info(new QLabel(this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
    , m_revokeAll(new QPushButton(tr("Sign out everywhere…"), this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("Last activity"), tr("Expires"), tr("Address"), tr("Client"), tr("Id")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_revoke->setObjectName(QStringLiteral("revokeSession"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllSessions"));
    m_info->setObjectName(QStringLiteral("sessionsInfo"));
    m_info->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeAll);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_revoke, &QPushButton::clicked, this, &SessionsTab::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &SessionsTab::revokeAll);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_revoke->setEnabled(m_revokeAll->isEnabled() && !m_table->selectedItems().isEmpty());
    });
    show(nullptr, User());
}

int SessionsTab::sessionCount() const
{
    return int(m_sessions.size());
}

void SessionsTab::show(Connection* connection, const User& user)
{
    m_connection = connection;
    m_user = user;
    m_sessions.clear();
    m_table->setRowCount(0);
    const bool can =
        connection && user.isValid() && connection->capabilities().supports(Capability::ListSessions);
    m_revokeAll->setEnabled(can && connection->capabilities().supports(Capability::RevokeAllSessions));
    m_revoke->setEnabled(false);
    if (!connection || !user.isValid()) {
        m_info->setText(tr("Select a user to see their sessions."));
        return;
    }
    if (!can) {
        m_info->setText(connection->capabilities().reason(Capability::ListSessions));
        m_revokeAll->setToolTip(connection->capabilities().reason(Capability::RevokeAllSessions));
        return;
    }
    m_info->setText(tr("Loading sessions…"));
    reload();
}

void SessionsTab::reload(std::function<void(const QList<Session>&)> then)
{
    if (!m_connection)
        return;
    const QString userId = m_user.id;
    m_connection->listSessions(m_user, this, [this, then, userId](const Result<QList<Session>>& result) {
        if (userId != m_user.id)
            return; // an answer about the previously selected user
        if (!result.ok()) {
            m_info->setText(tr("Could not load sessions: %1").arg(result.error().message));
            emit loaded(0);
            return;
        }
        m_sessions = result.value();
        m_table->setRowCount(int(m_sessions.size()));
        auto when = [](const QDateTime& t) {
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        };
        for (int row = 0; row < m_sessions.size(); ++row) {
            const Session& s = m_sessions.at(row);
            const QStringList cells{when(s.startedAt),
                                    when(s.lastActivityAt),
                                    when(s.expiresAt),
                                    s.ipAddress,
                                    s.isConsoleOwn ? tr("%1 (this console)").arg(s.userAgent) : s.userAgent,
                                    s.id};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_table->resizeColumnsToContents();
        if (!then)
            m_info->setText(tr("%n active session(s)", nullptr, int(m_sessions.size())));
        emit loaded(int(m_sessions.size()));
        if (then)
            then(m_sessions);
    });
}

void SessionsTab::verify(const QStringList& revokedIds, const QString& what)
{
    // Trust the server's list, not its 2xx: a session still listed was not revoked.
    reload([this, revokedIds, what](const QList<Session>& now) {
        QStringList stillActive;
        for (const Session& s : now) {
            if (revokedIds.contains(s.id))
                stillActive << s.id;
        }
        m_info->setText(stillActive.isEmpty()
                            ? tr("%1: done, the server no longer lists them.").arg(what)
                            : tr("%1: FAILED for %2 — the server still reports them as active.")
                                  .arg(what, stillActive.join(QLatin1String(", "))));
    });
}

void SessionsTab::revokeSelected()
{
    const int row = m_table->currentRow();
    if (!m_connection || row < 0 || row >= m_sessions.size())
        return;
    const Session session = m_sessions.at(row);
    if (QMessageBox::question(
            this, tr("Revoke session"),
            tr("Revoke the session of %1 started %2 from %3?")
                .arg(m_user.displayName(),
                     QLocale().toString(session.startedAt.toLocalTime(), QLocale::ShortFormat),
                     session.ipAddress.isEmpty() ? tr("an unknown address") : session.ipAddress)) !=
        QMessageBox::Yes)
        return;
    m_connection->revokeSession(m_user, session, this, [this, session](const Result<Done>& result) {
        if (!result.ok()) {
            m_info->setText(tr("Revoking failed: %1").arg(result.error().message));
            return;
        }
        verify({session.id}, tr("Revoke session"));
    });
}

void SessionsTab::revokeAll()
{
    if (!m_connection)
        return;
    const QString question =
        tr("Sign %1 out everywhere? This revokes %n session(s) and their refresh tokens.", nullptr,
           int(m_sessions.size()))
            .arg(m_user.displayName());
    if (QMessageBox::warning(this, tr("Sign out everywhere"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QStringList ids;
    for (const Session& s : m_sessions)
        ids << s.id;
    m_connection->revokeAllSessions(m_user, this, [this, ids](const Result<Done>& result) {
        if (!result.ok()) {
            m_info->setText(tr("Signing out everywhere failed: %1").arg(result.error().message));
            return;
        }
        verify(ids, tr("Sign out everywhere"));
    });
}
