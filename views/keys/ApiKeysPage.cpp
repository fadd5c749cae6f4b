#include "ApiKeysPage.h"

#include "IssueKeyDialog.h"
#include "IssuedKeyDialog.h"
#include "common/Prompt.h"

#include "items/ApiKeyTableModel.h"
#include "remote/Connection.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

ApiKeysPage::ApiKeysPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ApiKeyTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_info(new QLabel(this))
    , m_issue(new QPushButton(tr("Issue key…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApiKeyTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApiKeyTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPage::updateButtons);
    setConnection(nullptr);
}

void ApiKeysPage::updateButtons()
{
    const Capabilities caps = m_connection ? m_connection->capabilities() : Capabilities();
    const bool create = m_connection && caps.supports(Capability::CreateApiKey);
    const bool revoke = m_connection && caps.supports(Capability::RevokeApiKey);
    m_issue->setEnabled(create);
    m_revoke->setEnabled(revoke && !m_table->selectionModel()->selectedRows().isEmpty());
    m_issue->setToolTip(m_connection && !create ? caps.reason(Capability::CreateApiKey)
                                                : tr("Issue a new key; it is shown once"));
    m_revoke->setToolTip(m_connection && !revoke ? caps.reason(Capability::RevokeApiKey)
                                                 : tr("Revoke the selected keys"));
}

void ApiKeysPage::setConnection(Connection* connection)
{
    m_connection = connection;
    m_model->setKeys({});
    updateButtons();
    if (!connection)
        m_info->setText(tr("Sign in to a profile to manage its API keys."));
    else if (!connection->capabilities().supports(Capability::ListApiKeys))
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
        m_model->setKeys({});
        updateButtons();
        m_info->setText(tr("Select one user to see their API keys."));
        return;
    }
    setConnection(connection);
}

void ApiKeysPage::reload()
{
    load({});
}

QList<ApiKey> ApiKeysPage::selectedKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const int source = m_model->rowOf(row.data(ApiKeyTableModel::KeyIdRole).toString());
        if (source >= 0)
            keys << m_model->key(source);
    }
    return keys;
}

void ApiKeysPage::load(std::function<void(const QList<ApiKey>&)> then)
{
    if (!m_connection || !m_connection->capabilities().supports(Capability::ListApiKeys))
        return;
    const QString ownerId = m_owner.id;
    m_connection->listApiKeys(
        m_owner.isValid() ? &m_owner : nullptr, this,
        [this, then, ownerId](const Result<QList<ApiKey>>& result) {
            if (ownerId != m_owner.id)
                return; // an answer about the previously selected user
            if (!result.ok()) {
                m_info->setText(tr("Could not load API keys: %1").arg(result.error().message));
                return;
            }
            m_model->setKeys(result.value());
            m_table->resizeColumnsToContents();
            updateButtons();
            if (!then)
                m_info->setText(tr("%n key(s). Only the first characters of each key are ever shown.",
                                   nullptr, int(result.value().size())));
            emit loaded(int(result.value().size()));
            if (then)
                then(result.value());
        });
}

void ApiKeysPage::issue()
{
    if (!m_connection)
        return;
    auto* form = new IssueKeyDialog(m_connection->capabilities(), m_connection->roleSet().roles, this);
    Prompt::open(form, [this, form] { send(form->request()); });
}

void ApiKeysPage::send(const ApiKeyRequest& request)
{
    if (!m_connection)
        return;
    m_info->setText(tr("Issuing “%1”…").arg(request.name));
    m_connection->createApiKey(request, this, [this, request](const Result<IssuedApiKey>& result) {
        if (!result.ok()) {
            m_info->setText(tr("Issuing the key failed: %1").arg(result.error().message));
            return;
        }
        // The key goes straight into the dialog that shows it once; nothing here keeps it.
        auto* shown = new IssuedKeyDialog(request.name, result.value().secret, this);
        connect(shown, &QDialog::finished, this, [this, name = request.name] { emit keyIssued(name); });
        Prompt::open(shown);
        reload();
    });
}

void ApiKeysPage::revoke()
{
    const QList<ApiKey> keys = selectedKeys();
    if (!m_connection || keys.isEmpty())
        return;
    QStringList names;
    for (const ApiKey& k : keys)
        names << QStringLiteral("“%1” (%2)").arg(k.name, k.prefix);
    const QString question =
        tr("Revoke %n key(s): %1? Programs using them will be refused at once.", nullptr, int(keys.size()))
            .arg(names.join(QLatin1String(", ")));
    Prompt::confirm(this, tr("Revoke API key"), question, [this, keys] {
        if (!m_connection)
            return;
        // Key id -> why the server refused; filled as the answers arrive.
        auto refused = std::make_shared<QHash<QString, QString>>();
        auto pending = std::make_shared<int>(int(keys.size()));
        for (const ApiKey& key : keys) {
            m_connection->revokeApiKey(
                key, this, [this, key, keys, refused, pending](const Result<Done>& result) {
                    if (!result.ok())
                        refused->insert(key.id, result.error().message);
                    if (--*pending > 0)
                        return;
                    // Verified: each key must be gone from the server's own list (or listed disabled).
                    load([this, keys, refused](const QList<ApiKey>& now) {
                        QStringList outcomes;
                        for (const ApiKey& k : keys) {
                            const bool stillActive =
                                std::any_of(now.begin(), now.end(),
                                            [&](const ApiKey& n) { return n.id == k.id && n.enabled; });
                            if (refused->contains(k.id))
                                outcomes << tr("Revoking “%1” failed: %2").arg(k.name, refused->value(k.id));
                            else if (stillActive)
                                outcomes
                                    << tr("Revoking “%1” FAILED: the server still lists the key as active.")
                                           .arg(k.name);
                            else
                                outcomes << tr("“%1” revoked; the server no longer lists it as active.")
                                                .arg(k.name);
                        }
                        m_info->setText(outcomes.join(QLatin1Char('\n')));
                    });
                });
        }
    });
}
