#include "ApiKeyTableModel.h"

#include "values/DisplayText.h"

#include <QLocale>

ApiKeyTableModel::ApiKeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApiKeyTableModel::setKeys(const QList<ApiKey>& keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

int ApiKeyTableModel::rowOf(const QString& keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId)
            return row;
    }
    return -1;
}

int ApiKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const ApiKey& k = m_keys.at(index.row());
    if (role == KeyIdRole)
        return k.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    auto time = [role](const QDateTime& t, const QString& none) -> QVariant {
        if (role == SortRole)
            return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
    };
    switch (index.column()) {
    case Name:
        return DisplayText::escaped(k.name);
    case Owner:
        return DisplayText::escaped(k.owner.isEmpty() ? k.ownerId : k.owner);
    case Prefix: {
        const bool marked = k.prefix.endsWith(QStringLiteral("…")) || k.prefix.endsWith(QLatin1String("..."));
        return DisplayText::escaped(k.prefix.isEmpty() || marked ? k.prefix : k.prefix + QStringLiteral("…"));
    }
    case Description:
        return DisplayText::escaped(k.description);
    case Created:
        return time(k.createdAt, {});
    case LastUsed:
        return time(k.lastUsedAt, tr("never", "last used"));
    case Expires:
        return time(k.expiresAt, tr("never", "expires"));
    case State: {
        const bool expired = k.expiresAt.isValid() && k.expiresAt < QDateTime::currentDateTimeUtc();
        return !k.enabled ? tr("Disabled") : expired ? tr("Expired") : tr("Active");
    }
    case Scopes:
        return DisplayText::escaped(k.scopes.join(QLatin1String(", ")));
    case Id:
        return DisplayText::escaped(k.id);
    }
    return {};
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Prefix:
        return tr("Key starts with");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    case State:
        return tr("State");
    case Scopes:
        return tr("Scopes");
    case Id:
        return tr("Id");
    }
    return {};
}
