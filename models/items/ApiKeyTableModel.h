#pragma once
// API keys as a table: name, owner, the first characters only, description, created, last
// used, expiry, state and scopes. It never holds a full key (ApiKey has no field for one).

#include "values/ApiKey.h"

#include <QAbstractTableModel>
#include <QList>

class ApiKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Owner,
        Prefix,
        Description,
        Created,
        LastUsed,
        Expires,
        State,
        Scopes,
        Id,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: times as msecs since the epoch
        KeyIdRole,
    };

    explicit ApiKeyTableModel(QObject* parent = nullptr);

    void setKeys(const QList<ApiKey>& keys);
    const QList<ApiKey>& keys() const { return m_keys; }
    // The key shown in `row`, or an empty key.
    ApiKey key(int row) const { return m_keys.value(row); }
    int rowOf(const QString& keyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiKey> m_keys;
};
