#include "IssueKeyDialog.h"
#include "common/ThemePalette.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

IssueKeyDialog::IssueKeyDialog(const Capabilities& capabilities, const QList<RoleDefinition>& scopes,
                               QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_expires(new QCheckBox(tr("Expires on"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_scopes(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("issueKeyDialog"));
    setWindowTitle(tr("Issue an API key"));
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setPlaceholderText(tr("What the key is for, e.g. deploy-bot"));
    m_description->setObjectName(QStringLiteral("keyDescription"));

    m_expires->setObjectName(QStringLiteral("keyExpires"));
    m_expiry->setObjectName(QStringLiteral("keyExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDateTime(QDateTime::currentDateTime().addDays(90));
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_expiry->setEnabled(false);
    const bool expiry = capabilities.supports(Capability::ApiKeyExpiry);
    m_expires->setEnabled(expiry);
    m_expires->setToolTip(expiry ? tr("Without an expiry the key works until it is revoked")
                                 : capabilities.reason(Capability::ApiKeyExpiry));
    m_expiry->setToolTip(m_expires->toolTip());
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);

    m_scopes->setObjectName(QStringLiteral("keyScopes"));
    const bool limitable = capabilities.supports(Capability::ApiKeyScopes) && !scopes.isEmpty();
    for (const RoleDefinition& scope : scopes) {
        if (!scope.assignable)
            continue;
        auto* item = new QListWidgetItem(scope.name, m_scopes);
        item->setToolTip(scope.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scopes->setEnabled(limitable);
    m_scopes->setToolTip(limitable ? tr("None checked: the key has every right of its owner")
                                   : capabilities.reason(Capability::ApiKeyScopes));
    m_scopes->setMaximumHeight(fontMetrics().height() * 8);
    if (!limitable)
        m_scopes->hide(); // nothing to choose; the label below says why

    m_error->setObjectName(QStringLiteral("keyError"));
    m_error->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue key"));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Name *"), m_name);
    layout->addRow(tr("Description"), m_description);
    layout->addRow(m_expires, m_expiry);
    if (limitable) {
        layout->addRow(tr("Limit to scopes"), m_scopes);
    } else {
        auto* why = new QLabel(capabilities.reason(Capability::ApiKeyScopes), this);
        why->setObjectName(QStringLiteral("keyScopesUnsupported"));
        why->setWordWrap(true);
        why->setEnabled(false);
        layout->addRow(tr("Scopes"), why);
    }
    layout->addRow(m_error);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void IssueKeyDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the key a name, so it can be recognised and revoked later."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime()) {
        m_error->setText(tr("The expiry must be in the future."));
        m_error->show();
        m_expiry->setFocus();
        return;
    }
    QDialog::accept();
}

ApiKeyRequest IssueKeyDialog::request() const
{
    ApiKeyRequest request;
    request.name = m_name->text().trimmed();
    request.description = m_description->text().trimmed();
    if (m_expires->isChecked())
        request.expiresAt = m_expiry->dateTime().toUTC();
    for (int row = 0; row < m_scopes->count(); ++row) {
        if (m_scopes->item(row)->checkState() == Qt::Checked)
            request.scopes << m_scopes->item(row)->text();
    }
    return request;
}
