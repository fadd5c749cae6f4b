// The profiles dialog on the real widgets: the form validates before saving (an identity only
// where a password needs one), secrets go to the credential store and never to the settings
// file, "Test connection" signs in to the sandbox and reports what this account may do (asking
// the server, not only the dialect), a wrong password is one clear sentence, a duplicate signs in
// like its original, and removing a profile deletes its keychain entries. The proxy and the CA
// bundle are checked before saving (no proxy password, a bundle that holds a certificate) and
// the bundle can be chosen in a file dialog.
// With AUTHDESK_SHOTS=DIR set, the dialog after a test connection is saved as profiles.png.

#include "NextModal.h"
#include "SandboxProcess.h"
#include "SelfSignedCertificate.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <optional>

class tst_ProfilesDialog : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_credentials;

    template <typename T> T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }

    SecretMap stored(const QString& profileId, const QStringList& names)
    {
        std::optional<SecretMap> result;
        m_credentials.read(profileId, names, this, [&](const SecretMap& secrets) { result = secrets; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return {};
        return *result;
    }

    void fill(ProfilesDialog& dialog, const QString& name, const QString& dialect, const QString& identity,
              const QString& password)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfile"), Qt::LeftButton);
        auto* nameField = child<QLineEdit>(&dialog, "profileName");
        nameField->clear();
        QTest::keyClicks(nameField, name);
        auto* url = child<QLineEdit>(&dialog, "profileUrl");
        url->clear();
        QTest::keyClicks(url, m_sandbox.apiUrl(dialect).toString());
        auto* type = child<QComboBox>(&dialog, "profileDialect");
        type->setCurrentIndex(type->findData(dialect));
        QTest::keyClicks(child<QLineEdit>(&dialog, "profileIdentity"), identity);
        QTest::keyClicks(child<QLineEdit>(&dialog, "profilePassword"), password);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_credentials.setMemoryOnly(true);
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void validatesSavesAndKeepsSecretsOutOfSettings()
    {
        ProfilesDialog dialog(m_profiles.get(), &m_credentials);
        dialog.show();
        fill(dialog, QStringLiteral("Gatekeeper"), QStringLiteral("gatekeeper"), QString(),
             QStringLiteral("sandbox-admin"));
        auto* url = child<QLineEdit>(&dialog, "profileUrl");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, "profileError");
        QVERIFY2(error->text().contains(QLatin1String("http")), qPrintable(error->text()));
        QVERIFY(m_profiles->profiles().isEmpty());
        url->clear();
        QTest::keyClicks(url, m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        QVERIFY2(error->text().contains(QLatin1String("username")),
                 qPrintable(error->text())); // a password needs one
        QTest::keyClicks(child<QLineEdit>(&dialog, "profileIdentity"), QStringLiteral("admin"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(m_profiles->profiles().size(), 1);
        const Profile saved = m_profiles->profiles().first();
        QCOMPARE(saved.identity, QStringLiteral("admin"));
        QCOMPARE(stored(saved.id, {QStringLiteral("password")}).value(QStringLiteral("password")),
                 QStringLiteral("sandbox-admin"));
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("admin"));
        QVERIFY(!ini.contains("sandbox-admin"));

        // A Nebula profile signing in with an ak_ key needs no identity.
        fill(dialog, QStringLiteral("Nebula key"), QStringLiteral("nebula"), QString(), QString());
        QTest::keyClicks(child<QLineEdit>(&dialog, "setting_auth_method"), QStringLiteral("api_key"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "setting_api_key"), QStringLiteral("ak_notchecked"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(m_profiles->profiles().size(), 2);
    }

    void testConnectionAsksTheServer()
    {
        ProfilesDialog dialog(m_profiles.get(), &m_credentials);
        dialog.resize(1000, 620);
        dialog.show();
        auto* list = child<QListWidget>(&dialog, "profileList");
        list->setCurrentItem(list->findItems(QStringLiteral("Gatekeeper"), Qt::MatchExactly).value(0));
        auto* report = child<QTextBrowser>(&dialog, "testReport");
        QTest::mouseClick(child<QPushButton>(&dialog, "testProfile"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(report->toPlainText().contains(QLatin1String("on the server")),
                                  qPrintable(report->toPlainText()), 10000);
        const QString text = report->toPlainText();
        QVERIFY2(text.startsWith(QLatin1String("Signed in as admin")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✔ Create users")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✘ Issue API keys —")), qPrintable(text)); // and why not
        const QString dir = qEnvironmentVariable("AUTHDESK_SHOTS");
        if (!dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/profiles.png"));
        // Nothing the test received was stored for the profile (no refresh token written).
        const QString id = m_profiles->find(QStringLiteral("Gatekeeper"))->id;
        QVERIFY(
            stored(id, {QStringLiteral("refresh_token")}).value(QStringLiteral("refresh_token")).isEmpty());

        // A wrong password typed into the form: one clear sentence.
        QTest::keyClicks(child<QLineEdit>(&dialog, "profilePassword"), QStringLiteral("not-it"));
        QTest::mouseClick(child<QPushButton>(&dialog, "testProfile"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(report->toPlainText().startsWith(QLatin1String("Sign-in failed")),
                                  qPrintable(report->toPlainText()), 10000);
        QVERIFY2(report->toPlainText().contains(QLatin1String("password"), Qt::CaseInsensitive),
                 qPrintable(report->toPlainText()));
    }

    void duplicateSignsInLikeTheOriginalAndRemoveForgetsSecrets()
    {
        ProfilesDialog dialog(m_profiles.get(), &m_credentials);
        dialog.show();
        auto* list = child<QListWidget>(&dialog, "profileList");
        list->setCurrentItem(list->findItems(QStringLiteral("Gatekeeper"), Qt::MatchExactly).value(0));
        QTest::mouseClick(child<QPushButton>(&dialog, "duplicateProfile"), Qt::LeftButton);
        const auto copy = m_profiles->find(QStringLiteral("Gatekeeper (copy)"));
        QVERIFY(copy);
        QTRY_COMPARE_WITH_TIMEOUT(
            stored(copy->id, {QStringLiteral("password")}).value(QStringLiteral("password")),
            QStringLiteral("sandbox-admin"), 5000);

        list->setCurrentItem(list->findItems(QStringLiteral("Gatekeeper (copy)"), Qt::MatchExactly).value(0));
        bool answered = false;
        onNextModal([&](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            QVERIFY(message && message->text().contains(QLatin1String("Gatekeeper (copy)")));
            for (QAbstractButton* button : message->buttons()) {
                if (button->text() == QLatin1String("Remove, keep cache"))
                    button->click();
            }
            answered = true;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "removeProfile"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_profiles->find(QStringLiteral("Gatekeeper (copy)")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(stored(copy->id, {QStringLiteral("password")}).isEmpty(), 5000);
        // The original is untouched.
        QCOMPARE(stored(m_profiles->find(QStringLiteral("Gatekeeper"))->id, {QStringLiteral("password")})
                     .value(QStringLiteral("password")),
                 QStringLiteral("sandbox-admin"));
    }

    void proxyAndCaBundleAreCheckedThenSaved()
    {
        const SelfSignedCertificate made = SelfSignedCertificate::make(QStringLiteral("company-ca.invalid"));
        QVERIFY2(made.isValid(), qPrintable(made.error));
        const QString bundle = m_dir.filePath(QStringLiteral("company-ca.pem"));
        {
            QFile file(bundle);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(made.certificate.toPem());
        }
        const QString id = m_profiles->find(QStringLiteral("Gatekeeper"))->id;
        ProfilesDialog dialog(m_profiles.get(), &m_credentials);
        dialog.show();
        auto* list = child<QListWidget>(&dialog, "profileList");
        list->setCurrentItem(list->findItems(QStringLiteral("Gatekeeper"), Qt::MatchExactly).value(0));
        auto* proxy = child<QLineEdit>(&dialog, "profileProxy");
        auto* caBundle = child<QLineEdit>(&dialog, "profileCaBundle");
        auto* error = child<QLabel>(&dialog, "profileError");
        auto* save = child<QPushButton>(&dialog, "saveProfile");
        QVERIFY(proxy->text().isEmpty());

        const auto refused = [&](const QString& proxyText, const QString& bundleText, const char* says) {
            proxy->setText(proxyText);
            caBundle->setText(bundleText);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY2(error->text().contains(QLatin1String(says)), qPrintable(error->text()));
            QVERIFY(!error->text().contains(QLatin1String("hunter2")));
            QVERIFY(m_profiles->profile(id)->proxy.isEmpty());
            QVERIFY(m_profiles->profile(id)->caBundlePath.isEmpty());
        };
        refused(QStringLiteral("proxy.example:3128"), QString(), "http://host:port");
        refused(QStringLiteral("http://me:hunter2@proxy.example:3128"), QString(), "password");
        refused(QStringLiteral("socks4://proxy.example"), QString(), "SOCKS4");
        refused(QStringLiteral("none"), m_dir.filePath(QStringLiteral("missing.pem")), "cannot be read");
        refused(QStringLiteral("none"), m_settings->fileName(), "holds no PEM certificate");

        // The bundle chosen in a file dialog, the proxy typed.
        caBundle->clear();
        bool chosen = false;
        onNextModal([&](QWidget* modal) {
            auto* files = qobject_cast<QFileDialog*>(modal);
            QVERIFY(files);
            QCOMPARE(files->objectName(), QStringLiteral("openFileDialog"));
            // Typed as a person would: selectFile() waits for the folder to be listed.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(bundle);
            QMetaObject::invokeMethod(files, "accept"); // a protected slot
            chosen = true;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "chooseCaBundle"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(chosen, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(caBundle->text(), bundle, 5000);
        proxy->setText(QStringLiteral("socks5h://gw.example:1081"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(m_profiles->profile(id)->proxy, QStringLiteral("socks5h://gw.example:1081"));
        QCOMPARE(m_profiles->profile(id)->caBundlePath, bundle);

        // Shown again as saved; emptied, the system's proxy and CAs come back.
        ProfilesDialog again(m_profiles.get(), &m_credentials);
        again.show();
        auto* againList = child<QListWidget>(&again, "profileList");
        againList->setCurrentItem(
            againList->findItems(QStringLiteral("Gatekeeper"), Qt::MatchExactly).value(0));
        QCOMPARE(child<QLineEdit>(&again, "profileProxy")->text(),
                 QStringLiteral("socks5h://gw.example:1081"));
        QCOMPARE(child<QLineEdit>(&again, "profileCaBundle")->text(), bundle);
        child<QLineEdit>(&again, "profileProxy")->clear();
        child<QLineEdit>(&again, "profileCaBundle")->clear();
        QTest::mouseClick(child<QPushButton>(&again, "saveProfile"), Qt::LeftButton);
        QVERIFY(m_profiles->profile(id)->proxy.isEmpty());
        QVERIFY(m_profiles->profile(id)->caBundlePath.isEmpty());
    }
};

QTEST_MAIN(tst_ProfilesDialog)
#include "tst_ProfilesDialog.moc"
