#include "SessionTableModel.h"

#include "values/DisplayText.h"

#include <QLocale>

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionTableModel::setSessions(const QList<Session>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    QHash<QString, RowOutcome> kept;
    for (const Session& s : sessions) {
        if (m_outcomes.contains(s.id))
            kept.insert(s.id, m_outcomes.value(s.id));
    }
    m_outcomes = kept;
    endResetModel();
}

void SessionTableModel::setOutcome(const QString& sessionId, const QString& text, bool failed)
{
    m_outcomes.insert(sessionId, {text, failed});
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            emit dataChanged(index(row, Outcome), index(row, Outcome));
    }
}

void SessionTableModel::clearOutcomes()
{
    if (m_outcomes.isEmpty())
        return;
    m_outcomes.clear();
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, Outcome), index(int(m_sessions.size()) - 1, Outcome));
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const Session& s = m_sessions.at(index.row());
    const RowOutcome outcome = m_outcomes.value(s.id);
    if (role == SessionIdRole)
        return s.id;
    if (role == FailedRole)
        return outcome.failed;
    auto time = [role](const QDateTime& t) -> QVariant {
        if (role == SortRole)
            return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case User:
        return DisplayText::escaped(s.username.isEmpty() ? s.userId : s.username);
    case Started:
        return time(s.startedAt);
    case LastActivity:
        return time(s.lastActivityAt);
    case Expires:
        return time(s.expiresAt);
    case Address:
        return DisplayText::escaped(s.ipAddress);
    case Client:
        return DisplayText::escaped(s.isConsoleOwn ? tr("%1 (this console)").arg(s.userAgent) : s.userAgent);
    case Outcome:
        return DisplayText::escaped(outcome.text);
    case Id:
        return DisplayText::escaped(s.id);
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User");
    case Started:
        return tr("Started");
    case LastActivity:
        return tr("Last activity");
    case Expires:
        return tr("Expires");
    case Address:
        return tr("Address");
    case Client:
        return tr("Client");
    case Outcome:
        return tr("Result");
    case Id:
        return tr("Id");
    }
    return {};
}
