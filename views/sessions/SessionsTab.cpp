#include "SessionsTab.h"

#include "SessionTableView.h"
#include "common/Prompt.h"

#include "operations/SessionRevocation.h"
#include "items/SessionTableModel.h"
#include "remote/Connection.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SessionsTab::SessionsTab(QWidget* parent)
    : QWidget(parent)
    , m_table(new SessionTableView(this))
    , m_info(new QLabel(this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_revokeAll(new QPushButton(tr("Sign out everywhere…"), this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setColumnHidden(SessionTableModel::User, true); // always the selected user
    m_revoke->setObjectName(QStringLiteral("revokeSession"));
    m_revoke->setToolTip(tr("Revoke the selected sessions"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllSessions"));
    m_info->setObjectName(QStringLiteral("sessionsInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsTab::updateButtons);
    show(nullptr, User());
}

int SessionsTab::sessionCount() const
{
    return int(m_table->sessionModel()->sessions().size());
}

void SessionsTab::updateButtons()
{
    const Capabilities caps = m_connection ? m_connection->capabilities() : Capabilities();
    const bool can = m_connection && m_user.isValid() && caps.supports(Capability::ListSessions);
    m_revoke->setEnabled(can && caps.supports(Capability::RevokeSession) &&
                         !m_table->selectionModel()->selectedRows().isEmpty());
    m_revokeAll->setEnabled(can && caps.supports(Capability::RevokeAllSessions) && sessionCount() > 0);
    m_revoke->setToolTip(m_connection && !caps.supports(Capability::RevokeSession)
                             ? caps.reason(Capability::RevokeSession)
                             : tr("Revoke the selected sessions"));
    m_revokeAll->setToolTip(m_connection && !caps.supports(Capability::RevokeAllSessions)
                                ? caps.reason(Capability::RevokeAllSessions)
                                : tr("Revoke every session of this user"));
}

void SessionsTab::show(Connection* connection, const User& user)
{
    m_connection = connection;
    m_user = user;
    m_table->setSessions({});
    updateButtons();
    if (!connection || !user.isValid()) {
        m_info->setText(tr("Select a user to see their sessions."));
        return;
    }
    if (!connection->capabilities().supports(Capability::ListSessions)) {
        m_info->setText(connection->capabilities().reason(Capability::ListSessions));
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
        m_table->setSessions(result.value());
        updateButtons();
        if (!then)
            m_info->setText(tr("%n active session(s)", nullptr, int(result.value().size())));
        emit loaded(int(result.value().size()));
        if (then)
            then(result.value());
    });
}

void SessionsTab::revokeSelected()
{
    const QList<Session> sessions = m_table->selectedSessions();
    if (!m_connection || sessions.isEmpty())
        return;
    QString question;
    if (sessions.size() == 1) {
        const Session& s = sessions.first();
        question = tr("Revoke the session of %1 started %2 from %3?")
                       .arg(m_user.displayName(),
                            QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                            s.ipAddress.isEmpty() ? tr("an unknown address") : s.ipAddress);
    } else {
        question = tr("Revoke %n session(s) of %1?", nullptr, int(sessions.size())).arg(m_user.displayName());
    }
    Prompt::confirm(this, tr("Revoke session"), question, [this, sessions] {
        if (!m_connection)
            return;
        QList<SessionRevocation::Item> items;
        for (const Session& s : sessions)
            items.append({m_user, s, SessionRevocation::Status::Pending, {}});
        const User user = m_user;
        QPointer<Connection> connection = m_connection;
        auto* revocation = new SessionRevocation(
            m_connection, items,
            [connection, user](QObject* context, SessionRevocation::ListDone done) {
                if (connection)
                    connection->listSessions(user, context, std::move(done));
            },
            this);
        connect(revocation, &SessionRevocation::finished, this, [this, revocation, userId = user.id] {
            revocation->deleteLater();
            if (userId != m_user.id)
                return;
            m_table->showOutcome(*revocation);
            updateButtons();
            m_info->setText(revocation->summary() + QLatin1Char('\n') +
                            revocation->report().join(QLatin1Char('\n')));
            emit loaded(sessionCount());
        });
        m_info->setText(tr("Revoking…"));
        revocation->start();
    });
}

void SessionsTab::revokeAll()
{
    if (!m_connection)
        return;
    const QList<Session> before = m_table->sessionModel()->sessions();
    const QString question =
        tr("Sign %1 out everywhere? This revokes %n session(s) and their refresh tokens.", nullptr,
           int(before.size()))
            .arg(m_user.displayName());
    Prompt::confirm(this, tr("Sign out everywhere"), question, [this, before] {
        if (!m_connection)
            return;
        m_connection->revokeAllSessions(m_user, this, [this, before](const Result<Done>& result) {
            if (!result.ok()) {
                m_info->setText(tr("Signing out everywhere failed: %1").arg(result.error().message));
                return;
            }
            // Trust the server's list, not its 2xx: a session still listed was not revoked.
            reload([this, before](const QList<Session>& now) {
                QStringList stillActive;
                for (const Session& s : now) {
                    const bool wasThere = std::any_of(before.cbegin(), before.cend(),
                                                      [&](const Session& b) { return b.id == s.id; });
                    if (wasThere) {
                        stillActive << s.id;
                        m_table->sessionModel()->setOutcome(s.id, tr("FAILED: still active"), true);
                    }
                }
                m_info->setText(
                    stillActive.isEmpty()
                        ? tr("Sign out everywhere: done, the server no longer lists any of the %n "
                             "session(s).",
                             nullptr, int(before.size()))
                        : tr("Sign out everywhere: FAILED — the server still reports %n session(s) as "
                             "active: %1.",
                             nullptr, int(stillActive.size()))
                              .arg(stillActive.join(QLatin1String(", "))));
            });
        });
    });
}
