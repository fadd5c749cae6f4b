#include "ProfilesDialog.h"

#include "common/ThemePalette.h"
#include "credentials/SecretNames.h"

#include "common/Prompt.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "remote/CaBundle.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "remote/ProfileDiscovery.h"
#include "remote/ProxySetting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "cache/CacheHousekeeping.h"

ProfilesDialog::ProfilesDialog(ProfileStore* profiles, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_identity(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_timeout(new QSpinBox(this))
    , m_deadline(new QSpinBox(this))
    , m_proxy(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_pinned(new QLabel(this))
    , m_cacheInfo(new QLabel(this))
    , m_clearCache(new QPushButton(tr("Clear cache…"), this))
    , m_extraForm(new QFormLayout)
    , m_formError(new QLabel(this))
    , m_testReport(new QTextBrowser(this))
    , m_discovery(new ProfileDiscovery(this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Server profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://auth.example.com/api"));
    m_dialect->setObjectName(QStringLiteral("profileDialect"));
    for (const QString& id : DialectRegistry::ids())
        m_dialect->addItem(DialectRegistry::displayName(id), id);
    m_identity->setObjectName(QStringLiteral("profileIdentity"));
    m_password->setObjectName(QStringLiteral("profilePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("stored in the keychain; leave empty to keep"));
    m_timeout->setRange(5, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A request fails when no byte arrives for this long."));
    m_deadline->setObjectName(QStringLiteral("profileDeadline"));
    m_deadline->setRange(5, 3600);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setToolTip(tr("A request fails when its whole answer takes longer than this, however "
                              "steadily bytes arrive."));
    m_proxy->setObjectName(QStringLiteral("profileProxy"));
    m_proxy->setPlaceholderText(tr("the system's (empty), none, or http://proxy:3128"));
    m_proxy->setToolTip(tr("Empty: the HTTPS_PROXY, ALL_PROXY and NO_PROXY environment variables, else "
                           "the desktop's proxy settings. “none”: connect directly. Or a proxy for this "
                           "server only: http://host:port, socks5://host:port or socks5h://host:port "
                           "(without a user name or password)."));
    m_caBundle->setObjectName(QStringLiteral("profileCaBundle"));
    m_caBundle->setPlaceholderText(tr("the system's certificate authorities"));
    m_caBundle->setToolTip(tr("A PEM file with the certificate authorities to trust for this server "
                              "instead of the system's, e.g. a company's internal CA."));
    m_pinned->setObjectName(QStringLiteral("profilePinned"));
    m_pinned->setWordWrap(true);
    m_formError->setObjectName(QStringLiteral("profileError"));
    m_formError->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_formError->setWordWrap(true);
    m_testReport->setObjectName(QStringLiteral("testReport"));
    m_testReport->setMinimumHeight(120);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto* discover = new QPushButton(tr("Fill in from server"), this);
    discover->setObjectName(QStringLiteral("discoverProfile"));
    discover->setToolTip(tr("Type the server's OpenID Connect issuer (e.g. "
                            "https://sso.example.com/realms/acme) as the base URL: its discovery "
                            "document then fills in the server type, base URL and realm. Nothing is "
                            "saved until you press Save."));
    connect(discover, &QPushButton::clicked, this, &ProfilesDialog::fillInFromDiscovery);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(discover);
    form->addRow(tr("Base URL"), urlRow);
    form->addRow(tr("Server type"), m_dialect);
    form->addRow(tr("Username or email"), m_identity);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Deadline per request"), m_deadline);
    form->addRow(tr("Proxy"), m_proxy);
    auto* chooseBundle = new QPushButton(tr("Choose…"), this);
    chooseBundle->setObjectName(QStringLiteral("chooseCaBundle"));
    connect(chooseBundle, &QPushButton::clicked, this, &ProfilesDialog::chooseCaBundle);
    auto* bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_caBundle, 1);
    bundleRow->addWidget(chooseBundle);
    form->addRow(tr("CA bundle"), bundleRow);
    form->addRow(tr("Pinned certificate"), m_pinned);
    m_cacheInfo->setObjectName(QStringLiteral("profileCacheInfo"));
    m_cacheInfo->setWordWrap(true);
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    m_clearCache->setToolTip(
        tr("Delete this profile's local copy of the server's users; the audit log is kept"));
    connect(m_clearCache, &QPushButton::clicked, this, &ProfilesDialog::clearCache);
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheInfo, 1);
    cacheRow->addWidget(m_clearCache);
    form->addRow(tr("Local cache"), cacheRow);

    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    auto* duplicate = new QPushButton(tr("Duplicate"), this);
    duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    auto* remove = new QPushButton(tr("Remove…"), this);
    remove->setObjectName(QStringLiteral("removeProfile"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto* test = new QPushButton(tr("Test connection"), this);
    test->setObjectName(QStringLiteral("testProfile"));
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(test);
    formButtons->addWidget(saveButton);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(m_extraForm);
    right->addWidget(m_formError);
    right->addLayout(formButtons);
    right->addWidget(new QLabel(tr("What the server allows"), this));
    right->addWidget(m_testReport, 1); // the report takes the room the form leaves

    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (auto p = m_profiles->profile(m_list->item(row)->data(Qt::UserRole).toString()))
            load(*p);
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ProfilesDialog::rebuildDialectFields);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    resize(900, 560);
    reload(m_profiles->currentProfileId());
    if (m_list->count() == 0)
        load(Profile());
}

void ProfilesDialog::reload(const QString& selectId)
{
    m_list->clear();
    for (const Profile& p : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ProfilesDialog::load(const Profile& profile)
{
    m_currentId = profile.id;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    const int dialect = m_dialect->findData(profile.dialect);
    m_dialect->setCurrentIndex(dialect >= 0 ? dialect : 0);
    m_identity->setText(profile.identity);
    m_password->clear();
    m_remember->setChecked(profile.rememberPassword);
    m_timeout->setValue(profile.timeoutSeconds);
    m_deadline->setValue(profile.deadlineSeconds);
    m_proxy->setText(profile.proxy);
    m_caBundle->setText(profile.caBundlePath);
    m_pinned->setText(profile.pinnedCertificate.isEmpty()
                          ? tr("none (TLS errors are refused)")
                          : QString::fromLatin1(profile.pinnedCertificate.toHex(':')));
    showCacheInfo();
    rebuildDialectFields();
    for (auto it = m_extraFields.begin(); it != m_extraFields.end(); ++it) {
        if (!it.value()->property("secret").toBool())
            it.value()->setText(profile.settings.value(it.key()).toString());
    }
    m_formError->clear();
    m_testReport->clear();
}

void ProfilesDialog::rebuildDialectFields()
{
    while (m_extraForm->rowCount() > 0)
        m_extraForm->removeRow(0);
    m_extraFields.clear();
    const auto dialect = DialectRegistry::create(m_dialect->currentData().toString());
    if (!dialect)
        return;
    for (const SettingField& field : dialect->settingFields()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("setting_") + field.key);
        edit->setProperty("secret", field.secret);
        if (field.secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("stored in the keychain; leave empty to keep"));
        } else {
            edit->setPlaceholderText(field.placeholder);
        }
        m_extraForm->addRow(field.label, edit);
        m_extraFields.insert(field.key, edit);
    }
}

bool ProfilesDialog::validate()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the profile a name.");
    else if (!url.isValid() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
             url.host().isEmpty())
        problem =
            tr("The base URL must be an http:// or https:// address, e.g. https://auth.example.com/api.");
    else if (m_identity->text().trimmed().isEmpty() && needsIdentity())
        problem = tr("Enter the username or email to sign in with.");
    else if (const ProxySetting proxy = ProxySetting::parse(m_proxy->text()); !proxy.isValid())
        problem = proxy.problem;
    else if (const QString bundle = m_caBundle->text().trimmed(); !bundle.isEmpty())
        problem = CaBundle::load(bundle).problem;
    m_formError->setText(problem);
    return problem.isEmpty();
}

bool ProfilesDialog::needsIdentity() const
{
    // A password belongs to someone; an API key or token stands on its own.
    const auto dialect = DialectRegistry::create(m_dialect->currentData().toString());
    return dialect && dialect->requiredSecrets(profileFromForm()).contains(QLatin1String("password"));
}

Profile ProfilesDialog::profileFromForm() const
{
    Profile p = m_profiles->profile(m_currentId).value_or(Profile());
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.dialect = m_dialect->currentData().toString();
    p.identity = m_identity->text().trimmed();
    p.rememberPassword = m_remember->isChecked();
    p.timeoutSeconds = m_timeout->value();
    p.deadlineSeconds = m_deadline->value();
    p.proxy = m_proxy->text().trimmed();
    p.caBundlePath = m_caBundle->text().trimmed();
    p.settings.clear();
    for (auto it = m_extraFields.cbegin(); it != m_extraFields.cend(); ++it) {
        if (!it.value()->property("secret").toBool() && !it.value()->text().trimmed().isEmpty())
            p.settings.insert(it.key(), it.value()->text().trimmed());
    }
    return p;
}

QHash<QString, QString> ProfilesDialog::secretsFromForm() const
{
    QHash<QString, QString> secrets;
    if (!m_password->text().isEmpty())
        secrets.insert(QStringLiteral("password"), m_password->text());
    for (auto it = m_extraFields.cbegin(); it != m_extraFields.cend(); ++it) {
        if (it.value()->property("secret").toBool() && !it.value()->text().isEmpty())
            secrets.insert(it.key(), it.value()->text());
    }
    return secrets;
}

void ProfilesDialog::save()
{
    if (!validate())
        return;
    const Profile p = profileFromForm();
    m_currentId = m_profiles->save(p);
    QHash<QString, QString> secrets = secretsFromForm();
    if (!p.rememberPassword)
        secrets.remove(QStringLiteral("password"));
    if (!secrets.isEmpty())
        m_credentials->write(m_currentId, secrets);
    if (!p.rememberPassword)
        m_credentials->remove(m_currentId, {QStringLiteral("password")});
    m_password->clear();
    reload(m_currentId);
}

void ProfilesDialog::addProfile()
{
    m_list->clearSelection();
    Profile fresh;
    fresh.name = tr("New profile");
    fresh.dialect = DialectRegistry::ids().value(0);
    load(fresh);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_currentId.isEmpty())
        return;
    const QString original = m_currentId;
    const Profile copy = m_profiles->duplicate(original);
    // The copy signs in like the original: its secrets are copied keychain to keychain.
    m_credentials->read(original, secretNames(copy), this, [this, id = copy.id](const SecretMap& secrets) {
        if (!secrets.isEmpty())
            m_credentials->write(id, secrets);
    });
    reload(copy.id);
}

QStringList ProfilesDialog::secretNames(const Profile& profile)
{
    const auto dialect = DialectRegistry::create(profile.dialect);
    return SecretNames::every(dialect ? dialect->storableSecrets(profile) : QStringList());
}

void ProfilesDialog::showCacheInfo()
{
    const bool saved = !m_currentId.isEmpty() && m_profiles->profile(m_currentId).has_value();
    const CacheInfo info = saved ? CacheHousekeeping::info(m_currentId) : CacheInfo();
    m_cacheInfo->setText(saved ? info.summary() : tr("No cache"));
    m_clearCache->setEnabled(saved && info.exists);
}

void ProfilesDialog::chooseCaBundle()
{
    Prompt::openFile(this, tr("CA bundle"), m_caBundle->text().trimmed(),
                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"),
                     [this](const QString& path) { m_caBundle->setText(path); });
}

void ProfilesDialog::clearCache()
{
    const auto p = m_profiles->profile(m_currentId);
    if (!p)
        return;
    const QString id = p->id;
    Prompt::confirm(this, tr("Clear cache"),
                    tr("Delete the local copy of %1's users (%2)? Offline review of this profile "
                       "needs a new sync afterwards. The audit log is kept.")
                        .arg(p->name, m_cacheInfo->text()),
                    [this, id] {
                        emit cacheDeletionRequested(id);
                        showCacheInfo();
                    });
}

void ProfilesDialog::removeProfile()
{
    const auto p = m_profiles->profile(m_currentId);
    if (!p)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Remove profile"),
        tr("Remove the profile “%1”? Its secrets are deleted from the keychain.").arg(p->name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeProfileBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    QPushButton* removeOnly = box->addButton(tr("Remove, keep cache"), QMessageBox::AcceptRole);
    QPushButton* removeAll = box->addButton(tr("Remove and delete cache"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Profile removed = *p;
    connect(box, &QMessageBox::finished, this, [this, box, removeOnly, removeAll, removed](int) {
        if (box->clickedButton() == removeOnly || box->clickedButton() == removeAll)
            removeConfirmed(removed, box->clickedButton() == removeAll);
    });
    box->open();
}

void ProfilesDialog::removeConfirmed(const Profile& p, bool deleteCache)
{
    m_credentials->remove(p.id, secretNames(p));
    m_profiles->remove(p.id);
    if (deleteCache)
        emit cacheDeletionRequested(p.id);
    m_currentId.clear();
    reload();
    if (m_list->count() == 0)
        load(Profile());
}

void ProfilesDialog::fillInFromDiscovery()
{
    const Profile draft = profileFromForm();
    m_formError->clear();
    m_testReport->setPlainText(tr("Reading the server's OpenID Connect discovery document…"));
    m_discovery->discover(draft, this, [this, draft](const Result<ProfileDiscovery::Found>& found) {
        if (!found.ok()) {
            // The form keeps what was typed: only the report says what went wrong.
            m_testReport->setPlainText(tr("No discovery document: %1\n%2")
                                           .arg(found.error().message, found.error().detail));
            return;
        }
        const OidcDiscovery& server = found.value().server;
        const auto endpoint = [this](const QUrl& url) {
            return url.isValid() ? url.toString() : tr("not published");
        };
        const QString published =
            tr("Issuer: %1\nToken endpoint: %2\nIntrospection (RFC 7662): %3\nRevocation (RFC 7009): %4\n"
               "Grant types: %5")
                .arg(server.issuer, endpoint(server.tokenEndpoint), endpoint(server.introspectionEndpoint),
                     endpoint(server.revocationEndpoint),
                     server.grantTypes.isEmpty() ? tr("not published") : server.grantTypes.join(QLatin1String(", ")));
        if (!found.value().profile) {
            m_testReport->setPlainText(tr("This OpenID Connect server is not one AuthDesk recognises: choose "
                                          "the server type and base URL yourself.\n\n") +
                                       published);
            return;
        }
        const Profile& profile = *found.value().profile;
        m_url->setText(profile.baseUrl.toString());
        m_dialect->setCurrentIndex(qMax(0, m_dialect->findData(profile.dialect)));
        for (auto it = m_extraFields.begin(); it != m_extraFields.end(); ++it) {
            if (!it.value()->property("secret").toBool() && profile.settings.contains(it.key()))
                it.value()->setText(profile.settings.value(it.key()).toString());
        }
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(DialectRegistry::displayName(profile.dialect) + QStringLiteral(" – ") +
                            profile.baseUrl.host());
        m_testReport->setPlainText(tr("Filled in as %1 at %2. Check the form, then Save.\n\n")
                                       .arg(DialectRegistry::displayName(profile.dialect), profile.baseUrl.toString()) +
                                   published);
    });
}

void ProfilesDialog::testConnection()
{
    if (!validate())
        return;
    Profile p = profileFromForm();
    if (p.id.isEmpty())
        p.id = QStringLiteral("unsaved-test");
    p.rememberPassword = false; // a test never stores anything, not even a refresh token
    const auto dialect = DialectRegistry::create(p.dialect);
    if (!dialect)
        return;
    delete m_testConnection;
    // Its own memory-only store: the test signs in with what was typed and what is stored, and
    // whatever the server hands back stays in memory.
    auto* scratch = new CredentialStore(this);
    scratch->setMemoryOnly(true);
    m_testConnection = new Connection(p, dialect, scratch, this);
    scratch->setParent(m_testConnection);
    m_testReport->setPlainText(tr("Signing in…"));
    connect(m_testConnection, &Connection::signInFailed, this, [this](const ApiError& error) {
        m_testReport->setPlainText(tr("Sign-in failed: %1\n%2").arg(error.message, error.detail));
    });
    connect(m_testConnection, &Connection::signedIn, this, &ProfilesDialog::reportWhatTheServerAllows);
    const QHash<QString, QString> typed = secretsFromForm();
    // Complete what was typed with what is stored, so a test needs no retyping.
    m_credentials->read(m_currentId, dialect->requiredSecrets(p), this,
                        [this, typed](const SecretMap& stored) {
                            SecretMap merged = stored;
                            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                                merged.insert(it.key(), it.value());
                            if (m_testConnection)
                                m_testConnection->signIn(merged);
                        });
}

void ProfilesDialog::reportWhatTheServerAllows(const QString& identity)
{
    // What this account may really do: the dialect's capabilities, then read-only probes that
    // ask the server itself (a 403 here means the account lacks the right, not the server).
    QPointer<Connection> connection = m_testConnection;
    if (!connection)
        return;
    const Capabilities caps = connection->capabilities();
    static const QList<QPair<Capability, const char*>> shown{
        {Capability::ServerSearch, QT_TR_NOOP("Search on the server")},
        {Capability::CreateUser, QT_TR_NOOP("Create users")},
        {Capability::UpdateUser, QT_TR_NOOP("Edit users")},
        {Capability::DeleteUser, QT_TR_NOOP("Delete users")},
        {Capability::SetRoles, QT_TR_NOOP("Change roles/scopes")},
        {Capability::SetEnabled, QT_TR_NOOP("Enable/disable")},
        {Capability::ListSessions, QT_TR_NOOP("See sessions")},
        {Capability::RevokeSession, QT_TR_NOOP("Revoke sessions")},
        {Capability::CreateApiKey, QT_TR_NOOP("Issue API keys")},
        {Capability::RefreshToken, QT_TR_NOOP("Refresh tokens")}};
    auto header = std::make_shared<QString>(tr("Signed in as %1.").arg(identity) + QStringLiteral("\n\n"));
    auto probes = std::make_shared<QStringList>();
    auto rest = std::make_shared<QString>();
    for (const auto& [capability, label] : shown)
        *rest += caps.supports(capability)
                     ? QStringLiteral("✔ %1\n").arg(tr(label))
                     : QStringLiteral("✘ %1 — %2\n").arg(tr(label), caps.reason(capability));
    auto show = [this, header, probes, rest] {
        m_testReport->setPlainText(*header + probes->join(QLatin1Char('\n')) + QStringLiteral("\n") + *rest);
    };
    auto pending = std::make_shared<int>(0);
    auto finished = [connection, pending, show] {
        show();
        if (--*pending == 0 && connection)
            connection->signOut();
    };
    if (caps.supports(Capability::ListUsers)) {
        ++*pending;
        UserQuery first;
        first.limit = 1;
        connection->listUsers(first, this, [probes, finished](const Result<UserPage>& page) {
            if (!page.ok())
                *probes << QStringLiteral("✘ %1 — %2").arg(tr("List users"), page.error().message);
            else if (page.value().total >= 0)
                *probes << QStringLiteral("✔ %1").arg(tr("List users (%Ln on the server)", nullptr,
                                                         int(qMin<qint64>(page.value().total, INT_MAX))));
            else
                *probes << QStringLiteral("✔ %1").arg(tr("List users"));
            finished();
        });
    } else {
        *probes << QStringLiteral("✘ %1 — %2").arg(tr("List users"), caps.reason(Capability::ListUsers));
    }
    if (caps.supports(Capability::ListApiKeys)) {
        ++*pending;
        connection->listApiKeys(nullptr, this, [probes, finished](const Result<QList<ApiKey>>& keys) {
            *probes << (keys.ok()
                            ? QStringLiteral("✔ %1").arg(
                                  tr("See API keys (%n key(s))", nullptr, int(keys.value().size())))
                            : QStringLiteral("✘ %1 — %2").arg(tr("See API keys"), keys.error().message));
            finished();
        });
    }
    show();
    if (*pending == 0)
        connection->signOut();
}
