#include "ApiKeysPage.h"

#include "IssuedKeyDialog.h"
#include "remote/Connection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ApiKeysPage::ApiKeysPage(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_info(new QLabel(this))
    , m_issue(new QPushButton(tr("Issue key…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Key starts with"), tr("Description"), tr("Created"), tr("Last used"), tr("Id")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_issue->setObjectName(QStringLiteral("issueKey"));
    m_revoke->setObjectName(QStringLiteral("revokeKey"));
    m_info->setObjectName(QStringLiteral("apiKeysInfo"));
    m_info->setWordWrap(true);
    m_heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("API keys")), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_info);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_issue, &QPushButton::clicked, this, &ApiKeysPage::issue);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPage::revoke);
    setConnection(nullptr);
}

void ApiKeysPage::setConnection(Connection* connection)
{
    m_connection = connection;
    m_keys.clear();
    m_table->setRowCount(0);
    const bool list = connection && connection->capabilities().supports(Capability::ListApiKeys);
    const bool create = connection && connection->capabilities().supports(Capability::CreateApiKey);
    const bool revoke = connection && connection->capabilities().supports(Capability::RevokeApiKey);
    m_issue->setEnabled(create);
    m_revoke->setEnabled(revoke);
    m_issue->setToolTip(connection && !create ? connection->capabilities().reason(Capability::CreateApiKey)
                                              : QString());
    m_revoke->setToolTip(connection && !revoke ? connection->capabilities().reason(Capability::RevokeApiKey)
                                               : QString());
    if (!connection)
        m_info->setText(tr("Sign in to a profile to manage its API keys."));
    else if (!list)
        m_info->setText(connection->capabilities().reason(Capability::ListApiKeys));
    else
        reload();
}

void ApiKeysPage::showOwner(Connection* connection, const User& owner)
{
    m_owner = owner;
    m_heading->hide();
    m_issue->hide();
    if (!owner.isValid()) {
        m_connection = connection;
        m_keys.clear();
        m_table->setRowCount(0);
        m_info->setText(tr("Select one user to see their API keys."));
        return;
    }
    setConnection(connection);
}

void ApiKeysPage::reload()
{
    load({});
}

void ApiKeysPage::load(std::function<void(const QList<ApiKey>&)> then)
{
    if (!m_connection || !m_connection->capabilities().supports(Capability::ListApiKeys))
        return;
    const QString ownerId = m_owner.id;
    m_connection->listApiKeys(m_owner.isValid() ? &m_owner : nullptr, this,
                              [this, then, ownerId](const Result<QList<ApiKey>>& result) {
        if (ownerId != m_owner.id)
            return; // an answer about the previously selected user
        if (!result.ok()) {
            m_info->setText(tr("Could not load API keys: %1").arg(result.error().message));
            return;
        }
        m_keys = result.value();
        m_table->setRowCount(int(m_keys.size()));
        auto when = [](const QDateTime& t) {
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        };
        for (int row = 0; row < m_keys.size(); ++row) {
            const ApiKey& k = m_keys.at(row);
            const QStringList cells{k.name, k.prefix, k.description, when(k.createdAt), when(k.lastUsedAt),
                                    k.id};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_table->resizeColumnsToContents();
        if (!then)
            m_info->setText(tr("%n key(s). Only the first characters of each key are ever shown.", nullptr,
                               int(m_keys.size())));
        emit loaded(int(m_keys.size()));
        if (then)
            then(m_keys);
    });
}

void ApiKeysPage::issue()
{
    if (!m_connection)
        return;
    QDialog form(this);
    form.setObjectName(QStringLiteral("issueKeyDialog"));
    form.setWindowTitle(tr("Issue an API key"));
    auto* name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("keyName"));
    auto* description = new QLineEdit(&form);
    description->setObjectName(QStringLiteral("keyDescription"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("Name *"), name);
    layout->addRow(tr("Description"), description);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        if (!name->text().trimmed().isEmpty())
            form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted)
        return;
    ApiKeyRequest request;
    request.name = name->text().trimmed();
    request.description = description->text().trimmed();
    m_connection->createApiKey(request, this, [this, request](const Result<IssuedApiKey>& result) {
        if (!result.ok()) {
            m_info->setText(tr("Issuing the key failed: %1").arg(result.error().message));
            return;
        }
        IssuedKeyDialog shown(request.name, result.value().secret, this);
        shown.exec();
        reload();
    });
}

void ApiKeysPage::revoke()
{
    const int row = m_table->currentRow();
    if (!m_connection || row < 0 || row >= m_keys.size())
        return;
    const ApiKey key = m_keys.at(row);
    if (QMessageBox::warning(this, tr("Revoke API key"),
                             tr("Revoke the key “%1” (%2)? Programs using it will be refused at once.")
                                 .arg(key.name, key.prefix),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_connection->revokeApiKey(key, this, [this, key](const Result<Done>& result) {
        if (!result.ok()) {
            m_info->setText(tr("Revoking “%1” failed: %2").arg(key.name, result.error().message));
            return;
        }
        // Verified: the key must be gone from the server's own list.
        load([this, key](const QList<ApiKey>& now) {
            const bool stillThere =
                std::any_of(now.begin(), now.end(), [&](const ApiKey& k) { return k.id == key.id; });
            m_info->setText(
                stillThere
                    ? tr("Revoking “%1” FAILED: the server still lists the key as active.").arg(key.name)
                    : tr("“%1” revoked; the server no longer lists it.").arg(key.name));
        });
    });
}
