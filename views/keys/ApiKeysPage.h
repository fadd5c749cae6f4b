#pragma once
// API keys of the signed-in identity (or of a user, where the server allows): list with only a
// prefix of each key, issue (the key is shown once), revoke with confirmation and a re-read
// that proves the server no longer lists it.

#include "values/ApiKey.h"
#include "values/User.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class ApiKeyTableModel;
class Connection;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class ApiKeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysPage(QWidget* parent = nullptr);
    void setConnection(Connection* connection);
    // Lists the keys of this user instead of the signed-in identity's (the user detail's tab);
    // keys are issued from the API keys page, to the signed-in identity.
    void showOwner(Connection* connection, const User& owner);
    QTableView* table() const { return m_table; }

public slots:
    void reload();

signals:
    void loaded(int count);
    // A key was issued and its one-time dialog closed (tests and the status bar listen).
    void keyIssued(const QString& name);

private:
    void issue();
    void send(const ApiKeyRequest& request);
    void revoke();
    void updateButtons();
    void load(std::function<void(const QList<ApiKey>&)> then);
    QList<ApiKey> selectedKeys() const;

    QPointer<Connection> m_connection;
    User m_owner; // invalid: the signed-in identity
    ApiKeyTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_heading;
    QTableView* m_table;
    QLabel* m_info;
    QPushButton* m_issue;
    QPushButton* m_revoke;
};
