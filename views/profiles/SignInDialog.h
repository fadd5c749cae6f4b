#pragma once
// Asks for the secrets a sign-in needs (password, API key…) when none are stored or the server
// refused the session; the work in progress stays queued meanwhile.

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const QString& profileName, const QString& identity, const QStringList& secretNames,
                 const QString& reason, bool remember, QWidget* parent = nullptr);
    QHash<QString, QString> secrets() const;
    bool remember() const;

private:
    QHash<QString, QLineEdit*> m_fields;
    QCheckBox* m_remember;
};
