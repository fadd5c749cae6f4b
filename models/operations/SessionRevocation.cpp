#include "SessionRevocation.h"

#include "remote/Connection.h"

#include <QSet>

#include <algorithm>

namespace {
constexpr int maxConcurrentCalls = 2; // kind to the server, still twice as fast as one by one
}

SessionRevocation::SessionRevocation(Connection* connection, const QList<Item>& items, Reread reread,
                                     QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_items(items)
    , m_reread(std::move(reread))
{
}

User SessionRevocation::ownerOf(const Session& session)
{
    User owner;
    owner.id = session.userId.isEmpty() ? session.username : session.userId;
    owner.username = session.username;
    return owner;
}

void SessionRevocation::start()
{
    emit progressChanged(0, int(m_items.size()));
    if (m_items.isEmpty()) {
        m_finished = true;
        emit finished();
        return;
    }
    launchMore();
}

void SessionRevocation::cancel()
{
    if (m_finished || m_cancelled || m_verifying)
        return;
    m_cancelled = true;
    for (int i = m_next; i < m_items.size(); ++i)
        m_items[i].status = Status::Cancelled;
    m_done += int(m_items.size()) - m_next;
    m_next = int(m_items.size());
    if (m_inFlight == 0)
        verify();
}

void SessionRevocation::launchMore()
{
    while (m_inFlight < maxConcurrentCalls && m_next < m_items.size()) {
        const int index = m_next++;
        Item& item = m_items[index];
        if (!m_connection) {
            item.status = Status::Failed;
            item.message = tr("Not connected to the server.");
            ++m_done;
            continue;
        }
        item.status = Status::Running;
        ++m_inFlight;
        m_connection->revokeSession(item.owner, item.session, this,
                                    [this, index](const Result<Done>& result) {
                                        --m_inFlight;
                                        ++m_done;
                                        Item& done = m_items[index];
                                        done.status = result.ok() ? Status::Revoked : Status::Failed;
                                        if (!result.ok())
                                            done.message = result.error().message;
                                        emit progressChanged(m_done, int(m_items.size()));
                                        if (m_next < m_items.size())
                                            launchMore();
                                        else if (m_inFlight == 0)
                                            verify();
                                    });
    }
    if (m_inFlight == 0 && m_next >= m_items.size() && !m_finished)
        verify();
}

void SessionRevocation::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    auto finish = [this] {
        m_finished = true;
        emit progressChanged(int(m_items.size()), int(m_items.size()));
        emit finished();
    };
    if (count(Status::Revoked) == 0 || !m_reread) {
        finish();
        return;
    }
    // Trust the server's list, not its 2xx.
    m_reread(this, [this, finish](const Result<QList<Session>>& now) {
        QSet<QString> listed;
        if (now.ok()) {
            m_listing = now.value();
            m_hasListing = true;
            for (const Session& s : m_listing)
                listed.insert(s.id);
        }
        for (Item& item : m_items) {
            if (item.status != Status::Revoked)
                continue;
            if (!now.ok()) {
                item.status = Status::Unverified;
                item.message = tr("the list could not be read again: %1").arg(now.error().message);
            } else if (listed.contains(item.session.id)) {
                item.status = Status::StillActive;
                item.message = tr("the server still reports it as active");
            }
        }
        finish();
    });
}

int SessionRevocation::count(Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [status](const Item& i) { return i.status == status; }));
}

QString SessionRevocation::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("waiting");
    case Status::Running:
        return tr("revoking");
    case Status::Revoked:
        return tr("revoked");
    case Status::Failed:
        return tr("FAILED");
    case Status::StillActive:
        return tr("FAILED: still active");
    case Status::Unverified:
        return tr("revoked, not verified");
    case Status::Cancelled:
        return tr("cancelled, not revoked");
    }
    return {};
}

QStringList SessionRevocation::report() const
{
    QStringList lines;
    for (const Item& item : m_items) {
        const QString who = item.owner.username.isEmpty() ? item.owner.id : item.owner.username;
        QString line = tr("%1 — session %2: %3").arg(who, item.session.id.left(12), statusText(item.status));
        if (!item.message.isEmpty())
            line += QStringLiteral(" (") + item.message + QLatin1Char(')');
        lines << line;
    }
    return lines;
}

QString SessionRevocation::summary() const
{
    const int total = int(m_items.size());
    const int failed = count(Status::Failed) + count(Status::StillActive);
    QString text = tr("%1 of %n session(s) revoked", nullptr, total).arg(count(Status::Revoked));
    if (failed)
        text += tr(", %n failed", nullptr, failed);
    if (const int unverified = count(Status::Unverified))
        text += tr(", %n not verified", nullptr, unverified);
    if (const int cancelled = count(Status::Cancelled))
        text += tr(", %n cancelled", nullptr, cancelled);
    return text;
}
