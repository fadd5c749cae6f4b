// The untrusted-certificate dialog: the fingerprint shown as colon-separated pairs, the
// certificate's text, and refusing (not trusting) as the default button.
// AUTHDESK_SHOTS=DIR saves certificate-dialog.png for a look.

#include "profiles/CertificateDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

class tst_CertificateDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsTheCertificateAndRefusesByDefault()
    {
        const QString hex =
            QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
        CertificateDialog dialog(
            QStringLiteral("Staging"),
            QStringLiteral("The server's certificate is not trusted: The certificate is self-signed, "
                           "and untrusted"),
            QStringLiteral("Subject: CN=staging.example.test\nIssuer: CN=staging.example.test\n"
                           "Valid: 2026-11-25 to 2026-11-27"),
            hex);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shown = dialog.findChild<QLabel*>(QStringLiteral("certificateFingerprint"))->text();
        QVERIFY(shown.startsWith(QLatin1String("0A:1B:2C:3D")));
        QCOMPARE(shown.count(QLatin1Char(':')), 31);
        QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("certificateDetails"))
                    ->toPlainText()
                    .contains(QLatin1String("staging.example.test")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("trustCertificate"))->isDefault());
        const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/certificate-dialog.png")));
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter refuses
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_CertificateDialog)
#include "tst_CertificateDialog.moc"
