#pragma once
// Create or edit a user with the fields the dialect asks for. It validates before sending
// (required fields, email shape, password length), shows the server's error next to the field
// it concerns, and keeps everything typed when a request fails.

#include "remote/DialectTypes.h"
#include "values/User.h"

#include <QDialog>
#include <QHash>

class Connection;
class QLabel;
class QLineEdit;
class QComboBox;
class QCheckBox;
class QDialogButtonBox;
class QListWidget;
struct ApiError;

class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `user` invalid: create a new user.
    UserEditDialog(Connection* connection, const User& user, QWidget* parent = nullptr);
    User result() const { return m_result; }

private:
    void submit();
    bool validate();
    void showError(const ApiError& error);
    QString value(const QString& key) const; // a checkbox: "true" or empty
    // The choices ticked in a Flags field.
    QStringList checkedChoices(const QString& key) const;
    // A Flags field whose choices the server lists: a checkable list of the user's `current`
    // ones, to which listServerChoices() adds the others.
    QListWidget* serverChoices(const QStringList& current);
    void listServerChoices(const QString& key);

    Connection* m_connection;
    User m_original;
    User m_result;
    bool m_creating;
    QList<UserField> m_fields;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_fieldErrors;
    QCheckBox* m_enabled;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
