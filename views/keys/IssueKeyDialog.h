#pragma once
// The form for a new API key: name and description, an expiry and scopes where the server
// supports them (otherwise shown disabled with the server's reason). It only gathers the
// request; ApiKeysPage sends it.

#include "remote/Capabilities.h"
#include "remote/DialectTypes.h"
#include "values/ApiKey.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

class IssueKeyDialog : public QDialog
{
    Q_OBJECT
public:
    IssueKeyDialog(const Capabilities& capabilities, const QList<RoleDefinition>& scopes,
                   QWidget* parent = nullptr);
    ApiKeyRequest request() const;
    void accept() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_description;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiry;
    QListWidget* m_scopes;
    QLabel* m_error;
};
