#include "SignInDialog.h"

#include "credentials/SecretNames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString& profileName, const QString& identity,
                           const QStringList& secretNames, const QString& reason, bool remember,
                           QWidget* parent)
    : QDialog(parent)
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(profileName));
    auto* layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto* why = new QLabel(reason, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Identity"), new QLabel(identity, this));
    for (const QString& name : secretNames) {
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("secret_") + name);
        field->setEchoMode(QLineEdit::Password);
        form->addRow(SecretNames::label(name), field);
        m_fields.insert(name, field);
    }
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberSecrets"));
    m_remember->setChecked(remember); // the profile's own choice, until the user changes it here
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHash<QString, QString> SignInDialog::secrets() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    return values;
}

bool SignInDialog::remember() const
{
    return m_remember->isChecked();
}
