#include "NewReviewDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString listedMarker = QStringLiteral("\x01listed");
} // namespace

NewReviewDialog::NewReviewDialog(const QStringList& roles, const QString& reviewer, const QString& listed,
                                 QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_reviewer(new QLineEdit(reviewer, this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(14), this))
    , m_scope(new QComboBox(this))
{
    setObjectName(QStringLiteral("newReviewDialog"));
    setWindowTitle(tr("New access review"));
    m_name->setObjectName(QStringLiteral("reviewName"));
    m_name->setPlaceholderText(tr("e.g. Q4 admin review"));
    m_reviewer->setObjectName(QStringLiteral("reviewReviewer"));
    m_due->setObjectName(QStringLiteral("reviewDue"));
    m_due->setCalendarPopup(true);
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->addItem(tr("Every cached user"), QString());
    if (!listed.isEmpty()) {
        m_scope->addItem(tr("The users listed now (%1)").arg(listed), listedMarker);
        m_scope->setCurrentIndex(1);
    }
    for (const QString& role : roles)
        m_scope->addItem(tr("Users with the role %1").arg(role), role);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Reviewer:"), m_reviewer);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Users:"), m_scope);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start review"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewReviewDialog::updateOk);
    connect(m_reviewer, &QLineEdit::textChanged, this, &NewReviewDialog::updateOk);
    updateOk();
}

void NewReviewDialog::updateOk()
{
    m_ok->setEnabled(!name().isEmpty() && !reviewer().isEmpty());
}

QString NewReviewDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewReviewDialog::reviewer() const
{
    return m_reviewer->text().trimmed();
}

QDate NewReviewDialog::due() const
{
    return m_due->date();
}

QString NewReviewDialog::role() const
{
    return listedUsers() ? QString() : m_scope->currentData().toString();
}

bool NewReviewDialog::listedUsers() const
{
    return m_scope->currentData().toString() == listedMarker;
}
