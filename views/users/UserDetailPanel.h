#pragma once
// The selected user: every attribute the server returned (unknown ones too, read-only), the
// roles/scopes with what they mean, and — where the server advertises per-user actions
// (Gemini's _links) — exactly the actions it allows for this user, as buttons. The Sessions
// and API keys tabs are empty hosts that the sessions and keys views fill (sessionsTab(),
// apiKeysTab()); they learn which user is shown from userChanged().

#include "cache/UserChange.h"
#include "remote/DialectTypes.h"
#include "values/User.h"

#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QListWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(QWidget* parent = nullptr);

    // What the server calls its roles, so the Overview can explain each one.
    void setRoleDefinitions(const QList<RoleDefinition>& roles);
    // Whether per-user actions come from the server (Gemini) and are shown as buttons.
    void setActionsFromServer(bool fromServer);
    // `complete` false: only the table's columns are known yet (the rest is being fetched).
    void setUser(const User& user, bool complete = true);
    // Brings the Overview tab to the front (Enter on a row opens the detail there).
    void showOverview();
    const User& user() const { return m_user; }

    QTabWidget* tabs() const { return m_tabs; }
    QWidget* sessionsTab() const { return m_sessionsTab; }
    QWidget* apiKeysTab() const { return m_apiKeysTab; }
    // Puts a view (the sessions tab, the keys list) in one of the host tabs, replacing its
    // placeholder text.
    static void host(QWidget* tab, QWidget* content);

    // What the cache recorded about this user between syncs, newest first; `note` says where
    // the history comes from or why there is none. `cacheStatus`: "deleted on server (…)".
    void setHistory(const QList<UserChange>& changes, const QString& note);
    void setCacheStatus(const QString& cacheStatus);

    // Human label for a Gemini link name ("edit" → "Edit…"); empty for unknown names.
    static QString actionLabel(const QString& name);

signals:
    void userChanged(const User& user);
    // A button of a server-advertised action was pressed: "edit", "delete", "scopes", ...
    void actionRequested(const QString& name);

private:
    void fillAttributes(const User& user);
    static void addValue(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& key,
                         const QVariant& value);
    void fillActions(const User& user);

    User m_user;
    QList<RoleDefinition> m_roleDefinitions;
    bool m_actionsFromServer = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_pending;
    QTabWidget* m_tabs;
    QListWidget* m_roles;
    QFrame* m_actionsBox;
    QGridLayout* m_actionsLayout;
    QTreeWidget* m_attributes;
    QWidget* m_sessionsTab;
    QWidget* m_apiKeysTab;
    QTreeWidget* m_history;
    QLabel* m_historyNote;
    QString m_cacheStatus;
};
