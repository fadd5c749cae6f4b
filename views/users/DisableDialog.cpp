#include "DisableDialog.h"
#include "common/ThemePalette.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

DisableDialog::DisableDialog(const Capabilities& capabilities, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_limited(new QCheckBox(tr("Until"), this))
    , m_until(new QDateTimeEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("disableDialog"));
    setWindowTitle(title);

    const bool reason = capabilities.supports(Capability::DisableReason);
    m_reason->setObjectName(QStringLiteral("disableReason"));
    m_reason->setPlaceholderText(tr("Optional, e.g. left the company"));
    m_reason->setEnabled(reason);
    m_reason->setToolTip(reason ? tr("Recorded on the server with the disabled account")
                                : capabilities.reason(Capability::DisableReason));

    const bool expiry = capabilities.supports(Capability::DisableExpiry);
    m_limited->setObjectName(QStringLiteral("disableLimited"));
    m_until->setObjectName(QStringLiteral("disableUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDateTime(QDateTime::currentDateTime().addDays(7));
    m_until->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_until->setEnabled(false);
    m_limited->setEnabled(expiry);
    m_limited->setToolTip(expiry ? tr("The server enables the account again at this time; unchecked, it "
                                      "stays disabled until enabled here")
                                 : capabilities.reason(Capability::DisableExpiry));
    m_until->setToolTip(m_limited->toolTip());
    connect(m_limited, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    m_error->setObjectName(QStringLiteral("disableError"));
    m_error->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Disable"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("disableConfirm"));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Reason"), m_reason);
    layout->addRow(m_limited, m_until);
    layout->addRow(m_error);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisableDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DisableDialog::accept()
{
    if (m_limited->isChecked() && m_until->dateTime() <= QDateTime::currentDateTime()) {
        m_error->setText(tr("The end of the disable must be in the future."));
        m_error->show();
        m_until->setFocus();
        return;
    }
    QDialog::accept();
}

DisableRequest DisableDialog::request() const
{
    DisableRequest request;
    if (m_reason->isEnabled())
        request.reason = m_reason->text().trimmed();
    if (m_limited->isEnabled() && m_limited->isChecked())
        request.until = m_until->dateTime().toUTC();
    return request;
}
