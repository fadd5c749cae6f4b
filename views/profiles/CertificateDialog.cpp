#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// "ab12cd…" → "AB:12:CD:…", as browsers and openssl show fingerprints.
QString colonSeparated(const QString& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}
} // namespace

CertificateDialog::CertificateDialog(const QString& profileName, const QString& problem,
                                     const QString& certificate, const QString& sha256Hex, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));
    auto* intro = new QLabel(tr("<b>The connection to “%1” was refused.</b><br>%2<br><br>Only trust this "
                                "certificate if its fingerprint matches the one your server's administrator "
                                "gave you.")
                                 .arg(profileName.toHtmlEscaped(), problem.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* fingerprint = new QLabel(colonSeparated(sha256Hex), this);
    fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(true);
    auto* details = new QPlainTextEdit(certificate, this);
    details->setObjectName(QStringLiteral("certificateDetails"));
    details->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* trust =
        buttons->addButton(tr("Trust this certificate for this profile"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificate"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // refusing is the safe default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("SHA-256 fingerprint:"), this));
    layout->addWidget(fingerprint);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}
