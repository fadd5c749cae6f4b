#include "IssuedKeyDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

IssuedKeyDialog::IssuedKeyDialog(const QString& name, const QString& secret, QWidget* parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_field(new QLineEdit(secret, this))
{
    setObjectName(QStringLiteral("issuedKeyDialog"));
    setWindowTitle(tr("API key issued"));
    auto* warning =
        new QLabel(tr("<b>Copy the key “%1” now.</b> It is shown only this once: AuthDesk does not store it "
                      "and the server will never show it again.")
                       .arg(name.toHtmlEscaped()),
                   this);
    warning->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("issuedKey"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(secret) + 24);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyKey"));
    connect(copyButton, &QPushButton::clicked, this, &IssuedKeyDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* hint = new QLabel(tr("The clipboard is cleared after %n second(s) if it still holds the key.",
                               nullptr, clipboardSeconds),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_field);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

IssuedKeyDialog::~IssuedKeyDialog()
{
    m_field->clear();
    m_secret.fill(QLatin1Char('\0'));
}

void IssuedKeyDialog::copy()
{
    QClipboard* clipboard = QApplication::clipboard();
    clipboard->setText(m_secret);
    // The timer belongs to the application, so it fires even after this dialog is gone; it
    // compares a hash, not the key itself, to decide whether the clipboard still holds the key.
    const size_t fingerprint = qHash(m_secret);
    QTimer::singleShot(m_clearDelayMs, qApp, [fingerprint] {
        QClipboard* board = QApplication::clipboard();
        if (qHash(board->text()) == fingerprint)
            board->clear();
    });
}
