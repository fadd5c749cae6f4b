#pragma once
// The users table's column menu (right-click the header): every column can be hidden but the
// last one shown. The server's attribute columns (UserTableModel::attributeColumns) are offered
// there hidden; lists carry attributes, which some servers answer more slowly, only while one
// of them is shown. Chosen columns are remembered by path, so they stay chosen when the rows
// are reloaded and come back when the server offers them again.

#include <QObject>
#include <QStringList>

class QPoint;
class QTableView;
class UserListController;
class UserTableModel;

class UserColumnChooser : public QObject
{
    Q_OBJECT
public:
    UserColumnChooser(QTableView* table, UserTableModel* model, UserListController* users, QObject* parent);

private:
    void showMenu(const QPoint& where);
    void showChosenAttributeColumns();

    QTableView* m_table;
    UserTableModel* m_model;
    UserListController* m_users;
    QStringList m_chosenAttributes; // paths of the attribute columns shown, none by default
};
